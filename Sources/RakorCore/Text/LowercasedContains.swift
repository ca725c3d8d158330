extension String {
    /// Whether `lowercased()` contains `needle`, a lowercase ASCII word: `lowercased().contains(needle)`.
    ///
    /// An ASCII text is compared byte by byte, folding A–Z as it goes. Both the lowercasing (a new
    /// string) and Foundation's `contains` (through NSString) cost ten thousand instructions a
    /// call, and every speech in remarks asks it of its item's title. Any other text goes the
    /// general way, where Unicode lowercasing may turn a letter such as the Kelvin sign into ASCII.
    func lowercasedContains(_ needle: String) -> Bool {
        let answer = utf8.withContiguousStorageIfAvailable { hay in
            needle.utf8.withContiguousStorageIfAvailable { Self.asciiFoldedSearch(hay, $0) } ?? nil
        } ?? nil
        return answer ?? lowercased().contains(needle)
    }

    /// The search on ASCII bytes; nil when either side holds a byte above 0x7F or the needle an
    /// uppercase letter, or the needle is empty (then the byte search would not be the same question).
    private static func asciiFoldedSearch(_ hay: UnsafeBufferPointer<UInt8>, _ pin: UnsafeBufferPointer<UInt8>) -> Bool? {
        for b in pin where b >= 0x80 || (b >= 0x41 && b <= 0x5A) { return nil }
        for b in hay where b >= 0x80 { return nil }
        guard pin.count > 0 else { return nil }
        guard hay.count >= pin.count else { return false }
        @inline(__always) func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        let first = pin[0]
        var i = 0
        let last = hay.count - pin.count
        outer: while i <= last {
            if fold(hay[i]) == first {
                var j = 1
                while j < pin.count {
                    if fold(hay[i + j]) != pin[j] { i += 1; continue outer }
                    j += 1
                }
                return true
            }
            i += 1
        }
        return false
    }
}
