import Synchronization

/// A pure function's answers, kept by its argument for every later call in the process: the
/// minutes view wraps the same entries after every change, and the notulen words the same speakers' names, roles and instansi in paragraph after paragraph, and
/// working out a form of address or whether a role already names its instansi took 14,000 and
/// 42,000 instructions a time. Emptied when full, so it stays bounded on a hostile log.
public final class PureMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let table = Mutex([Key: Value]())
    private let capacity: Int

    public init(capacity: Int = 4_096) { self.capacity = capacity }

    /// `make(key)`, kept: the kept answer is the one `make` would give again.
    public func value(_ key: Key, _ make: (Key) -> Value) -> Value {
        if let kept = table.withLock({ $0[key] }) { return kept }
        let made = make(key)
        table.withLock { t in
            if t.count >= capacity { t.removeAll(keepingCapacity: true) }
            t[key] = made
        }
        return made
    }

    /// How many answers are kept (for tests).
    public var count: Int { table.withLock { $0.count } }
}
