/// A recorded session that can be shown as it was after any event: states cached every `stride` events.
///
/// Seeking folds at most `stride - 1` events from the nearest cached state, so a jump anywhere in
/// a long log costs the same as a short one.
public struct ReplayTimeline: Sendable {
    public let header: SessionHeader
    /// The events, by position: in memory, or read back from the log file (see `read(path:)`).
    public let replayEvents: ReplayEvents
    /// File line of each event, for damage markers.
    public let eventLines: [Int]
    /// Lines that were skipped as damaged.
    public let damagedLines: [Int]
    public let stride: Int
    /// checkpoints[k] is the state after the first k * stride events.
    private var checkpoints: [SessionState]
    /// Indices (count of events applied) where chapters begin: rundown items starting, markers.
    public let chapters: [(position: Int, label: String)]

    public init(reading: LogReading, stride: Int = 512) {
        self.init(header: reading.header, events: reading.events, eventLines: reading.eventLines,
                  damagedLines: reading.damagedLines + (reading.tornTail.map { [$0.line] } ?? []), stride: stride)
    }

    public init(header: SessionHeader, events: [Event], eventLines: [Int] = [], damagedLines: [Int] = [], stride: Int = 512) {
        self.header = header
        self.replayEvents = ReplayEvents(events)
        self.eventLines = eventLines
        self.damagedLines = damagedLines
        // At most about 64 cached states: each holds its own copy of the lists, so more would cost memory and time.
        self.stride = max(1, stride, events.count / 64)
        var state = SessionState(header: header)
        var cps = [state]
        var chapters: [(Int, String)] = []
        cps.reserveCapacity(events.count / self.stride + 1)
        for (i, e) in events.enumerated() {
            if let label = Self.chapter(e, before: state) { chapters.append((i, label)) }
            state.apply(e)
            if (i + 1) % self.stride == 0 { cps.append(state) }
        }
        checkpoints = cps
        self.chapters = chapters
    }

    /// A timeline from states taken while the reader folded (see `read(path:)`).
    init(header: SessionHeader, events: ReplayEvents, eventLines: [Int], damagedLines: [Int], stride: Int,
         checkpoints: [SessionState], chapters: [(position: Int, label: String)]) {
        self.header = header
        self.replayEvents = events
        self.eventLines = eventLines
        self.damagedLines = damagedLines
        self.stride = stride
        self.checkpoints = checkpoints
        self.chapters = chapters
    }

    /// The chapter `e` begins, by its label, given the state before it: a rundown item starting, a marker.
    static func chapter(_ e: borrowing Event, before state: borrowing SessionState) -> String? {
        switch e.kind {
        case .itemStarted(let id): return state.items[id: id]?.title ?? id
        case .marker(let label): return label
        default: return nil
        }
    }

    /// Adds a cached state; past `maxCheckpoints` every other one goes and the stride doubles.
    static func keep(_ state: SessionState, in checkpoints: inout [SessionState], stride: inout Int) {
        checkpoints.append(state)
        if checkpoints.count > maxCheckpoints {
            checkpoints = checkpoints.enumerated().compactMap { $0.offset % 2 == 0 ? $0.element : nil }
            stride *= 2
        }
    }

    /// Every event, in order: a new array, read back from the file where the timeline keeps them
    /// there (for tests and small logs; a seek reads only what it folds).
    public var events: [Event] { replayEvents.all }

    /// Number of events.
    public var count: Int { replayEvents.count }

    /// Session time of the last event.
    public var durationMs: Int { count == 0 ? 0 : replayEvents.t(count - 1) }

    /// The state after the first `position` events (as far as the file still holds them, if it was changed in place).
    public func state(after position: Int) -> SessionState {
        let p = max(0, min(position, count))
        let k = min(p / stride, checkpoints.count - 1)
        return folded(checkpoints[k], from: k * stride, to: p)
    }

    /// The state after the first `position` events, given `known`, the state after `knownPosition`:
    /// folded on from it when it lies between the cached state a seek would start from and the
    /// position (playing forward reads the few events since the last frame, not a stride of them).
    public func state(after position: Int, from known: SessionState, at knownPosition: Int) -> SessionState {
        let p = max(0, min(position, count))
        let k = min(p / stride, checkpoints.count - 1)
        guard knownPosition >= k * stride, knownPosition <= p, !replayEvents.fileChanged else {
            return folded(checkpoints[k], from: k * stride, to: p)
        }
        return folded(known, from: knownPosition, to: p)
    }

    /// `state`, the state after `start` events, with the events up to `end` applied.
    private func folded(_ state: SessionState, from start: Int, to end: Int) -> SessionState {
        var s = state
        replayEvents.forEach(in: start..<end) { _, e in s.apply(e) }
        return s
    }

    /// The position (events applied) at session time `t`: every event with time ≤ t.
    public func position(atTime t: Int) -> Int { replayEvents.position(atTime: t) }

    /// The position right after the event with this seq (the last event with seq ≤ n).
    public func position(afterSeq n: Int) -> Int { replayEvents.position(afterSeq: n) }

    /// Session time shown at a position: the time of the last event applied (0 before any).
    public func time(at position: Int) -> Int {
        position <= 0 ? 0 : replayEvents.t(min(position, count) - 1)
    }

    /// The next chapter start after `position`, if any.
    public func nextChapter(after position: Int) -> Int? {
        chapters.first { $0.position + 1 > position }.map { $0.position + 1 }
    }

    /// The chapter start before `position`, if any.
    public func previousChapter(before position: Int) -> Int? {
        chapters.last { $0.position + 1 < position }.map { $0.position + 1 }
    }

    /// Where the chapters and the damaged lines fall along the session's time, as fractions 0…1.
    public func timelineMarks() -> (chapters: [Double], damage: [Double]) {
        let d = Double(max(1, durationMs))
        let ch = chapters.map { Double(replayEvents.t($0.position)) / d }
        var dmg: [Double] = []
        for line in damagedLines {
            // The damaged line sat between the events of the lines around it.
            let next = countLeading(eventLines) { $0 < line }
            let t = next < count ? replayEvents.t(next) : durationMs
            dmg.append(Double(t) / d)
        }
        return (ch, dmg)
    }

    /// This timeline followed by events a live log gained: the cached states so far kept, the new
    /// ones folded from the last (the stride doubles as in `read(path:)` past `maxCheckpoints`).
    public func appending(_ new: [Event]) -> ReplayTimeline {
        guard !new.isEmpty else { return self }
        let lastLine = eventLines.last ?? 1
        let lines = eventLines.isEmpty ? [] : eventLines + (1...new.count).map { lastLine + $0 }
        var cps = checkpoints
        var step = stride
        var chapters = self.chapters
        // The state after every event so far, from the last cached one.
        var state = self.state(after: count)
        for (n, e) in new.enumerated() {
            let i = count + n
            if let label = Self.chapter(e, before: state) { chapters.append((i, label)) }
            state.apply(e)
            if (i + 1) % step == 0 && (i + 1) / step == cps.count { Self.keep(state, in: &cps, stride: &step) }
        }
        return ReplayTimeline(header: header, events: replayEvents.appending(new), eventLines: lines,
                              damagedLines: damagedLines, stride: step, checkpoints: cps, chapters: chapters)
    }
}

/// How the replay clock advances between events: real time times speed, long silences capped.
public enum ReplayPacing {
    public static let speeds = [1, 2, 4, 8, 16, 60]

}

/// How many leading elements of a sorted array satisfy `isBefore` (a binary search for the boundary).
func countLeading<T>(_ sorted: [T], _ isBefore: (T) -> Bool) -> Int {
    var lo = 0, hi = sorted.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if isBefore(sorted[mid]) { lo = mid + 1 } else { hi = mid }
    }
    return lo
}
