import Synchronization
/// How `BigDigits` draws a countdown, largest first.
public enum BigDigitStyle: Sendable, CaseIterable {
    /// 7 rows; each font pixel is `███`, the verticals drawn two rows tall: for a room.
    case huge
    /// 5 rows; each font pixel is `██`, two columns wide.
    case wide
    /// 5 rows; each font pixel is one `█`.
    case block
    /// 3 rows of half blocks (`▀ ▄ █`): the same font squeezed to half height.
    case half
    /// 3 rows of seven-segment ASCII art (`_ |`), for terminals without block characters.
    case ascii

    /// Rows a glyph takes.
    public var rows: Int {
        switch self {
        case .huge: return 7
        case .wide, .block: return 5
        case .half, .ascii: return 3
        }
    }
}

/// Large digits for the countdown: `0`–`9`, `:`, `-`, `+`, `.` and space.
/// Any other character draws as a blank the width of a digit.
public enum BigDigits {
    // A 3×5 pixel font, "#" lit. Digits follow seven-segment shapes so the clock reads like one.
    private static let font: [Character: [String]] = [
        "0": ["###", "#.#", "#.#", "#.#", "###"],
        "1": ["..#", "..#", "..#", "..#", "..#"],
        "2": ["###", "..#", "###", "#..", "###"],
        "3": ["###", "..#", "###", "..#", "###"],
        "4": ["#.#", "#.#", "###", "..#", "..#"],
        "5": ["###", "#..", "###", "..#", "###"],
        "6": ["###", "#..", "###", "#.#", "###"],
        "7": ["###", "..#", "..#", "..#", "..#"],
        "8": ["###", "#.#", "###", "#.#", "###"],
        "9": ["###", "#.#", "###", "..#", "###"],
        "-": ["...", "...", "###", "...", "..."],
        "+": ["...", ".#.", "###", ".#.", "..."],
        ":": [".", "#", ".", "#", "."],
        ".": [".", ".", ".", ".", "#"],
        " ": ["...", "...", "...", "...", "..."],
    ]

    // Seven-segment ASCII art, 3 rows; "_" in the middle row is the middle segment.
    private static let asciiFont: [Character: [String]] = [
        "0": [" _ ", "| |", "|_|"],
        "1": ["   ", "  |", "  |"],
        "2": [" _ ", " _|", "|_ "],
        "3": [" _ ", " _|", " _|"],
        "4": ["   ", "|_|", "  |"],
        "5": [" _ ", "|_ ", " _|"],
        "6": [" _ ", "|_ ", "|_|"],
        "7": [" _ ", "  |", "  |"],
        "8": [" _ ", "|_|", "|_|"],
        "9": [" _ ", "|_|", " _|"],
        "-": ["   ", " _ ", "   "],
        "+": ["   ", "_|_", " | "],
        ":": [" ", ".", "."],
        ".": [" ", " ", "."],
        " ": ["   ", "   ", "   "],
    ]

    /// The rows of text that draw `text` in `style`; every row has the same width.
    public static func render(_ text: String, style: BigDigitStyle) -> [String] {
        let chars = Array(text)
        if chars.isEmpty { return Array(repeating: "", count: style.rows) }
        switch style {
        case .ascii:
            let glyphs = chars.map { asciiFont[$0] ?? asciiFont[" "]! }
            return (0..<3).map { r in glyphs.map { $0[r] }.joined(separator: " ") }
        case .huge:
            return rows(chars, .huge, count: 7, separator: "   ")
        case .wide:
            return rows(chars, .wide, count: 5, separator: "  ")
        case .block:
            return rows(chars, .block, count: 5, separator: " ")
        case .half:
            return rows(chars, .half, count: 3, separator: " ")
        }
    }

    /// Row `r` of every glyph, joined by `separator`, for each of the style's `count` rows.
    private static func rows(_ chars: [Character], _ style: BigDigitStyle, count: Int, separator: String) -> [String] {
        let glyphs = chars.map { glyphRows($0, style) }
        return (0..<count).map { r in glyphs.map { $0[r] }.joined(separator: separator) }
    }

    private struct GlyphKey: Hashable, Sendable {
        var char: Character
        var style: BigDigitStyle
    }

    /// Each glyph's rows, made once: a countdown is drawn every second from the same dozen glyphs.
    private static let glyphMemo = Mutex([GlyphKey: [String]]())

    /// The rows of one glyph of the font in a block style (not `.ascii`).
    private static func glyphRows(_ c: Character, _ style: BigDigitStyle) -> [String] {
        let key = GlyphKey(char: c, style: style)
        if let kept = glyphMemo.withLock({ $0[key] }) { return kept }
        let g = font[c] ?? font[" "]!
        let made: [String]
        switch style {
        case .huge:
            // The 3×5 font with its two vertical rows doubled: still seven segments, 7 rows.
            made = [0, 1, 1, 2, 3, 3, 4].map { r in g[r].map { $0 == "#" ? "███" : "   " }.joined() }
        case .wide, .block:
            let on = style == .wide ? "██" : "█"
            let off = style == .wide ? "  " : " "
            made = (0..<5).map { r in g[r].map { $0 == "#" ? on : off }.joined() }
        case .half, .ascii:
            made = (0..<3).map { r in
                let top = Array(g[2 * r])
                let bottom = 2 * r + 1 < 5 ? Array(g[2 * r + 1]) : Array(repeating: Character("."), count: top.count)
                return zip(top, bottom).map { (t, b) -> String in
                    switch (t == "#", b == "#") {
                    case (true, true): return "█"
                    case (true, false): return "▀"
                    case (false, true): return "▄"
                    case (false, false): return " "
                    }
                }.joined()
            }
        }
        glyphMemo.withLock { $0[key] = made }
        return made
    }

    /// The cells `text` takes in `style`, so layout can choose a style before drawing.
    public static func size(of text: String, style: BigDigitStyle) -> Size {
        let chars = Array(text)
        guard !chars.isEmpty else { return Size(width: 0, height: style.rows) }
        let pixelWidth = style == .huge ? 3 : (style == .wide ? 2 : 1)
        let glyphWidths = chars.map { c -> Int in
            switch style {
            case .ascii: return (asciiFont[c] ?? asciiFont[" "]!)[0].count
            default: return (font[c] ?? font[" "]!)[0].count * pixelWidth
            }
        }
        let gaps = (chars.count - 1) * pixelWidth
        return Size(width: glyphWidths.reduce(0, +) + gaps, height: style.rows)
    }

    /// The largest style in which `text` fits in `space`, or nil when none does (show plain
    /// text then). With `ascii`, only the ASCII style is considered.
    public static func bestStyle(for text: String, fitting space: Size, ascii: Bool = false) -> BigDigitStyle? {
        let candidates: [BigDigitStyle] = ascii ? [.ascii] : [.huge, .wide, .block, .half]
        return candidates.first { s in
            let need = size(of: text, style: s)
            return need.width <= space.width && need.height <= space.height
        }
    }
}

extension Canvas {
    /// Draws `text` in large digits with its top-left at (x, y), clipped to the canvas;
    /// returns the size it takes (`BigDigits.size(of:style:)`).
    @discardableResult
    public mutating func putBigDigits(_ text: String, x: Int, y: Int, style: BigDigitStyle, role: String) -> Size {
        let rows = BigDigits.render(text, style: style)
        for (i, row) in rows.enumerated() { put(row, x: x, y: y + i, role: role) }
        return BigDigits.size(of: text, style: style)
    }
}

/// A countdown as the dashboard shows it: minutes (and hours) in big digits, the seconds in
/// the half-height style on the same baseline (the 7-row style keeps them whole). What changes every second takes few cells, so
/// a tick sends about 20 bytes instead of 40, while the minutes stay as large as before.
public enum CountdownDigits {
    /// The style of the seconds next to minutes in `style`.
    public static func secondsStyle(_ style: BigDigitStyle) -> BigDigitStyle {
        switch style {
        // The 7-row digits are for a screen read from across the room (200×60 and up): they
        // keep their seconds big; a tick there is not what the budget at rest is about.
        case .huge: return .huge
        case .wide, .block, .half: return .half
        case .ascii: return .ascii
        }
    }

    /// `text` split at its last ":" into the part drawn big ("04:") and the seconds ("30").
    static func parts(_ text: String) -> (big: String, seconds: String) {
        guard let colon = text.lastIndex(of: ":") else { return (text, "") }
        return (String(text[...colon]), String(text[text.index(after: colon)...]))
    }

    /// The cells `text` takes in `style`; never wider than `BigDigits.size(of:style:)`.
    public static func size(of text: String, style: BigDigitStyle) -> Size {
        let (big, seconds) = parts(text)
        let small = secondsStyle(style)
        guard !seconds.isEmpty, small != style else { return BigDigits.size(of: text, style: style) }
        let b = BigDigits.size(of: big, style: style), s = BigDigits.size(of: seconds, style: small)
        return Size(width: b.width + gap(style) + s.width, height: b.height)
    }

    /// Columns between the colon and the seconds: the big style's gap between glyphs.
    private static func gap(_ style: BigDigitStyle) -> Int {
        switch style {
        case .huge: return 3
        case .wide: return 2
        default: return 1
        }
    }

    /// Draws `text` with its top-left at (x, y); returns the size it takes.
    @discardableResult
    public static func put(_ text: String, into c: inout Canvas, x: Int, y: Int, style: BigDigitStyle, role: String) -> Size {
        let (big, seconds) = parts(text)
        let small = secondsStyle(style)
        guard !seconds.isEmpty, small != style else { return c.putBigDigits(text, x: x, y: y, style: style, role: role) }
        let b = c.putBigDigits(big, x: x, y: y, style: style, role: role)
        c.putBigDigits(seconds, x: x + b.width + gap(style), y: y + style.rows - small.rows, style: small, role: role)
        return size(of: text, style: style)
    }
}
