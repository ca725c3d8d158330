import RakorCore

/// Where a live session's events go before they are shown: the session log, or a fake in tests.
public protocol EventStore: AnyObject {
    var path: String { get }
    var health: LogHealth { get }
    func append(_ events: [Event]) -> LogHealth
    func retry() -> LogHealth
    func relocate(to newPath: String, header: SessionHeader, events: [Event]) throws(LogOpenError)
    /// The log file was deleted or moved away while open.
    var fileGone: Bool { get }
    /// Checks that the file is still on disk (called every tick, with no write).
    func checkOnDisk() -> LogHealth
}

extension SessionLog: EventStore {}

/// Keeps the text being typed safe across a crash: one small file beside the log.
public protocol DraftStore: AnyObject {
    func save(_ draft: JSONValue)
    func load() -> JSONValue?
    func clear()
    /// Why the last save did not reach the disk (nil: it did), for the status line.
    var lastSaveFailure: String? { get }
}

extension DraftStore {
    /// A store that cannot fail (in memory) never reports a failure.
    public var lastSaveFailure: String? { nil }
}

extension EventStore {
    /// A store with no file behind it is never gone.
    public var fileGone: Bool { false }
    /// A store with no file behind it has nothing to check.
    public func checkOnDisk() -> LogHealth { health }
}
