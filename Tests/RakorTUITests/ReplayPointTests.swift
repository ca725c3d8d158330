import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

/// `replay --print` folds once in the reader's pass: every frame must be the one the timeline gives.
@Suite("Replay print in one pass")
struct ReplayPointTests {
    static let samples = ["demo.jsonl", "rakor-jambi-2019.jsonl", "rakorpeg-kaltim-2020.jsonl"]

    /// The frame as `replay --print` drew it from a whole timeline, before the one-pass fold.
    static func timelineFrame(_ path: String, _ target: ReplayPoint.Target, size: Size) throws -> (String, SessionState) {
        let reading = try LogReader.read(path: path)
        let timeline = ReplayTimeline(reading: reading)
        var position = timeline.count
        var now = timeline.durationMs
        switch target {
        case .end: break
        case .afterSeq(let n):
            position = timeline.position(afterSeq: n)
            now = timeline.time(at: position)
        case .atClock(let c):
            now = ZoneClock(header: reading.header).t(of: c)
            position = timeline.position(atTime: now)
        }
        let text = ReplayFrame.text(timeline: timeline, position: position, now: now, lang: .id, size: size)
        return (text, timeline.state(after: position))
    }

    /// Every target worth trying on a log: the end, seqs across it, clock times across it.
    static func targets(_ path: String) throws -> [ReplayPoint.Target] {
        let reading = try LogReader.read(path: path)
        let events = reading.events
        guard let first = events.first, let last = events.last else { return [.end] }
        var out: [ReplayPoint.Target] = [.end, .afterSeq(first.seq), .afterSeq(last.seq)]
        for k in 1..<8 { out.append(.afterSeq(first.seq + (last.seq - first.seq) * k / 8)) }
        let zone = ZoneClock(header: reading.header)
        for k in 0...8 {
            if let c = ClockTime.parse(zone.clock(last.t * k / 8, separator: ":")) { out.append(.atClock(c)) }
        }
        return out
    }

    /// A sample with a damaged line in the middle, an out-of-order line and a torn tail.
    static func damagedCopy(of sample: String, in dir: ScratchDir) throws -> String {
        let text = try String(contentsOfFile: RakorBinary.repoRoot + "/sample-events/" + sample, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast()  // the empty string after the final newline
        let mid = lines.count / 2
        lines[mid] = String(lines[mid].dropLast(5)) + "zzzzz"
        lines.insert(lines[3], at: mid + 4)
        let path = dir.file("damaged-" + sample)
        try (lines.joined(separator: "\n") + "\n" + "{\"seq\":99999,\"t\":").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func everySampleAndTargetGivesTheTimelinesFrame() throws {
        let dir = ScratchDir("replay-point")
        defer { dir.remove() }
        var paths = Self.samples.map { RakorBinary.repoRoot + "/sample-events/" + $0 }
        paths.append(try Self.damagedCopy(of: "rakorpeg-kaltim-2020.jsonl", in: dir))
        let size = Size(width: 120, height: 40)
        var compared = 0
        for path in paths {
            for target in try Self.targets(path) {
                let point = try ReplayPoint.read(path: path, to: target)
                let (expected, state) = try Self.timelineFrame(path, target, size: size)
                #expect(point.state == state, "\(path) \(target)")
                #expect(ReplayFrame.text(point: point, lang: .id, size: size) == expected, "\(path) \(target)")
                compared += 1
            }
        }
        #expect(compared >= 4 * 19)
        // The damaged copy marks its damage on the timeline bar, as the timeline does.
        let damaged = try ReplayPoint.read(path: paths[3], to: .end)
        #expect(damaged.marks.damage.count == 3)
        #expect(damaged.reading.events.isEmpty, "the one-pass fold keeps no events")
    }

    @Test func theRangeAndTimesAreThoseOfTheLog() throws {
        let path = RakorBinary.repoRoot + "/sample-events/demo.jsonl"
        let reading = try LogReader.read(path: path)
        let point = try ReplayPoint.read(path: path, to: .afterSeq(10))
        #expect(point.seqRange == reading.events.first!.seq...reading.events.last!.seq)
        #expect(point.count == reading.events.count)
        #expect(point.durationMs == reading.events.last!.t)
        #expect(point.position == reading.events.firstIndex { $0.seq > 10 })
        #expect(point.now == reading.events[point.position - 1].t)
    }

    @Test func aTimelineReadInOnePassSeeksToTheSameStates() throws {
        let dir = ScratchDir("replay-read")
        defer { dir.remove() }
        var paths = Self.samples.map { RakorBinary.repoRoot + "/sample-events/" + $0 }
        paths.append(try Self.damagedCopy(of: "demo.jsonl", in: dir))
        for path in paths {
            let reference = ReplayTimeline(reading: try LogReader.read(path: path))
            // Stride 1 doubles several times on the way (at most 128 cached states).
            for stride in [1, 7, 512] {
                let (reading, timeline) = try ReplayTimeline.read(path: path, stride: stride)
                #expect(reading.problems == (try LogReader.read(path: path)).problems)
                #expect(timeline.events == reference.events && timeline.eventLines == reference.eventLines)
                #expect(timeline.damagedLines == reference.damagedLines)
                #expect(timeline.chapters.map(\.position) == reference.chapters.map(\.position))
                #expect(timeline.chapters.map(\.label) == reference.chapters.map(\.label))
                #expect(timeline.timelineMarks().chapters == reference.timelineMarks().chapters)
                #expect(timeline.timelineMarks().damage == reference.timelineMarks().damage)
                for p in 0...timeline.count where p % 5 == 0 || p == timeline.count {
                    #expect(timeline.state(after: p) == reference.state(after: p), "\(path) stride \(stride) at \(p)")
                }
            }
        }
    }
}
