import Foundation

// A new log appears at its path whole or not at all: its first bytes (the header, or a whole
// relocated session) are written to a temporary file in the same directory, synced, locked, and
// only then linked into place. A kill at any moment leaves either no file at that path or one
// with a complete header; never an empty or half-headed file that nothing can resume.
extension FileLogSink {
    /// Creates `path` (mode 0600, locked) holding exactly `initialBytes`, durably, or throws and leaves nothing.
    static func create(path: String, initialBytes: [UInt8]) throws(LogOpenError) -> FileLogSink {
        let dir = (path as NSString).deletingLastPathComponent
        let dirPath = dir.isEmpty ? "." : dir
        if FileKind.of(path) != nil { throw whyExists(path) }
        let fd: Int32, temp: String
        do throws(SafeFileError) { (fd, temp) = try SafeFile.makeTemporary(beside: path) } catch {
            throw .cannotOpen(path, error.message)
        }
        func fail(_ why: String) -> LogOpenError {
            Glibc.close(fd)
            unlink(temp)
            return .cannotOpen(path, why)
        }
        _ = fchmod(fd, 0o600)
        do throws(SafeFileError) { try SafeFile.writeAll(fd, initialBytes) } catch { throw fail(error.message) }
        guard fdatasync(fd) == 0 else { throw fail(String(cString: strerror(errno))) }
        // Appends go to the end from now on; the lock is taken before the name exists, so no one sees it unlocked.
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0, fcntl(fd, F_SETFL, flags | O_APPEND) == 0, flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            throw fail(String(cString: strerror(errno)))
        }
        // link() never replaces what is there, and does not follow a symlink at `path`.
        if link(temp, path) != 0 {
            let e = errno
            Glibc.close(fd)
            unlink(temp)
            if e == EEXIST { throw whyExists(path) }
            throw .cannotOpen(path, String(cString: strerror(e)))
        }
        unlink(temp)
        // The new name must survive a power cut too: sync the directory that holds it.
        let dfd = Glibc.open(dirPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 { _ = fsync(dfd); Glibc.close(dfd) }
        return FileLogSink(path: path, lockedFD: fd)
    }

    /// Why a log cannot be created at `path`: what is there, named plainly.
    static func whyExists(_ path: String) -> LogOpenError {
        guard let kind = FileKind.of(path) else { return .exists(path) }
        switch kind {
        case .symlink: return .symlink(path)
        case .regular:
            // Held by a running rakor? Name it, rather than only saying the file exists.
            let fd = Glibc.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            if fd >= 0 {
                defer { Glibc.close(fd) }
                if flock(fd, LOCK_SH | LOCK_NB) != 0, errno == EWOULDBLOCK {
                    return .locked(path, pid: lockHolder(path: path))
                }
                _ = flock(fd, LOCK_UN)
            }
            return .exists(path)
        default: return .notAFile(path, kind.phrase)
        }
    }
}
