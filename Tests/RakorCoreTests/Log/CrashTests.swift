import Foundation
import Testing
@testable import RakorCore

/// Kills a real writer (`rakor _stress-append`) with SIGKILL at random moments: every event it
/// said was durable is in the log, the log is sound or has only a torn tail, and resume recovers it.
@Suite(.serialized) struct CrashTests {
    /// The `rakor` binary next to the running test bundle (SwiftPM builds both into one directory).
    static let rakor: String? = {
        var dirs: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            dirs.append((exe as NSString).deletingLastPathComponent)
        }
        if let arg0 = CommandLine.arguments.first {
            dirs.append((URL(fileURLWithPath: arg0).resolvingSymlinksInPath().path as NSString).deletingLastPathComponent)
        }
        dirs.append(Bundle.main.bundleURL.path)
        dirs.append(Bundle.main.bundleURL.deletingLastPathComponent().path)
        for dir in dirs {
            let candidate = dir + "/rakor"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static let runs = 50

    struct Outcome {
        var printed: [Int]
        var bytes: [UInt8]
    }

    /// Starts the writer, lets it run `ms` (counted from its start, or from when its log appears,
    /// so a loaded machine's slow start does not eat the time), kills it; returns the seqs it
    /// printed and the log's bytes.
    static func killWriter(_ rakor: String, log: String, afterMs ms: Int, fromStart: Bool) throws -> Outcome {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: rakor)
        p.arguments = ["_stress-append", log]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        if !fromStart {
            for _ in 0..<3_000 where !FileManager.default.fileExists(atPath: log) { usleep(1_000) }
        }
        usleep(useconds_t(ms * 1000))
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        // Only whole lines count: a seq is said once its newline is out.
        var text = String(decoding: data, as: UTF8.self)
        if let lastNewline = text.lastIndex(of: "\n") { text = String(text[...lastNewline]) } else { text = "" }
        let printed = text.split(separator: "\n").compactMap { Int($0) }
        return Outcome(printed: printed, bytes: readBytes(log))
    }

    @Test(.enabled(if: rakor != nil, "the rakor binary is not next to the test bundle: run `swift build` first"),
          .timeLimit(.minutes(1)))
    func killingTheWriterLosesNothingItReportedDurable() throws {
        let rakor = try #require(Self.rakor)
        let dir = TempDir("rakor-crash")
        defer { dir.remove() }
        var rng = SplitMix64(seed: UInt64(UInt32(truncatingIfNeeded: time(nil))))
        var withEvents = 0, torn = 0, printedTotal = 0
        for run in 0..<Self.runs {
            let path = dir.file("crash-\(run).jsonl")
            let ms = 5 + Int(rng.next() % 76)
            let fromStart = run % 4 == 0
            let o = try Self.killWriter(rakor, log: path, afterMs: ms, fromStart: fromStart)
            printedTotal += o.printed.count
            let label = "run \(run), killed \(ms) ms after " + (fromStart ? "its start" : "its log appeared")
            // Each seq is printed once, in order, from 1.
            #expect(o.printed == Array(1..<(o.printed.count + 1)), "\(label): printed \(o.printed.prefix(20))…")

            guard !o.bytes.isEmpty else {
                // Killed before the header was written: nothing can have been reported.
                #expect(o.printed.isEmpty, "\(label): seqs were printed but the log is empty or missing")
                continue
            }
            let reading: LogReading
            do {
                reading = try LogReader.read(path: path)
            } catch {
                Issue.record("\(label): the log cannot be read: \(error)")
                continue
            }
            #expect(reading.damagedLines.isEmpty, "\(label): damaged in the middle: \(reading.issues)")
            #expect(reading.problems.allSatisfy { $0.line == reading.tornTail?.line }, "\(label): \(reading.problems)")
            let inLog = Set(reading.events.map(\.seq))
            let lost = o.printed.filter { !inLog.contains($0) }
            #expect(lost.isEmpty, "\(label): reported durable but not in the log: \(lost.prefix(10))")
            if !reading.events.isEmpty { withEvents += 1 }
            if reading.tornTail != nil { torn += 1 }
            if reading.problems.contains(where: { $0.line == 1 }) { continue }    // a torn header: nothing to resume

            // Resume: the state folds, session.recovered follows, and the log then verifies clean.
            let nowMs = reading.header.startedAtMs + reading.state.lastT + 5_000
            let resumed = try SessionLog.resume(path: path, nowMs: nowMs)
            resumed.log.close()
            let last = try #require(resumed.events.last)
            #expect(last == Event(seq: reading.state.lastSeq + 1, t: reading.state.lastT + 5_000, kind: .sessionRecovered(
                afterSeq: reading.state.lastSeq, gapMs: 5_000, tornBytes: reading.tornTail?.tornBytes ?? 0)), "\(label)")
            var folded = SessionState(header: reading.header)
            for e in resumed.events { folded = evolve(folded, e) }
            #expect(folded == resumed.state, "\(label)")
            #expect((resumed.backupPath != nil) == (reading.tornTail != nil), "\(label)")
            let after = try LogReader.read(path: path)
            #expect(after.issues.isEmpty, "\(label): after resume: \(after.issues)")
            #expect(after.events == resumed.events, "\(label)")
        }
        // The runs must have reached the interesting part: events written, then a kill.
        #expect(withEvents >= Self.runs / 4, "only \(withEvents) of \(Self.runs) runs wrote events before the kill")
        #expect(printedTotal > 0)
        print("CrashTests: \(Self.runs) kills, \(withEvents) logs with events, \(torn) torn tails, \(printedTotal) seqs reported durable")
    }
}
