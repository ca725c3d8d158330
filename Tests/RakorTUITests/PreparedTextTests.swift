import Testing
import RakorCore
@testable import RakorTUI

/// `put` keeps what it works out for a text (PreparedText) and stores runs of one-column text in
/// one pass: both must draw exactly what the grapheme-by-grapheme, cell-by-cell way draws.
@Suite("Canvas put: kept texts and one-pass stores")
struct PreparedTextTests {
    static let pieces = ["rapat", " ", "  ", "·", ",", "a", "Z9", "é", "e\u{301}", "a\u{301}\u{302}", "漢字", "👩‍👩‍👧", "👍🏽",
                         "\t", "\n", "\r\n", "\u{1B}[31m", "\u{7F}", "\u{202E}", "\u{200B}", "—", "…", ":", "-",
                         // Scalars taken without grapheme breaking, and what may join them.
                         "███", "█", "▶", "▸", "·", "\u{AD}", "\u{A0}", "ÿ", "\u{301}", "\u{FE0F}", "\u{200D}", "\u{2028}",
                         "\u{2029}", "\u{85}", "\u{25FF}", "\u{2600}", "\u{1F1EE}\u{1F1E9}"]

    static func text(_ rng: inout AllReadersFuzzTests.Rng, maxPieces: Int = 12) -> String {
        var s = ""
        for _ in 0..<Int(rng.next() % UInt64(maxPieces)) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
        return s
    }

    @Test func aTextsGlyphsAreItsInertGraphemesMeasured() {
        var rng = AllReadersFuzzTests.Rng(state: 1502)
        for _ in 0..<3_000 {
            let s = Self.text(&rng)
            let expected = inert(s).compactMap { c -> PreparedGlyph? in
                let (g, w) = Canvas.measure(c)
                return w == 0 ? nil : PreparedGlyph(glyph: g, columns: UInt16(w))
            }
            #expect(PreparedText.make(s, cut: -1) == expected, "\(s.debugDescription)")
            #expect(PreparedText.glyphs(s, cut: -1) == expected, "\(s.debugDescription), kept")
        }
    }

    @Test func aCutTextIsTheCutThenItsGlyphs() {
        var rng = AllReadersFuzzTests.Rng(state: 1503)
        for _ in 0..<2_000 {
            let s = Self.text(&rng, maxPieces: 20)
            let room = 1 + Int(rng.next() % 20)
            var visible = Substring(s)
            while visible.last == " " { visible.removeLast() }
            let shown = String(visible).isWider(than: room) ? String(visible).truncatedAtWord(toWidth: room) : s
            #expect(PreparedText.glyphs(s, cut: room) == PreparedText.make(shown, cut: -1), "\(s.debugDescription) in \(room)")
        }
    }

    @Test func textsThatAreCanonicallyEqualAreKeptApart() {
        // String's == calls these equal; the canvas draws them differently, so the memo must not.
        var c = Canvas(width: 4, height: 2)
        c.put("é", x: 0, y: 0)
        c.put("e\u{301}", x: 0, y: 1)
        #expect(c[0, 0].grapheme.unicodeScalars.count == 1)
        #expect(c[0, 1].grapheme.unicodeScalars.count == 2)
        var d = Canvas(width: 4, height: 2)
        d.put("e\u{301}", x: 0, y: 0)
        d.put("é", x: 0, y: 1)
        #expect(d[0, 0].grapheme.unicodeScalars.count == 2)
        #expect(d[0, 1].grapheme.unicodeScalars.count == 1)
    }

    @Test func theOnePassStoresDrawWhatCellByCellWritesDraw() {
        var rng = AllReadersFuzzTests.Rng(state: 1504)
        for round in 0..<400 {
            var fast = Canvas(width: 24, height: 3)
            var slow = Canvas(width: 24, height: 3)
            slow.storesInBulk = false
            for _ in 0..<12 {
                // Random texts over each other: wide graphemes half overwritten, texts cut by either edge.
                let s = Self.text(&rng, maxPieces: 8)
                let x = Int(rng.next() % 34) - 6
                let y = Int(rng.next() % 3)
                let maxWidth: Int? = rng.next() % 3 == 0 ? nil : Int(rng.next() % 20)
                let role = rng.next() % 2 == 0 ? "text" : "muted"
                let a = fast.put(s, x: x, y: y, role: role, maxWidth: maxWidth)
                let b = slow.put(s, x: x, y: y, role: role, maxWidth: maxWidth)
                #expect(a == b, "round \(round): \(s.debugDescription) at \(x) in \(String(describing: maxWidth))")
            }
            #expect(fast.cells == slow.cells, "round \(round)")
        }
    }
}

@Suite("Canvas: tables read by bytes")
struct CanvasByteTests {
    @Test func printableASCIIByWordsIsTheByteTest() {
        var rng = AllReadersFuzzTests.Rng(state: 1506)
        // Bytes near the edges (0x1F, 0x20, 0x7E, 0x7F, 0x80) at every place in texts of every length to 40.
        let edges: [UInt8] = [0x00, 0x09, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F]
        for _ in 0..<20_000 {
            let n = Int(rng.next() % 41)
            var bytes = (0..<n).map { _ in UInt8(0x20 + rng.next() % 0x5F) }
            if n > 0, rng.next() % 2 == 0 { bytes[Int(rng.next() % UInt64(n))] = edges[Int(rng.next() % UInt64(edges.count))] }
            if n > 1, rng.next() % 4 == 0 { bytes.replaceSubrange(0..<2, with: Array("é".utf8)) }
            let s = String(decoding: bytes, as: UTF8.self)
            #expect(s.isPrintableASCII == s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, "\(Array(s.utf8))")
        }
    }

    @Test func everyKnownRoleIsFoundByItsBytesAndOthersAreNot() {
        for (i, name) in (["text"] + StyleRole.all.filter { $0 != "text" }).enumerated() {
            #expect(CellRole.id(name) == UInt16(i), "\(name)")
            #expect(CellRole.name(UInt16(i)) == name)
        }
        let table = ByteTable(["text", "muted", "panel.title"])
        #expect(table.find("muted") == 1)
        #expect(table.find("panel.title") == 2)
        #expect(table.find("mute") == nil)
        #expect(table.find("muted ") == nil)
        #expect(table.find("") == nil)
    }
}
