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
            var s = ""
            for _ in 0..<Int(rng.next() % 30) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let width = Int(rng.next() % 40)
            let fast = s.asciiWrapped(toWidth: width)
            #expect(fast == graphemeWrap(s, width), "\(s.debugDescription) at \(width)")
            #expect(s.wrapped(toWidth: width) == graphemeWrap(s, width), "\(s.debugDescription) at \(width)")
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
            var s = ""
            for _ in 0..<Int(rng.next() % 25) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let width = Int(rng.next() % 30)
            let ascii = s.utf8.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }
            #expect((s.asciiWrapped(toWidth: width) != nil) == ascii, "\(s.debugDescription)")
            #expect(s.wrapped(toWidth: width) == graphemeWrap(s, width), "\(s.debugDescription) at \(width)")
        }
    }
}
