// Text from a session log, an agenda file or the keyboard is untrusted: a name that holds
// ESC, CSI (0x9B) or an OSC string could move the cursor, retitle the window, change colours
// or smuggle a hyperlink once it reaches the terminal, and a bidi override could make
// "Rp 9.000" read as "Rp 000.9". Everything shown passes through `inert` first.

extension Unicode.Scalar {
    /// Whether the scalar is a C0 control, DEL or a C1 control (general category Cc).
    var isControlCharacter: Bool {
        value < 0x20 || (value >= 0x7F && value <= 0x9F)
    }

    /// Whether the scalar is a bidi embedding, override or isolate control
    /// (U+202A–U+202E, U+2066–U+2069) that could reorder the text around it.
    var isBidiControl: Bool {
        (value >= 0x202A && value <= 0x202E) || (value >= 0x2066 && value <= 0x2069)
    }
}

/// The words that may hold a byte `inert`'s check looks for.
let mayNeedInertingWords = ByteWordFilter(controls: true, ranges: [])

/// Makes untrusted text safe to show in a terminal.
///
/// The result holds no scalar a terminal acts on. The one documented form:
/// - tab becomes a space;
/// - CR LF, a lone CR and LF are a line break: kept as `"\n"` when `keepNewlines` is true
///   (multi-line contexts), otherwise a space;
/// - every other C0 control and DEL becomes its Unicode control picture
///   (ESC → `␛` U+241B, BEL → `␇` U+2407, NUL → `␀` U+2400, DEL → `␡` U+2421), so a stray
///   control stays visible;
/// - C1 controls (U+0080–U+009F, including CSI U+009B) and bidi overrides and isolates
///   (U+202A–U+202E, U+2066–U+2069) have no picture and become `�` U+FFFD.
///
/// Every replacement is one column wide. Text without such scalars is returned unchanged.
public func inert(_ text: String, keepNewlines: Bool = false) -> String {
    // Fast path: most names and notes are clean; checking first avoids copying them. Every scalar
    // replaced below has a byte < 0x20, 0x7F, or a lead byte 0xC2 (C1) or 0xE2 (bidi) in UTF-8:
    // text with none of those is clean, found by one pass over the bytes, not the scalars.
    if !text.anyByte(mayNeedInertingWords, { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) { return text }
    if !text.unicodeScalars.contains(where: { $0.isControlCharacter || $0.isBidiControl }) {
        return text
    }
    var out = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count {
        let s = scalars[i]
        let v = s.value
        switch v {
        case 0x09:
            out.append(" ")
        case 0x0A, 0x0D:
            // CR LF is one break, not two.
            if v == 0x0D, i + 1 < scalars.count, scalars[i + 1].value == 0x0A { i += 1 }
            out.append(keepNewlines ? "\n" : " ")
        case 0x00..<0x20:
            out.append(Unicode.Scalar(0x2400 + v)!)
        case 0x7F:
            out.append("\u{2421}")
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
            out.append("\u{FFFD}")
        default:
            out.append(s)
        }
        i += 1
    }
    return String(out)
}

/// Whether `text` is already inert: `inert(text, keepNewlines:)` would return it unchanged.
public func isInert(_ text: String, allowingNewlines: Bool = false) -> Bool {
    !text.unicodeScalars.contains { s in
        if s.isBidiControl { return true }
        guard s.isControlCharacter else { return false }
        return !(allowingNewlines && s == "\n")
    }
}
