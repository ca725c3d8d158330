import Foundation
import Testing
@testable import RakorCore

/// A timeline read from a file keeps its events there (`ReplayEvents`) and reads back what a seek
/// folds: it must show exactly what a timeline holding every event shows, and say so when the file
/// no longer holds them.
@Suite struct ReplayTimelineFileTests {
    static func expectSameTimeline(_ file: ReplayTimeline, _ memory: ReplayTimeline, _ name: String,
                                   sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(file.replayEvents.inFile && !memory.replayEvents.inFile, "\(name)", sourceLocation: sourceLocation)
        #expect(file.count == memory.count && file.durationMs == memory.durationMs, "\(name)", sourceLocation: sourceLocation)
        #expect(file.events == memory.events && file.eventLines == memory.eventLines, "\(name)", sourceLocation: sourceLocation)
        #expect(file.chapters.map(\.position) == memory.chapters.map(\.position), "\(name)", sourceLocation: sourceLocation)
        #expect(file.timelineMarks().damage == memory.timelineMarks().damage, "\(name)", sourceLocation: sourceLocation)
        var rng = SplitMix64(seed: 5)
        let positions = [0, 1, file.count - 1, file.count] + (0..<40).map { _ in Int(rng.next() % UInt64(file.count + 1)) }
        for p in positions {
            #expect(file.state(after: p) == memory.state(after: p), "\(name) at \(p)", sourceLocation: sourceLocation)
            #expect(file.time(at: p) == memory.time(at: p), "\(name) at \(p)", sourceLocation: sourceLocation)
        }
        for i in Swift.stride(from: 0, to: memory.count, by: 97) {
            let e = memory.replayEvents.event(i)!
            #expect(file.replayEvents.event(i) == e, "\(name) event \(i)", sourceLocation: sourceLocation)
            #expect(file.position(afterSeq: e.seq) == memory.position(afterSeq: e.seq), "\(name)", sourceLocation: sourceLocation)
            #expect(file.position(atTime: e.t) == memory.position(atTime: e.t), "\(name)", sourceLocation: sourceLocation)
        }
        #expect(!file.replayEvents.fileChanged, "\(name)", sourceLocation: sourceLocation)
    }

    /// A long damaged log written in `dir`, as a timeline of its events in memory and one read from the file.
    static func opened(seed: UInt64, stride: Int, in dir: TempDir) throws -> (path: String, bytes: [UInt8], memory: ReplayTimeline, file: ReplayTimeline) {
        let path = dir.file("log-\(seed).jsonl")
        let bytes = LogAheadReadTests.longDamagedLog(seed: seed)
        writeBytes(bytes, to: path)
        let memory = ReplayTimeline(reading: try LogReader.read(path: path))
        return (path, bytes, memory, try ReplayTimeline.read(path: path, stride: stride).timeline)
    }

    @Test func aLongDamagedLogSeeksFromItsFileAsFromMemory() throws {
        let dir = TempDir("rakor-replay-file")
        defer { dir.remove() }
        // 20,000 markers: over 2 MB, so the reader decodes ahead on a second thread (`AheadLines`).
        let path = dir.file("long.jsonl")
        writeBytes(LogAheadReadTests.longDamagedLog(seed: 11, markers: 20_000), to: path)
        #expect(readBytes(path).count >= 4 * AheadLines.chunkSize)
        let reading = try LogReader.read(path: path)
        #expect(reading.damagedLines.count > 200)
        let (fileReading, timeline) = try ReplayTimeline.read(path: path)
        #expect(fileReading.events.isEmpty && fileReading.eventCount == reading.eventCount)
        Self.expectSameTimeline(timeline, ReplayTimeline(reading: reading), "20,000 markers")
    }

    @Test func playingForwardFromAKnownStateReachesTheStateASeekReaches() throws {
        let dir = TempDir("rakor-replay-file")
        defer { dir.remove() }
        let (_, _, memory, timeline) = try Self.opened(seed: 15, stride: 64, in: dir)
        var rng = SplitMix64(seed: 6)
        for _ in 0..<60 {
            let a = Int(rng.next() % UInt64(timeline.count + 1))
            // Mostly a few events on (playing), sometimes past a cached state or backwards (a seek).
            let b = rng.next() % 4 == 0 ? Int(rng.next() % UInt64(timeline.count + 1)) : Swift.min(timeline.count, a + Int(rng.next() % 8))
            let known = timeline.state(after: a)
            #expect(timeline.state(after: b, from: known, at: a) == memory.state(after: b), "from \(a) to \(b)")
        }
    }

    @Test func aLogRemovedAfterItWasOpenedStillSeeks() throws {
        let dir = TempDir("rakor-replay-file")
        defer { dir.remove() }
        let (path, _, memory, timeline) = try Self.opened(seed: 12, stride: 7, in: dir)
        try FileManager.default.removeItem(atPath: path)
        Self.expectSameTimeline(timeline, memory, "removed")
    }

    @Test func aLogRewrittenInPlaceStopsTheSeekWhereItChangedAndSaysSo() throws {
        let dir = TempDir("rakor-replay-file")
        defer { dir.remove() }
        let (path, bytes, memory, timeline) = try Self.opened(seed: 13, stride: 64, in: dir)
        let mid = memory.count / 2

        // The same bytes but one event's seq, in place: that event is not the one the timeline read.
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        func prefix(_ k: Int) -> [UInt8] { Array("{\"seq\":\(memory.replayEvents.seq(k)),".utf8) }
        // The first event from the middle on written as `encode` writes it (not a hand-spaced line).
        let k = try #require((mid..<memory.count).first { lines[memory.eventLines[$0] - 1].starts(with: prefix($0)) })
        let line = memory.eventLines[k] - 1
        lines[line] = Array("{\"seq\":\(memory.replayEvents.seq(k) + 1),".utf8) + lines[line].dropFirst(prefix(k).count)
        let fd = open(path, O_WRONLY)
        #expect(fd >= 0)
        let rewritten = Array(lines.joined(separator: [0x0A]))
        _ = rewritten.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        close(fd)

        #expect(timeline.state(after: k) == memory.state(after: k), "before the change it reads as it did")
        #expect(!timeline.replayEvents.fileChanged)
        let stopped = timeline.state(after: k + 1)
        #expect(timeline.replayEvents.fileChanged)
        #expect(stopped == memory.state(after: k), "the fold stops before the event that changed")
        #expect(timeline.replayEvents.event(k) == nil)

        // Cut short: the events past the new end are gone; those before it still read.
        let (_, before) = try ReplayTimeline.read(path: path, stride: 64)
        #expect(truncate(path, off_t(bytes.count / 4)) == 0)
        let early = 100
        #expect(before.state(after: early) == memory.state(after: early))
        let end = before.state(after: before.count)
        #expect(before.replayEvents.fileChanged && end.lastSeq < memory.state(after: memory.count).lastSeq)
    }

    @Test func eventsAppendedToATimelineReadFromAFileSeekAsATimelineOfThemAll() throws {
        let dir = TempDir("rakor-replay-file")
        defer { dir.remove() }
        let path = dir.file("grown.jsonl")
        writeBytes(LogAheadReadTests.longDamagedLog(seed: 14), to: path)
        let all = try LogReader.read(path: path)
        let memory = ReplayTimeline(reading: all)
        for head in [0, 1, 500, memory.count - 1] {
            // The file holds the first `head` events; the rest come as a live log's new events.
            let part = dir.file("head-\(head).jsonl")
            let log = try SessionLog.create(path: part, header: all.header)
            _ = log.append(Array(all.events.prefix(head)))
            log.close()
            let (_, timeline) = try ReplayTimeline.read(path: part, stride: 3)
            let grown = timeline.appending(Array(all.events.dropFirst(head)))
            #expect(grown.count == memory.count && grown.events == memory.events, "head \(head)")
            #expect(grown.chapters.map(\.position) == memory.chapters.map(\.position), "head \(head)")
            #expect(grown.chapters.map(\.label) == memory.chapters.map(\.label), "head \(head)")
            for p in Swift.stride(from: 0, through: memory.count, by: 37) {
                #expect(grown.state(after: p) == memory.state(after: p), "head \(head) at \(p)")
            }
            #expect(grown.state(after: memory.count) == memory.state(after: memory.count), "head \(head) at the end")
        }
    }
}
