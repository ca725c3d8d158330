import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

/// Mutations of the sample logs through every reader: verify, each export format, replay (open and
/// print a frame). No input may trap or hang. CI runs a few thousand cases;
/// `RAKOR_FUZZ_CASES=100000` runs more (`RAKOR_FUZZ_SEED` picks another seed).
@Suite struct AllReadersFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = environment["RAKOR_FUZZ_CASES"].flatMap(Int.init) ?? 2_000
    static let seed = environment["RAKOR_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x9_15_5AFE

    /// The sample logs, as rakor writes them.
    /// Each also without checksums, so that changed numbers and data reach the range rules and the state.
    static let bases: [[UInt8]] = SampleSessions.all.flatMap { sample -> [[UInt8]] in
        let s = sample.session()
        let lines = s.events.map { Array(LogLine.encode($0).utf8) }
        let header = Array(LogLine.header(s.header).utf8)
        return [header + lines.flatMap { $0 }, header + lines.flatMap { Array($0.dropLast(19)) + Array("}\n".utf8) }]
    }

    /// Numbers at and past the integer range, and other shapes a number can take.
    static let numbers = ["9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
                          "99999999999999999999", "1000000000000000000", "10000000000000", "10000000000001", "1e308", "-1e308",
                          "1.5", "-0", "0", "-1", "4294967296", "1e-400", "123456789012345678901234567890"]
    static let keys = ["id", "index", "allotted_s", "by_s", "planned_s", "text", "name", "round", "item", "questions", "kind",
                       "outcome", "number", "max_questions", "to", "by", "onsite", "online", "resume_t", "after_seq", "gap_ms",
                       "torn_bytes", "reason", "title", "label", "speaker", "due", "owner", "warning_s", "danger_s"]

    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    }

    static func randomJSON(_ rng: inout Rng, depth: Int = 0) -> String {
        switch rng.int(depth > 2 ? 4 : 7) {
        case 0: return numbers[rng.int(numbers.count)]
        case 1: return ["\"a1\"", "\"s1\"", "\"\"", "\"\\u001b]0;X\\u0007\"", "\"\\u202e\"", "\"q1\"", "\"r1\"", "\"n1\"", "\"\\ud800\""][rng.int(9)]
        case 2: return ["true", "false", "null"][rng.int(3)]
        case 3: return "\(rng.int(2000) - 1000)"
        case 4: return "[" + (0..<rng.int(4)).map { _ in randomJSON(&rng, depth: depth + 1) }.joined(separator: ",") + "]"
        default:
            return "{" + (0..<rng.int(6)).map { _ in "\"\(keys[rng.int(keys.count)])\":" + randomJSON(&rng, depth: depth + 1) }
                .joined(separator: ",") + "}"
        }
    }

    static func lines(_ b: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = [], cur: [UInt8] = []
        for c in b { cur.append(c); if c == 0x0A { out.append(cur); cur = [] } }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    /// Applies one random damage; returns what it did.
    static func mutate(_ b: inout [UInt8], _ rng: inout Rng) -> String {
        var ls = lines(b)
        switch rng.int(8) {
        case 0:
            guard !b.isEmpty else { return "nothing" }
            let i = rng.int(b.count); b[i] ^= UInt8(1 << rng.int(8)); return "flip a bit at \(i)"
        case 1:
            // A line spliced in from another sample, or moved within this one.
            let other = lines(bases[rng.int(bases.count)])
            ls.insert(other[rng.int(other.count)], at: rng.int(ls.count + 1)); b = ls.flatMap { $0 }; return "splice a line"
        case 2:
            guard ls.count > 2 else { return "nothing" }
            let i = 1 + rng.int(ls.count - 1), j = 1 + rng.int(ls.count - 1); ls.swapAt(i, j); b = ls.flatMap { $0 }
            return "swap lines \(i + 1) and \(j + 1)"
        case 3, 4:
            // A number at or past the integer range, anywhere a number is.
            var runs: [Range<Int>] = []
            var k = 0
            while k < b.count {
                if (0x30...0x39).contains(b[k]) { let s = k; while k < b.count, (0x30...0x39).contains(b[k]) { k += 1 }; runs.append(s..<k) } else { k += 1 }
            }
            guard !runs.isEmpty else { return "nothing" }
            let r = runs[rng.int(runs.count)], n = numbers[rng.int(numbers.count)]
            b.replaceSubrange(r, with: Array(n.utf8)); return "number \(n) at \(r.lowerBound)"
        case 5, 6:
            // Random JSON as a line's data, without a checksum, so it reaches the state.
            guard ls.count > 1 else { return "nothing" }
            let i = 1 + rng.int(ls.count - 1)
            let text = String(decoding: ls[i], as: UTF8.self)
            guard let t = text.range(of: "\"type\":\"")?.upperBound, let te = text[t...].firstIndex(of: "\"") else { return "nothing" }
            let type = text[t..<te]
            let seq = text.range(of: "\"seq\":").map { text[$0.upperBound...].prefix { $0.isNumber } } ?? "1"
            let tt = text.range(of: "\"t\":").map { text[$0.upperBound...].prefix { $0.isNumber } } ?? "0"
            let data = randomJSON(&rng, depth: 1)
            ls[i] = Array("{\"seq\":\(seq),\"t\":\(tt),\"type\":\"\(type)\",\"data\":\(data.hasPrefix("{") ? data : "{}")}\n".utf8)
            b = ls.flatMap { $0 }; return "data of line \(i + 1) = \(data)"
        default:
            let n = rng.int(b.count + 1); b = Array(b.prefix(n)); return "cut at \(n)"
        }
    }

    /// Runs every reader on `bytes`: false (and an issue) when one breaks its promise.
    static func runReaders(_ bytes: [UInt8], label: String, lang: Language = .id) -> Bool {
        guard let reading = try? LogReader.read(bytes: bytes, path: "fuzz.jsonl") else { return true }
        var bad: [String] = []
        let report = VerifyReport.text(reading, path: "fuzz.jsonl")
        if report.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E }) {
            bad.append("verify's report is not inert")
        }
        for format in [ExportFormat.md, .txt, .html, .json, .csv] {
            let doc = export(reading, format: format, lang: lang)
            if doc.unicodeScalars.contains(where: { $0.value == 0x1B || $0.value == 0x07 || (0x80...0x9F).contains($0.value) }) {
                bad.append("the \(format) export holds a control character")
            }
        }
        let timeline = ReplayTimeline(reading: reading)
        for position in [timeline.count / 2] {
            let frame = ReplayFrame.text(timeline: timeline, position: position, now: timeline.time(at: position), lang: .id,
                                         size: Size(width: 100, height: 30))
            if frame.unicodeScalars.contains(where: { $0.value == 0x1B || $0.value == 0x07 }) { bad.append("the replay frame holds an escape") }
        }
        guard bad.isEmpty else {
            Issue.record("\(label): \(bad.joined(separator: "; "))\n\(String(decoding: bytes.prefix(1500), as: UTF8.self).debugDescription)")
            return false
        }
        return true
    }

    @Test func everyReaderSurvivesMutatedSampleLogs() {
        var rng = Rng(state: Self.seed)
        for i in 0..<Self.cases {
            var bytes = Self.bases[i % Self.bases.count]
            var done: [String] = []
            for _ in 0...rng.int(3) { done.append(Self.mutate(&bytes, &rng)) }
            if !Self.runReaders(bytes, label: "case \(i) (seed \(Self.seed)): \(done.joined(separator: ", "))",
                                lang: i % 2 == 0 ? .id : .en) { return }
        }
    }

    @Test(arguments: numbers)
    func everyNumberInEveryPlace(_ n: String) {
        // Each digit run of the demo log in turn replaced by `n`: every field a number can be in.
        let base = Self.bases[Self.bases.count - 1]
        var runs: [Range<Int>] = []
        var k = 0
        while k < base.count {
            if (0x30...0x39).contains(base[k]) { let s = k; while k < base.count, (0x30...0x39).contains(base[k]) { k += 1 }; runs.append(s..<k) } else { k += 1 }
        }
        for r in runs.enumerated().filter({ $0.offset % max(1, runs.count / 40) == 0 }).map(\.element) {
            var b = base
            b.replaceSubrange(r, with: Array(n.utf8))
            if !Self.runReaders(b, label: "\(n) at byte \(r.lowerBound)") { return }
        }
    }
}
