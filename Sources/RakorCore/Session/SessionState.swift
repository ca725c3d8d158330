/// Everything a session log says about a meeting, folded from its events.
public struct SessionState: Equatable, Sendable {
    public var header: SessionHeader
    /// seq of the last event applied (0 before any).
    public var lastSeq: Int = 0
    /// t of the last event applied.
    public var lastT: Int = 0
    public var machine = PhaseMachine()
    /// The rundown in order.
    public var items = IdentifiedList<AgendaItem>()
    /// Ids of items removed from the rundown: never given out again.
    public var removedItems: Set<String> = []
    public var runningItem: String?
    /// Every speaker ever queued, in the order queued.
    public var speakers = IdentifiedList<Speaker>()
    /// Ids of the speakers waiting, next first.
    public var queue: [String] = []
    public var floor: FloorHolder?
    /// Speakers whose turn is held (`speaker.held`), the latest last: the one the floor returns to.
    public var held: [String] = []
    public var rounds = IdentifiedList<Termin>()
    public var questions = IdentifiedList<Question>()
    public var answers = IdentifiedList<Answer>()
    public var entries = IdentifiedList<MinutesEntry>()
    public var suspensions: [Suspension] = []
    public var markers: [Marker] = []
    public var recoveries: [Recovery] = []
    public var attendance = Attendance()
    /// The daftar hadir: invitees and those present.
    public var attendees = AttendanceList()
    /// When the meeting was closed, if it is now.
    public var closedT: Int?
    /// The message on the stage view, if one is up.
    public var stageMessage: StageMessage?
    /// Events of types this reader does not know.
    public var unknownEvents: Int = 0

    public init(header: SessionHeader) {
        self.header = header
    }

    public var phase: SessionPhase { machine.phase }
    public var isClosed: Bool { machine.phase == .selesai }
    /// The suspension in force, if any.
    public var currentSuspension: Suspension? {
        guard let last = suspensions.last, last.endT == nil else { return nil }
        return last
    }
    public var isSuspended: Bool { currentSuspension != nil }
    /// The running item is a break (ishoma, rehat).
    public var isBreakRunning: Bool { runningItem.flatMap { items.read(id: $0, \.kind) } == .break }
    /// Every turn clock stands still: the meeting is suspended or a break item runs.
    public var clocksStopped: Bool { isSuspended || isBreakRunning }
    /// The open termin, if any.
    public var openRound: Termin? { rounds.last(where: { $0.isOpen }) }

    /// The clock of whoever holds the floor.
    public var floorClock: TurnClock? {
        switch floor {
        case .speaker(let id): return speakers.read(id: id, \.clock) ?? nil
        case .question(let id): return questions.read(id: id, \.clock) ?? nil
        case .answer(let id): return answers.read(id: id, \.clock)
        case nil: return nil
        }
    }

    /// The time allotted to whoever holds the floor, in seconds.
    public var floorAllottedS: Int? {
        switch floor {
        case .speaker(let id): return speakers.read(id: id, \.allottedS)
        case .question(let id): return questions.read(id: id, \.allottedS) ?? nil
        case .answer(let id): return answers.read(id: id, \.allottedS) ?? nil
        case nil: return nil
        }
    }

    /// The speakers waiting, next first.
    public var queuedSpeakers: [Speaker] { queue.compactMap { speakers[id: $0] } }

    /// The questions of a termin, in the order queued.
    public func questions(inRound round: String) -> [Question] { questions.filter { $0.round == round } }

    /// The minutes entries that have not been deleted.
    public var liveEntries: [MinutesEntry] { entries.filter { !$0.deleted } }

    /// How many minutes entries have not been deleted (counted, not copied out as `liveEntries` is).
    public var liveEntryCount: Int {
        var n = 0
        for e in entries where !e.deleted { n += 1 }
        return n
    }
}
