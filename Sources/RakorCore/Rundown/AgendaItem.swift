/// One item of the rundown (susunan acara), planned and, once it runs, actual.
public struct AgendaItem: Identified, Equatable, Sendable {
    public var id: String
    public var title: String
    public var kind: ItemKind
    public var plannedS: Int
    /// Planned clock time "HH:MM" in the session's zone, if fixed.
    public var plannedStart: String?
    /// Its running time; nil until it starts.
    public var clock: TurnClock?

    public init(id: String, title: String, kind: ItemKind, plannedS: Int, plannedStart: String? = nil, clock: TurnClock? = nil) {
        self.id = id; self.title = title; self.kind = kind; self.plannedS = plannedS
        self.plannedStart = plannedStart; self.clock = clock
    }

    public var hasStarted: Bool { clock != nil }
    public var isRunning: Bool { clock != nil && clock?.endedT == nil }
    public var isDone: Bool { clock?.endedT != nil }
}
