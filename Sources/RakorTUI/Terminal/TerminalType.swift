import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension NcursesBackend {
    /// Fails when ncurses has no description of `$TERM`: checked before a session log is
    /// created, so an unknown terminal never leaves an empty log behind.
    public static func checkTerminalType() throws {
        let fd = open("/dev/null", O_WRONLY | O_CLOEXEC)
        defer { if fd >= 0 { close(fd) } }
        var err: Int32 = 0
        guard setupterm(nil, fd >= 0 ? fd : 1, &err) == 0 else {
            let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            throw TerminalError.unavailable("ncurses does not know TERM=\(term)")
        }
        // setupterm keeps the description as the current terminal; newterm makes its own.
        if let t = set_curterm(nil) { _ = del_curterm(t) }
    }
}
