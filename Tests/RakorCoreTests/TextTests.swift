import Testing
@testable import RakorCore

@Suite("Display width")
struct DisplayWidthTests {
    @Test func asciiIsOneColumnEach() {
        #expect("Rapat".displayWidth == 5)
        #expect("".displayWidth == 0)
    }

    @Test func wideCharactersAndEmojiTakeTwoColumns() {
        #expect("漢字".displayWidth == 4)
        #expect(Character("漢").displayWidth == 2)
        #expect(Character("👍").displayWidth == 2)
        #expect(Character("👍🏽").displayWidth == 2)          // skin tone does not add
        #expect(Character("👨‍👩‍👧").displayWidth == 2)          // ZWJ sequence: the first emoji
        #expect(Character("🇮🇩").displayWidth == 2)          // flag: two regional indicators
        #expect("Rapat 漢字 👍".displayWidth == 13)
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(Character("e\u{301}").displayWidth == 1)
        #expect("Cafe\u{301}".displayWidth == 4)
    }

    @Test func controlsAreNotDisplayable() {
        #expect(Character("\u{1B}").displayWidth == nil)
        #expect(Character("\u{07}").displayWidth == nil)
        #expect(Character("\u{9B}").displayWidth == nil)
        #expect(Character("\u{202E}").displayWidth == nil)
        #expect(Character("\r\n").displayWidth == nil)
        // In a string each counts as the one-column symbol the canvas shows instead.
        #expect("a\u{1B}b".displayWidth == 3)
    }

    @Test func terminalRunsSplitFlagsAndKeepCombiningMarks() {
        #expect(terminalRuns(of: "🇮🇩")?.map(\.width) == [1, 1])
        #expect(terminalRuns(of: "e\u{301}") == [TerminalRun(scalars: ["e", "\u{301}"], width: 1)])
        #expect(terminalRuns(of: "👨‍👩‍👧") == [TerminalRun(scalars: ["\u{1F468}"], width: 2)])
        #expect(terminalRuns(of: "\u{1B}") == nil)
    }
}

@Suite("Inert text")
struct SanitizeTests {
    @Test func cleanTextIsUnchanged() {
        let s = "Rapat koordinasi 漢字 👍 e\u{301}"
        #expect(inert(s) == s)
        #expect(isInert(s))
    }

    @Test func escapeSequencesBecomeVisible() {
        #expect(inert("\u{1B}[31mmerah\u{1B}[0m") == "␛[31mmerah␛[0m")
        #expect(inert("\u{1B}]0;judul\u{07}") == "␛]0;judul␇")
        #expect(inert("\u{1B}]8;;http://x\u{1B}\\tautan") == "␛]8;;http://x␛\\tautan")
        #expect(inert("a\u{00}b\u{7F}c") == "a␀b␡c")
    }

    @Test func c1ControlsAndBidiOverridesBecomeReplacementCharacters() {
        #expect(inert("\u{9B}2J") == "\u{FFFD}2J")
        #expect(inert("\u{9D}0;x\u{9C}") == "\u{FFFD}0;x\u{FFFD}")
        #expect(inert("Rp \u{202E}000.9\u{202C}") == "Rp \u{FFFD}000.9\u{FFFD}")
        #expect(inert("\u{2066}a\u{2069}") == "\u{FFFD}a\u{FFFD}")
    }

    @Test func tabsAndNewlines() {
        #expect(inert("a\tb") == "a b")
        #expect(inert("a\nb\r\nc\rd") == "a b c d")
        #expect(inert("a\nb\r\nc\rd", keepNewlines: true) == "a\nb\nc\nd")
        #expect(!isInert("a\nb"))
        #expect(isInert("a\nb", allowingNewlines: true))
        #expect(!isInert("a\rb", allowingNewlines: true))
    }

    @Test func nothingThatSurvivesIsAControl() {
        var all = String.UnicodeScalarView()
        for v in UInt32(0)..<0xA0 { all.append(Unicode.Scalar(v)!) }
        for v in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] as [UInt32] {
            all.append(Unicode.Scalar(v)!)
        }
        for keep in [false, true] {
            let out = inert(String(all), keepNewlines: keep)
            let bad = out.unicodeScalars.filter { s in
                let v = s.value
                if keep && v == 0x0A { return false }
                return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            }
            #expect(bad.isEmpty)
            #expect(isInert(out, allowingNewlines: keep))
        }
    }
}

@Suite("Truncate, pad, wrap")
struct TextLayoutTests {
    @Test func truncateWithEllipsis() {
        #expect("Rapat koordinasi".truncated(toWidth: 20) == "Rapat koordinasi")
        #expect("Rapat koordinasi".truncated(toWidth: 8) == "Rapat k…")
        #expect("Rapat".truncated(toWidth: 5) == "Rapat")
        #expect("Rapat".truncated(toWidth: 1) == "…")
        #expect("Rapat".truncated(toWidth: 0) == "")
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        // 漢字漢字 is 8 columns; in 4 there is room for one 漢 and the ellipsis.
        #expect("漢字漢字".truncated(toWidth: 4) == "漢…")
        #expect("漢字漢字".truncated(toWidth: 5) == "漢字…")
        #expect("a漢字".truncated(toWidth: 3) == "a…")
    }

    @Test func padding() {
        #expect("漢".padded(toWidth: 4) == "漢  ")
        #expect("ab".padded(toWidth: 4, alignment: .right) == "  ab")
        #expect("ab".padded(toWidth: 5, alignment: .center) == " ab  ")
        #expect("abcdef".padded(toWidth: 3) == "abcdef")
    }

    @Test func wordWrap() {
        #expect("Rapat koordinasi percepatan penurunan stunting".wrapped(toWidth: 15)
                == ["Rapat", "koordinasi", "percepatan", "penurunan", "stunting"])
        #expect("Rapat koordinasi percepatan penurunan stunting".wrapped(toWidth: 21)
                == ["Rapat koordinasi", "percepatan penurunan", "stunting"])
        #expect("a b c".wrapped(toWidth: 80) == ["a b c"])
        #expect("".wrapped(toWidth: 10) == [""])
    }

    @Test func wrapBreaksOverlongWords() {
        #expect("ab cdefgh".wrapped(toWidth: 5) == ["ab", "cdefg", "h"])
        #expect("abcdefghijkl".wrapped(toWidth: 5) == ["abcde", "fghij", "kl"])
    }

    @Test func wrapKeepsNewlinesAndIndentation() {
        #expect("satu\n\ndua tiga".wrapped(toWidth: 4) == ["satu", "", "dua", "tiga"])
        #expect("  abcdefgh".wrapped(toWidth: 5) == ["  abc", "defgh"])
    }

    @Test func wrapIsWidthCorrectForWideCharacters() {
        #expect("漢字漢字漢".wrapped(toWidth: 5) == ["漢字", "漢字", "漢"])
        #expect("rapat 漢字漢字".wrapped(toWidth: 8) == ["rapat", "漢字漢字"])
        for line in "Menteri 漢字漢字漢字 👍👍👍 koordinasi".wrapped(toWidth: 7) {
            #expect(line.displayWidth <= 7)
        }
    }

    @Test func softWrapRangesCoverEveryGraphemeButNewlines() {
        let chars = Array("ab cd\nef")
        #expect(softWrapRanges(chars, width: 3) == [0..<3, 3..<5, 6..<8])
        #expect(softWrapRanges([], width: 3) == [0..<0])
    }
}
