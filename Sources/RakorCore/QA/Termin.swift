/// A Q&A round (termin): a few askers, then the resource speakers answer together.
public struct Termin: Identified, Equatable, Sendable {
    public var id: String
    public var number: Int
    public var maxQuestions: Int?
    public var item: String?
    public var openedT: Int
    public var closedT: Int?

    public init(id: String, number: Int, maxQuestions: Int? = nil, item: String? = nil, openedT: Int, closedT: Int? = nil) {
        self.id = id; self.number = number; self.maxQuestions = maxQuestions; self.item = item
        self.openedT = openedT; self.closedT = closedT
    }

    public var isOpen: Bool { closedT == nil }
}

/// A participant's question in a termin.
public struct Question: Identified, Equatable, Sendable {
    public var id: String
    public var round: String
    public var asker: String
    public var org: String?
    /// The speaker id or name the question is addressed to.
    public var to: String?
    public var text: String?
    public var allottedS: Int?
    public var remote: Bool
    public var queuedT: Int
    public var status: TurnStatus
    public var outcome: QuestionOutcome?
    public var clock: TurnClock?

    public init(id: String, round: String, asker: String, org: String? = nil, to: String? = nil, text: String? = nil,
                allottedS: Int? = nil, remote: Bool = false, queuedT: Int, status: TurnStatus = .queued,
                outcome: QuestionOutcome? = nil, clock: TurnClock? = nil) {
        self.id = id; self.round = round; self.asker = asker; self.org = org; self.to = to; self.text = text
        self.allottedS = allottedS; self.remote = remote; self.queuedT = queuedT; self.status = status
        self.outcome = outcome; self.clock = clock
    }
}

/// A resource speaker's answer to the questions of a termin.
public struct Answer: Identified, Equatable, Sendable {
    public var id: String
    public var round: String
    /// A speaker id or a name.
    public var by: String
    public var allottedS: Int?
    public var questions: [String]
    public var clock: TurnClock

    public init(id: String, round: String, by: String, allottedS: Int? = nil, questions: [String] = [], clock: TurnClock) {
        self.id = id; self.round = round; self.by = by; self.allottedS = allottedS; self.questions = questions; self.clock = clock
    }
}
