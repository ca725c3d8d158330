#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ReplayTimeline {
    /// Most cached states a timeline read from a file keeps: past this the stride doubles.
    static let maxCheckpoints = 128

    /// Reads the log at `path` and builds its timeline in the reader's one pass.
    ///
    /// The cached states are taken as the reader folds, so the log is folded once, not twice. The
    /// lists of a state share their chunks with the states before and after it (see
    /// `IdentifiedList`), so a cached state costs the chunks that changed since the last, not a
    /// copy of the meeting. The stride starts at 512 events and doubles (dropping every other
    /// state) whenever more than `maxCheckpoints` states would be kept: a seek folds fewer than
    /// `stride` events, whatever the log's length. The events stay in the file, which the timeline
    /// holds open: it keeps their places, seqs and times, and a seek reads back the lines it folds.
    public static func read(path: String, stride: Int = 512) throws(LogUnreadable) -> (reading: LogReading, timeline: ReplayTimeline) {
        let fd = try LogFileBytes.openRegular(path: path)
        var step = Swift.max(1, stride)
        var cps: [SessionState] = []
        var chapters: [(position: Int, label: String)] = []
        var seqs: [Int] = [], ts: [Int] = []
        var i = 0
        var reading: LogReading
        do {
            reading = try LogReader.read(fd: fd, path: path, keepEvents: false, keepPlaces: true) { e, _, state in
                if i % step == 0 { keep(state, in: &cps, stride: &step) }
                if let label = chapter(e, before: state) { chapters.append((i, label)) }
                seqs.append(e.seq)
                ts.append(e.t)
                i += 1
            }
        } catch {
            close(fd)
            throw error
        }
        if cps.isEmpty { cps = [SessionState(header: reading.header)] }
        if i > 0, i % step == 0 { cps.append(reading.state) }
        let events = ReplayEvents(file: LogLineFile(fd: fd, places: reading.eventPlaces), seqs: seqs, ts: ts)
        reading.eventPlaces = []
        let timeline = ReplayTimeline(header: reading.header, events: events, eventLines: reading.eventLines,
                                      damagedLines: reading.damagedLines + (reading.tornTail.map { [$0.line] } ?? []),
                                      stride: step, checkpoints: cps, chapters: chapters)
        return (reading, timeline)
    }
}
