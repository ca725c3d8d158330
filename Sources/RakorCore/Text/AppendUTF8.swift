extension Array where Element == UInt8 {
    /// Appends `s`'s UTF-8 in one copy (appending its `utf8` view went through the generic sequence path).
    mutating func appendUTF8(_ s: String) {
        var s = s
        s.withUTF8 { append(contentsOf: $0) }
    }
}
