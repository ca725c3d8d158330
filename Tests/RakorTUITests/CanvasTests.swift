import Testing
import RakorCore
@testable import RakorTUI

@Suite("Canvas text")
struct CanvasTextTests {
    @Test func wideCharactersTakeTwoCells() {
        var c = Canvas(width: 6, height: 1)
        #expect(c.put("漢字", x: 0, y: 0) == 4)
        #expect(c[0, 0] == Cell(grapheme: "漢", width: 2, role: "text"))
        #expect(c[1, 0].isContinuation)
        #expect(c[2, 0].grapheme == "字")
        #expect(c.lines() == ["漢字"])
        #expect(c.lines(trimmingTrailingSpaces: false) == ["漢字  "])
    }

    @Test func emojiAndCombiningMarks() {
        var c = Canvas(width: 8, height: 1)
        #expect(c.put("👍🏽é!", x: 0, y: 0) == 4)
        #expect(c.put("e\u{301}", x: 5, y: 0) == 1)
        #expect(c.lines() == ["👍🏽é! e\u{301}"])
    }

    @Test func aWideCharacterThatDoesNotFitIsNeverSplitAndTheCutSaysSo() {
        var c = Canvas(width: 5, height: 1)
        c.fill(c.bounds, char: ".")
        #expect(c.put("ab漢字", x: 0, y: 0) == 5)
        #expect(c.lines(trimmingTrailingSpaces: false) == ["ab漢…"])
        var d = Canvas(width: 3, height: 1)
        d.fill(d.bounds, char: ".")
        // Room for "a" and the ellipsis, not for half of 漢.
        #expect(d.put("a漢字", x: 0, y: 0) == 2)
        #expect(d.lines(trimmingTrailingSpaces: false) == ["a…."])
    }

    @Test func maxWidthClipsWithoutSplitting() {
        var c = Canvas(width: 10, height: 1)
        c.fill(c.bounds, char: ".")
        #expect(c.put("漢字漢", x: 1, y: 0, maxWidth: 3) == 3)
        #expect(c.lines() == [".漢…......"])
        #expect(c.put("abc", x: 8, y: 0) == 2)
        #expect(c.lines() == [".漢…....a…"])
    }

    @Test func leftEdgeClipsWithoutSplitting() {
        var c = Canvas(width: 4, height: 1)
        c.fill(c.bounds, char: ".")
        #expect(c.put("漢ab", x: -1, y: 0) == 4)
        #expect(c.lines() == [" ab."])
    }

    @Test func rowsOutsideTheCanvasAreIgnored() {
        var c = Canvas(width: 4, height: 2)
        #expect(c.put("abc", x: 0, y: 2) == 0)
        #expect(c.put("abc", x: 0, y: -1) == 0)
        #expect(c.lines() == ["", ""])
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var c = Canvas(width: 6, height: 1)
        c.put("漢字", x: 0, y: 0)
        c.put("x", x: 1, y: 0)
        #expect(c.lines(trimmingTrailingSpaces: false) == [" x字  "])
        c.put("y", x: 2, y: 0)
        #expect(c.lines(trimmingTrailingSpaces: false) == [" xy   "])
        #expect(c.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func controlSequencesNeverReachTheCanvas() {
        var c = Canvas(width: 40, height: 1)
        let name = "\u{1B}[2J\u{1B}]0;x\u{07}\u{9B}1m\u{202E}Z\u{1B}]8;;http://x\u{1B}\\"
        c.put(name, x: 0, y: 0)
        #expect(c.lines() == ["␛[2J␛]0;x␇\u{FFFD}1m\u{FFFD}Z␛]8;;http://x␛\\"])
        for cell in c.cells {
            for s in cell.grapheme.unicodeScalars {
                #expect(!(s.value < 0x20 || (0x7F...0x9F).contains(s.value)))
                #expect(!(0x202A...0x202E).contains(s.value) && !(0x2066...0x2069).contains(s.value))
            }
        }
    }

    @Test func newlinesAndTabsBecomeSpaces() {
        var c = Canvas(width: 10, height: 2)
        c.put("a\nb\tc", x: 0, y: 0)
        #expect(c.lines() == ["a b c", ""])
    }

    @Test func fillWithAWideCharacterPadsTheOddColumn() {
        var c = Canvas(width: 5, height: 2)
        c.fill(c.bounds, char: "漢", role: "muted")
        #expect(c.lines(trimmingTrailingSpaces: false) == ["漢漢 ", "漢漢 "])
        #expect(c.roles(row: 1) == Array(repeating: "muted", count: 5))
    }

    @Test func setRoleRestylesWholeGraphemes() {
        var c = Canvas(width: 6, height: 1)
        c.put("漢字ab", x: 0, y: 0)
        c.setRole(Rect(x: 1, y: 0, width: 2, height: 1), role: "selected")
        #expect(c.roles(row: 0) == ["selected", "selected", "selected", "selected", "text", "text"])
        #expect(c.lines() == ["漢字ab"])
    }
}

@Suite("Canvas lines and boxes")
struct CanvasBoxTests {
    @Test func boxGeometry() {
        var c = Canvas(width: 8, height: 5)
        c.box(Rect(x: 1, y: 1, width: 6, height: 3))
        #expect(c.lines() == [
            "",
            " ┌────┐",
            " │    │",
            " └────┘",
            "",
        ])
        #expect(c[1, 1].role == "panel.border")
    }

    @Test func boxWithTitle() {
        var c = Canvas(width: 12, height: 3)
        c.box(c.bounds, title: "Rapat")
        #expect(c.lines() == [
            "┌─ Rapat ──┐",
            "│          │",
            "└──────────┘",
        ])
        #expect(c[3, 0].role == "panel.title")
        #expect(c[9, 0].role == "panel.border")
    }

    @Test func longTitleIsCutWithAnEllipsis() {
        var c = Canvas(width: 12, height: 3)
        c.box(c.bounds, title: "Agenda 漢字 \u{1B}[31m")
        #expect(c.lines()[0] == "┌─ Agenda… ┐")
    }

    @Test func asciiBoxAndDivider() {
        var c = Canvas(width: 6, height: 4, asciiLines: true)
        c.box(c.bounds)
        c.divider(in: c.bounds, y: 2)
        #expect(c.lines() == ["+----+", "|    |", "+----+", "+----+"])
    }

    @Test func dividersJoinTheFrame() {
        var c = Canvas(width: 7, height: 5)
        c.box(c.bounds, style: .rounded)
        c.divider(in: c.bounds, y: 2)
        c.verticalDivider(in: Rect(x: 0, y: 2, width: 7, height: 3), x: 3)
        #expect(c.lines() == [
            "╭─────╮",
            "│     │",
            "├──┬──┤",
            "│  │  │",
            "╰──┴──╯",
        ])
    }

    @Test func lines() {
        var c = Canvas(width: 5, height: 3)
        c.hline(x: 0, y: 0, length: 5)
        c.vline(x: 2, y: 1, length: 5)
        #expect(c.lines() == ["─────", "  │", "  │"])
    }

    @Test func tooSmallForABox() {
        var c = Canvas(width: 3, height: 3)
        c.box(Rect(x: 0, y: 0, width: 1, height: 3))
        #expect(c.lines() == ["", "", ""])
    }
}

@Suite("Rect")
struct RectTests {
    let r = Rect(x: 0, y: 0, width: 20, height: 10)

    @Test func splitRowsFixedAndFill() {
        #expect(r.split(rows: [.fixed(3), .fill, .fixed(1)]) == [
            Rect(x: 0, y: 0, width: 20, height: 3),
            Rect(x: 0, y: 3, width: 20, height: 6),
            Rect(x: 0, y: 9, width: 20, height: 1),
        ])
    }

    @Test func splitColumnsByFraction() {
        let wide = Rect(x: 2, y: 1, width: 81, height: 5)
        #expect(wide.split(columns: [.fraction(0.5), .fill]) == [
            Rect(x: 2, y: 1, width: 40, height: 5),
            Rect(x: 42, y: 1, width: 41, height: 5),
        ])
        #expect(wide.split(columns: [.fraction(0.25), .fraction(0.25)]).map(\.width) == [20, 20])
    }

    @Test func fillWeightsAndGaps() {
        #expect(Rect(x: 0, y: 0, width: 10, height: 1).split(columns: [.fill(1), .fill(2)]).map(\.width) == [3, 7])
        #expect(Rect(x: 0, y: 0, width: 11, height: 1).split(columns: [.fill, .fill, .fill], gap: 1).map(\.x) == [0, 4, 8])
    }

    @Test func fixedSizesShrinkWhenSpaceRunsOut() {
        #expect(Rect(x: 0, y: 0, width: 4, height: 5).split(rows: [.fixed(3), .fixed(4), .fill]).map(\.height) == [3, 2, 0])
    }

    @Test func insetsAndEdges() {
        #expect(Rect(x: 2, y: 3, width: 10, height: 6).inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 4))
        #expect(Rect(x: 2, y: 3, width: 10, height: 6).inset(left: 2, right: 1) == Rect(x: 4, y: 3, width: 7, height: 6))
        #expect(Rect(x: 0, y: 0, width: 3, height: 3).inset(by: 2).isEmpty)
        #expect(r.splitTop(2).top == Rect(x: 0, y: 0, width: 20, height: 2))
        #expect(r.splitTop(2).rest == Rect(x: 0, y: 2, width: 20, height: 8))
        #expect(r.splitBottom(1).bottom == Rect(x: 0, y: 9, width: 20, height: 1))
        #expect(r.splitLeft(5).rest == Rect(x: 5, y: 0, width: 15, height: 10))
        #expect(r.splitRight(5).right == Rect(x: 15, y: 0, width: 5, height: 10))
        #expect(r.centered(width: 10, height: 4) == Rect(x: 5, y: 3, width: 10, height: 4))
        #expect(r.intersection(Rect(x: 15, y: 8, width: 10, height: 10)) == Rect(x: 15, y: 8, width: 5, height: 2))
    }
}

@Suite("Big digits")
struct BigDigitsTests {
    func frame(_ text: String, _ style: BigDigitStyle) -> [String] {
        let size = BigDigits.size(of: text, style: style)
        var c = Canvas(width: size.width, height: size.height)
        #expect(c.putBigDigits(text, x: 0, y: 0, style: style, role: "timer.overtime") == size)
        return c.lines(trimmingTrailingSpaces: false)
    }

    @Test func blockFrame() {
        #expect(frame("-01:05", .block) == [
            "    ███   █   ███ ███",
            "    █ █   █ █ █ █ █  ",
            "███ █ █   █   █ █ ███",
            "    █ █   █ █ █ █   █",
            "    ███   █   ███ ███",
        ])
    }

    @Test func wideFrame() {
        #expect(frame("-01:05", .wide) == [
            "        ██████      ██      ██████  ██████",
            "        ██  ██      ██  ██  ██  ██  ██    ",
            "██████  ██  ██      ██      ██  ██  ██████",
            "        ██  ██      ██  ██  ██  ██      ██",
            "        ██████      ██      ██████  ██████",
        ])
    }

    @Test func halfFrame() {
        #expect(frame("-01:05", .half) == [
            "    █▀█   █ ▄ █▀█ █▀▀",
            "▀▀▀ █ █   █ ▄ █ █ ▀▀█",
            "    ▀▀▀   ▀   ▀▀▀ ▀▀▀",
        ])
    }

    @Test func asciiFrame() {
        #expect(frame("-01:05", .ascii) == [
            "     _         _   _ ",
            " _  | |   | . | | |_ ",
            "    |_|   | . |_|  _|",
        ])
    }

    @Test func sizesAndChoice() {
        #expect(BigDigits.size(of: "09:58", style: .wide) == Size(width: 34, height: 5))
        #expect(BigDigits.size(of: "09:58", style: .block) == Size(width: 17, height: 5))
        #expect(BigDigits.size(of: "09:58", style: .half) == Size(width: 17, height: 3))
        #expect(BigDigits.bestStyle(for: "09:58", fitting: Size(width: 40, height: 5)) == .wide)
        #expect(BigDigits.bestStyle(for: "09:58", fitting: Size(width: 20, height: 5)) == .block)
        #expect(BigDigits.bestStyle(for: "09:58", fitting: Size(width: 20, height: 4)) == .half)
        #expect(BigDigits.bestStyle(for: "09:58", fitting: Size(width: 16, height: 9)) == nil)
        #expect(BigDigits.bestStyle(for: "09:58", fitting: Size(width: 80, height: 9), ascii: true) == .ascii)
    }

    @Test func digitsUseTheirRole() {
        var c = Canvas(width: 30, height: 5)
        c.putBigDigits("1", x: 2, y: 0, style: .block, role: "timer.warning")
        #expect(c[4, 0].role == "timer.warning")
        #expect(c[0, 0].role == "text")
    }
}

@Suite("Fake backend")
struct FakeBackendTests {
    @Test func scriptsInputAndRecordsFrames() {
        let b = FakeBackend(size: Size(width: 10, height: 2), script: [.char("a"), .key(.enter)])
        #expect(b.readKey(timeoutMs: 0) == .char("a"))
        #expect(b.readKey(timeoutMs: 0) == .key(.enter))
        #expect(b.readKey(timeoutMs: 0) == nil)
        var c = Canvas(size: b.size)
        c.put("hi", x: 0, y: 0)
        b.draw(c, theme: Theme(name: "t", styles: [:]))
        #expect(b.lastFrame?.lines() == ["hi", ""])
        b.shutdown()
        #expect(b.isShutDown)
    }
}
