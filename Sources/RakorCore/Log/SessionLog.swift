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

    /// Wraps an open sink whose file is `length` bytes long.
    public init(path: String, sink: LogSink, length: Int) {
        self.path = path
        self.sink = sink
        self.durableLength = length
    }

    /// Creates a new log at `path` (mode 0600, locked) and writes its header durably.
    public static func create(path: String, header: SessionHeader) throws(LogOpenError) -> SessionLog {
        let sink = try FileLogSink(path: path, create: true)
        let log = SessionLog(path: path, sink: sink, length: 0)
        log.pending = Array(LogLine.header(header).utf8)
        if case .failing(let e, _) = log.flush() {
            sink.close()
            try? FileManager.default.removeItem(atPath: path)
            throw .cannotOpen(path, e.description)
        }
        return log
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
        guard !pending.isEmpty else { health = .ok; return health }
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
                // The bytes went to a deleted file: keep them pending, and say so.
                throw LogWriteError(path: path, operation: "write (the file was deleted or moved)", errno: ENOENT)
            }
            durableLength += n
            pending.removeAll(keepingCapacity: true)
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
        let newSink = try FileLogSink(path: newPath, create: true)
        var bytes = Array(LogLine.header(header).utf8)
        for e in events { bytes.append(contentsOf: LogLine.encode(e).utf8) }
        do throws(LogWriteError) {
            let n = try newSink.write(bytes)
            guard n == bytes.count else { throw LogWriteError(path: newPath, operation: "write", errno: ENOSPC) }
            try newSink.sync()
        } catch {
            newSink.close()
            try? FileManager.default.removeItem(atPath: newPath)
            throw .cannotOpen(newPath, error.description)
        }
        sink.close()
        sink = newSink
        path = newPath
        durableLength = bytes.count
        tailUnsafe = nil
        pending.removeAll()
        pendingEvents = 0
        health = .ok
    }

    /// Releases the file and its lock.
    public func close() { sink.close() }
}
