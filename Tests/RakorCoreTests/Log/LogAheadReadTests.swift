import Foundation
import Testing
@testable import RakorCore

/// A log decoded ahead by a second thread (`AheadLines`) reads exactly as from one buffer on one
/// thread: the same events, issues, damage, torn tail and state, whatever the chunk size.
@Suite struct LogAheadReadTests {
    typealias F = DamageFixture

    /// The fixture's meeting, then `markers` markers (some with non-ASCII and escapes), damaged at
    /// random in every way the reader tells apart: flipped bytes, hand-spaced lines (not
    /// canonical), lines without a checksum, repeated lines, cut lines, blank lines.
    static func longDamagedLog(seed: UInt64, markers: Int = 2_000) -> [UInt8] {
        var rng = SplitMix64(seed: seed)
        var lines = F.lines()
        for seq in 11..<(11 + markers) {
            let label = seq % 5 == 0 ? "jeda ke-\(seq) — \"rehat\" é\\n" : "penanda \(seq)"
            lines.append(Array(LogLine.encode(Event(seq: seq, t: 99_000_000 + seq * 1_000, by: "notulis",
                                                    kind: .marker(label: label))).utf8))
        }
        var out: [[UInt8]] = [lines[0]]
        for var line in lines.dropFirst() {
            switch rng.next() % 60 {
            case 0: line[line.count / 2] ^= 0x04
            case 1: line.insert(0x20, at: 1)
            case 2: line = Array(line.dropLast(19)) + [UInt8(ascii: "}"), 0x0A]
            case 3: out.append(line)
            case 4: line = Array(line.prefix(line.count / 3)) + [0x0A]
            case 5: out.append([0x0A])
            default: break
            }
            out.append(line)
        }
        return out.flatMap { $0 }
    }

    static func write(_ bytes: [UInt8], in dir: TempDir) throws -> String {
        let path = dir.file("log-\(UUID().uuidString).jsonl")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func expectSame(_ a: LogReading, _ b: LogReading, _ name: String, path: String,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.issues == b.issues, "\(name)", sourceLocation: sourceLocation)
        #expect(a.events == b.events, "\(name)", sourceLocation: sourceLocation)
        #expect(a.eventLines == b.eventLines, "\(name)", sourceLocation: sourceLocation)
        #expect(a.eventCount == b.eventCount && a.lastEventT == b.lastEventT, "\(name)", sourceLocation: sourceLocation)
        #expect(a.tornTail == b.tornTail, "\(name)", sourceLocation: sourceLocation)
        #expect(a.damagedLines == b.damagedLines, "\(name)", sourceLocation: sourceLocation)
        #expect(a.seqGaps == b.seqGaps, "\(name)", sourceLocation: sourceLocation)
        #expect(a.fileLength == b.fileLength, "\(name)", sourceLocation: sourceLocation)
        #expect(a.state == b.state, "\(name)", sourceLocation: sourceLocation)
        #expect(VerifyReport.text(a, path: path) == VerifyReport.text(b, path: path), "\(name)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [1, 2, 3, 7, 64, 200, 4096])
    func theBlockReadersShapesReadTheSameAhead(chunkSize: Int) throws {
        let dir = TempDir("rakor-ahead")
        defer { dir.remove() }
        for (name, bytes) in LogBlockReadTests.logs() {
            let path = try Self.write(bytes, in: dir)
            Self.expectSame(try LogReader.readAhead(path: path, chunkSize: chunkSize), try LogReader.read(bytes: bytes, path: path),
                            name, path: path)
        }
    }

    @Test(arguments: [(UInt64(1), 150), (2, 1_024), (3, 4_096), (4, 65_536)])
    func aLongDamagedLogReadsTheSameAheadInEveryChunkSize(seed: UInt64, chunkSize: Int) throws {
        let dir = TempDir("rakor-ahead")
        defer { dir.remove() }
        let bytes = Self.longDamagedLog(seed: seed)
        let path = try Self.write(bytes, in: dir)
        let whole = try LogReader.read(bytes: bytes, path: path)
        #expect(whole.damagedLines.count > 20 && whole.eventCount > 1_500, "the log is long and damaged")
        #expect(whole.issues.contains { $0.message.contains("no checksum") })
        Self.expectSame(try LogReader.readAhead(path: path, chunkSize: chunkSize), whole, "seed \(seed)", path: path)

        // The hooks see every event in order, on the fold's thread, with its line and the state before it.
        var seen: [(Int, Int, Int)] = []
        var applied = 0
        let ahead = try LogReader.readAhead(path: path, chunkSize: chunkSize, keepEvents: false,
                                            beforeEach: { e, line, state in seen.append((e.seq, line, state.lastSeq)) },
                                            apply: { state, e in applied += 1; return state.apply(e) })
        #expect(seen.map(\.0) == whole.events.map(\.seq))
        #expect(seen.map(\.1) == whole.eventLines)
        #expect(seen.map(\.2) == [0] + whole.events.dropLast().map(\.seq))
        #expect(applied == whole.eventCount && ahead.events.isEmpty && ahead.state == whole.state)
    }

    @Test func aLogThatStopsEarlyStopsItsReader() throws {
        // The header alone, torn, or not a header: the fold returns before the reader's chunks are
        // taken, and the reading thread is stopped and waited for (it closes its own descriptor).
        let dir = TempDir("rakor-ahead")
        defer { dir.remove() }
        let long = Self.longDamagedLog(seed: 9)
        let tornHeader = Array(F.lines()[0].dropLast()) + Array(long.dropFirst(F.lines()[0].count))
        for _ in 0..<20 {
            let path = try Self.write(Array(F.lines()[0].dropLast()), in: dir)
            #expect(try LogReader.readAhead(path: path, chunkSize: 64).issues.first?.message == "the header line has no final newline (torn)")
            let garbage = try Self.write(Array("not a log\n".utf8) + long, in: dir)
            #expect(throws: LogUnreadable.self) { try LogReader.readAhead(path: garbage, chunkSize: 64) }
            let empty = try Self.write([], in: dir)
            #expect(throws: LogUnreadable(path: empty, message: "the file is empty: it has no header line")) {
                try LogReader.readAhead(path: empty, chunkSize: 64)
            }
            let joined = try Self.write(tornHeader, in: dir)
            _ = try? LogReader.readAhead(path: joined, chunkSize: 64)
        }
    }
}
