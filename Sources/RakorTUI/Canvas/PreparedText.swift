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
        // A printable ASCII byte followed by another ASCII byte, or by nothing, is a grapheme of
        // its own, inert and one column wide (only a non-ASCII scalar, a combining mark, can join
        // it): those skip grapheme breaking. The rest, from the first byte that is not such a
        // grapheme, goes the general way.
        var from = 0
        shown.utf8.withContiguousStorageIfAvailable { b in
            while from < b.count {
                let byte = b[from]
                guard byte >= 0x20 && byte < 0x7F, from + 1 == b.count || b[from + 1] < 0x80 else { return }
                out.append(PreparedGlyph(glyph: UInt32(byte), columns: 1))
                from += 1
            }
        }
        if from == shown.utf8.count { return out }
        let rest = from == 0 ? shown : String(shown[shown.utf8.index(shown.utf8.startIndex, offsetBy: from)...])
        for c in inert(rest) {
            let (g, w) = Canvas.measure(c)
            if w == 0 { continue }
            out.append(PreparedGlyph(glyph: g, columns: UInt16(clamping: w)))
        }
        return out
    }
}
