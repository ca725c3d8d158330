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

    /// Runs one command: the one switch that hands each domain's commands to its own `decide`.
    mutating func run(_ command: Command) throws(RakorError) {
        // The spec: after session.closed nothing follows but session.reopened.
        if state.isClosed, command != .session(.reopen) { throw .sessionClosed }
        switch command {
        case .session(let c): try decide(c)
        case .rundown(let c): try decide(c)
        case .floor(let c): try decide(c)
        case .qa(let c): try decide(c)
        case .minutes(let c): try decide(c)
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
