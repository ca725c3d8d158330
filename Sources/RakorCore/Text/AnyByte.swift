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

    /// Whether any byte passes `test`, eight bytes at a time: a word `filter` says cannot hold
    /// such a byte is passed over without asking `test` of its bytes.
    ///
    /// `test` must accept only bytes the filter looks for (control bytes and DEL when it looks for
    /// controls, its ranges, bytes above 0x7F): the filter keeps the others from being asked at all.
    @inline(__always)
    func anyByte(_ filter: ByteWordFilter, _ test: (UInt8) -> Bool) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ filter.any($0, test) }) { return found }
        var s = self
        return s.withUTF8 { filter.any($0, test) }
    }
}

/// Which eight-byte words may hold a byte a scan looks for: one below 0x20 (when `controls`), one
/// in a few ranges of ASCII, or one above 0x7F; found with word-at-a-time range tests (each byte
/// of an ASCII word compared at once, without a carry between bytes).
///
/// Text is mostly letters: their words are settled by a few operations for eight bytes, where a
/// test of each byte cost eight to twelve instructions a byte in the exports' escapes.
struct ByteWordFilter: Sendable {
    private let controls: Bool
    /// For each range lo...hi: 127 + (hi + 1) and 127 - (lo - 1) in every byte of a word.
    private let below: [UInt64]
    private let above: [UInt64]

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    init(controls: Bool, ranges: [ClosedRange<UInt8>]) {
        precondition(ranges.allSatisfy { $0.lowerBound >= 1 && $0.upperBound < 0x7F },
                     "a range is of ASCII above NUL and below DEL; bytes above 0x7F are found by their high bit")
        self.controls = controls
        below = ranges.map { (127 + UInt64($0.upperBound) + 1) &* Self.ones }
        above = ranges.map { (127 - (UInt64($0.lowerBound) - 1)) &* Self.ones }
    }

    /// Whether the word may hold a byte looked for; never false when it does.
    @inline(__always)
    func mayHold(_ w: UInt64) -> Bool {
        if w & Self.highs != 0 { return true }
        // Every byte is below 0x80 now, so no byte's sum or difference carries into the next:
        // a byte's high bit says below 0x20, or DEL (0x7F + 1), or within lo...hi.
        if controls, ((w &- 0x20 &* Self.ones) | (w &+ Self.ones)) & Self.highs != 0 { return true }
        for r in below.indices where (below[r] &- w) & (w &+ above[r]) & Self.highs != 0 { return true }
        return false
    }

    /// Whether any byte of `bytes` passes `test`, asked only of the words that may hold one.
    @inline(__always)
    func any(_ bytes: UnsafeBufferPointer<UInt8>, _ test: (UInt8) -> Bool) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            if mayHold(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                for k in i..<(i + 8) where test(base[k]) { return true }
            }
            i += 8
        }
        while i < n {
            if test(base[i]) { return true }
            i += 1
        }
        return false
    }
}
