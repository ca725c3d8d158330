import Testing
@testable import RakorCore

/// The exports' byte fast paths (inert text, trimming, padding, clocks, due dates) must give what
/// the grapheme or scalar paths they skip give, on text that reaches either side of each test.
@Suite("Export text on its bytes")
struct ByteFastPathTests {
    /// Pieces that sit on both sides of every byte test: controls, C1 (lead byte 0xC2), bidi
    /// controls and the em dash (lead byte 0xE2), other UTF-8, spaces, breaks, combining marks.
    static let pieces = ["rapat", "Bappeda", " ", "  ", "\n", "\r\n", "\r", "\t", "\u{1B}[31m", "\u{07}", "\u{7F}",
                         "\u{9B}", "\u{85}", "©", "é", "\u{202E}", "\u{2066}", "—", "…", "\u{301}", "₁", "x", "-", "0"]

    /// `inert` as it was before its byte pre-check: the scalar test alone decides whether text is clean.
    func scalarInert(_ text: String, keepNewlines: Bool) -> String? {
        text.unicodeScalars.contains(where: { $0.isControlCharacter || $0.isBidiControl }) ? nil : text
    }

    @Test func inertReturnsCleanTextWhole_andReplacesWhatTheScalarTestFinds() {
        var rng = SplitMix64(seed: 2026)
        for _ in 0..<5_000 {
            let s = rng.text(of: Self.pieces, fewerThan: 12)
            for keep in [false, true] {
                let out = inert(s, keepNewlines: keep)
                if let clean = scalarInert(s, keepNewlines: keep) {
                    #expect(out == clean, "\(s.debugDescription)")
                } else {
                    #expect(isInert(out, allowingNewlines: keep), "\(s.debugDescription)")
                }
            }
        }
    }

    /// The trims as they were: grapheme by grapheme from each end.
    func graphemeTrim(_ s: String, _ set: Set<Character>) -> String {
        var t = Substring(s)
        while let f = t.first, set.contains(f) { t.removeFirst() }
        while let l = t.last, set.contains(l) { t.removeLast() }
        return String(t)
    }

    @Test func theTrimsEqualTheGraphemeTrims() {
        var rng = SplitMix64(seed: 88)
        for _ in 0..<5_000 {
            let s = rng.text(of: Self.pieces, fewerThan: 8)
            #expect(s.exportTrimmed == graphemeTrim(s, [" ", "\n", "\t"]), "\(s.debugDescription)")
            #expect(ExportWords.entryText(s) == graphemeTrim(inert(s, keepNewlines: true), [" ", "\n"]), "\(s.debugDescription)")
            var dropped = Substring(s)
            while dropped.last == " " { dropped.removeLast() }
            #expect(s.trailingSpacesDropped == String(dropped), "\(s.debugDescription)")
        }
    }

    @Test func repeatedEqualsRepeating() {
        for c: Character in [" ", "-", "=", "—", "é", "\r\n"] {
            for n in [-1, 0, 1, 2, 17, 300] {
                #expect(String.repeated(c, count: n) == String(repeating: c, count: max(0, n)), "\(c.debugDescription) × \(n)")
            }
        }
        #expect("ab".padded(toWidth: 5) == "ab   ")
        #expect("ab".padded(toWidth: 5, alignment: .right) == "   ab")
        #expect("ab".padded(toWidth: 7, alignment: .center) == "  ab   ")
    }

    @Test func theClockEqualsItsInterpolation() {
        let zones = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"].map { ZoneClock(startedAtMs: 1_602_720_000_000, tz: $0) }
        var rng = SplitMix64(seed: 5)
        for _ in 0..<2_000 {
            let t = Int(rng.next() % 400_000_000_000) - 100_000_000_000
            let z = zones[Int(rng.next() % 3)]
            let secs = floorDiv(z.localMs(t), 1000)
            let m = floorMod(secs, 86400) / 60
            for sep in [".", ":", " h ", "—"] {
                #expect(z.clock(t, separator: sep) == "\(pad2(m / 60))\(sep)\(pad2(m % 60))", "\(t) \(sep)")
            }
        }
    }

    /// `CalendarDate.parse` as it was: split on "-", four, two and two ASCII digits, a real date.
    func splitParse(_ s: String) -> CalendarDate? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: y) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    @Test func theDateParseEqualsTheSplitParse() {
        var rng = SplitMix64(seed: 31)
        let pieces = ["2020", "2024", "1900", "2000", "-", "-", "02", "29", "30", "31", "13", "00", "1", "10", "٣",
                      "\u{301}", " ", "x", "12", "2021-", "-10-"]
        for _ in 0..<20_000 {
            let s = rng.text(of: pieces, fewerThan: 6)
            #expect(CalendarDate.parse(s) == splitParse(s), "\(s.debugDescription)")
        }
        #expect(CalendarDate.parse("2024-02-29") == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(CalendarDate.parse("2023-02-29") == nil)
    }

    /// The byte escape against the scalar escape it skips.
    @Test func theHTMLEscapeEqualsTheScalarEscape() {
        var rng = SplitMix64(seed: 443)
        let pieces = Self.pieces + ["&", "<", ">", "\"", "'", "&amp;", "<b>", "Rp 9.000"]
        for _ in 0..<5_000 {
            let s = rng.text(of: pieces, fewerThan: 12)
            #expect(NotulenHTML.esc(s) == NotulenHTML.escapedScalars(inert(s, keepNewlines: true)), "\(s.debugDescription)")
        }
    }

    /// The title tests of the wording ("arahan", "pembukaan") against lowercasing and Foundation's
    /// search, on titles in either case, with letters Unicode lowercases into ASCII (the Kelvin
    /// sign, the dotted capital I) and other UTF-8.
    @Test func theFoldedSearchEqualsLowercasedContains() {
        var rng = SplitMix64(seed: 57)
        let pieces = ["Arahan", "ARAHAN", "arah", "an", "Sambutan", "Pembukaan", "PEMBU", "\u{212A}aan", "membu\u{212A}a",
                      "Openİng", "OPENING", "opens", "Open", "ing", " ", "é", "—", "\u{301}", "x", "Rapat"]
        let needles = ["arahan", "sambutan", "pembukaan", "membuka", "opening", "opens", "", "a"]
        for _ in 0..<5_000 {
            let title = rng.text(of: pieces, fewerThan: 6)
            for needle in needles {
                #expect(title.lowercasedContains(needle) == title.lowercased().contains(needle),
                        "\(title.debugDescription) \(needle)")
            }
        }
        #expect("Sambutan dan Arahan Gubernur".lowercasedContains("arahan"))
        #expect(!"Paparan Kepala BKN".lowercasedContains("arahan"))
    }

    /// The sentence-end and capital tests of the wording against the character operations they skip,
    /// with a prepended mark (U+0600) before a stop, combining marks, CR LF and non-ASCII starts.
    @Test func theSentenceCaseEqualsTheCharacterOperations() {
        var rng = SplitMix64(seed: 612)
        let pieces = Self.pieces + [".", "!", "?", "\u{600}", "\u{600}.", ".\u{301}", "a", "é", "ß", "ǆ", "penanggung jawab", "İ"]
        for _ in 0..<5_000 {
            let s = rng.text(of: pieces, fewerThan: 6)
            #expect(s.endsInStop == (s.last.map { ".!?".contains($0) } ?? false), "\(s.debugDescription)")
            #expect(s.capitalizedFirst == s.prefix(1).uppercased() + s.dropFirst(), "\(s.debugDescription)")
        }
        #expect("Rapat dibuka.".endsInStop && !"Rapat dibuka".endsInStop)
        #expect("batas waktu: 20 Oktober 2020".capitalizedFirst == "Batas waktu: 20 Oktober 2020")
    }

    /// The Markdown block-marker escape on its first byte against the character path, with
    /// markers and digits that a combining mark or a keycap joins into another character.
    @Test func theMarkdownLineStartEqualsTheCharacterPath() {
        var rng = SplitMix64(seed: 1848)
        let pieces = Self.pieces + ["#", "-", "+", "=", "1", "12", ".", ")", "#\u{20E3}", "1\u{20E3}", "٣", "a"]
        for _ in 0..<5_000 {
            let s = rng.text(of: pieces, fewerThan: 6)
            #expect(NotulenMarkdown.esc(s) == NotulenMarkdown.escLineStartByCharacters(NotulenMarkdown.esc(s, lineStart: false)),
                    "\(s.debugDescription)")
        }
        #expect(NotulenMarkdown.esc("# Judul") == "\\# Judul")
        #expect(NotulenMarkdown.esc("2020. Tahun") == "2020\\. Tahun")
    }

    /// The word-at-a-time filter against a test of each byte: on random bytes (every word length
    /// and tail), for random ranges, a word holding a byte looked for is never passed over.
    @Test func theWordFilterNeverPassesOverAByteItLooksFor() {
        var rng = SplitMix64(seed: 808)
        for _ in 0..<3_000 {
            let controls = rng.next() % 2 == 0
            var ranges: [ClosedRange<UInt8>] = []
            for _ in 0..<(rng.next() % 3) {
                let lo = UInt8(1 + rng.next() % 0x7D)
                ranges.append(lo...min(0x7E, lo + UInt8(rng.next() % 5)))
            }
            let filter = ByteWordFilter(controls: controls, ranges: ranges)
            // Mostly letters, as text is, with the bytes at each bound and the high ones among them.
            let special: [UInt8] = [0x00, 0x0A, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xC2, 0xE2, 0xFF]
                + ranges.flatMap { [$0.lowerBound &- 1, $0.lowerBound, $0.upperBound, $0.upperBound &+ 1] }
            let bytes: [UInt8] = (0..<Int(rng.next() % 40)).map { _ in
                rng.next() % 8 == 0 ? special[Int(rng.next() % UInt64(special.count))] : UInt8(0x61 + rng.next() % 26)
            }
            let looked: (UInt8) -> Bool = { b in
                b >= 0x80 || (controls && (b < 0x20 || b == 0x7F)) || ranges.contains { $0.contains(b) }
            }
            let found = bytes.withUnsafeBufferPointer { filter.any($0, looked) }
            #expect(found == bytes.contains(where: looked), "\(bytes) \(ranges) controls \(controls)")
        }
        #expect(!"Rapat koordinasi".anyByte(NotulenHTML.notPlainWords) { $0 == 0x26 })
        #expect("Rp 9.000 & lain-lain".anyByte(NotulenHTML.notPlainWords) { $0 == 0x26 })
    }

    /// The JSON string escape on its bytes (the log's lines and the JSON export) against the rule
    /// scalar by scalar, with C1 controls, the line and paragraph separators and their neighbours in UTF-8.
    @Test func theJSONEscapeEqualsTheScalarEscape() {
        var rng = SplitMix64(seed: 2028)
        let pieces = Self.pieces + ["\"", "\\", "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "\u{80}", "\u{9F}", "\u{A0}",
                                    "\u{0}", "\u{1F}", "ā", "🙂"]
        for _ in 0..<5_000 {
            let s = rng.text(of: pieces, fewerThan: 10)
            var want = ""
            JSONValue.writeStringByScalars(s, into: &want)
            var got = ""
            JSONValue.writeString(s, into: &got)
            #expect(got == want, "\(s.debugDescription)")
            #expect(String(decoding: JSONValue.escapedUTF8(s), as: UTF8.self) == want, "\(s.debugDescription)")
        }
    }
}
