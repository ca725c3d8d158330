/// The running time of one turn or item: paused time and suspensions are not counted.
public struct TurnClock: Equatable, Sendable {
    /// When the turn began (ms since the session's start).
    public var startedT: Int
    /// When it ended, if it has.
    public var endedT: Int?
    /// Time run before `runningSince`.
    public var accumulatedMs: Int = 0
    /// Since when it has been running; nil while paused, suspended or ended.
    public var runningSince: Int?
    /// Paused by the moderator (a suspension is not a pause).
    public var paused: Bool = false
    /// How many times it was paused.
    public var pauseCount: Int = 0
    /// Total time spent paused.
    public var pausedMs: Int = 0
    /// Since when it has been paused.
    public var pausedSince: Int?

    /// A clock that starts at `t`, held from the start when the session is suspended.
    public init(startedAt t: Int, suspended: Bool) {
        startedT = t
        runningSince = suspended ? nil : t
    }

    /// Time counted so far at `now`.
    public func elapsedMs(at now: Int) -> Int {
        accumulatedMs + (runningSince.map { max(0, now - $0) } ?? 0)
    }

    public var isEnded: Bool { endedT != nil }

    /// Stops counting (a suspension or a pause), keeping what ran.
    public mutating func halt(at t: Int) {
        if let since = runningSince {
            accumulatedMs += max(0, t - since)
            runningSince = nil
        }
    }

    /// Counts again, unless paused or ended.
    public mutating func proceed(at t: Int) {
        guard !paused, endedT == nil, runningSince == nil else { return }
        runningSince = t
    }

    public mutating func pause(at t: Int) {
        guard !paused, endedT == nil else { return }
        halt(at: t)
        paused = true
        pauseCount += 1
        pausedSince = t
    }

    public mutating func resume(at t: Int, suspended: Bool) {
        guard paused, endedT == nil else { return }
        paused = false
        if let since = pausedSince { pausedMs += max(0, t - since) }
        pausedSince = nil
        if !suspended { proceed(at: t) }
    }

    public mutating func end(at t: Int) {
        guard endedT == nil else { return }
        halt(at: t)
        if paused, let since = pausedSince { pausedMs += max(0, t - since) }
        pausedSince = nil
        endedT = t
    }
}
