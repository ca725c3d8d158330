/// The colour of a countdown: how close a turn is to its allotted time.
public enum TimerPhase: String, Sendable {
    case normal, warning, danger, overtime
}

/// A turn's time at one moment, derived from its clock and `now`.
public struct TurnTiming: Equatable, Sendable {
    public var elapsedMs: Int
    public var allottedMs: Int?
    /// Allotted minus elapsed; negative in overtime. Nil when nothing was allotted.
    public var remainingMs: Int?
    public var phase: TimerPhase
    public var paused: Bool
    /// Stopped because the meeting is suspended or a break item runs.
    public var held: Bool
    public var ended: Bool
}

/// One rundown item's place in the plan and in what actually happened or is projected.
public struct ScheduleRow: Equatable, Sendable {
    public var id: String
    public var plannedStartT: Int
    public var plannedEndT: Int
    public var actualStartT: Int?
    public var actualEndT: Int?
    public var projectedStartT: Int
    public var projectedEndT: Int
    /// Time run, suspensions excluded.
    public var elapsedMs: Int
    public var plannedMs: Int
    /// For finished items: elapsed minus planned (positive = over).
    public var overMs: Int?
}

/// The rundown against the clock: per item, the running offset and the projected end.
public struct RundownSchedule: Equatable, Sendable {
    public var rows: [ScheduleRow]
    /// How late (positive) or early (negative) the meeting is projected to end: projected minus planned end.
    public var offsetMs: Int
    public var plannedEndT: Int
    public var projectedEndT: Int
}

extension SessionState {
    /// The timing of a clock with this allotment, by the session's thresholds.
    public func timing(_ clock: TurnClock, allottedS: Int?, now: Int) -> TurnTiming {
        let elapsed = clock.elapsedMs(at: now)
        let allottedMs = allottedS.map { $0 * 1000 }
        let remaining = allottedMs.map { $0 - elapsed }
        let phase: TimerPhase
        if let r = remaining {
            if r < 0 { phase = .overtime }
            else if r <= header.dangerThresholdS * 1000 { phase = .danger }
            else if r <= header.warningThresholdS * 1000 { phase = .warning }
            else { phase = .normal }
        } else { phase = .normal }
        return TurnTiming(elapsedMs: elapsed, allottedMs: allottedMs, remainingMs: remaining, phase: phase,
                          paused: clock.paused, held: clocksStopped && !clock.paused && clock.endedT == nil,
                          ended: clock.endedT != nil)
    }

    /// The timing of whoever holds the floor at `now`.
    public func floorTiming(now: Int) -> TurnTiming? {
        guard let clock = floorClock else { return nil }
        return timing(clock, allottedS: floorAllottedS, now: now)
    }

    /// A speaker's timing at `now` (nil before they speak).
    public func speakerTiming(_ id: String, now: Int) -> TurnTiming? {
        guard let sp = speakers[id: id], let clock = sp.clock else { return nil }
        return timing(clock, allottedS: sp.allottedS, now: now)
    }

    /// The rundown's plan, actuals and projection at `now`.
    public func schedule(now: Int) -> RundownSchedule {
        schedule(now: now, queuedMs: { queuedMs(for: $0) })
    }

    /// `schedule(now:)`, with `queuedMs(for:)` answered by the caller (a screen redrawn every
    /// second keeps the sum, which changes only with the queue, not with the clock).
    public func schedule(now: Int, queuedMs: (String) -> Int) -> RundownSchedule {
        let zone = ZoneClock(header: header)
        func fixed(_ item: AgendaItem) -> Int? { item.plannedStart.flatMap(ClockTime.parse).map(zone.t(of:)) }
        let first = items.first
        let base = first.flatMap(fixed) ?? first?.clock?.startedT ?? now
        let effectiveNow = isSuspended ? max(now, currentSuspension?.resumeT ?? now) : now

        var rows: [ScheduleRow] = []
        var planCursor = base
        var projCursor: Int? = nil
        for item in items {
            let ps = fixed(item) ?? planCursor
            let pe = ps + item.plannedS * 1000
            planCursor = pe
            let plannedMs = item.plannedS * 1000
            var row = ScheduleRow(id: item.id, plannedStartT: ps, plannedEndT: pe, actualStartT: item.clock?.startedT,
                                  actualEndT: item.clock?.endedT, projectedStartT: ps, projectedEndT: pe,
                                  elapsedMs: item.clock?.elapsedMs(at: item.clock?.endedT ?? now) ?? 0,
                                  plannedMs: plannedMs, overMs: nil)
            if let clock = item.clock, let end = clock.endedT {
                row.projectedStartT = clock.startedT
                row.projectedEndT = end
                row.overMs = row.elapsedMs - plannedMs
                projCursor = max(projCursor ?? end, end)
            } else if let clock = item.clock {
                row.projectedStartT = clock.startedT
                // The running item lasts its plan, or as long as the speakers still booked for it
                // need, if that is longer: four speakers of ten minutes do not fit in five.
                row.projectedEndT = effectiveNow + max(0, plannedMs - row.elapsedMs, bookedMs(for: item.id, now: now, queued: queuedMs(item.id)))
                projCursor = row.projectedEndT
            } else {
                let start = max(projCursor ?? effectiveNow, effectiveNow, fixed(item) ?? Int.min)
                row.projectedStartT = start
                row.projectedEndT = start + plannedMs
                projCursor = row.projectedEndT
            }
            rows.append(row)
        }
        let plannedEnd = rows.map(\.plannedEndT).max() ?? base
        let projectedEnd = rows.map(\.projectedEndT).max() ?? base
        // One honest computation: the offset is how far the projected end lies from the planned
        // end, so "n mnt terlambat" and "selesai 21.55, rencana 21.40" can never disagree, and an
        // early end is shown as early.
        return RundownSchedule(rows: rows, offsetMs: projectedEnd - plannedEnd, plannedEndT: plannedEnd, projectedEndT: projectedEnd)
    }

    /// The time the speakers still waiting for an item (`queued`, from `queuedMs(for:)`) and the
    /// one on the floor are allotted.
    func bookedMs(for item: String, now: Int, queued: Int) -> Int {
        var ms = queued
        if case .speaker(let id)? = floor {
            ms += speakers.read(id: id) { sp -> Int in
                guard sp.item == item, let c = sp.clock else { return 0 }
                return max(0, sp.allottedS * 1000 - c.elapsedMs(at: now))
            } ?? 0
        }
        return ms
    }

    /// The time allotted to the speakers waiting for an item (interupsi aside), in ms.
    public func queuedMs(for item: String) -> Int {
        var ms = 0
        // Read in place: a copy of each queued Speaker, every frame, was most of the rundown panel's cost.
        for id in queue {
            ms += speakers.read(id: id) { sp in sp.item == item && sp.kind == .speaker ? sp.allottedS * 1000 : 0 } ?? 0
        }
        return ms
    }

    /// Speaking time so far, per person and per instansi, longest first.
    public func speakingTotals(now: Int) -> (byPerson: [(name: String, ms: Int)], byOrg: [(org: String, ms: Int)]) {
        var person: [String: Int] = [:]
        var org: [String: Int] = [:]
        var order: [String] = []
        var orgOrder: [String] = []
        func add(_ name: String, _ o: String?, _ ms: Int) {
            if person[name] == nil { order.append(name) }
            person[name, default: 0] += ms
            if let o, !o.isEmpty {
                if org[o] == nil { orgOrder.append(o) }
                org[o, default: 0] += ms
            }
        }
        for sp in speakers { if let c = sp.clock { add(sp.name, sp.org, c.elapsedMs(at: c.endedT ?? now)) } }
        for q in questions { if let c = q.clock { add(q.asker, q.org, c.elapsedMs(at: c.endedT ?? now)) } }
        for a in answers {
            let sp = speakers[id: a.by]
            add(sp?.name ?? a.by, sp?.org, a.clock.elapsedMs(at: a.clock.endedT ?? now))
        }
        let p = order.map { (name: $0, ms: person[$0]!) }.sorted { $0.ms > $1.ms }
        let o = orgOrder.map { (org: $0, ms: org[$0]!) }.sorted { $0.ms > $1.ms }
        return (p, o)
    }
}
