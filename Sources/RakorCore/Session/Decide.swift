/// Checks a command against the state at `now` (ms since the start) and says what happened.
///
/// Returns the events to append, in order, or the reason the command is refused. It never
/// changes the state: the caller appends the events to the log, then evolves.
public func decide(_ command: Command, _ state: SessionState, now: Int, by: String? = nil) -> Result<[Event], RakorError> {
    var d = Decision(state: state, t: max(now, state.lastT), by: by)
    do {
        try d.run(command)
        return .success(d.events)
    } catch {
        return .failure(error)
    }
}

/// Builds the events of one command against a working copy of the state, so that a command of
/// several events (end the current turn, then start the next) sees each one applied.
struct Decision {
    var state: SessionState
    let t: Int
    let by: String?
    var events: [Event] = []
    /// The last event emitted, applied to the working state only when another follows it:
    /// a one-event command then never copies the state's lists.
    var unapplied: Event?

    mutating func emit(_ kind: EventKind) {
        if let u = unapplied { state.apply(u) }
        let e = Event(seq: state.lastSeq + 1, t: t, by: by, kind: kind)
        unapplied = e
        events.append(e)
    }

    // MARK: checks

    func text(_ s: String, _ field: String) throws(RakorError) -> String {
        let trimmed = s.trimmingWhitespace
        guard !trimmed.isEmpty else { throw .emptyText(field: field) }
        return trimmed
    }

    func optText(_ s: String?) -> String? {
        guard let s else { return nil }
        let trimmed = s.trimmingWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    func duration(_ s: Int, _ field: String) throws(RakorError) -> Int {
        guard s >= 0 else { throw .negativeDuration(field: field) }
        guard s <= 86_400 else { throw .durationTooLong(field: field) }
        return s
    }

    /// A clock time as the log writes it: "09:30", whatever was typed ("9.30").
    func clockTime(_ s: String?) throws(RakorError) -> String? {
        guard let s else { return nil }
        guard let c = ClockTime.parse(s.trimmingWhitespace) else { throw .invalidClockTime(s) }
        return c.text
    }

    func date(_ s: String?) throws(RakorError) -> String? {
        guard let s, !s.isEmpty else { return s }
        guard CalendarDate.parse(s) != nil else { throw .invalidDate(s) }
        return s
    }

    func open() throws(RakorError) {
        if state.isClosed { throw .sessionClosed }
    }

    func live() throws(RakorError) {
        try open()
        if state.isSuspended { throw .suspended }
    }

    func phaseAllows(_ trigger: PhaseTrigger, _ name: String) throws(RakorError) {
        guard state.machine.fire(trigger) != nil else { throw .illegalPhase(from: state.phase, trigger: name) }
    }

    // MARK: ids

    func nextId<E>(_ prefix: String, _ list: IdentifiedList<E>, retired: Set<String> = []) -> String {
        var n = list.count + retired.count + 1
        while list.contains(id: "\(prefix)\(n)") || retired.contains("\(prefix)\(n)") { n += 1 }
        return "\(prefix)\(n)"
    }

    // MARK: the floor

    /// The events that end whoever holds the floor.
    mutating func endFloor() {
        switch state.floor {
        case .speaker(let id): emit(.speakerEnded(id: id))
        case .question(let id): emit(.questionEnded(id: id, outcome: .asked))
        case .answer(let id): emit(.answerEnded(id: id))
        case nil: break
        }
    }

    // MARK: commands

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    mutating func run(_ command: Command) throws(RakorError) {
        // The spec: after session.closed nothing follows but session.reopened.
        if state.isClosed, command != .reopen { throw .sessionClosed }
        switch command {
        case .updateSession(var p):
            if let title = p.title { p.title = try text(title, "title") }
            if let w = p.warningS { _ = try duration(w, "warning_s") }
            if let d = p.dangerS { _ = try duration(d, "danger_s") }
            if let m = p.mode, MeetingMode(rawValue: m) == nil { throw .invalidValue(field: "mode", value: m) }
            if let l = p.lang, Language(rawValue: l) == nil { throw .invalidValue(field: "lang", value: l) }
            if let z = p.tz, !ZoneClock.knows(z) { throw .invalidValue(field: "tz", value: z) }
            let warning = p.warningS ?? state.header.warningThresholdS
            let danger = p.dangerS ?? state.header.dangerThresholdS
            if danger > warning { throw .invalidValue(field: "danger_s", value: "\(danger) > warning_s \(warning)") }
            guard !p.isEmpty else { throw .nothingToChange }
            emit(.sessionUpdated(p))

        case let .updateAttendance(onsite, online, note):
            if let onsite, onsite < 0 { throw .invalidCount(field: "onsite") }
            if let online, online < 0 { throw .invalidCount(field: "online") }
            guard onsite != nil || online != nil || optText(note) != nil else { throw .nothingToChange }
            emit(.participantsUpdated(onsite: onsite, online: online, note: optText(note)))

        case let .suspend(reason, note, resumeAfterS):
            try phaseAllows(.suspended, "suspend")
            let resumeT = try resumeAfterS.map { (s: Int) throws(RakorError) -> Int in t + (try duration(s, "resume")) * 1000 }
            emit(.sessionSuspended(reason: reason, note: optText(note), resumeT: resumeT))

        case .resume:
            guard state.isSuspended else { throw .notSuspended }
            emit(.sessionResumed)

        case .close:
            try phaseAllows(.closed, "close")
            endFloor()
            if let id = state.runningItem, !state.isSuspended { emit(.itemEnded(id: id)) }
            if let r = state.openRound { emit(.roundClosed(id: r.id)) }
            emit(.sessionClosed)

        case .reopen:
            guard state.isClosed else { throw .sessionNotClosed }
            emit(.sessionReopened)

        case .addMarker(let label):
            emit(.marker(label: try text(label, "label")))

        case let .addItem(title, kind, plannedS, index, plannedStart):
            try open()
            if let index, index < 0 { throw .invalidCount(field: "index") }
            emit(.itemAdded(id: nextId("a", state.items, retired: state.removedItems), title: try text(title, "title"), kind: kind,
                            plannedS: try duration(plannedS, "planned_s"), index: index,
                            plannedStart: try clockTime(plannedStart)))

        case let .updateItem(id, title, kind, plannedS, plannedStart):
            guard state.items.contains(id: id) else { throw .unknownItem(id) }
            let newTitle = try title.map { (s: String) throws(RakorError) -> String in try text(s, "title") }
            let newPlanned = try plannedS.map { (s: Int) throws(RakorError) -> Int in try duration(s, "planned_s") }
            let start = plannedStart == "" ? "" : try clockTime(plannedStart)
            guard newTitle != nil || kind != nil || newPlanned != nil || start != nil else { throw .nothingToChange }
            emit(.itemUpdated(id: id, title: newTitle, kind: kind, plannedS: newPlanned, plannedStart: start))

        case let .moveItem(id, index):
            guard state.items.contains(id: id) else { throw .unknownItem(id) }
            guard index >= 0 else { throw .invalidCount(field: "index") }
            emit(.itemMoved(id: id, index: index))

        case .removeItem(let id):
            guard let item = state.items[id: id] else { throw .unknownItem(id) }
            guard !item.hasStarted else { throw .itemAlreadyStarted(id) }
            emit(.itemRemoved(id: id))

        case .startItem(let id):
            try live()
            let item: AgendaItem
            if let id {
                guard let it = state.items[id: id] else { throw .unknownItem(id) }
                guard !it.hasStarted else { throw .itemAlreadyStarted(id) }
                item = it
            } else {
                guard let it = state.items.first(where: { !$0.hasStarted }) else { throw .noNextItem }
                item = it
            }
            try phaseAllows(.itemStarted(item.kind), "start an item")
            if let running = state.runningItem { emit(.itemEnded(id: running)) }
            emit(.itemStarted(id: item.id))

        case .endItem:
            try live()
            guard let id = state.runningItem else { throw .noItemRunning }
            emit(.itemEnded(id: id))

        case let .queueSpeaker(name, role, org, remote, allottedS, item, index, interruption):
            try open()
            if let item, !state.items.contains(id: item) { throw .unknownItem(item) }
            if let index, index < 0 { throw .invalidCount(field: "index") }
            emit(.speakerQueued(id: nextId("s", state.speakers), name: try text(name, "name"), role: optText(role),
                                org: optText(org), remote: remote, allottedS: try duration(allottedS, "allotted_s"),
                                item: item ?? state.runningItem, index: index,
                                kind: interruption ? .interruption : nil))

        case let .updateSpeaker(id, name, role, org, remote, allottedS):
            guard let sp = state.speakers[id: id] else { throw .unknownSpeaker(id) }
            if allottedS != nil, sp.status != .queued && sp.status != .onFloor { throw .speakerNotWaiting(id) }
            let newName = try name.map { (s: String) throws(RakorError) -> String in try text(s, "name") }
            let allotted = try allottedS.map { (s: Int) throws(RakorError) -> Int in try duration(s, "allotted_s") }
            guard newName != nil || role != nil || org != nil || remote != nil || allotted != nil else { throw .nothingToChange }
            emit(.speakerUpdated(id: id, name: newName, role: role?.trimmingWhitespace, org: org?.trimmingWhitespace,
                                 remote: remote, allottedS: allotted))

        case let .moveSpeaker(id, index):
            guard state.speakers.contains(id: id) else { throw .unknownSpeaker(id) }
            guard state.queue.contains(id) else { throw .speakerNotWaiting(id) }
            guard index >= 0 else { throw .invalidCount(field: "index") }
            emit(.speakerMoved(id: id, index: index))

        case .removeSpeaker(let id):
            guard state.speakers.contains(id: id) else { throw .unknownSpeaker(id) }
            guard state.queue.contains(id) else { throw .speakerNotWaiting(id) }
            emit(.speakerRemoved(id: id))

        case .startNextSpeaker(let id):
            try live()
            let next: String
            if let id {
                guard state.speakers.contains(id: id) else { throw .unknownSpeaker(id) }
                guard state.queue.contains(id) else { throw .speakerNotWaiting(id) }
                next = id
            } else {
                guard let first = state.queue.first else { throw .queueEmpty }
                next = first
            }
            endFloor()
            emit(.speakerStarted(id: next))

        case .togglePause:
            try open()
            guard let holder = state.floor else { throw .floorEmpty }
            guard case .speaker(let id) = holder, let clock = state.speakers[id: id]?.clock else { throw .notASpeakerTurn }
            emit(clock.paused ? .speakerResumed(id: id) : .speakerPaused(id: id))

        case let .extendSpeaker(id, byS):
            try open()
            let target: String
            if let id {
                guard let sp = state.speakers[id: id] else { throw .unknownSpeaker(id) }
                guard sp.status == .queued || sp.status == .onFloor else { throw .speakerNotWaiting(id) }
                target = id
            } else {
                guard let holder = state.floor else { throw .floorEmpty }
                guard case .speaker(let sid) = holder else { throw .notASpeakerTurn }
                target = sid
            }
            guard byS != 0 else { throw .nothingToChange }
            if byS < 0, (state.speakers[id: target]?.allottedS ?? 0) == 0 { throw .nothingToChange }
            guard byS.magnitude <= 86_400 else { throw .durationTooLong(field: "by_s") }
            emit(.speakerExtended(id: target, byS: byS))

        case .endTurn:
            try open()
            guard state.floor != nil else { throw .floorEmpty }
            endFloor()

        case .openRound(let maxQuestions):
            try open()
            if let m = maxQuestions, m < 1 { throw .invalidCount(field: "max_questions") }
            if let r = state.openRound {
                if case .question(let q)? = state.floor, state.questions[id: q]?.round == r.id { endFloor() }
                if case .answer(let a)? = state.floor, state.answers[id: a]?.round == r.id { endFloor() }
                emit(.roundClosed(id: r.id))
            }
            emit(.roundOpened(id: nextId("r", state.rounds), number: state.rounds.count + 1,
                              maxQuestions: maxQuestions, item: state.runningItem))

        case let .queueQuestion(asker, org, to, text: questionText, allottedS, remote):
            try open()
            guard let r = state.openRound else { throw .noOpenRound }
            let name = try text(asker, "asker")
            if let m = r.maxQuestions {
                let taken = state.questions(inRound: r.id).filter { $0.outcome != .withdrawn }.count
                guard taken < m else { throw .roundFull(max: m) }
            }
            let allotted = try allottedS.map { (s: Int) throws(RakorError) -> Int in try duration(s, "allotted_s") }
            emit(.questionQueued(id: nextId("q", state.questions), round: r.id, asker: name, org: optText(org),
                                 to: optText(to), text: optText(questionText), allottedS: allotted, remote: remote))

        case .startQuestion(let id):
            try live()
            guard let r = state.openRound else { throw .noOpenRound }
            let qid: String
            if let id {
                guard let q = state.questions[id: id] else { throw .unknownQuestion(id) }
                guard q.status == .queued, q.round == r.id else { throw .questionFinished(id) }
                qid = id
            } else {
                guard let q = state.questions(inRound: r.id).first(where: { $0.status == .queued }) else { throw .noQuestionWaiting }
                qid = q.id
            }
            endFloor()
            emit(.questionStarted(id: qid))

        case let .endQuestion(id, outcome):
            try open()
            let qid: String
            if let id {
                qid = id
            } else if case .question(let q)? = state.floor {
                qid = q
            } else {
                throw .floorEmpty
            }
            guard let q = state.questions[id: qid] else { throw .unknownQuestion(qid) }
            guard q.status == .queued || q.status == .onFloor else { throw .questionFinished(qid) }
            emit(.questionEnded(id: qid, outcome: outcome))

        case let .startAnswer(answerer, allottedS, qs):
            try live()
            guard let r = state.openRound ?? state.rounds.last else { throw .noOpenRound }
            let who = try text(answerer, "by")
            let allotted = try allottedS.map { (s: Int) throws(RakorError) -> Int in try duration(s, "allotted_s") }
            if let qs { for q in qs where !state.questions.contains(id: q) { throw .unknownQuestion(q) } }
            let linked = qs ?? state.questions(inRound: r.id).filter { $0.outcome == .asked || $0.status == .onFloor }.map(\.id)
            endFloor()
            emit(.answerStarted(id: nextId("w", state.answers), round: r.id, by: who, allottedS: allotted,
                                questions: linked.isEmpty ? nil : linked))

        case .closeRound:
            try open()
            guard let r = state.openRound else { throw .noOpenRound }
            switch state.floor {
            case .question(let q)? where state.questions[id: q]?.round == r.id: endFloor()
            case .answer(let a)? where state.answers[id: a]?.round == r.id: endFloor()
            default: break
            }
            emit(.roundClosed(id: r.id))

        case let .addNote(kind, noteText, owner, due, item, speaker):
            let body = try text(noteText, "text")
            // nil means "where we are now"; an empty string means "none" (the notulis cleared it).
            if let item, !item.isEmpty, !state.items.contains(id: item) { throw .unknownItem(item) }
            let context = item.map { $0.isEmpty ? nil : $0 } ?? state.runningItem
            let who = speaker.map { $0.isEmpty ? nil : $0 } ?? state.floorSpeakerContext
            emit(.noteAdded(id: nextId("n", state.entries), kind: kind, text: body, item: context, speaker: who,
                            owner: optText(owner), due: try date(optText(due))))

        case let .editNote(id, newText, kind, owner, due):
            guard let e = state.entries[id: id], !e.deleted else { throw .unknownNote(id) }
            let body = try newText.map { (s: String) throws(RakorError) -> String in try text(s, "text") }
            let d = try date(due?.trimmingWhitespace)
            guard body != nil || kind != nil || owner != nil || d != nil else { throw .nothingToChange }
            emit(.noteEdited(id: id, text: body, kind: kind, owner: owner?.trimmingWhitespace, due: d))

        case .deleteNote(let id):
            guard let e = state.entries[id: id], !e.deleted else { throw .unknownNote(id) }
            emit(.noteDeleted(id: id))

        case .attendance(let c): try decide(c)
        case .stage(let c): try runStage(c)
        }
    }
}

extension SessionState {
    /// The speaker a note written now belongs to: the one on the floor, or the one answering.
    public var floorSpeakerContext: String? {
        switch floor {
        case .speaker(let id): return id
        case .answer(let id): return answers[id: id].flatMap { speakers.contains(id: $0.by) ? $0.by : nil }
        case .question, nil: return nil
        }
    }
}

extension String {
    /// The string without leading and trailing white space and newlines.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
