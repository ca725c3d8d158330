extension String {
    /// Whether any of the text's UTF-8 bytes passes `test`, scanned over the contiguous bytes:
    /// through `utf8`, index by index, the same scan cost ten times as many instructions, and
    /// the exports ask it of every text they write.
    @inline(__always)
    func anyByte(_ test: (UInt8) -> Bool) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ $0.contains(where: test) }) { return found }
        var s = self
        return s.withUTF8 { $0.contains(where: test) }
    }
}
