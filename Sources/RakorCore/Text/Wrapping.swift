// Word-wrapping plain text without grapheme breaking.
//
// `String.wrapped(toWidth:)` splits its text into Characters and asks the C library for each
// one's width: nearly half of the plain-text export went there. In printable ASCII (and "\n")
// every byte is a grapheme of its own, one column wide ("\r\n", the one ASCII cluster of two, has
// a byte outside that range), so the same breaks can be found on the bytes. The rules are those
// of `softWrapRanges(_:in:width:limit:)`, with every width 1; `WrapFastPathTests` checks the two
// agree on random texts.
//
// The notulen's own words hold a few more: "–" in a time range, "—", "·", "é" in a name. So a
// *plain* scalar (`isPlainScalar`, as the canvas draws them) is taken too: none of them joins a
// neighbour in a grapheme (no control, Extend, joiner, spacing mark, Prepend, regional indicator
// or Hangul), so in a text of plain scalars each is a grapheme of its own. The C library is asked once which of
// them are one column wide (U+25FD and U+25FE are two); a text with any other takes the grapheme path.

extension String {
    /// `wrapped(toWidth:)` worked out on the bytes, or nil when the text is not printable ASCII and "\n".
    func asciiWrapped(toWidth width: Int) -> [String]? {
        // withUTF8 makes the storage native and contiguous first if it is not (a copy, once).
        var s = self
        return s.withUTF8 { plainWrap($0, width: width, narrow: nil) }
    }

    /// `wrapped(toWidth:)` worked out on the bytes, or nil when the text is not all plain scalars and "\n".
    func plainWrapped(toWidth width: Int) -> [String]? {
        var s = self
        let narrow = narrowPlainScalars
        return narrow.withUnsafeBufferPointer { table in s.withUTF8 { plainWrap($0, width: width, narrow: table) } }
    }
}

/// Whether scalar `v` is *plain*: printable ASCII; Latin-1 but its controls and the soft hyphen;
/// general punctuation from the hyphen to the hyphenation point (dashes, quotes, "…"); box
/// drawing, block elements and geometric shapes. None joins a neighbour in a grapheme, so a plain
/// scalar between plain scalars is a grapheme of its own (the canvas and the wrap rest on this).
@inlinable @inline(__always)
public func isPlainScalar(_ v: UInt32) -> Bool {
    (0x20..<0x7F).contains(v) || (0xA0...0xFF).contains(v) && v != 0xAD
        || (0x2010...0x2027).contains(v) || (0x2500...0x25FF).contains(v)
}

/// The plain scalars beyond ASCII.
let plainScalarsBeyondASCII: [Int] = (0xA0...0x25FF).filter { isPlainScalar(UInt32($0)) }

/// narrowPlainScalars[v]: scalar v is plain and the C library gives it one column; asked once.
let narrowPlainScalars: [Bool] = {
    var table = [Bool](repeating: false, count: 0x2600)
    let scalars = plainScalarsBeyondASCII
    let widths = graphemeWidths(scalars.map { Character(Unicode.Scalar(UInt32($0))!) })
    for (v, w) in zip(scalars, widths) where w == 1 { table[v] = true }
    return table
}()

/// How many bytes the plain, narrow scalar at `k` takes (1–3), or nil when what starts there is
/// not one (with no `narrow` table, when it is not printable ASCII or "\n").
@inline(__always)
private func plainScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int, narrow: UnsafeBufferPointer<Bool>?) -> Int? {
    let b = bytes[k]
    if b < 0x80 { return (b < 0x20 && b != 0x0A) || b == 0x7F ? nil : 1 }
    guard let narrow else { return nil }
    let n = bytes.count
    if b >= 0xC2, b <= 0xC3, k + 1 < n {
        let v = Int(b & 0x1F) << 6 | Int(bytes[k + 1] & 0x3F)
        return narrow[v] ? 2 : nil
    }
    if b == 0xE2, k + 2 < n {
        let v = 0x2000 | Int(bytes[k + 1] & 0x3F) << 6 | Int(bytes[k + 2] & 0x3F)
        return v < narrow.count && narrow[v] ? 3 : nil
    }
    return nil
}

/// The lines of `bytes` wrapped at `width` columns, or nil when a scalar is not plain (see above).
private func plainWrap(_ bytes: UnsafeBufferPointer<UInt8>, width: Int, narrow: UnsafeBufferPointer<Bool>?) -> [String]? {
    guard let columns = plainColumns(bytes, narrow: narrow) else { return nil }
    var lines: [String] = []
    plainWrapLines(bytes, width: width, multibyte: columns < bytes.count) { from, to in
        lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self))
    }
    return lines
}

/// The columns `bytes` take, one a scalar, or nil when a scalar in them is not plain and narrow
/// (with no `narrow` table, not printable ASCII or "\n").
func plainColumns(_ bytes: UnsafeBufferPointer<UInt8>, narrow: UnsafeBufferPointer<Bool>?) -> Int? {
    var k = 0
    var columns = 0
    let n = bytes.count
    while k < n {
        // Eight printable ASCII bytes at a time (the isPrintableASCII test): a column each.
        if k + 8 <= n {
            let w = UnsafeRawPointer(bytes.baseAddress! + k).loadUnaligned(as: UInt64.self)
            if w & SWAR.highBits == 0 && !SWAR.hasControl(w) && !SWAR.hasZero(w ^ (0x7F &* SWAR.ones)) {
                columns += 8
                k += 8
                continue
            }
        }
        guard let len = plainScalarLength(bytes, k, narrow: narrow) else { return nil }
        columns += 1
        k += len
    }
    return columns
}

/// Hands `line` each line of `bytes` wrapped at `width` columns, as a byte range with its trailing
/// spaces dropped; `bytes` are plain scalars (`plainColumns` said so), `multibyte` when any takes
/// more than one byte. A scalar's lead byte is its one column; its continuation bytes take none
/// and are never a break.
func plainWrapLines(_ bytes: UnsafeBufferPointer<UInt8>, width: Int, multibyte: Bool,
                    line emit: (_ from: Int, _ to: Int) -> Void) {
    if !multibyte { return asciiWrapLines(bytes, width: width, line: emit) }
    /// Columns in bytes[a..<b]: one a scalar.
    func columns(_ a: Int, _ b: Int) -> Int {
        guard multibyte else { return b - a }
        var c = 0
        for j in a..<b where bytes[j] & 0xC0 != 0x80 { c += 1 }
        return c
    }
    let width = max(1, width)
    func line(_ from: Int, _ to: Int) { emitTrimmed(bytes, from, to, emit) }
    var start = 0
    var col = 0
    var hasContent = false      // a non-space byte on this line so far
    var breakAfter = -1         // just after the last space run that follows content; -1: none
    var i = 0
    let n = bytes.count
    while i < n {
        let b = bytes[i]
        if b & 0xC0 == 0x80 {
            i += 1    // the rest of a scalar whose column is counted
            continue
        }
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
                col = columns(breakAfter, i)
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
}

/// `plainWrapLines` for text of one byte a scalar, a line at a time rather than a byte at a time.
///
/// With every scalar a byte and a column, the byte walk's column is always the distance from the
/// line's start, and after every break the walk is where a fresh line would be. So each line is
/// found by looking: the first non-space byte at or past the edge is where the walk would break,
/// the last space before it (with a word before that) is where it breaks, and the word after the
/// break goes down whole unless it alone is wider than a line. `WrapFastPathTests` checks this
/// against the grapheme wrap.
private func asciiWrapLines(_ bytes: UnsafeBufferPointer<UInt8>, width: Int, line emit: (_ from: Int, _ to: Int) -> Void) {
    let width = max(1, width)
    let n = bytes.count
    func line(_ from: Int, _ to: Int) { emitTrimmed(bytes, from, to, emit) }
    var start = 0
    var newline = -1            // the next "\n" at or after start, or n; -1: not looked for yet
    while true {
        if newline < start {
            newline = start
            while newline < n, bytes[newline] != 0x0A { newline += 1 }
        }
        // Where the walk would break: a non-space byte past the edge, before the line's end.
        var over = start + width
        while over < newline, bytes[over] == 0x20 { over += 1 }
        if over >= newline {
            line(start, newline)
            if newline >= n { return }
            start = newline + 1
            continue
        }
        // The last space before it that follows a word on this line.
        var space = over - 1
        while space >= start, bytes[space] != 0x20 { space -= 1 }
        var word = start
        while word < space, bytes[word] == 0x20 { word += 1 }
        if space >= start, word < space {
            let breakAfter = space + 1
            line(start, breakAfter)
            if over - breakAfter + 1 > width {
                // The word alone is wider than a line: broken at the edge.
                line(breakAfter, over)
                start = over
            } else {
                start = breakAfter
            }
        } else {
            line(start, over)
            start = over
        }
    }
}

/// Hands `emit` the line `bytes[from..<to]` without its trailing spaces.
@inline(__always)
private func emitTrimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ emit: (_ from: Int, _ to: Int) -> Void) {
    var end = to
    while end > from, bytes[end - 1] == 0x20 { end -= 1 }
    emit(from, end)
}
