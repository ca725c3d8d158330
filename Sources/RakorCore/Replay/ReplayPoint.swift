/// One position of a recorded session, folded in the reader's one pass: what `replay --print` shows.
///
/// A `ReplayTimeline` keeps every event and a state every `stride` events so that it can seek;
/// printing one frame needs neither. This keeps the state at the position (a copy taken once,
/// sharing the lists' chunks), the times of the chapters and of the events after damaged lines,
/// and nothing per event, so memory follows the state and not the file.
public struct ReplayPoint: Sendable {
    /// Where to stop.
    public enum Target: Sendable, Equatable {
        /// After the last event.
        case end
        /// Right after the last event with seq ≤ n.
        case afterSeq(Int)
        /// After every event at or before this clock time, in the session's zone (of its header line).
        case atClock(ClockTime)
    }

    /// The reading, without its events.
    public let reading: LogReading
    /// The state after `position` events.
    public let state: SessionState
    /// Events applied to reach `state`.
    public let position: Int
    /// Events in the log.
    public let count: Int
    /// Session time of the last event.
    public let durationMs: Int
    /// Session time of the target: the `--at` time, or the time of the last event applied.
    public let now: Int
    /// seq of the first and of the last event, if any.
    public let seqRange: ClosedRange<Int>?
    /// As `ReplayTimeline.timelineMarks()` gives them.
    public let marks: (chapters: [Double], damage: [Double])

    /// Reads the log at `path` once, stopping the fold at `target`.
    public static func read(path: String, to target: Target) throws(LogUnreadable) -> ReplayPoint {
        var fold = Fold(target: target)
        // Seen through a pointer: a captured `var` is checked for exclusive access at every event
        // (a third of the hook's cost); the pointer is used only during the read.
        let reading = try withUnsafeMutablePointer(to: &fold) { (p: UnsafeMutablePointer<Fold>) throws(LogUnreadable) -> LogReading in
            try LogReader.read(path: path, keepEvents: false) { e, line, state in p.pointee.see(e, line: line, before: state) }
        }
        return ReplayPoint(reading: reading, fold: fold)
    }

    private init(reading: LogReading, fold: Fold) {
        self.reading = reading
        count = fold.count
        durationMs = fold.lastT
        seqRange = fold.firstSeq.map { $0...fold.lastSeq }
        if let s = fold.stopped {
            state = s
            position = fold.position
        } else {
            state = reading.state
            position = fold.count
        }
        if case .atClock(let c) = fold.target {
            now = ZoneClock(header: reading.header).t(of: c)
        } else {
            now = position == fold.count ? fold.lastT : fold.stoppedT
        }
        let d = Double(Swift.max(1, durationMs))
        var damage: [Double] = []
        let lines = reading.damagedLines + (reading.tornTail.map { [$0.line] } ?? [])
        for line in lines {
            // The damaged line sat between the events of the lines around it: the next one follows a jump in lines.
            let next = countLeading(fold.jumpLines) { $0 < line }
            damage.append(Double(next < fold.jumpTs.count ? fold.jumpTs[next] : durationMs) / d)
        }
        marks = (fold.chapterTs.map { Double($0) / d }, damage)
    }

    /// What the reader's pass collects, event by event.
    private struct Fold {
        let target: Target
        var count = 0
        var firstSeq: Int?
        var lastSeq = 0
        var lastT = 0
        var lastLine = 1
        /// The state before the first event past the target, once there is one.
        var stopped: SessionState?
        var position = 0
        /// The time of the last event before the stop.
        var stoppedT = 0
        /// The `--at` time in session ms, known from the header once the first event comes.
        var limitT: Int?
        var chapterTs: [Int] = []
        /// Lines and times of the events that do not follow the line before (a damaged or skipped line lies between).
        var jumpLines: [Int] = []
        var jumpTs: [Int] = []

        init(target: Target) { self.target = target }

        /// Whether `stopped` is set (asked per event; a flag, not a test of the large optional).
        var hasStopped = false

        mutating func see(_ e: borrowing Event, line: Int, before state: borrowing SessionState) {
            if !hasStopped {
                let past: Bool
                switch target {
                case .end: past = false
                case .afterSeq(let n): past = e.seq > n
                case .atClock(let c):
                    if limitT == nil { limitT = ZoneClock(header: state.header).t(of: c) }
                    past = e.t > limitT!
                }
                if past {
                    stopped = copy state
                    hasStopped = true
                    position = count
                    stoppedT = lastT
                }
            }
            switch e.kind {
            case .itemStarted, .marker: chapterTs.append(e.t)
            default: break
            }
            if line != lastLine + 1 {
                jumpLines.append(line)
                jumpTs.append(e.t)
            }
            lastLine = line
            if firstSeq == nil { firstSeq = e.seq }
            lastSeq = e.seq
            lastT = e.t
            count += 1
        }
    }
}
