// Word-wrapping printable ASCII without grapheme breaking.
//
// `String.wrapped(toWidth:)` splits its text into Characters and asks the C library for each
// one's width: nearly half of the plain-text export went there. In printable ASCII (and "\n")
// every byte is a grapheme of its own, one column wide ("\r\n", the one ASCII cluster of two, has
// a byte outside that range), so the same breaks can be found on the bytes. The rules are those
// of `softWrapRanges(_:in:width:limit:)`, with every width 1; `WrapFastPathTests` checks the two
// agree on random texts.

extension String {
    /// `wrapped(toWidth:)` worked out on the bytes, or nil when the text is not printable ASCII and "\n".
    func asciiWrapped(toWidth width: Int) -> [String]? {
        // withUTF8 makes the storage native and contiguous first if it is not (a copy, once).
        var s = self
        return s.withUTF8 { asciiWrap($0, width: width) }
    }
}

/// The lines of `bytes` wrapped at `width` columns, or nil when a byte is not printable ASCII or "\n".
private func asciiWrap(_ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [String]? {
    for b in bytes where (b < 0x20 && b != 0x0A) || b >= 0x7F { return nil }
    let width = max(1, width)
    var lines: [String] = []
    func line(_ from: Int, _ to: Int) {
        var end = to
        while end > from, bytes[end - 1] == 0x20 { end -= 1 }
        lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<end]), as: UTF8.self))
    }
    var start = 0
    var col = 0
    var hasContent = false      // a non-space byte on this line so far
    var breakAfter = -1         // just after the last space run that follows content; -1: none
    var i = 0
    let n = bytes.count
    while i < n {
        let b = bytes[i]
        if b == 0x0A {
            line(start, i)
            start = i + 1; col = 0; hasContent = false; breakAfter = -1
            i += 1
            continue
        }
        if b == 0x20 {
            col += 1
            if hasContent { breakAfter = i + 1 }
            i += 1
            continue
        }
        if col + 1 > width && col > 0 {
            if breakAfter > start {
                // Break at the last space: the word begun since then moves down.
                line(start, breakAfter)
                start = breakAfter
                col = i - breakAfter
                hasContent = i > breakAfter
                breakAfter = -1
                if col + 1 > width && col > 0 {
                    // The word alone is wider than a line: break it here.
                    line(start, i)
                    start = i; col = 0; hasContent = false
                }
            } else {
                line(start, i)
                start = i; col = 0; hasContent = false; breakAfter = -1
            }
        }
        col += 1
        hasContent = true
        i += 1
    }
    line(start, n)
    return lines
}
