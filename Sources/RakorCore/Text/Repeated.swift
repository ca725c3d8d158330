extension String {
    /// `count` copies of `c`, as `String(repeating:count:)` makes them.
    ///
    /// A one-byte character (a space, a dash, a rule) is laid down byte by byte into the new
    /// string: the exports pad every cell and underline every heading, and the general
    /// initializer, which appends a character at a time, cost thousands of instructions a call.
    static func repeated(_ c: Character, count: Int) -> String {
        guard count > 0 else { return "" }
        guard c.utf8.count == 1, let byte = c.utf8.first else { return String(repeating: c, count: count) }
        return String(unsafeUninitializedCapacity: count) { b in
            b.initialize(repeating: byte)
            return count
        }
    }
}
