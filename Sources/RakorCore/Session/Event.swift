/// One fact in the session log: what happened, when, and who recorded it.
public struct Event: Equatable, Sendable {
    /// 1 for the first event, then +1 per event.
    public var seq: Int
    /// Milliseconds since the header's `started_at`.
    public var t: Int
    /// Who recorded it (`moderator`, `notulis`, …), if said.
    public var by: String?
    public var kind: EventKind

    public init(seq: Int, t: Int, by: String? = nil, kind: EventKind) {
        self.seq = seq; self.t = t; self.by = by; self.kind = kind
    }
}

/// Why the meeting was suspended.
public enum SuspensionReason: String, CaseIterable, Sendable {
    case skors, ishoma, technical, other
}

/// How a question turn ended.
public enum QuestionOutcome: String, CaseIterable, Sendable {
    case asked, skipped, withdrawn
}

/// Whether a queued turn is an ordinary speech or an interupsi (point of order).
public enum SpeakerKind: String, CaseIterable, Sendable {
    case speaker, interruption
}

/// The kind of a minutes entry.
public enum NoteKind: String, CaseIterable, Sendable {
    case note, decision, action, conclusion
}

/// Meeting mode: in the room, on a video call, or both.
public enum MeetingMode: String, CaseIterable, Sendable {
    case onsite, online, hybrid
}

/// What a `session.updated` event may amend (the header fields from `title` to `danger_s`).
public struct SessionPatch: Equatable, Sendable {
    public var title: String?
    public var tz: String?
    public var lang: String?
    public var venue: String?
    public var mode: String?
    public var chair: String?
    public var notetaker: String?
    public var organizer: String?
    public var theme: String?
    public var warningS: Int?
    public var dangerS: Int?

    public init(title: String? = nil, tz: String? = nil, lang: String? = nil, venue: String? = nil,
                mode: String? = nil, chair: String? = nil, notetaker: String? = nil, organizer: String? = nil,
                theme: String? = nil, warningS: Int? = nil, dangerS: Int? = nil) {
        self.title = title; self.tz = tz; self.lang = lang; self.venue = venue; self.mode = mode
        self.chair = chair; self.notetaker = notetaker; self.organizer = organizer; self.theme = theme
        self.warningS = warningS; self.dangerS = dangerS
    }

    /// True when nothing is amended.
    public var isEmpty: Bool { self == SessionPatch() }
}

/// Every event type of the session log format, with exactly the spec's fields.
public enum EventKind: Equatable, Sendable {
    // Session
    /// Boxed: its eleven optional fields (169 bytes) would set the size of every event, and every
    /// event is moved several times between the reader and the fold; it is a rare event.
    indirect case sessionUpdated(SessionPatch)
    case participantsUpdated(onsite: Int?, online: Int?, note: String?)
    case sessionSuspended(reason: SuspensionReason, note: String?, resumeT: Int?)
    case sessionResumed
    case sessionRecovered(afterSeq: Int, gapMs: Int, tornBytes: Int)
    case sessionClosed
    case sessionReopened
    case marker(label: String)
    // Rundown
    case itemAdded(id: String, title: String, kind: ItemKind, plannedS: Int, index: Int?, plannedStart: String?)
    case itemUpdated(id: String, title: String?, kind: ItemKind?, plannedS: Int?, plannedStart: String?)
    case itemMoved(id: String, index: Int)
    case itemRemoved(id: String)
    case itemStarted(id: String)
    case itemEnded(id: String)
    // Speakers
    case speakerQueued(id: String, name: String, role: String?, org: String?, remote: Bool?, allottedS: Int,
                       item: String?, index: Int?, kind: SpeakerKind?)
    case speakerUpdated(id: String, name: String?, role: String?, org: String?, remote: Bool?, allottedS: Int?)
    case speakerMoved(id: String, index: Int)
    case speakerRemoved(id: String)
    case speakerStarted(id: String)
    case speakerPaused(id: String)
    case speakerResumed(id: String)
    /// The speaker on the floor gives way to an interupsi (or a break): the turn is held, not ended.
    case speakerHeld(id: String)
    case speakerExtended(id: String, byS: Int)
    case speakerEnded(id: String)
    // Q&A
    case roundOpened(id: String, number: Int, maxQuestions: Int?, item: String?)
    case questionQueued(id: String, round: String, asker: String, org: String?, to: String?, text: String?,
                        allottedS: Int?, remote: Bool?)
    case questionStarted(id: String)
    case questionEnded(id: String, outcome: QuestionOutcome)
    case answerStarted(id: String, round: String, by: String, allottedS: Int?, questions: [String]?)
    case answerEnded(id: String)
    case roundClosed(id: String)
    // Minutes
    case noteAdded(id: String, kind: NoteKind, text: String, item: String?, speaker: String?, owner: String?, due: String?)
    case noteEdited(id: String, text: String?, kind: NoteKind?, owner: String?, due: String?)
    case noteDeleted(id: String)
    // Attendance (daftar hadir)
    case attendance(AttendanceEvent)
    // Stage view
    case stageMessage(text: String, tone: StageTone)
    case stageCleared
    /// A type this reader does not know: kept in the timeline, changes no state.
    case unknown(type: String, data: JSONValue)
}
