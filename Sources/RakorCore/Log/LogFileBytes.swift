import Foundation

/// Reads a whole log file, and says plainly what a path is when it is not a regular file.
///
/// A FIFO would block a reader forever and `/dev/zero` never ends: only regular files are read.
/// The file is opened with `O_NONBLOCK` so that opening a FIFO cannot hang either.
enum LogFileBytes {
    /// Opens `path` for reading when it is a regular file; the caller closes the descriptor.
    static func openRegular(path: String) throws(LogUnreadable) -> Int32 {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            let e = errno
            throw LogUnreadable(path: path, message: FileKind.openFailure(path: path, errno: e))
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let message = String(cString: strerror(errno))
            close(fd)
            throw LogUnreadable(path: path, message: message)
        }
        let kind = FileKind(mode: st.st_mode)
        guard kind == .regular else {
            close(fd)
            throw LogUnreadable(path: path, message: "\(kind.phrase), not a session log file")
        }
        return fd
    }

    /// The size of an open file (0 when unknown): a hint for reserving, never trusted as the length.
    static func size(_ fd: Int32) -> Int {
        var st = stat()
        return fstat(fd, &st) == 0 ? Int(st.st_size) : 0
    }

    static func read(path: String) throws(LogUnreadable) -> [UInt8] {
        let fd = try openRegular(path: path)
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw LogUnreadable(path: path, message: String(cString: strerror(errno))) }
        var bytes = [UInt8](repeating: 0, count: Int(st.st_size) + 1)  // one spare byte: the read that finds the end needs no regrowth
        var off = 0
        while true {
            if off == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2))) }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + off, $0.count - off) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw LogUnreadable(path: path, message: "cannot be read: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            off += n
        }
        bytes.removeSubrange(off...)
        return bytes
    }
}

/// What kind of thing a path names, in the words a message uses.
public enum FileKind: Equatable, Sendable {
    case regular, directory, fifo, characterDevice, blockDevice, socket, symlink, other

    public init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        case S_IFLNK: self = .symlink
        default: self = .other
        }
    }

    /// The kind of `path` itself (a symlink is not followed), or nil when nothing is there.
    public static func of(_ path: String) -> FileKind? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return FileKind(mode: st.st_mode)
    }

    /// "is a directory", "is a FIFO (named pipe)", …
    public var phrase: String {
        switch self {
        case .regular: return "is a regular file"
        case .directory: return "is a directory"
        case .fifo: return "is a FIFO (named pipe)"
        case .characterDevice: return "is a character device"
        case .blockDevice: return "is a block device"
        case .socket: return "is a socket"
        case .symlink: return "is a symbolic link"
        case .other: return "is not a regular file"
        }
    }

    /// Why `open(path)` failed, in words.
    static func openFailure(path: String, errno e: Int32) -> String {
        switch e {
        case ENOENT: return "no such file"
        case EACCES, EPERM: return "cannot be read: permission denied"
        case ELOOP: return "is a symbolic link that leads nowhere (a loop)"
        case ENXIO: return "is a socket or a device with nothing behind it, not a session log file"
        default: return "cannot be opened: \(String(cString: strerror(e)))"
        }
    }
}
