import Foundation

/// Whether everything shown is safely on disk.
public enum LogHealth: Equatable, Sendable {
    case ok
    /// Events are held in memory until they can be written; the meeting goes on.
    case failing(LogWriteError, pendingEvents: Int)

    public var isOK: Bool { self == .ok }
}

/// The live session's log: appends each event durably before it is shown, and never drops one.
///
/// A failed write (disk full, file gone, disk pulled) keeps the unwritten lines in memory and
/// reports `failing`; `retry` or `relocate` writes them later. A partial write is cut back so a
/// retry never leaves half a line in the middle of the file.
public final class SessionLog {
    public private(set) var path: String
    private var sink: LogSink
    /// Bytes of the file known to be written and synced.
    private var durableLength: Int
    private var pending: [UInt8] = []
    private var pendingEvents = 0
    /// A partial line could not be cut from the file: appending there would merge lines, so only `relocate` helps.
    private var tailUnsafe: LogWriteError?
    public private(set) var health: LogHealth = .ok

    /// Events known to be in the file: all of them are lost if the file is.
    private var eventsInFile: Int

    /// Wraps an open sink whose file is `length` bytes long and holds `events` events.
    public init(path: String, sink: LogSink, length: Int, events: Int = 0) {
        self.path = path
        self.sink = sink
        self.durableLength = length
        self.eventsInFile = events
    }

    /// Creates a new log at `path` (mode 0600, locked) with its header, durably: the file
    /// appears with the whole header or not at all.
    public static func create(path: String, header: SessionHeader) throws(LogOpenError) -> SessionLog {
        let bytes = Array(LogLine.header(header).utf8)
        let sink = try FileLogSink.create(path: path, initialBytes: bytes)
        return SessionLog(path: path, sink: sink, length: bytes.count)
    }

    /// Appends events (one write, then fdatasync); on failure they wait in memory.
    @discardableResult
    public func append(_ events: [Event]) -> LogHealth {
        for e in events { pending.append(contentsOf: LogLine.encode(e).utf8) }
        pendingEvents += events.count
        return flush()
    }

    /// Tries again to write what is waiting.
    @discardableResult
    public func retry() -> LogHealth { flush() }

    /// True when the log file was deleted or moved away: only `relocate` (to the same path or another) saves the session.
    public var fileGone: Bool { sink.isGone }

    /// Number of events not yet safely written.
    public var unwrittenEvents: Int { pendingEvents }

    private func flush() -> LogHealth {
        guard !pending.isEmpty else {
            // Nothing waits, but "saved" is only true while the file is still there.
            health = sink.isGone ? goneHealth() : .ok
            return health
        }
        if let unsafe = tailUnsafe {
            // Try the cut again: until it works, appending would merge a new line into the half one.
            do throws(LogWriteError) {
                try sink.truncate(to: durableLength)
                tailUnsafe = nil
            } catch {
                health = .failing(unsafe, pendingEvents: pendingEvents)
                return health
            }
        }
        do throws(LogWriteError) {
            let n = try sink.write(pending)
            if n < pending.count {
                cutBack()
                throw LogWriteError(path: path, operation: "write (only \(n) of \(pending.count) bytes)", errno: ENOSPC)
            }
            do {
                try sink.sync()
            } catch {
                // Not known to be durable: cut it and write it again later, rather than risk a duplicate.
                cutBack()
                throw error
            }
            if sink.isGone {
                // The bytes went to a deleted file: keep them pending, and say so; everything is unsaved.
                health = goneHealth()
                return health
            }
            durableLength += n
            pending.removeAll(keepingCapacity: true)
            eventsInFile += pendingEvents
            pendingEvents = 0
            health = .ok
        } catch {
            health = .failing(error, pendingEvents: pendingEvents)
        }
        return health
    }

    /// Cuts the file back to what is known durable; if even that fails, no more appends go to this file.
    private func cutBack() {
        do throws(LogWriteError) {
            try sink.truncate(to: durableLength)
        } catch {
            tailUnsafe = LogWriteError(path: path, operation: "cut back a partial line (\(error.operation))", errno: error.errno)
        }
    }

    /// Writes the whole session to a new file (the old one is lost or full) and continues there.
    public func relocate(to newPath: String, header: SessionHeader, events: [Event]) throws(LogOpenError) {
        var bytes = Array(LogLine.header(header).utf8)
        for e in events { bytes.append(contentsOf: LogLine.encode(e).utf8) }
        let newSink = try FileLogSink.create(path: newPath, initialBytes: bytes)
        sink.close()
        sink = newSink
        path = newPath
        durableLength = bytes.count
        eventsInFile = events.count
        tailUnsafe = nil
        pending.removeAll()
        pendingEvents = 0
        health = .ok
    }

    /// The health of a log whose file is gone: every event is unsaved, not only those waiting.
    private func goneHealth() -> LogHealth {
        .failing(LogWriteError(path: path, operation: "keep the log (the file was deleted or moved)", errno: ENOENT),
                 pendingEvents: eventsInFile + pendingEvents)
    }

    /// Releases the file and its lock.
    public func close() { sink.close() }
}
