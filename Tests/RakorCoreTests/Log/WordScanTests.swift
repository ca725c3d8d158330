import Testing
@testable import RakorCore

/// The reader's eight-bytes-at-a-time steps: the word tests are exact, the string scan stops where
/// the byte loop would, and the checksum reads words at any alignment.
@Suite struct WordScanTests {
    /// The byte-by-byte meaning of `SWAR.hasQuoteBackslashOrControl`.
    static func stops(_ w: UInt64) -> Bool {
        (0..<8).contains { k in
            let b = UInt8(truncatingIfNeeded: w >> (8 * UInt64(k)))
            return b == 0x22 || b == 0x5C || b < 0x20
        }
    }

    @Test("the word test says a word holds a quote, a backslash or a control byte exactly when one of its bytes is one")
    func wordTestIsExact() {
        var rng = SplitMix64(seed: 2026_12_02)
        // Bytes drawn mostly near the edges the test must tell apart (0x1F/0x20, 0x21/0x22/0x23, 0x5B/0x5C/0x5D, 0x7F/0x80, 0xFF).
        let edges: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF, 0x61]
        var stopping = 0
        for _ in 0..<200_000 {
            var w: UInt64 = 0
            for k in 0..<8 {
                let b = rng.next() % 3 == 0 ? UInt8(truncatingIfNeeded: rng.next()) : edges[Int(rng.next() % UInt64(edges.count))]
                w |= UInt64(b) << (8 * UInt64(k))
            }
            let expected = Self.stops(w)
            if expected { stopping += 1 }
            guard SWAR.hasQuoteBackslashOrControl(w) == expected else {
                Issue.record("word \(String(w, radix: 16)): expected \(expected)")
                return
            }
        }
        // Both answers were exercised.
        #expect(stopping > 10_000 && stopping < 190_000)
    }

    @Test("a quote, backslash, control or non-ASCII byte at any place in a long string: the fast path agrees with the general path")
    func stopAtEveryPlace() {
        let base = Array("Disepakati anggaran daerah tahun 2021 untuk pembangunan jalan".utf8)
        let inserts: [[UInt8]] = [Array("\\\"".utf8), Array("\\n".utf8), [0x09], Array("é".utf8), [0xC3], Array("\\u0041".utf8)]
        var taken = 0
        for insert in inserts {
            for at in 0...base.count {
                let text = base[..<at] + insert + base[at...]
                let data = Array("{\"id\":\"e1\",\"kind\":\"decision\",\"text\":\"".utf8) + text + Array("\"}".utf8)
                let line = CanonicalPathTests.line("note.added", String(decoding: data, as: UTF8.self))
                let (fast, general) = CanonicalPathTests.bothPaths(line)
                if let fast {
                    taken += 1
                    #expect(fast == general, "insert \(insert) at \(at)")
                }
            }
        }
        // The escapes, é and \u0041 stay on the fast path (a tab or a lone 0xC3 leaves it): it was compared.
        #expect(taken >= 4 * (base.count + 1))
    }

    @Test("the checksum is the same whatever the alignment of the bytes")
    func checksumAtEveryAlignment() {
        let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        bytes.withUnsafeBufferPointer { all in
            for start in 0..<16 {
                for length in [0, 1, 7, 8, 9, 15, 16, 17, 100, 283 - start] {
                    let slice = UnsafeBufferPointer(rebasing: all[start..<(start + length)])
                    #expect(CRC32.checksum(slice) == LogRoundTripTests.bitwiseCRC(Array(slice)), "start \(start) length \(length)")
                }
            }
        }
    }
}
