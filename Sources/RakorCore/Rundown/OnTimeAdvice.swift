/// What would end the meeting on time when the rundown runs behind: shorter allotments for the
/// speakers still waiting in the running item, whose bookings are what makes it overrun.
///
/// The cut is proportional to each one's planned time above its floor: a speaker never goes below
/// `min_speaker_s` (header extension, from the agenda file; 3 minutes by default). Items not yet
/// run keep their plans (shortening a plan moves the planned end with it, so it would not bring the
/// meeting back on time); breaks and fixed start times stay where they are. `Change` can still
/// name an item, for a moderator's own `agenda.item_updated`.
public struct OnTimeAdvice: Equatable, Sendable {
    /// One change: a speaker's allotment or an item's planned time, in seconds.
    public struct Change: Equatable, Sendable {
        public enum Target: Equatable, Sendable { case speaker(String), item(String) }
        public var target: Target
        public var fromS: Int
        public var toS: Int
    }

    /// The planned end the changes aim for.
    public var targetEndT: Int
    public var changes: [Change]
    /// Whether the changes are enough to end on time (the floors may not allow it).
    public var reachesTarget: Bool

    /// The speakers' changes.
    public var speakerChanges: [Change] { changes.filter { if case .speaker = $0.target { return true } else { return false } } }
    /// The items' changes.
    public var itemChanges: [Change] { changes.filter { if case .item = $0.target { return true } else { return false } } }

    /// The commands that apply the advice: `speaker.extended` and `agenda.item_updated` events.
    public var commands: [Command] {
        changes.map { c in
            switch c.target {
            case .speaker(let id): return .floor(.extendSpeaker(id: id, byS: c.toS - c.fromS))
            case .item(let id): return .rundown(.updateItem(id: id, plannedS: c.toS))
            }
        }
    }
}

extension SessionState {
    /// The least allotment the advice gives a speaker: `min_speaker_s` in the header, else 180 s.
    public var minSpeakerS: Int {
        if case .int(let v)? = header.extra.first(where: { $0.0 == "min_speaker_s" })?.1 { return max(0, v) }
        return 180
    }

    /// The advice at `now`, or nil when the rundown is not behind or nothing can be shortened.
    public func onTimeAdvice(now: Int) -> OnTimeAdvice? {
        onTimeAdvice(now: now, schedule: schedule(now: now))
    }

    /// The advice at `now`, from the rundown's `schedule` at `now` already worked out (a panel that draws both).
    public func onTimeAdvice(now: Int, schedule: RundownSchedule) -> OnTimeAdvice? {
        guard !isClosed else { return nil }
        let behindS = schedule.offsetMs / 1000
        guard behindS >= 60 else { return nil }
        // (target, planned s, floor s), for what can still be shortened.
        var pool: [(OnTimeAdvice.Change.Target, Int, Int)] = []
        if let running = runningItem {
            let least = minSpeakerS
            for id in queue {
                guard let allotted = speakers.read(id: id, { sp in sp.item == running && sp.kind == .speaker ? sp.allottedS : nil }),
                      let allotted else { continue }
                pool.append((.speaker(id), allotted, min(allotted, least)))
            }
        }
        let reducible = pool.reduce(0) { $0 + ($1.1 - $1.2) }
        guard reducible > 0 else { return nil }
        let asked = min(behindS, reducible)
        var changes: [OnTimeAdvice.Change] = []
        var cut = 0
        for (target, planned, floor) in pool {
            // Proportional, in whole minutes rounded up so the cut is what is asked, never below the floor.
            let want = ((planned - floor) * asked + reducible - 1) / reducible
            var to = planned - (want + 59) / 60 * 60
            to = max(floor, to)
            guard to < planned else { continue }
            changes.append(OnTimeAdvice.Change(target: target, fromS: planned, toS: to))
            if case .item = target { cut += planned - to }
        }
        guard !changes.isEmpty else { return nil }
        // The waiting speakers' cut shortens the running item as far as they overrun its plan.
        let speakerCut = changes.filter { if case .speaker = $0.target { return true } else { return false } }
            .reduce(0) { $0 + $1.fromS - $1.toS }
        cut += speakerCut
        return OnTimeAdvice(targetEndT: schedule.plannedEndT, changes: changes, reachesTarget: cut >= behindS)
    }
}
