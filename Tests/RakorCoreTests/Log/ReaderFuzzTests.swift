import Foundation
import Testing
@testable import RakorCore

/// Random and mutated logs through the reader: it never crashes, and what it reports is about
/// lines the file has. A short run by default; `RAKOR_FUZZ_ITERATIONS=100000` for a long one
/// (`RAKOR_FUZZ_SEED` picks another seed).
@Suite struct ReaderFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let iterations = environment["RAKOR_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 300
    static let seed = environment["RAKOR_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x5EED_0F_4A4B4F52

    /// Real logs to mutate: the sample meeting with checksums, the same without (so mutated lines
    /// are not stopped by the checksum and reach evolve), and a random session.
    static let bases: [[UInt8]] = {
        let meeting = EventSamples.meetingEvents()
        let plain = Array(LogLine.header(TestHeader.make()).utf8) + meeting.flatMap { DamageFixture.lineWithoutCRC($0) }
        var store = TestStore()
        var g = CommandGenerator.Gen(rng: SplitMix64(seed: 7))
        var now = 0
        for _ in 0..<120 {
            now = g.advance(now)
            if case .success(let events) = decide(g.command(for: store.state), store.state, now: now) {
                for e in events { store.apply(e.kind, at: e.t) }
            }
        }
        return [logBytes(meeting), plain, logBytes(store.events)]
    }()

    @Test func randomBytes() {
        var rng = SplitMix64(seed: Self.seed)
        let header = Array(LogLine.header(TestHeader.make()).utf8)
        for i in 0..<max(1, Self.iterations / 3) {
            let n = Int(rng.next() % 600)
            var bytes = (0..<n).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            // Half the time behind a good header, so the event path is reached; sprinkle newlines.
            if i % 2 == 0 { bytes = header + bytes }
            for _ in 0..<Int(rng.next() % 8) where !bytes.isEmpty { bytes[Int(rng.next() % UInt64(bytes.count))] = 0x0A }
            if !Self.check(bytes, label: "random case \(i) (seed \(Self.seed))") { return }
        }
    }

    @Test func mutatedLogs() {
        var rng = SplitMix64(seed: Self.seed &+ 1)
        for i in 0..<Self.iterations {
            var bytes = Self.bases[i % Self.bases.count]
            var done: [String] = []
            for _ in 0...Int(rng.next() % 4) { done.append(Self.mutate(&bytes, &rng)) }
            if !Self.check(bytes, label: "mutated case \(i) (seed \(Self.seed)): \(done.joined(separator: ", "))") { return }
        }
    }

    /// Applies one random damage to a log; returns what it did.
    static func mutate(_ b: inout [UInt8], _ rng: inout SplitMix64) -> String {
        func r(_ n: Int) -> Int { n <= 0 ? 0 : Int(rng.next() % UInt64(n)) }
        var lines = splitLines(b)
        switch r(11) {
        case 0:
            guard !b.isEmpty else { return "nothing" }
            let i = r(b.count); b[i] ^= UInt8(1 << r(8)); return "flip a bit at \(i)"
        case 1:
            guard !b.isEmpty else { return "nothing" }
            let i = r(b.count); b[i] = UInt8(truncatingIfNeeded: rng.next()); return "set byte \(i)"
        case 2:
            let i = r(b.count + 1)
            b.insert(contentsOf: (0..<(1 + r(6))).map { _ in [0x00, 0x0A, 0x22, 0x5C, 0x7B, 0x7D, 0xFF, 0xC3, 0x31][r(9)] }, at: i)
            return "insert at \(i)"
        case 3:
            guard !b.isEmpty else { return "nothing" }
            let i = r(b.count), n = min(b.count - i, 1 + r(40)); b.removeSubrange(i..<(i + n)); return "delete \(n) at \(i)"
        case 4:
            let n = r(b.count + 1); b = Array(b.prefix(n)); return "cut at \(n)"
        case 5:
            guard !lines.isEmpty else { return "nothing" }
            let i = r(lines.count); lines.insert(lines[i], at: r(lines.count + 1)); b = lines.flatMap { $0 }
            return "duplicate line \(i + 1)"
        case 6:
            guard lines.count > 1 else { return "nothing" }
            let i = r(lines.count); lines.remove(at: i); b = lines.flatMap { $0 }; return "remove line \(i + 1)"
        case 7:
            guard lines.count > 1 else { return "nothing" }
            let i = r(lines.count), j = r(lines.count); lines.swapAt(i, j); b = lines.flatMap { $0 }
            return "swap lines \(i + 1) and \(j + 1)"
        case 8:
            guard !lines.isEmpty else { return "nothing" }
            let i = r(lines.count); lines[i] = Array(lines[i].prefix(r(lines[i].count))); b = lines.flatMap { $0 }
            return "cut line \(i + 1)"
        case 9:
            // Change a number: digits in, digits out (never anywhere near Int.max).
            guard let i = b.indices.filter({ b[$0] >= 0x30 && b[$0] <= 0x39 }).randomElement(using: &rng) else { return "nothing" }
            b.replaceSubrange(i...i, with: Array(String(r(100_000) - 50).utf8)); return "renumber at \(i)"
        default:
            // Join two lines (a lost newline) or split one.
            guard let i = b.indices.filter({ b[$0] == 0x0A }).randomElement(using: &rng) else { return "nothing" }
            b.remove(at: i); return "join at \(i)"
        }
    }

    /// Reads `bytes` and checks what the reader says against the file; false after a failure.
    static func check(_ bytes: [UInt8], label: String) -> Bool {
        let reading: LogReading
        do {
            reading = try LogReader.read(bytes: bytes, path: "fuzz.jsonl")
        } catch {
            if error.message.isEmpty { Issue.record("\(label): unreadable with no message"); return false }
            return true
        }
        var problems: [String] = []
        let lineCount = bytes.filter { $0 == 0x0A }.count + (bytes.last == 0x0A ? 0 : 1)
        for i in reading.issues where !(1...lineCount).contains(i.line) || i.message.isEmpty {
            problems.append("issue \(i) outside lines 1...\(lineCount)")
        }
        if reading.fileLength != bytes.count { problems.append("fileLength \(reading.fileLength) of \(bytes.count)") }
        if reading.damagedLines != reading.damagedLines.sorted() || Set(reading.damagedLines).count != reading.damagedLines.count
            || reading.damagedLines.contains(where: { !(2...max(2, lineCount)).contains($0) }) {
            problems.append("damaged lines \(reading.damagedLines)")
        }
        if let torn = reading.tornTail {
            if torn.line != lineCount { problems.append("torn tail at line \(torn.line) of \(lineCount)") }
            if torn.goodLength + torn.tornBytes != bytes.count || torn.goodLength < 0 || torn.tornBytes <= 0 {
                problems.append("torn tail \(torn) in \(bytes.count) bytes")
            }
            if torn.goodLength > 0, bytes[torn.goodLength - 1] != 0x0A { problems.append("torn tail does not start a line") }
        }
        if reading.events.count != reading.eventLines.count { problems.append("events and their lines differ in number") }
        if reading.eventLines != reading.eventLines.sorted() || Set(reading.eventLines).count != reading.eventLines.count
            || reading.eventLines.contains(where: { !(2...max(2, lineCount)).contains($0) }) {
            problems.append("event lines \(reading.eventLines)")
        }
        if !Set(reading.eventLines).isDisjoint(with: reading.damagedLines) { problems.append("a damaged line was kept") }
        for (a, b) in zip(reading.events, reading.events.dropFirst()) where b.seq <= a.seq || b.t < a.t {
            problems.append("kept events out of order: seq \(a.seq)@\(a.t) then \(b.seq)@\(b.t)")
        }
        // The state is the fold of the events kept.
        var folded = SessionState(header: reading.header)
        for e in reading.events { folded = evolve(folded, e) }
        if folded != reading.state { problems.append("the state is not the fold of the events kept") }
        // What verify prints is inert: only the newlines it puts there itself.
        let report = VerifyReport.text(reading, path: "fuzz.jsonl")
        if report.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }) {
            problems.append("verify's report holds control characters")
        }
        if report.filter({ $0 == "\n" }).count != reading.issues.count + 1 { problems.append("verify's report is not one line per issue") }
        guard problems.isEmpty else {
            let shown = String(decoding: bytes.prefix(2_000), as: UTF8.self).debugDescription
            Issue.record("\(label):\n  \(problems.joined(separator: "\n  "))\n  file: \(shown)")
            return false
        }
        return true
    }
}
