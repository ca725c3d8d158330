/// Where a turn is: waiting, holding the floor, finished, or taken off the queue.
public enum TurnStatus: Equatable, Sendable {
    case queued
    case onFloor
    /// Gave way to an interupsi or a break: off the floor, their turn not ended.
    case held
    case done
    case removed
}

extension TurnStatus {
    /// Waiting, speaking or held: a turn whose allotment can still change.
    public var isOpenTurn: Bool { self == .queued || self == .onFloor || self == .held }
}

/// A person in the speaker queue, and their turn once they take the floor.
public struct Speaker: Identified, Equatable, Sendable {
    // Stored words first and one-byte fields last, so none is padded to a word (208 → 184 bytes).
    public var id: String
    public var name: String
    /// Jabatan.
    public var role: String?
    /// Instansi.
    public var org: String?
    /// The rundown item they are booked under.
    public var item: String?
    public var allottedS: Int
    public var queuedT: Int
    /// How often the turn was held (interupsi, break): counted apart from the turn itself.
    public var holds: Int = 0
    public var clock: TurnClock?
    public var remote: Bool
    public var kind: SpeakerKind
    public var status: TurnStatus

    public init(id: String, name: String, role: String? = nil, org: String? = nil, remote: Bool = false,
                allottedS: Int, item: String? = nil, kind: SpeakerKind = .speaker, queuedT: Int,
                status: TurnStatus = .queued, clock: TurnClock? = nil) {
        self.id = id; self.name = name; self.role = role; self.org = org; self.remote = remote
        self.allottedS = allottedS; self.item = item; self.kind = kind; self.queuedT = queuedT
        self.status = status; self.clock = clock
    }
}

/// Who holds the floor.
public enum FloorHolder: Equatable, Sendable {
    case speaker(String)
    case question(String)
    case answer(String)
}
