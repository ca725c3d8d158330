import Testing
@testable import RakorCore

/// `wrapped(toWidth:)` wraps printable ASCII on its bytes; that must break exactly where the
/// grapheme-by-grapheme wrap does, and any other text must take the grapheme path.
@Suite("Wrapping ASCII on its bytes")
struct WrapFastPathTests {
    /// The wrap grapheme by grapheme, as `wrapped(toWidth:)` made it before the byte path.
    func graphemeWrap(_ s: String, _ width: Int) -> [String] {
        let chars = Array(s)
        return softWrapRanges(chars, width: width).map { r in
            var line = chars[r]
            while line.last == " " { line.removeLast() }
            return String(line)
        }
    }

    @Test func theByteWrapEqualsTheGraphemeWrapOnRandomASCII() {
        var rng = SplitMix64(seed: 1519)
        let pieces = ["rapat", "koordinasi", "a", "Bappeda", "pukul 09.05", " ", " ", "  ", "\n", "\n\n", "-", ":",
                      "percepatanpenurunanstuntingkabupaten", "(", ")", "x"]
        for _ in 0..<5_000 {
            let s = rng.text(of: pieces, fewerThan: 30)
            let width = Int(rng.next() % 40)
            let fast = s.asciiWrapped(toWidth: width)
            #expect(fast == graphemeWrap(s, width), "\(s.debugDescription) at \(width)")
            #expect(s.wrapped(toWidth: width) == graphemeWrap(s, width), "\(s.debugDescription) at \(width)")
        }
    }

    /// Long paragraphs at a document's widths: the ASCII wrap finds each line by looking, not by
    /// walking the bytes, and must still break where the walk breaks.
    @Test func longASCIIParagraphsWrapAsTheirGraphemes() {
        var rng = SplitMix64(seed: 1515)
        let pieces = ["rapat", "koordinasi", "a", "Bappeda", " ", " ", " ", "  ", "     ", "\n", "-", "09.41",
                      "percepatanpenurunanstuntingkabupatenkutaikartanegaraprovinsikalimantantimur", "x"]
        for _ in 0..<1_500 {
            let s = rng.text(of: pieces, fewerThan: 160)
            let width = [1, 2, 9, 40, 57, 67, 72, 80, 120][Int(rng.next() % 9)]
            #expect(s.asciiWrapped(toWidth: width) == graphemeWrap(s, width), "\(s.debugDescription) at \(width)")
        }
    }

    @Test func everyPrintableByteWrapsAsItsGrapheme() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let bytes = (0..<Int(rng.next() % 60)).map { _ -> UInt8 in
                let r = rng.next() % 100
                return r < 15 ? 0x20 : r < 18 ? 0x0A : UInt8(0x21 + rng.next() % 94)
            }
            let s = String(decoding: bytes, as: UTF8.self)
            let width = Int(rng.next() % 25)
            #expect(s.asciiWrapped(toWidth: width) == graphemeWrap(s, width), "\(s.debugDescription) at \(width)")
        }
    }

    @Test func otherTextTakesTheGraphemePath() {
        var rng = SplitMix64(seed: 42)
        let pieces = ["rapat", " ", "\n", "—", "漢字", "é", "e\u{301}", "\r\n", "\r", "\t", "\u{7F}", "👩‍👩‍👧", "Sa'bani"]
        for _ in 0..<3_000 {
            let s = rng.text(of: pieces, fewerThan: 25)
            let width = Int(rng.next() % 30)
            let ascii = s.utf8.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }
            #expect((s.asciiWrapped(toWidth: width) != nil) == ascii, "\(s.debugDescription)")
            #expect(s.wrapped(toWidth: width) == graphemeWrap(s, width), "\(s.debugDescription) at \(width)")
        }
    }

    /// Plain scalars beyond ASCII ("–" in a time range, "—", "·", "é", box drawing) wrap on the
    /// bytes too, one column a scalar, and break where the grapheme wrap breaks; a text with
    /// anything else (a combining mark, the soft hyphen, NEL, a wide character) takes the grapheme path.
    @Test func plainScalarsWrapOnTheBytesAsTheirGraphemes() {
        // The table says what the C library says of each plain scalar; most are one column.
        let widths = graphemeWidths(plainScalarsBeyondASCII.map { Character(Unicode.Scalar(UInt32($0))!) })
        for (v, w) in zip(plainScalarsBeyondASCII, widths) { #expect(narrowPlainScalars[v] == (w == 1), "U+\(String(v, radix: 16))") }
        #expect(narrowPlainScalars.filter { $0 }.count > 350)
        var rng = SplitMix64(seed: 2026)
        let plain = ["rapat", "09.05–09.20", "—", "·", "é", "Sa’bani", "“kata”", "…", "█", "│", "\u{A0}", "ÿ", "‐", "•",
                     " ", "  ", "\n", "x", "percepatanpenurunan—stunting", "██████", "–"]
        let other = ["e\u{301}", "\u{AD}", "\u{85}", "漢", "\u{2028}", "\r\n", "\u{200D}", "█\u{301}"]
        var fastTaken = 0
        for round in 0..<6_000 {
            var s = rng.text(of: plain, fewerThan: 30)
            let mixed = round % 4 == 3
            if mixed { s += other[Int(rng.next() % UInt64(other.count))] + plain[Int(rng.next() % UInt64(plain.count))] }
            let width = Int(rng.next() % 30)
            let fast = s.plainWrapped(toWidth: width)
            if mixed { #expect(fast == nil, "\(s.debugDescription)") }
            if let fast {
                fastTaken += 1
                #expect(fast == graphemeWrap(s, width), "\(s.debugDescription) at \(width)")
            }
            #expect(s.wrapped(toWidth: width) == graphemeWrap(s, width), "\(s.debugDescription) at \(width)")
        }
        #expect(fastTaken > 4_000)
        // Every plain scalar, alone and in runs that must be cut.
        for v in plainScalarsBeyondASCII {
            let c = String(Character(Unicode.Scalar(v)!))
            for text in [c, c + c + c + " " + c + c, "ab " + c + "cd" + c + c + " e"] {
                for width in [1, 2, 3, 5] {
                    let fast = text.plainWrapped(toWidth: width)
                    #expect((fast != nil) == narrowPlainScalars[v], "U+\(String(v, radix: 16))")
                    if let fast { #expect(fast == graphemeWrap(text, width), "U+\(String(v, radix: 16)) \(text.debugDescription) at \(width)") }
                    #expect(text.wrapped(toWidth: width) == graphemeWrap(text, width), "U+\(String(v, radix: 16)) \(text.debugDescription) at \(width)")
                }
            }
        }
    }
}
