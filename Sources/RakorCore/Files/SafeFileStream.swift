import Foundation

// The one way rakor replaces a file: whole (`SafeFile.write`) or a chunk at a time as a document
// is made, so it is never held whole. A symbolic link, a directory or a missing directory is
// refused; a regular file gets a temporary from mkstemp beside it, fsynced and renamed over it
// only when every chunk is written; a device, FIFO or terminal is written to directly and never
// replaced. A write error is kept and the rest dropped: `commit` reports it, and the temporary is
// removed, so the target is untouched.

/// A file written a chunk at a time, whole or not at all.
public final class SafeFileStream {
    private var fd: Int32
    /// The temporary to rename over the target, or nil when writing to a device, FIFO or terminal.
    private let temp: String?
    private let path: String
    private var failure: SafeFileError?
    private var done = false

    private init(fd: Int32, temp: String?, path: String) {
        self.fd = fd
        self.temp = temp
        self.path = path
    }

    /// Opens `path` for a document written in chunks; nothing is replaced until `commit`.
    public static func open(_ path: String, mode: mode_t = 0o644) throws(SafeFileError) -> SafeFileStream {
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
            let fd = Glibc.open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY)
            guard fd >= 0 else { throw SafeFileError(String(cString: strerror(errno))) }
            var st = stat()
            if fstat(fd, &st) == 0, FileKind(mode: st.st_mode) == .regular {
                // It became a regular file after we looked: do not truncate-write someone's file in place.
                close(fd)
                throw SafeFileError("it changed while it was being written")
            }
            return SafeFileStream(fd: fd, temp: nil, path: path)
        case .regular?, nil:
            let (fd, temp) = try SafeFile.makeTemporary(beside: path)
            _ = fchmod(fd, mode)
            return SafeFileStream(fd: fd, temp: temp, path: path)
        }
    }

    /// Writes `bytes`, unless a write has failed already.
    public func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, !done, var p = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = Glibc.write(fd, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                failure = SafeFileError(String(cString: strerror(errno)))
                return
            }
            p += n
            left -= n
        }
    }

    /// Syncs and renames the temporary over the target (or closes the device); the first error, with nothing replaced.
    public func commit() throws(SafeFileError) {
        guard !done else { return }
        done = true
        guard let temp else {
            close(fd)
            if let failure { throw failure }
            return
        }
        if failure == nil, fsync(fd) != 0 { failure = SafeFileError(String(cString: strerror(errno))) }
        if let failure {
            close(fd)
            unlink(temp)
            throw failure
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

    /// Gives up: the temporary is removed and the target left as it was.
    public func abandon() {
        guard !done else { return }
        done = true
        close(fd)
        if let temp { unlink(temp) }
    }

    deinit { abandon() }
}
