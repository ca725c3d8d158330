// Display width of text in terminal columns.
//
// Widths come from the C library's `wcwidth`, the function ncurses itself uses to place
// characters, so a Canvas laid out with these numbers lines up with what ncurses draws.
// `wcwidth` answers from the thread's LC_CTYPE locale and says -1 for everything
// non-ASCII in the C locale (the locale a test process starts in), so each call here runs
// under a private UTF-8 locale set for the calling thread only (`uselocale`), never touching
// the process locale. glibc's UTF-8 locales share one width table, so this agrees with the
// UTF-8 locale the terminal backend selects with `setlocale`.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's `wcwidth` under a private UTF-8 locale.
private struct WidthOracle: @unchecked Sendable {
    // @unchecked: `locale` is created once and never freed or changed; a locale_t may be
    // used by several threads at once (each installs it for itself with uselocale).
    typealias WCWidth = @convention(c) (wchar_t) -> Int32
    let wcwidthFunction: WCWidth?
    let locale: locale_t?

    static let shared = WidthOracle()

    private init() {
        // Glibc's Swift module map leaves out the X/Open `wcwidth`; look it up by name.
        wcwidthFunction = unsafeBitCast(dlsym(nil, "wcwidth"), to: WCWidth?.self)
        var loc: locale_t? = nil
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"] {
            if let l = newlocale(LC_CTYPE_MASK, name, nil) { loc = l; break }
        }
        locale = loc
    }

    /// Runs `body` with the UTF-8 locale installed on this thread.
    @inline(__always)
    func withUTF8Locale<T>(_ body: () -> T) -> T {
        guard let locale else { return body() }
        let previous = uselocale(locale)
        defer { _ = uselocale(previous) }
        return body()
    }

    /// `wcwidth` of one scalar; the locale must already be installed.
    @inline(__always)
    func width(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return 1 }
        guard let wcwidthFunction else { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? -1 : 1 }
        return Int(wcwidthFunction(wchar_t(bitPattern: v)))
    }
}

/// One piece of a grapheme as a terminal cell holds it: a spacing scalar followed by the
/// zero-width scalars (combining marks, variation selectors) that attach to it.
public struct TerminalRun: Equatable, Sendable {
    /// The scalars to hand to the terminal for this cell, spacing scalar first.
    public var scalars: [Unicode.Scalar]
    /// Columns this run takes: 0, 1 or 2.
    public var width: Int
}

/// Splits a grapheme into what a terminal can draw, or nil when it is not displayable
/// (a control character, a bidi control, or a scalar the C library does not know).
///
/// Most graphemes are one run. A flag (two regional indicators) or an Indic conjunct is
/// several runs, one per spacing scalar, so ncurses advances its cursor by their sum.
/// Emoji skin-tone modifiers and everything after a zero-width joiner are dropped, as
/// ncurses would not keep them in the cell either: "👨‍👩‍👧" draws as "👨", 2 columns.
public func terminalRuns(of c: Character) -> [TerminalRun]? {
    let oracle = WidthOracle.shared
    return oracle.withUTF8Locale { runs(of: c, oracle) }
}

private func runs(of c: Character, _ oracle: WidthOracle) -> [TerminalRun]? {
    var result: [TerminalRun] = []
    for s in c.unicodeScalars {
        if s.isControlCharacter || s.isBidiControl { return nil }
        if s.value == 0x200D { break }                        // zero-width joiner: drop the tail
        if (0x1F3FB...0x1F3FF).contains(s.value) && !result.isEmpty { continue } // skin tone
        let w = oracle.width(s)
        if w < 0 { return nil }
        if w == 0, !result.isEmpty {
            result[result.count - 1].scalars.append(s)
        } else {
            result.append(TerminalRun(scalars: [s], width: w))
        }
    }
    return result
}

private func width(of c: Character, _ oracle: WidthOracle) -> Int? {
    // ASCII fast path: one scalar, printable.
    if let a = c.asciiValue { return a >= 0x20 && a < 0x7F ? 1 : nil }
    // One scalar (box drawing, most letters): what `runs` gives, without building the runs.
    var scalars = c.unicodeScalars.makeIterator()
    if let s = scalars.next(), scalars.next() == nil {
        if s.isControlCharacter || s.isBidiControl { return nil }
        if s.value == 0x200D { return 0 }
        let w = oracle.width(s)
        return w < 0 ? nil : w
    }
    guard let rs = runs(of: c, oracle) else { return nil }
    return rs.reduce(0) { $0 + $1.width }
}

public extension Character {
    /// Columns this grapheme takes in a terminal (0, 1, 2, or more for a flag or conjunct),
    /// or nil when it is not displayable (see `terminalRuns(of:)`).
    var displayWidth: Int? {
        let oracle = WidthOracle.shared
        return oracle.withUTF8Locale { width(of: self, oracle) }
    }
}

public extension String {
    /// Whether every byte is printable ASCII (0x20 to 0x7E): text that is already inert, one
    /// grapheme and one column a byte. Eight bytes a step; it runs on every text a frame draws.
    var isPrintableASCII: Bool {
        utf8.withContiguousStorageIfAvailable { b -> Bool in
            var i = 0
            while i + 8 <= b.count {
                let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                // A high bit (not ASCII), a control byte, or DEL: each test is exact about
                // whether any byte of the word has it.
                if w & SWAR.highBits != 0 || SWAR.hasControl(w) || SWAR.hasZero(w ^ (0x7F &* SWAR.ones)) { return false }
                i += 8
            }
            while i < b.count {
                if b[i] < 0x20 || b[i] >= 0x7F { return false }
                i += 1
            }
            return true
        } ?? utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Columns this text takes on one line once made inert: a grapheme that is not
    /// displayable counts 1, as the replacement symbol the Canvas shows for it.
    var displayWidth: Int {
        if isPrintableASCII { return utf8.count }
        // Plain scalars (Text/Wrapping.swift) are a grapheme and, when narrow, a column each: a
        // heading's "–" or a name's "é" need not take every grapheme to the C library.
        var s = self
        if let columns = narrowPlainScalars.withUnsafeBufferPointer({ t in s.withUTF8 { plainColumns($0, narrow: t) } }) {
            return columns
        }
        return displayWidthByGraphemes
    }

    /// `displayWidth` worked out a grapheme at a time from the C library's widths (what its fast paths are tested against).
    var displayWidthByGraphemes: Int {
        let oracle = WidthOracle.shared
        return oracle.withUTF8Locale {
            var total = 0
            for c in self { total += width(of: c, oracle) ?? 1 }
            return total
        }
    }

    /// Whether this text takes more than `width` columns: `displayWidth > width`, measuring
    /// only until the answer is known (a long note cut to a panel's width every frame).
    func isWider(than limit: Int) -> Bool {
        // A grapheme takes no more columns than its UTF-8 bytes.
        if utf8.count <= limit { return false }
        if isPrintableASCII { return true }
        let oracle = WidthOracle.shared
        return oracle.withUTF8Locale {
            var total = 0
            for c in self {
                total += width(of: c, oracle) ?? 1
                if total > limit { return true }
            }
            return false
        }
    }

    /// This text cut to at most `width` columns, ending in `ellipsis` when anything was cut.
    ///
    /// A wide character that would straddle the limit is left out, so the result may be one
    /// column narrower than `width`. When even the ellipsis does not fit, the text is cut
    /// without one.
    func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        if width <= 0 { return "" }
        if displayWidth <= width { return self }
        let ellipsisWidth = ellipsis.displayWidth
        let room = ellipsisWidth <= width ? width - ellipsisWidth : width
        var out = ""
        var used = 0
        let widths = graphemeWidths(Array(self))
        for (c, w) in zip(self, widths) {
            if used + w > room { break }
            out.append(c)
            used += w
        }
        return ellipsisWidth <= width ? out + ellipsis : out
    }

    /// This text padded with spaces to `width` columns (left-aligned by default);
    /// text already that wide or wider is returned as it is.
    func padded(toWidth width: Int, alignment: TextAlignment = .left) -> String {
        let gap = width - displayWidth
        if gap <= 0 { return self }
        switch alignment {
        case .left: return self + .repeated(" ", count: gap)
        case .right: return .repeated(" ", count: gap) + self
        case .center:
            let left = gap / 2
            return .repeated(" ", count: left) + self + .repeated(" ", count: gap - left)
        }
    }

    /// This text word-wrapped into lines of at most `width` columns.
    ///
    /// Lines break at spaces; a word wider than a line is broken between graphemes; a wide
    /// character never straddles the edge. `"\n"` starts a new line (an empty paragraph gives
    /// an empty line). Trailing spaces are dropped from every line, leading spaces kept.
    /// The text should already be inert (see `inert(_:keepNewlines:)`).
    func wrapped(toWidth width: Int) -> [String] {
        if let lines = plainWrapped(toWidth: width) { return lines }   // Text/Wrapping.swift
        let chars = Array(self)
        return softWrapRanges(chars, width: width).map { r in
            var line = chars[r]
            while line.last == " " { line.removeLast() }
            return String(line)
        }
    }
}

/// How `String.padded(toWidth:alignment:)` places text in its width.
public enum TextAlignment: Sendable {
    case left, right, center
}

/// The display width of each grapheme, not-displayable ones counted 1.
public func graphemeWidths(_ chars: [Character]) -> [Int] {
    let oracle = WidthOracle.shared
    return oracle.withUTF8Locale { chars.map { width(of: $0, oracle) ?? 1 } }
}

/// Where `String.wrapped(toWidth:)` breaks lines, as grapheme index ranges into `chars`.
///
/// Every grapheme except the `"\n"` ones belongs to exactly one range, in order; a range
/// ends before the `"\n"` that ends it. The spaces at a soft break stay at the end of the
/// line before it, so they may reach past `width` (they are invisible); everything else in
/// a range fits in `width` columns, except a wide character on a line of width 1. There is always at least one range. Cursor code (the
/// line editor) uses this to map a grapheme index to a row and column.
public func softWrapRanges(_ chars: [Character], width: Int) -> [Range<Int>] {
    softWrapRanges(chars, in: 0..<chars.count, width: width).ranges
}

/// `softWrapRanges(_:width:)` for `chars[range]` alone, with the display width of each of
/// its graphemes (`widths[i - range.lowerBound]`). A range that starts at the start of the
/// text or just after a `"\n"` wraps exactly as it does inside the whole text, since a
/// newline starts every line afresh: a long text can be wrapped a paragraph at a time.
/// With `limit`, wrapping stops once that many lines are found (the last may be unfinished).
public func softWrapRanges(_ chars: [Character], in range: Range<Int>, width: Int,
                           limit: Int? = nil) -> (ranges: [Range<Int>], widths: [Int]) {
    let width = max(1, width)
    let base = range.lowerBound
    let widths = graphemeWidths(Array(chars[range]))
    let limit = limit ?? Int.max
    var ranges: [Range<Int>] = []
    var start = base
    var col = 0
    var hasContent = false          // a non-space grapheme on this line so far
    var breakAfter: Int? = nil      // index just after the last space run that follows content
    var i = base
    while i < range.upperBound && ranges.count < limit {
        let c = chars[i]
        if c == "\n" {
            ranges.append(start..<i)
            start = i + 1; col = 0; hasContent = false; breakAfter = nil
            i += 1
            continue
        }
        let w = widths[i - base]
        if c == " " {
            col += w
            if hasContent { breakAfter = i + 1 }
            i += 1
            continue
        }
        if col + w > width && col > 0 {
            if let b = breakAfter, b > start {
                // Break at the last space: the word begun since then moves down.
                ranges.append(start..<b)
                start = b
                col = widths[(b - base)..<(i - base)].reduce(0, +)
                breakAfter = nil
                hasContent = i > b
                if col + w > width && col > 0 {
                    // The word alone is wider than a line: break it here.
                    ranges.append(start..<i)
                    start = i; col = 0; hasContent = false
                }
            } else {
                ranges.append(start..<i)
                start = i; col = 0; hasContent = false; breakAfter = nil
            }
        }
        col += w
        hasContent = true
        i += 1
    }
    if ranges.count < limit { ranges.append(start..<range.upperBound) }
    return (ranges, widths)
}
