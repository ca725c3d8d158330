import Testing
@testable import RakorTUI
import RakorCore

/// Drawing a long note wraps only the paragraphs its window shows; what it shows must be
/// exactly the window of the whole text wrapped, wherever the cursor is.
@Suite("Line editor window")
struct LineEditorWindowTests {
    /// The window the whole-text layout gives: the rule `render(width:height:)` keeps.
    private func wholeWindow(_ e: LineEditor, width: Int, height: Int) -> (lines: [String], cursorRow: Int, cursorCol: Int) {
        let all = e.render(width: width)
        guard all.lines.count > height else { return all }
        let first = max(0, all.cursorRow - height + 1)
        return (Array(all.lines[first..<(first + height)]), all.cursorRow - first, all.cursorCol)
    }

    /// A small deterministic generator, so a failure names its seed.
    private struct Rng {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    @Test func theWindowIsTheWholeTextsWindowWhereverTheCursorIs() {
        let pieces = ["kata", " ", "  ", "\n", "\n\n", "Kalimantan", "漢字", "é", "👍🏽", "x", "panjangsekalitanpaspasi"]
        for seed in 1...300 {
            var rng = Rng(state: UInt64(seed))
            var text = ""
            for _ in 0..<rng.next(60) { text += pieces[rng.next(pieces.count)] }
            var e = LineEditor(text: text, multiline: true, maxLength: 20_000)
            e.moveCursor(to: rng.next(e.graphemes.count + 1))
            let width = 1 + rng.next(14), height = 1 + rng.next(6)
            let got = e.render(width: width, height: height)
            let want = wholeWindow(e, width: width, height: height)
            #expect(got.lines == want.lines && got.cursorRow == want.cursorRow && got.cursorCol == want.cursorCol,
                    "seed \(seed): \(text.debugDescription) cursor \(e.cursor) width \(width) height \(height)")
            let count = e.visualLineCount(width: width, atMost: 6)
            #expect(count == min(6, e.render(width: width).lines.count), "seed \(seed): line count")
        }
    }

    @Test func aTenThousandCharacterPasteShowsItsLastRowsWithTheCursorAfterThem() {
        let words = (0..<1_250).map { "kata\($0 % 10)" }.joined(separator: " ")   // about 8,700 characters
        var e = LineEditor(multiline: true, maxLength: 20_000)
        #expect(e.handle(.paste(words + " selesai.")) == .edited)
        let r = e.render(width: 40, height: 6)
        #expect(r.lines.count == 6)
        #expect(r.lines.last?.hasSuffix("selesai.") == true)
        #expect(r.cursorRow == 5)
        #expect(r.cursorCol == r.lines[5].displayWidth)
        #expect(e.visualLineCount(width: 40, atMost: 6) == 6)
    }
}
