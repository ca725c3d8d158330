import Foundation

/// What one step on a shared log did: the lines other peers had written, and this peer's own.
public struct PeerStep: Sendable {
    /// Events other peers appended since this peer last read, in order.
    public var foreign: [Event]
    /// The events this step wrote (empty when refused).
    public var written: [Event]
    /// The state after both.
    public var state: SessionState
    /// Why nothing was written, if so.
    public var refusal: PeerRefusal?
}

/// Why a step wrote nothing.
public enum PeerRefusal: Error, Equatable, Sendable {
    /// The command, decided on the latest state, is refused.
    case decided(RakorError)
    /// The log could not be locked, read or written.
    case log(LogWriteError)
}

/// One peer's handle on a live log that several processes write at once (spec: "Several writers on one live log").
///
/// No lock is held between steps. A step locks the file (`flock`), reads what others appended,
/// decides on that latest state, writes its lines in one `write`, `fdatasync`s and unlocks. Reading
/// without the lock (following) takes only whole lines: a last line without its newline is still
/// being written.
public final class PeerLog {
    public private(set) var path: String
    private var fd: Int32
    /// Bytes of the file read and applied (always the end of a whole line).
    public private(set) var offset: Int
    /// The seq of the last event applied.
    public private(set) var lastSeq: Int
    /// Problems met while following (a damaged line from a peer), newest last.
    public private(set) var issues: [String] = []
    /// Whether the last step could write; a refused command leaves it as it was.
    private var writeHealth: LogHealth = .ok

    /// Failing when the last write failed or the file is no longer at its path (deleted, moved): the header says so.
    public var health: LogHealth {
        if case .failing = writeHealth { return writeHealth }
        if isGone { return .failing(LogWriteError(path: path, operation: "read (the log was deleted or moved)", errno: ENOENT), pendingEvents: 0) }
        return .ok
    }
    /// How long a step waits for the lock before it gives up.
    public var lockTimeoutMs = 3_000

    /// Opens a log for reading and appending, with nothing read yet past `offset`.
    public init(path: String, offset: Int, lastSeq: Int, writable: Bool = true) throws(LogOpenError) {
        self.path = path
        self.offset = offset
        self.lastSeq = lastSeq
        fd = Glibc.open(path, (writable ? O_RDWR | O_APPEND : O_RDONLY) | O_CLOEXEC)
        if fd < 0 { throw .cannotOpen(path, String(cString: strerror(errno))) }
    }

    /// Joins a live log: reads it as it is now, then follows and writes from its end.
    ///
    /// A last line without its newline is left to be read once its writer finishes it.
    public static func join(path: String, writable: Bool = true) throws(LogOpenError) -> (log: PeerLog, reading: LogReading) {
        let reading: LogReading
        do { reading = try LogReader.read(path: path) } catch { throw .cannotOpen(path, error.message) }
        if writable, reading.unknownVersion { throw .unknownVersion(path, reading.header.version) }
        let start = reading.tornTail?.goodLength ?? reading.fileLength
        let log = try PeerLog(path: path, offset: start, lastSeq: reading.state.lastSeq, writable: writable)
        return (log, reading)
    }

    deinit { close() }

    /// Releases the file.
    public func close() {
        if fd >= 0 { Glibc.close(fd); fd = -1 }
    }

    /// The file descriptor, for `inotify` or a poll on its size.
    public var fileDescriptor: Int32 { fd }

    // MARK: following

    /// Reads the whole lines others appended since the last read and applies them to `state`.
    public func follow(_ state: inout SessionState) -> [Event] {
        let (events, _) = readNew(into: &state)
        return events
    }

    /// True when the file at `path` is no longer the one this peer reads (deleted, moved, replaced).
    public var isGone: Bool {
        var st = stat()
        guard fd >= 0, fstat(fd, &st) == 0 else { return true }
        if st.st_nlink == 0 { return true }
        var named = stat()
        return stat(path, &named) != 0 || named.st_ino != st.st_ino || named.st_dev != st.st_dev
    }

    /// The file's size now.
    public var fileSize: Int {
        var st = stat()
        guard fd >= 0, fstat(fd, &st) == 0 else { return -1 }
        return Int(st.st_size)
    }

    /// Reads from `offset` to the end; applies whole lines; returns them and the length of an unfinished last line.
    private func readNew(into state: inout SessionState) -> ([Event], Int) {
        let size = fileSize
        guard size > offset else { return ([], 0) }
        var bytes = [UInt8](repeating: 0, count: size - offset)
        var got = 0
        while got < bytes.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + got, $0.count - got, off_t(offset + got)) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            got += n
        }
        var events: [Event] = []
        var start = 0
        bytes.withUnsafeBufferPointer { buf in
            while start < got {
                guard let nl = (start..<got).first(where: { buf[$0] == 0x0A }) else { break }
                let line = UnsafeBufferPointer(rebasing: buf[start..<nl])
                start = nl + 1
                guard !line.isEmpty else { continue }
                switch LogLine.decode(line) {
                case .success(let d):
                    let e = d.event
                    guard e.seq > lastSeq else {
                        issues.append("seq \(e.seq) after \(lastSeq): a line written twice or out of order, skipped")
                        continue
                    }
                    if e.seq != lastSeq + 1 { issues.append("seq jumps from \(lastSeq) to \(e.seq): events are missing") }
                    if let w = state.apply(e) { issues.append("seq \(e.seq): \(w)") }
                    lastSeq = e.seq
                    events.append(e)
                case .failure(let f):
                    issues.append("a damaged line from another peer was skipped: \(f)")
                }
            }
        }
        offset += start
        return (events, got - start)
    }

    // MARK: writing

    /// Writes the whole session to a new file and goes on there (the old one is lost or full).
    public func relocate(to newPath: String, header: SessionHeader, events: [Event]) throws(LogOpenError) {
        let log = try SessionLog.create(path: newPath, header: header)
        if case .failing(let e, _) = log.append(events) {
            log.close()
            try? FileManager.default.removeItem(atPath: newPath)
            throw .cannotOpen(newPath, e.description)
        }
        log.close()
        let nfd = Glibc.open(newPath, O_RDWR | O_APPEND | O_CLOEXEC)
        guard nfd >= 0 else { throw .cannotOpen(newPath, String(cString: strerror(errno))) }
        close()
        fd = nfd
        path = newPath
        offset = fileSize
        lastSeq = events.last?.seq ?? 0
        writeHealth = .ok
    }

    /// Locks, catches up, decides on the latest state, writes, syncs and unlocks.
    ///
    /// `decide` gets the latest state and the events other peers wrote meanwhile; it must not block.
    public func step(_ state: SessionState,
                     decide: (SessionState, [Event]) -> Result<[Event], RakorError>) -> PeerStep {
        var s = state
        if let e = lock() { return PeerStep(foreign: follow(&s), written: [], state: s, refusal: .log(e)) }
        defer { unlock() }
        var (foreign, unfinished) = readNew(into: &s)
        if unfinished > 0 {
            // Nobody else holds the lock, so nobody is writing: the last line is torn (a writer died mid-write).
            if let e = cutTornTail(bytes: unfinished) { return PeerStep(foreign: foreign, written: [], state: s, refusal: .log(e)) }
            let recovered = Event(seq: s.lastSeq + 1, t: s.lastT, by: nil,
                                  kind: .sessionRecovered(afterSeq: s.lastSeq, gapMs: 0, tornBytes: unfinished))
            if let e = write([recovered]) { return PeerStep(foreign: foreign, written: [], state: s, refusal: .log(e)) }
            s.apply(recovered)
            lastSeq = recovered.seq
            foreign.append(recovered)
        }
        switch decide(s, foreign) {
        case .failure(let e):
            return PeerStep(foreign: foreign, written: [], state: s, refusal: .decided(e))
        case .success(let events):
            guard !events.isEmpty else { return PeerStep(foreign: foreign, written: [], state: s, refusal: nil) }
            if let e = write(events) {
                writeHealth = .failing(e, pendingEvents: 0)
                return PeerStep(foreign: foreign, written: [], state: s, refusal: .log(e))
            }
            writeHealth = .ok
            for e in events { s.apply(e) }
            lastSeq = events.last!.seq
            return PeerStep(foreign: foreign, written: events, state: s, refusal: nil)
        }
    }

    private func lock() -> LogWriteError? {
        let deadline = Date().addingTimeInterval(Double(lockTimeoutMs) / 1000)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let e = errno
            if e == EINTR { continue }
            guard e == EWOULDBLOCK else { return LogWriteError(path: path, operation: "lock", errno: e) }
            if Date() > deadline { return LogWriteError(path: path, operation: "lock (another rakor holds it too long)", errno: EWOULDBLOCK) }
            usleep(200)
        }
        return nil
    }

    private func unlock() { _ = flock(fd, LOCK_UN) }

    /// Writes lines in one `write` and syncs them; on failure cuts the file back so nothing half-written stays.
    private func write(_ events: [Event]) -> LogWriteError? {
        var bytes: [UInt8] = []
        for e in events { bytes.append(contentsOf: LogLine.encode(e).utf8) }
        let before = offset
        var n = 0
        repeat { n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } } while n < 0 && errno == EINTR
        if n != bytes.count {
            let e = n < 0 ? errno : ENOSPC
            _ = ftruncate(fd, off_t(before))
            return LogWriteError(path: path, operation: n < 0 ? "write" : "write (only \(n) of \(bytes.count) bytes)", errno: e)
        }
        if fdatasync(fd) != 0 {
            let e = errno
            _ = ftruncate(fd, off_t(before))
            return LogWriteError(path: path, operation: "fdatasync", errno: e)
        }
        if isGone { return LogWriteError(path: path, operation: "write (the file was deleted or moved)", errno: ENOENT) }
        offset = before + bytes.count
        return nil
    }

    /// Copies the log aside (`LOG.broken-<ms>`) and cuts a torn last line; held under the lock.
    private func cutTornTail(bytes: Int) -> LogWriteError? {
        let aside = "\(path).broken-\(Int(Date().timeIntervalSince1970 * 1000))"
        do { try FileManager.default.copyItem(atPath: path, toPath: aside) } catch {
            return LogWriteError(path: aside, operation: "copy the log aside before cutting its torn tail", errno: EIO)
        }
        if ftruncate(fd, off_t(offset)) != 0 || fdatasync(fd) != 0 {
            return LogWriteError(path: path, operation: "cut a torn tail", errno: errno)
        }
        issues.append("a torn last line (\(bytes) bytes) was cut; the original is kept as \(aside)")
        return nil
    }
}
