import RakorCore

/// Saves the draft of the form being typed without making the typing wait for the disk.
///
/// Saving a draft is a file write and an fsync: on a USB stick that is tens of milliseconds,
/// so saving on every key made a paste crawl. The saver writes at most once per `intervalMs`
/// while keys keep coming, and the rest when the loop tells it to (`flush`): when the typing
/// pauses, the form closes, or a signal arrives. A kill -9 loses at most the last interval.
/// The draft itself is encoded only when it is written, so a long paste is not re-encoded
/// per character; the closure should read the form when called, not hold a copy of it (a
/// held copy would make every key copy the whole text). A closure returning nil writes nothing.
public final class DraftSaver {
    let store: DraftStore
    /// The longest a changed draft waits before it is written, in ms.
    public let intervalMs: Int
    private var pending: (() -> JSONValue?)?
    private var lastWriteMs: Int?
    /// How many times the draft was written (for tests and the bench).
    public private(set) var writes = 0

    public init(store: DraftStore, intervalMs: Int = 300) {
        self.store = store
        self.intervalMs = intervalMs
    }

    /// The draft changed at `nowMs`: written at once if the last write is an interval old, else soon.
    public func changed(nowMs: Int, _ draft: @escaping () -> JSONValue?) {
        pending = draft
        if dueInMs(nowMs: nowMs) == 0 { flush(nowMs: nowMs) }
    }

    /// Writes a waiting draft now.
    public func flush(nowMs: Int) {
        guard let draft = pending else { return }
        pending = nil
        guard let value = draft() else { return }
        store.save(value)
        lastWriteMs = nowMs
        writes += 1
    }

    /// Writes a waiting draft if its interval is up; called by the run loop on every turn.
    public func tick(nowMs: Int) {
        if dueInMs(nowMs: nowMs) == 0 { flush(nowMs: nowMs) }
    }

    /// Milliseconds until a waiting draft is due; nil when nothing waits.
    public func dueInMs(nowMs: Int) -> Int? {
        guard pending != nil else { return nil }
        guard let last = lastWriteMs else { return 0 }
        return max(0, intervalMs - (nowMs - last))
    }

    /// Whether a changed draft is not yet on disk.
    public var hasPending: Bool { pending != nil }

    /// The form closed (saved or thrown away): nothing to keep.
    public func clear() {
        pending = nil
        store.clear()
    }

    /// The draft on disk, if any.
    public func load() -> JSONValue? { store.load() }
}
