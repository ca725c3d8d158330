import Foundation

/// Why a file could not be written, in words for a message.
public struct SafeFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
    public init(_ message: String) { self.message = message }
}

// Files rakor writes beside the user's own (drafts, exports) must not be turned against them: a
// symlink planted at a predictable temporary name would redirect the write to any file the user
// can write, and renaming over a device or FIFO replaces it. So temporaries come from mkstemp in
// the target's directory (a fresh name, O_EXCL, never a link), a symlinked target is refused, and
// anything that is not a regular file is written to directly and never renamed over.
public enum SafeFile {
    /// A new, empty temporary file beside `path` (mode 0600): its descriptor and name.
    public static func makeTemporary(beside path: String) throws(SafeFileError) -> (fd: Int32, path: String) {
        let dir = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        var template = Array(((dir.isEmpty ? "." : dir) + "/." + base + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw SafeFileError(String(cString: strerror(errno))) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let name = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (fd, name)
    }

    /// Writes all of `bytes` to `fd`; the OS error's words, if it fails.
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(SafeFileError) {
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + off, $0.count - off) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SafeFileError(String(cString: strerror(errno)))
            }
            off += n
        }
    }

    /// Replaces the regular file at `path` with `bytes`, whole or not at all (temporary, fsync, rename).
    ///
    /// A symlink at `path` is refused. A device, FIFO, socket or terminal is written to directly
    /// (`rakor export LOG -o /dev/stdout` works, and `-o /dev/null` never replaces /dev/null).
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644) throws(SafeFileError) {
        let dir = (path as NSString).deletingLastPathComponent
        var isDir: ObjCBool = false
        if !dir.isEmpty, !(FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) && isDir.boolValue) {
            throw SafeFileError("the directory \(dir) does not exist")
        }
        switch FileKind.of(path) {
        case .symlink?:
            throw SafeFileError("it is a symbolic link; rakor does not write through one (it could overwrite another file). Give the real file's path")
        case .directory?:
            throw SafeFileError("it is a directory")
        case .fifo?, .characterDevice?, .socket?, .blockDevice?, .other?:
            try writeDirectly(bytes, to: path)
            return
        case .regular?, nil:
            break
        }
        let (fd, temp) = try makeTemporary(beside: path)
        do throws(SafeFileError) {
            _ = fchmod(fd, mode)
            try writeAll(fd, bytes)
            if fsync(fd) != 0 { throw SafeFileError(String(cString: strerror(errno))) }
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        if close(fd) != 0 {
            let why = String(cString: strerror(errno))
            unlink(temp)
            throw SafeFileError(why)
        }
        // rename() replaces a name, never writes through a link; a link planted in the meantime is replaced, its target untouched.
        guard rename(temp, path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temp)
            throw SafeFileError(why)
        }
    }

    /// Writes to something that is not a regular file (a device, a FIFO, a terminal) as it is.
    static func writeDirectly(_ bytes: [UInt8], to path: String) throws(SafeFileError) {
        let fd = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw SafeFileError(String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, FileKind(mode: st.st_mode) == .regular {
            // It became a regular file after we looked: do not truncate-write someone's file in place.
            throw SafeFileError("it changed while it was being written")
        }
        try writeAll(fd, bytes)
    }

    /// Writes `bytes` to a new file at `path` (never an existing one, never through a link) and syncs it.
    public static func createNew(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o600) throws(SafeFileError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw SafeFileError(String(cString: strerror(errno))) }
        do throws(SafeFileError) {
            try writeAll(fd, bytes)
            if fsync(fd) != 0 { throw SafeFileError(String(cString: strerror(errno))) }
        } catch {
            close(fd)
            unlink(path)
            throw error
        }
        close(fd)
    }
}
