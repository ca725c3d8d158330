import Foundation

/// Where log bytes go: a file in real use, a fake that fails on demand in tests.
public protocol LogSink: AnyObject {
    /// Writes all of `bytes` in one `write`; returns how many were written, or throws the OS error.
    func write(_ bytes: [UInt8]) throws(LogWriteError) -> Int
    /// Makes what was written durable (fdatasync).
    func sync() throws(LogWriteError)
    /// Cuts the file back to `length` bytes (to drop a partial line before a retry).
    func truncate(to length: Int) throws(LogWriteError)
    /// Releases the file.
    func close()
    /// True when the file has been deleted (or moved away) while open: what is written goes nowhere.
    var isGone: Bool { get }
}

extension LogSink {
    public var isGone: Bool { false }
}

/// Why the log could not be written: the OS error and what was being done.
public struct LogWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var operation: String
    public var errno: Int32
    public var description: String { "\(path): \(operation) failed: \(String(cString: strerror(errno)))" }

    public init(path: String, operation: String, errno: Int32) {
        self.path = path; self.operation = operation; self.errno = errno
    }
}

/// A log file opened for appending, locked against a second writer.
public final class FileLogSink: LogSink {
    public let path: String
    private var fd: Int32

    /// Wraps a descriptor already open for appending and locked (see `create(path:initialBytes:)`).
    init(path: String, lockedFD: Int32) {
        self.path = path
        self.fd = lockedFD
    }

    /// Opens (or creates, mode 0600) `path` for appending and takes an exclusive lock on it.
    /// A symbolic link is refused, never written through.
    public init(path: String, create: Bool) throws(LogOpenError) {
        self.path = path
        let flags = O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW | (create ? (O_CREAT | O_EXCL) : 0)
        fd = Glibc.open(path, flags, 0o600)
        if fd < 0 {
            let e = Glibc.errno
            if e == EEXIST { throw FileLogSink.whyExists(path) }
            if e == ELOOP { throw .symlink(path) }
            throw .cannotOpen(path, String(cString: strerror(e)))
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = FileLogSink.lockHolder(path: path)
            Glibc.close(fd)
            fd = -1
            throw .locked(path, pid: holder)
        }
        if create {
            // The new name must survive a power cut too: sync the directory that holds it.
            let dir = (path as NSString).deletingLastPathComponent
            let dfd = Glibc.open(dir.isEmpty ? "." : dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if dfd >= 0 { _ = fsync(dfd); Glibc.close(dfd) }
        }
    }

    public func write(_ bytes: [UInt8]) throws(LogWriteError) -> Int {
        var n = 0
        repeat {
            n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        } while n < 0 && errno == EINTR
        if n < 0 { throw LogWriteError(path: path, operation: "write", errno: errno) }
        return n
    }

    public func sync() throws(LogWriteError) {
        if fdatasync(fd) != 0 { throw LogWriteError(path: path, operation: "fdatasync", errno: errno) }
    }

    public func truncate(to length: Int) throws(LogWriteError) {
        if ftruncate(fd, off_t(length)) != 0 { throw LogWriteError(path: path, operation: "truncate", errno: errno) }
    }

    public func close() {
        if fd >= 0 { Glibc.close(fd); fd = -1 }
    }

    public var isGone: Bool {
        var st = stat()
        guard fd >= 0, fstat(fd, &st) == 0 else { return true }
        if st.st_nlink == 0 { return true }
        // Replaced by another file of the same name (moved away, then recreated)?
        var named = stat()
        return stat(path, &named) != 0 || named.st_ino != st.st_ino || named.st_dev != st.st_dev
    }

    deinit { close() }

    /// The pid holding a lock on `path`, from /proc/locks (Linux), if it can be found.
    static func lockHolder(path: String) -> Int? {
        var st = stat()
        guard stat(path, &st) == 0, let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
        let inode = String(st.st_ino)
        for line in locks.split(separator: "\n") {
            let f = line.split(separator: " ", omittingEmptySubsequences: true)
            // "1: FLOCK  ADVISORY  WRITE 1234 fd:01:5678 0 EOF"
            guard f.count >= 6, f[1] == "FLOCK" else { continue }
            let dev = f[5].split(separator: ":")
            if dev.last.map(String.init) == inode, let pid = Int(f[4]) { return pid }
        }
        return nil
    }
}

/// Why a log could not be opened for writing.
public enum LogOpenError: Error, Equatable, Sendable, CustomStringConvertible {
    case exists(String)
    case cannotOpen(String, String)
    case locked(String, pid: Int?)
    case unknownVersion(String, Int)
    case damaged(String, line: Int, reason: String)
    /// The path is a symbolic link: rakor never writes through one.
    case symlink(String)
    /// The path is a directory, a FIFO, a device…: `phrase` says which.
    case notAFile(String, String)
    /// The file holds no complete header: empty, or cut while it was being created. No event was ever in it.
    case noHeader(String, reason: String)

    public var description: String {
        switch self {
        case .exists(let p): return "\(p): a file of that name exists already; to continue that session use `rakor resume \(p)`, else choose another --log"
        case let .cannotOpen(p, why): return "\(p): cannot open for writing: \(why)"
        case let .locked(p, pid):
            return "\(p): another rakor is writing this log" + (pid.map { " (process \($0))" } ?? "") + "; close it first"
        case .symlink(let p):
            return "\(p): is a symbolic link; rakor does not write through one (it could overwrite another file). Give the real file's path"
        case let .notAFile(p, phrase): return "\(p): \(phrase), not a session log file"
        case let .noHeader(p, reason):
            return "\(p): \(reason); no event was ever written to it, so there is nothing to resume"
        case let .unknownVersion(p, v): return "\(p): format version \(v) is not one this rakor writes; it can only be replayed"
        case let .damaged(p, line, reason):
            return "\(p):\(line): the log is damaged in the middle (\(reason)); resuming would continue from a state with a hole in it. Run `rakor verify \(p)`; replay and export still read it"
        }
    }
}
