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
        // One mechanism for whole documents and streamed ones: the same refusals, temporary and rename.
        let file = try SafeFileStream.open(path, mode: mode)
        bytes.withUnsafeBytes { file.write($0) }
        try file.commit()
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
