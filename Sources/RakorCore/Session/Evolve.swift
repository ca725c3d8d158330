/// Applies one event to a state: the only way session state changes.
///
/// Events are facts, so an event that cannot apply (it names a missing id or breaks a rule of the
/// format) changes nothing and comes back as a warning; it never stops a fold.
public func evolve(_ state: SessionState, _ event: Event) -> SessionState {
    var s = state
    _ = s.apply(event)
    return s
}

extension SessionState {
    /// Applies `event` in place; returns a warning when the event could not apply.
    @discardableResult
    public mutating func apply(_ event: Event) -> String? {
        let warning = applyKind(event)
        lastSeq = event.seq
        lastT = max(lastT, event.t)
        return warning
    }

    private mutating func fire(_ trigger: PhaseTrigger) -> Bool {
        guard let next = machine.fire(trigger) else { return false }
        machine = next
        return true
    }

    /// Ends whoever holds the floor at `t`: a spec reader ends the current turn when another starts.
    mutating func endFloor(at t: Int) {
        switch floor {
        case .speaker(let id):
            speakers.update(id: id) { $0.clock?.end(at: t); $0.status = .done }
            held.removeAll { $0 == id }
        case .question(let id):
            questions.update(id: id) { $0.clock?.end(at: t); $0.status = .done; $0.outcome = $0.outcome ?? .asked }
        case .answer(let id):
            answers.update(id: id) { $0.clock.end(at: t) }
        case nil: break
        }
        floor = nil
    }

    /// Ends the turns still held (the session closes with someone held).
    mutating func endHeld(at t: Int) {
        for id in held { speakers.update(id: id) { $0.clock?.end(at: t); $0.status = .done } }
        held = []
    }

    private mutating func haltTimers(at t: Int) {
        if let id = runningItem { items.update(id: id) { $0.clock?.halt(at: t) } }
        updateFloorClock { $0.halt(at: t) }
    }

    private mutating func proceedTimers(at t: Int) {
        if let id = runningItem { items.update(id: id) { $0.clock?.proceed(at: t) } }
        if !isBreakRunning { updateFloorClock { $0.proceed(at: t) } }
    }

    private mutating func updateFloorClock(_ change: (inout TurnClock) -> Void) {
        switch floor {
        case .speaker(let id): speakers.update(id: id) { if $0.clock != nil { change(&$0.clock!) } }
        case .question(let id): questions.update(id: id) { if $0.clock != nil { change(&$0.clock!) } }
        case .answer(let id): answers.update(id: id) { change(&$0.clock) }
        case nil: break
        }
    }

    private mutating func endRunningItem(at t: Int) {
        guard let id = runningItem else { return }
        let wasBreak = isBreakRunning
        items.update(id: id) { $0.clock?.end(at: t) }
        runningItem = nil
        // A break stops the floor's clock as a suspension does; its end lets it run again.
        if wasBreak, !isSuspended { updateFloorClock { $0.proceed(at: t) } }
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    /// Longest duration a log may give (about 31 years): larger values are hostile, not meetings.
    static let maxDurationS = 1_000_000_000

    private mutating func applyKind(_ event: Event) -> String? {
        let t = event.t
        if isClosed {
            switch event.kind {
            case .sessionReopened, .sessionRecovered, .unknown: break
            default: return "the session is closed: nothing follows session.closed but session.reopened"
            }
        }
        if let bad = event.kind.outOfRangeDuration { return "\(bad) is out of range" }
        switch event.kind {
        case .sessionUpdated(let patch):
            header.apply(patch)

        case let .participantsUpdated(onsite, online, note):
            if let onsite { attendance.onsite = onsite }
            if let online { attendance.online = online }
            if let note { attendance.note = note }

        case let .sessionSuspended(reason, note, resumeT):
            guard fire(.suspended) else { return "the session cannot be suspended while \(phase.rawValue)" }
            haltTimers(at: t)
            suspensions.append(Suspension(reason: reason, note: note, resumeT: resumeT, startT: t))

        case .sessionResumed:
            guard isSuspended, fire(.resumed) else { return "the session is not suspended" }
            suspensions[suspensions.count - 1].endT = t
            proceedTimers(at: t)

        case let .sessionRecovered(afterSeq, gapMs, tornBytes):
            recoveries.append(Recovery(seq: event.seq, t: t, afterSeq: afterSeq, gapMs: gapMs, tornBytes: tornBytes))

        case .sessionClosed:
            guard fire(.closed) else { return "the session is already closed" }
            if isSuspended { suspensions[suspensions.count - 1].endT = t }
            endFloor(at: t)
            endHeld(at: t)
            endRunningItem(at: t)
            if let r = openRound { rounds.update(id: r.id) { $0.closedT = t } }
            closedT = t

        case .sessionReopened:
            guard fire(.reopened) else { return "the session is not closed" }
            closedT = nil

        case .marker(let label):
            markers.append(Marker(seq: event.seq, t: t, label: label))

        case let .itemAdded(id, title, kind, plannedS, index, plannedStart):
            guard !items.contains(id: id) else { return "agenda item \(id) already exists" }
            guard plannedS >= 0 else { return "agenda item \(id) has a negative planned_s" }
            let item = AgendaItem(id: id, title: title, kind: kind, plannedS: plannedS, plannedStart: plannedStart)
            if let index { items.insert(item, at: index) } else { items.append(item) }

        case let .itemUpdated(id, title, kind, plannedS, plannedStart):
            guard items.contains(id: id) else { return "no agenda item \(id)" }
            if let p = plannedS, p < 0 { return "agenda item \(id): negative planned_s" }
            if let kind, runningItem == id { machine = machine.runningItemKind(kind) }
            items.update(id: id) {
                if let title { $0.title = title }
                if let kind { $0.kind = kind }
                if let plannedS { $0.plannedS = plannedS }
                if let plannedStart { $0.plannedStart = plannedStart.isEmpty ? nil : plannedStart }
            }

        case let .itemMoved(id, index):
            guard items.contains(id: id) else { return "no agenda item \(id)" }
            items.move(id: id, to: index)

        case .itemRemoved(let id):
            guard let item = items[id: id] else { return "no agenda item \(id)" }
            guard !item.hasStarted else { return "agenda item \(id) has started and cannot be removed" }
            items.remove(id: id)
            removedItems.insert(id)

        case .itemStarted(let id):
            guard let item = items[id: id] else { return "no agenda item \(id)" }
            guard !item.hasStarted else { return "agenda item \(id) has already run" }
            guard machine.fire(.itemStarted(item.kind)) != nil else { return "no item can start while \(phase.rawValue)" }
            endRunningItem(at: t)
            _ = fire(.itemStarted(item.kind))
            items.update(id: id) { $0.clock = TurnClock(startedAt: t, suspended: false) }
            runningItem = id
            if item.kind == .break { updateFloorClock { $0.halt(at: t) } }

        case .itemEnded(let id):
            guard items.contains(id: id) else { return "no agenda item \(id)" }
            guard runningItem == id else { return "agenda item \(id) is not running" }
            guard fire(.itemEnded) else { return "no item can end while \(phase.rawValue)" }
            endRunningItem(at: t)

        case let .speakerQueued(id, name, role, org, remote, allottedS, item, index, kind):
            guard !speakers.contains(id: id) else { return "speaker \(id) already exists" }
            guard allottedS >= 0 else { return "speaker \(id) has a negative allotted_s" }
            let k = kind ?? .speaker
            speakers.append(Speaker(id: id, name: name, role: role, org: org, remote: remote ?? false,
                                    allottedS: allottedS, item: item, kind: k, queuedT: t))
            let at: Int
            if let index {
                at = max(0, min(index, queue.count))
            } else if k == .interruption {
                at = queue.firstIndex { speakers.read(id: $0, \.kind) != .interruption } ?? queue.count
            } else {
                at = queue.count
            }
            queue.insert(id, at: at)

        case let .speakerUpdated(id, name, role, org, remote, allottedS):
            guard let sp = speakers[id: id] else { return "no speaker \(id)" }
            // A name or jabatan can be corrected after the turn, for the minutes; the allotment cannot.
            if allottedS != nil, !sp.status.isOpenTurn { return "speaker \(id) has finished" }
            if let a = allottedS, a < 0 { return "speaker \(id): negative allotted_s" }
            speakers.update(id: id) {
                if let name { $0.name = name }
                if let role { $0.role = role.isEmpty ? nil : role }
                if let org { $0.org = org.isEmpty ? nil : org }
                if let remote { $0.remote = remote }
                if let allottedS { $0.allottedS = allottedS }
            }

        case let .speakerMoved(id, index):
            guard let from = queue.firstIndex(of: id) else { return "speaker \(id) is not in the queue" }
            queue.remove(at: from)
            queue.insert(id, at: max(0, min(index, queue.count)))

        case .speakerRemoved(let id):
            guard let from = queue.firstIndex(of: id) else { return "speaker \(id) is not in the queue" }
            queue.remove(at: from)
            speakers.update(id: id) { $0.status = .removed }

        case .speakerStarted(let id):
            guard let status = speakers.read(id: id, \.status) else { return "no speaker \(id)" }
            guard status == .queued else { return "speaker \(id) is not waiting to speak" }
            guard !isClosed else { return "the session is closed" }
            endFloor(at: t)
            queue.removeAll { $0 == id }
            let suspended = clocksStopped
            speakers.update(id: id) { $0.status = .onFloor; $0.clock = TurnClock(startedAt: t, suspended: suspended) }
            floor = .speaker(id)

        case .speakerPaused(let id):
            guard floor == .speaker(id), let c = speakers.read(id: id, \.clock) ?? nil else { return "speaker \(id) does not hold the floor" }
            guard !c.paused else { return "speaker \(id) is already paused" }
            speakers.update(id: id) { $0.clock?.pause(at: t) }

        case .speakerResumed(let id) where speakers.read(id: id, \.status) == .held:
            // A held turn comes back to the floor with the time it had left.
            endFloor(at: t)
            held.removeAll { $0 == id }
            let stopped = clocksStopped
            speakers.update(id: id) { $0.status = .onFloor; if !stopped { $0.clock?.proceed(at: t) } }
            floor = .speaker(id)

        case .speakerResumed(let id):
            guard floor == .speaker(id), let c = speakers.read(id: id, \.clock) ?? nil else { return "speaker \(id) does not hold the floor" }
            guard c.paused else { return "speaker \(id) is not paused" }
            let suspended = clocksStopped
            speakers.update(id: id) { $0.clock?.resume(at: t, suspended: suspended) }

        case .speakerHeld(let id):
            guard floor == .speaker(id), speakers.read(id: id, { $0.clock != nil }) == true else { return "speaker \(id) does not hold the floor" }
            speakers.update(id: id) { $0.clock?.halt(at: t); $0.status = .held; $0.holds += 1 }
            held.append(id)
            floor = nil

        case let .speakerExtended(id, byS):
            guard let status = speakers.read(id: id, \.status) else { return "no speaker \(id)" }
            guard status.isOpenTurn else { return "speaker \(id) has finished" }
            speakers.update(id: id) { $0.allottedS = min(Self.maxDurationS, max(0, $0.allottedS + byS)) }

        case .speakerEnded(let id) where speakers.read(id: id, \.status) == .held:
            // A held turn that is not given back (the moderator ends it after a break).
            held.removeAll { $0 == id }
            speakers.update(id: id) { $0.clock?.end(at: t); $0.status = .done }

        case .speakerEnded(let id):
            guard floor == .speaker(id) else { return "speaker \(id) does not hold the floor" }
            endFloor(at: t)

        case let .roundOpened(id, number, maxQuestions, item):
            guard !rounds.contains(id: id) else { return "termin \(id) already exists" }
            if let open = openRound { rounds.update(id: open.id) { $0.closedT = t } }
            rounds.append(Termin(id: id, number: number, maxQuestions: maxQuestions, item: item ?? runningItem, openedT: t))

        case let .questionQueued(id, round, asker, org, to, text, allottedS, remote):
            guard !questions.contains(id: id) else { return "question \(id) already exists" }
            guard let isOpen = rounds.read(id: round, \.isOpen) else { return "no termin \(round)" }
            guard isOpen else { return "termin \(round) is closed" }
            questions.append(Question(id: id, round: round, asker: asker, org: org, to: to, text: text,
                                      allottedS: allottedS, remote: remote ?? false, queuedT: t))

        case .questionStarted(let id):
            guard let (status, round) = questions.read(id: id, { ($0.status, $0.round) }) else { return "no question \(id)" }
            guard status == .queued else { return "question \(id) is not waiting" }
            guard rounds.read(id: round, \.isOpen) == true else { return "termin \(round) is closed" }
            endFloor(at: t)
            let suspended = clocksStopped
            questions.update(id: id) { $0.status = .onFloor; $0.clock = TurnClock(startedAt: t, suspended: suspended) }
            floor = .question(id)

        case let .questionEnded(id, outcome):
            guard let status = questions.read(id: id, \.status) else { return "no question \(id)" }
            switch status {
            case .onFloor:
                endFloor(at: t)
                questions.update(id: id) { $0.outcome = outcome }
            case .queued:
                questions.update(id: id) { $0.status = .done; $0.outcome = outcome }
            case .done, .removed, .held:
                return "question \(id) has already ended"
            }

        case let .answerStarted(id, round, by, allottedS, qs):
            guard !answers.contains(id: id) else { return "answer \(id) already exists" }
            guard rounds.contains(id: round) else { return "no termin \(round)" }
            endFloor(at: t)
            answers.append(Answer(id: id, round: round, by: by, allottedS: allottedS,
                                  questions: qs ?? questionsPut(to: by, inRound: round).map(\.id),
                                  clock: TurnClock(startedAt: t, suspended: clocksStopped)))
            floor = .answer(id)

        case .answerEnded(let id):
            guard floor == .answer(id) else { return "answer \(id) is not under way" }
            endFloor(at: t)

        case .roundClosed(let id):
            guard let r = rounds[id: id] else { return "no termin \(id)" }
            guard r.isOpen else { return "termin \(id) is already closed" }
            switch floor {
            case .question(let q) where questions[id: q]?.round == id: endFloor(at: t)
            case .answer(let a) where answers[id: a]?.round == id: endFloor(at: t)
            default: break
            }
            rounds.update(id: id) { $0.closedT = t }

        case let .noteAdded(id, kind, text, item, speaker, owner, due):
            guard !entries.contains(id: id) else { return "minutes entry \(id) already exists" }
            entries.append(MinutesEntry(id: id, kind: kind, text: text, item: item, speaker: speaker,
                                        owner: owner, due: due, addedT: t, by: event.by))

        case let .noteEdited(id, text, kind, owner, due):
            guard entries.read(id: id, \.deleted) == false else { return "no minutes entry \(id)" }
            entries.update(id: id) {
                if let text { $0.text = text }
                if let kind { $0.kind = kind }
                if let owner { $0.owner = owner.isEmpty ? nil : owner }
                if let due { $0.due = due.isEmpty ? nil : due }
                $0.editedT = t
            }

        case .noteDeleted(let id):
            guard entries.read(id: id, \.deleted) == false else { return "no minutes entry \(id)" }
            entries.update(id: id) { $0.deleted = true }

        case .attendance(let a): return applyAttendance(a, t: t)
        case .stageMessage, .stageCleared:
            return applyStage(event.kind, at: t)

        case .unknown:
            unknownEvents += 1
        }
        return nil
    }
}

extension EventKind {
    /// The name of a duration field beyond `SessionState.maxDurationS`, if any.
    var outOfRangeDuration: String? {
        let limit = SessionState.maxDurationS
        func bad(_ v: Int?) -> Bool { v.map { $0.magnitude > UInt(limit) } ?? false }
        switch self {
        case let .itemAdded(_, _, _, p, _, _): return bad(p) ? "planned_s" : nil
        case let .itemUpdated(_, _, _, p, _): return bad(p) ? "planned_s" : nil
        case let .speakerQueued(_, _, _, _, _, a, _, _, _): return bad(a) ? "allotted_s" : nil
        case let .speakerUpdated(_, _, _, _, _, a): return bad(a) ? "allotted_s" : nil
        case let .speakerExtended(_, b): return bad(b) ? "by_s" : nil
        case let .questionQueued(_, _, _, _, _, _, a, _): return bad(a) ? "allotted_s" : nil
        case let .answerStarted(_, _, _, a, _): return bad(a) ? "allotted_s" : nil
        case let .sessionUpdated(p): return bad(p.warningS) ? "warning_s" : (bad(p.dangerS) ? "danger_s" : nil)
        case let .sessionSuspended(_, _, r): return r.map { $0 < 0 || $0 > 10_000_000_000_000 } ?? false ? "resume_t" : nil
        default: return nil
        }
    }
}
