import RakorCore

/// A store that other processes write too: a command is decided under the log's lock on the latest state.
public protocol SharedEventStore: EventStore {
    /// Locks, reads what others wrote, decides with `decide` on that state, writes, syncs, unlocks.
    func step(_ state: SessionState, decide: (SessionState, [Event]) -> Result<[Event], RakorError>) -> PeerStep
    /// Reads what others wrote since the last read, without the lock.
    func follow(_ state: inout SessionState) -> [Event]
    /// Problems met while following, newest last.
    var issues: [String] { get }
}

extension PeerLog: SharedEventStore {
    public func append(_ events: [Event]) -> LogHealth {
        // Every write goes through `step`; an append of events decided elsewhere would break seq.
        .failing(LogWriteError(path: path, operation: "append outside a step", errno: 22), pendingEvents: events.count)
    }

    public func retry() -> LogHealth { health }

    public var fileGone: Bool { isGone }
}
