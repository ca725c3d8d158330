import Testing
@testable import RakorTUI

/// An editor after typing `text` key by key.
private func typed(_ text: String, multiline: Bool = false) -> LineEditor {
    var e = LineEditor(multiline: multiline)
    for c in text { _ = e.handle(.char(c)) }
    return e
}

@Suite("Line editor keys")
struct LineEditorKeyTests {
    @Test func typingAndMovingByGrapheme() {
        var e = LineEditor()
        for c in "abc" { #expect(e.handle(.char(c)) == .edited) }
        #expect(e.handle(.key(.left)) == .moved)
        #expect(e.handle(.char("X")) == .edited)
        #expect(e.text == "abXc")
        #expect(e.cursor == 3)
        #expect(e.handle(.ctrl("f")) == .moved)
        #expect(e.handle(.key(.right)) == .ignored)
        #expect(e.handle(.ctrl("b")) == .moved)
        #expect(e.cursor == 3)
    }

    @Test func wideCharactersAndEmojiAreOneStepEach() {
        var e = LineEditor(text: "漢字👍🏽")
        #expect(e.graphemes.count == 3)
        #expect(e.handle(.key(.backspace)) == .edited)
        #expect(e.text == "漢字")
        #expect(e.cursor == 2)
        #expect(e.handle(.key(.left)) == .moved)
        #expect(e.handle(.key(.delete)) == .edited)
        #expect(e.text == "漢")
        #expect(e.cursor == 1)
    }

    @Test func scalarsTypedOneByOneJoinTheirGrapheme() {
        var e = typed("e\u{301}")
        #expect(e.graphemes == ["e\u{301}"])
        #expect(e.cursor == 1)
        e = typed("👍🏽")
        #expect(e.graphemes.count == 1)
        #expect(e.cursor == 1)
        #expect(e.handle(.key(.backspace)) == .edited)
        #expect(e.text == "")
    }

    @Test func homeAndEnd() {
        var e = typed("rapat")
        #expect(e.handle(.ctrl("a")) == .moved)
        #expect(e.cursor == 0)
        #expect(e.handle(.key(.home)) == .ignored)
        #expect(e.handle(.key(.end)) == .moved)
        #expect(e.cursor == 5)
        _ = e.handle(.key(.home))
        #expect(e.handle(.ctrl("e")) == .moved)
        #expect(e.cursor == 5)
    }

    @Test func killToEndAndYank() {
        var e = LineEditor(text: "hello world")
        e.moveCursor(to: 5)
        #expect(e.handle(.ctrl("k")) == .edited)
        #expect(e.text == "hello")
        #expect(e.cursor == 5)
        #expect(e.killBuffer == " world")
        #expect(e.handle(.ctrl("k")) == .ignored)
        #expect(e.handle(.ctrl("y")) == .edited)
        #expect(e.text == "hello world")
        #expect(e.cursor == 11)
    }

    @Test func killToStart() {
        var e = LineEditor(text: "hello world")
        e.moveCursor(to: 6)
        #expect(e.handle(.ctrl("u")) == .edited)
        #expect(e.text == "world")
        #expect(e.cursor == 0)
        #expect(e.killBuffer == "hello ")
    }

    @Test func killPreviousWord() {
        var e = LineEditor(text: "rapat koordinasi  ")
        #expect(e.handle(.ctrl("w")) == .edited)
        #expect(e.text == "rapat ")
        #expect(e.cursor == 6)
        #expect(e.killBuffer == "koordinasi  ")
        #expect(e.handle(.ctrl("w")) == .edited)
        #expect(e.text == "")
        #expect(e.handle(.ctrl("w")) == .ignored)
    }

    @Test func altWordMotions() {
        var e = LineEditor(text: "rapat, koordinasi")
        #expect(e.handle(.alt("b")) == .moved)
        #expect(e.cursor == 7)
        _ = e.handle(.alt("b"))
        #expect(e.cursor == 0)
        _ = e.handle(.alt("f"))
        #expect(e.cursor == 5)
        #expect(e.handle(.alt("d")) == .edited)
        #expect(e.text == "rapat")
        #expect(e.killBuffer == ", koordinasi")
    }

    @Test func backspaceAndDeleteAtTheEnds() {
        var e = LineEditor(text: "ab")
        #expect(e.handle(.key(.delete)) == .ignored)
        e.moveCursor(to: 0)
        #expect(e.handle(.key(.backspace)) == .ignored)
        #expect(e.handle(.ctrl("d")) == .edited)
        #expect(e.text == "b")
        #expect(e.cursor == 0)
    }

    @Test func enterSubmitsOneLineAndBreaksMultiLine() {
        var one = typed("ok")
        #expect(one.handle(.key(.enter)) == .submitted)
        #expect(one.text == "ok")
        var many = typed("ok", multiline: true)
        #expect(many.handle(.key(.enter)) == .edited)
        #expect(many.text == "ok\n")
        #expect(many.handle(.ctrl("s")) == .submitted)
        #expect(many.handle(.alt("\n")) == .submitted)
        #expect(many.handle(.key(.escape)) == .cancelled)
        #expect(many.handle(.ctrl("g")) == .cancelled)
        #expect(many.handle(.key(.tab)) == .ignored)
    }

    @Test func pastedTextIsMadeInert() {
        var one = LineEditor()
        #expect(one.handle(.paste("a\nb\tc\u{1B}[31m")) == .edited)
        #expect(one.text == "a b c␛[31m")
        var many = LineEditor(multiline: true)
        _ = many.handle(.paste("a\r\nb\u{202E}"))
        #expect(many.text == "a\nb\u{FFFD}")
        #expect(many.cursor == 4)
    }

    @Test func longPasteAndMaxLength() {
        var e = LineEditor()
        let long = String(repeating: "rapat 漢字 ", count: 1000)
        _ = e.handle(.paste(long))
        #expect(e.graphemes.count == 9000)
        #expect(e.cursor == 9000)
        var capped = LineEditor(maxLength: 5)
        _ = capped.handle(.paste("abcdefgh"))
        #expect(capped.text == "abcde")
        #expect(capped.handle(.char("x")) == .ignored)
    }

    @Test func multiLineKillJoinsAndHomeEndStayOnTheLine() {
        var e = LineEditor(text: "satu\ndua", multiline: true)
        e.moveCursor(to: 6)
        #expect(e.handle(.ctrl("a")) == .moved)
        #expect(e.cursor == 5)
        #expect(e.handle(.ctrl("e")) == .moved)
        #expect(e.cursor == 8)
        e.moveCursor(to: 4)
        #expect(e.handle(.ctrl("k")) == .edited)
        #expect(e.text == "satudua")
        #expect(e.killBuffer == "\n")
    }

    @Test func upAndDownFollowWrappedLines() {
        var e = LineEditor(text: "Rapat koordinasi percepatan", multiline: true)
        e.layoutWidth = 10
        #expect(e.handle(.key(.up)) == .moved)
        #expect(e.cursor == 16)
        #expect(e.handle(.key(.up)) == .moved)
        #expect(e.cursor == 5)
        #expect(e.handle(.key(.up)) == .ignored)
        #expect(e.handle(.key(.down)) == .moved)
        #expect(e.cursor == 16)
        #expect(e.handle(.key(.down)) == .moved)
        #expect(e.cursor == 27)
        #expect(e.handle(.key(.down)) == .ignored)
        var one = LineEditor(text: "x")
        #expect(one.handle(.key(.up)) == .ignored)
    }

    @Test func setTextPutsTheCursorAtTheEnd() {
        var e = LineEditor(text: "abc")
        e.moveCursor(to: 1)
        e.setText("x\u{1B}y")
        #expect(e.text == "x␛y")
        #expect(e.cursor == 3)
    }
}

@Suite("Line editor rendering")
struct LineEditorRenderTests {
    @Test func oneLineScrollsInHalfWidthSteps() {
        var e = LineEditor(text: "abcdefghijklmnopqrstuvwxyz0123")
        var r = e.render(width: 10)
        #expect(r.lines == ["z0123"])
        #expect(r.cursorRow == 0)
        #expect(r.cursorCol == 5)
        e.moveCursor(to: 0)
        r = e.render(width: 10)
        #expect(r.lines == ["abcdefghij"])
        #expect(r.cursorCol == 0)
        e.moveCursor(to: 12)
        r = e.render(width: 10)
        #expect(r.lines == ["fghijklmno"])
        #expect(r.cursorCol == 7)
    }

    @Test func oneLineNeverSplitsAWideCharacter() {
        var e = LineEditor(text: "漢字漢字漢字")
        var r = e.render(width: 5)
        #expect(r.lines == ["漢字"])
        #expect(r.cursorCol == 4)
        e.moveCursor(to: 0)
        r = e.render(width: 5)
        #expect(r.lines == ["漢字"])
        #expect(r.cursorCol == 0)
    }

    @Test func multiLineWraps() {
        var e = LineEditor(text: "Rapat koordinasi percepatan", multiline: true)
        var r = e.render(width: 10)
        // The cursor after a full last line sits at the start of a new row.
        #expect(r.lines == ["Rapat", "koordinasi", "percepatan", ""])
        #expect(r.cursorRow == 3)
        #expect(r.cursorCol == 0)
        e.moveCursor(to: 6)
        r = e.render(width: 10)
        #expect(r.lines == ["Rapat", "koordinasi", "percepatan"])
        #expect(r.cursorRow == 1)
        #expect(r.cursorCol == 0)
        e.moveCursor(to: 3)
        r = e.render(width: 10)
        #expect(r.cursorRow == 0)
        #expect(r.cursorCol == 3)
    }

    @Test func multiLineScrollsToTheCursorRow() {
        let e = LineEditor(text: "Rapat koordinasi percepatan", multiline: true)
        let r = e.render(width: 10, height: 2)
        #expect(r.lines == ["percepatan", ""])
        #expect(r.cursorRow == 1)
        #expect(r.cursorCol == 0)
    }

    @Test func hardNewlines() {
        let e = LineEditor(text: "a\n\nb", multiline: true)
        let r = e.render(width: 5)
        #expect(r.lines == ["a", "", "b"])
        #expect(r.cursorRow == 2)
        #expect(r.cursorCol == 1)
    }
}
