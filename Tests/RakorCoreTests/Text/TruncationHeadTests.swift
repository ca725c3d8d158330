import Testing
@testable import RakorCore

/// `truncatedAtWord` reads only the head of a long text; it must cut exactly where reading the
/// whole text would, zero-width graphemes, wide characters and spaces included.
@Suite("Cutting a long text reads only its head")
struct TruncationHeadTests {
    /// The cut as it was made from the whole text.
    func wholeTextCut(_ s: String, _ width: Int) -> String {
        if width <= 0 { return "" }
        if s.displayWidth <= width { return s }
        if width == 1 { return "…" }
        let room = width - 1
        let chars = Array(s)
        let widths = graphemeWidths(chars)
        var used = 0, end = 0
        while end < chars.count, used + widths[end] <= room { used += widths[end]; end += 1 }
        var cut = end
        if end < chars.count, chars[end] != " " {
            var k = end
            while k > 0, chars[k - 1] != " " { k -= 1 }
            if k > 0, end - k <= max(3, room / 3) { cut = k }
        }
        var head = Array(chars[..<cut])
        while let last = head.last, last == " " || last == "·" || last == "," || last == "-" || last == "–" || last == ":" {
            head.removeLast()
        }
        if head.isEmpty { head = Array(chars[..<end]) }
        return String(head) + "…"
    }

    @Test func thePrintableASCIICutEqualsTheWholeTextCut() {
        // Printable ASCII is cut on its bytes; the cut must be the one the graphemes give.
        var rng = SplitMix64(seed: 1505)
        let pieces = ["rapat", "koordinasi", "2020", "a", " ", "  ", ",", "-", ":", ", ", " - ", "x:y", "ASN"]
        for _ in 0..<4_000 {
            let s = rng.text(of: pieces, fewerThan: 30)
            let width = Int(rng.next() % 40)
            #expect(s.truncatedAtWord(toWidth: width) == wholeTextCut(s, width), "\(s.debugDescription) at \(width)")
        }
    }

    @Test func theHeadCutEqualsTheWholeTextCut() {
        var rng = SplitMix64(seed: 15)
        let pieces = ["rapat", "koordinasi", " ", " ", "·", ",", "—", "漢字", "é", "e\u{301}", "\u{200B}", "\u{200B}\u{200B}\u{200B}", "👩‍👩‍👧", "-", ":"]
        for _ in 0..<3_000 {
            let s = rng.text(of: pieces, fewerThan: 40)
            let width = Int(rng.next() % 30)
            #expect(s.truncatedAtWord(toWidth: width) == wholeTextCut(s, width), "\(s.debugDescription) at \(width)")
            #expect(s.isWider(than: width) == (s.displayWidth > width), "\(s.debugDescription) wider than \(width)")
        }
        // Zero-width graphemes filling the head make the cut read on into the rest of the text.
        let zeros = String(repeating: "\u{200B}", count: 20) + "sambutan gubernur kalimantan timur"
        #expect(zeros.truncatedAtWord(toWidth: 12) == wholeTextCut(zeros, 12))
    }
}
