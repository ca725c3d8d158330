import Foundation
import Testing
@testable import RakorCore

/// The reader's rules at the edges: what counts as a torn tail, what is a gap, a deleted log.
@Suite struct ReaderRulesTests {
    static func events(_ n: Int) -> [Event] {
        (1...n).map { Event(seq: $0, t: $0 * 1000, by: "moderator", kind: .marker(label: "m\($0)")) }
    }

    @Test func aWholeLastLineWithWrongFieldsIsDamageNotATornTail() throws {
        var bytes = logBytes(Self.events(3))
        // A complete, checksummed line whose data has the wrong type: written whole, so never cut.
        let bad = Event(seq: 4, t: 4000, kind: .unknown(type: "marker", data: .object([("label", .int(5))])))
        bytes += Array(LogLine.encode(bad).utf8)
        let r = try LogReader.read(bytes: bytes, path: "x.jsonl")
        #expect(r.tornTail == nil)
        #expect(r.damagedLines == [5])
        #expect(r.problems.first?.message.contains("data.label should be a string") == true)
    }

    @Test func linesSkippedForTimeAreNotReportedAsMissing() throws {
        var e = Self.events(5)
        e[2].t = 100  // seq 3 goes back in time: skipped
        let r = try LogReader.read(bytes: logBytes(e), path: "x.jsonl")
        #expect(r.damagedLines == [4])
        #expect(r.seqGaps.isEmpty, "seq 4 follows the skipped seq 3: nothing is missing")
        #expect(!r.problems.contains { $0.message.contains("missing") })
    }

    @Test func aRealGapIsReportedAndResumeRefusesIt() throws {
        var e = Self.events(5)
        e.remove(at: 2)
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("gap.jsonl")
        writeBytes(logBytes(e), to: path)
        let r = try LogReader.read(path: path)
        #expect(r.seqGaps == [4])
        #expect(throws: LogOpenError.self) { _ = try SessionLog.resume(path: path, nowMs: TestHeader.make().startedAtMs + 10_000) }
    }

    @Test func aDeletedLogIsNoticedAndNothingIsLost() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("hapus.jsonl")
        let header = TestHeader.make()
        let log = try SessionLog.create(path: path, header: header)
        let e = Self.events(3)
        #expect(log.append([e[0]]).isOK)
        try FileManager.default.removeItem(atPath: path)
        #expect(!log.append([e[1]]).isOK, "a write into a deleted file is not called safe")
        #expect(log.fileGone)
        try log.relocate(to: path, header: header, events: Array(e[0...1]))
        #expect(log.append([e[2]]).isOK)
        let r = try LogReader.read(path: path)
        #expect(r.events == e && r.problems.isEmpty)
        log.close()
    }
}
