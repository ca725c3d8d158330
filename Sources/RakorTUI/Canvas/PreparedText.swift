import RakorCore
import Synchronization

// What `Canvas.put` draws for a text that is not plain printable ASCII, or that must be cut:
// the cells of its graphemes after the cut to the room and `inert`, each measured. Working
// that out (grapheme breaking, `wcwidth`, the cut at a word) costs hundreds of times what
// copying the cells does, and a dashboard draws the same names, notes and labels every
// second, so the answers are kept. It is a memo of a pure function: the widths and the glyph
// ids it uses never change in a process, so a kept answer is the one that would be made again.

/// One grapheme `put` draws: its glyph id and its columns (never 0).
struct PreparedGlyph: Equatable, Sendable {
    var glyph: UInt32
    var columns: UInt16
}

/// The graphemes `Canvas.put` draws for a text, made once and kept.
enum PreparedText {
    /// A text by its bytes (see ExactText) and the room it is cut to.
    private struct Key: Hashable {
        var text: ExactText
        /// The room the text is cut to when wider, or -1 when `put` cuts nothing.
        var cut: Int
    }

    /// Kept answers; emptied when full, so a frame that mints new texts (a clock in a label)
    /// cannot grow it without bound.
    private static let memo = Mutex([Key: [PreparedGlyph]]())
    static let capacity = 4_096
    /// Longer texts are worked out each time: keying the memo on them would cost as much as reading them.
    static let longestKept = 1_024

    /// The graphemes of `text`, cut to `cut` columns with "…" when it is wider (`cut` > 0),
    /// made inert and measured; zero-width ones are left out.
    static func glyphs(_ text: String, cut: Int) -> [PreparedGlyph] {
        guard text.utf8.count <= longestKept else { return make(text, cut: cut) }
        let key = Key(text: ExactText(text), cut: cut)
        if let kept = memo.withLock({ $0[key] }) { return kept }
        let made = make(text, cut: cut)
        memo.withLock { m in
            if m.count >= capacity { m.removeAll(keepingCapacity: true) }
            m[key] = made
        }
        return made
    }

    /// How many answers are kept (for tests).
    static var keptCount: Int { memo.withLock { $0.count } }

    /// Works out what `glyphs` returns.
    static func make(_ text: String, cut: Int) -> [PreparedGlyph] {
        var shown = text
        if cut > 0 {
            // Text that does not fit ends in "…" at a word boundary, never silently mid-word.
            // Trailing spaces (padding) may be clipped without one. A cut text fits its room,
            // so this runs once; the bound only guards against a cut that would not.
            var rounds = 0
            while shown.utf8.count > cut, rounds < 4 {
                var visible = Substring(shown)
                while visible.last == " " { visible.removeLast() }
                guard visible.utf8.count > cut, String(visible).isWider(than: cut) else { break }
                shown = String(visible).truncatedAtWord(toWidth: cut)
                rounds += 1
            }
        }
        var out: [PreparedGlyph] = []
        out.reserveCapacity(shown.utf8.count)
        // A "plain" scalar (below) followed by another plain scalar, or by nothing, is a grapheme
        // of its own and is inert: no plain scalar is a control, a bidi control, Prepend, Extend,
        // a joiner, a spacing mark, a regional indicator or Hangul, so nothing joins two of them,
        // and a combining mark after one is not plain and sends it the general way. Those skip
        // grapheme breaking, and a run of one scalar (a row of big digits: "███   ███") is
        // measured once.
        let scalars = shown.unicodeScalars
        var at = scalars.startIndex
        var last: (scalar: UInt32, glyph: PreparedGlyph?) = (0, nil)
        while at != scalars.endIndex {
            let v = scalars[at].value
            let next = scalars.index(after: at)
            guard isPlainScalar(v), next == scalars.endIndex || isPlainScalar(scalars[next].value) else { break }
            if v < 0x80 {
                out.append(PreparedGlyph(glyph: v, columns: 1))
            } else {
                if v != last.scalar {
                    let (g, w) = Canvas.measure(Character(scalars[at]))
                    last = (v, w == 0 ? nil : PreparedGlyph(glyph: g, columns: UInt16(clamping: w)))
                }
                if let glyph = last.glyph { out.append(glyph) }
            }
            at = next
        }
        if at == scalars.endIndex { return out }
        let rest = at == scalars.startIndex ? shown : String(scalars[at...])
        for c in inert(rest) {
            let (g, w) = Canvas.measure(c)
            if w == 0 { continue }
            out.append(PreparedGlyph(glyph: g, columns: UInt16(clamping: w)))
        }
        return out
    }
}
