#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RakorCore

/// Starts and stops sharing the running session, and says how it is going.
///
/// The dashboard does not run the SSH server itself: `rakor share` is its own process (so a
/// crash in either leaves the other running, and the dashboard never forks joiners' terminals
/// from a process that owns ncurses). They talk through the share's status file.
public protocol ShareLauncher: AnyObject {
    /// The share's status while it runs; nil when not sharing (or not started yet).
    var status: ShareStatus? { get }
    var isSharing: Bool { get }
    /// Why the last start failed, in the share's own words.
    var lastError: String? { get }
    func start()
    func stop()
}

/// `rakor share LOG --status-file LOG.share.status --stop-with PID` as a child process.
public final class ShareProcess: ShareLauncher {
    let executable: String
    let log: String
    let statusPath: String
    let outputPath: String
    private var pid: pid_t?
    public private(set) var lastError: String?

    public init(executable: String, log: String) {
        self.executable = executable
        self.log = log
        self.statusPath = ShareStatus.path(forSessionLog: log)
        self.outputPath = log + ".share.out"
        // A share left from an earlier dashboard of this session (it stops with its dashboard,
        // but a status file may outlive a crash): adopt it if its process is alive.
        if let s = ShareStatus.read(path: statusPath), kill(pid_t(s.pid), 0) == 0 { pid = pid_t(s.pid) }
    }

    public var isSharing: Bool {
        guard let pid else { return false }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid || kill(pid, 0) != 0 {
            self.pid = nil
            lastError = lastOutputLine()
            return false
        }
        return true
    }

    public var status: ShareStatus? { isSharing ? ShareStatus.read(path: statusPath) : nil }

    public func start() {
        guard !isSharing else { return }
        lastError = nil
        unlink(statusPath)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Never the dashboard's terminal: ncurses owns it.
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        // Its own process group: a Ctrl-C meant for the dashboard's terminal does not reach it.
        posix_spawnattr_setpgroup(&attr, 0)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK))
        let args = [executable, "share", log, "--status-file", statusPath, "--stop-with", String(getpid())]
        let argv = args.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child = pid_t()
        let rc = posix_spawn(&child, executable, &actions, &attr, argv, environ)
        if rc == 0 { pid = child } else { lastError = String(cString: strerror(rc)) }
    }

    public func stop() {
        guard let pid, isSharing else { return }
        kill(pid, SIGTERM)
        var status: Int32 = 0
        // The share closes every joiner's view and exits within a moment; do not wait longer.
        for _ in 0..<50 where waitpid(pid, &status, WNOHANG) != pid { usleep(20_000) }
        self.pid = nil
    }

    private func lastOutputLine() -> String? {
        guard let f = fopen(outputPath, "r") else { return nil }
        defer { fclose(f) }
        var last: String?
        var buf = [CChar](repeating: 0, count: 1024)
        while fgets(&buf, Int32(buf.count), f) != nil {
            let line = String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).trimmingCharacters(in: "\n")
            if line.hasPrefix("rakor share:") && !line.hasPrefix("rakor share: sharing") { last = line }
        }
        return last
    }
}

private extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = self
        while s.last == set { s.removeLast() }
        return s
    }
}

/// What the share overlay shows: the status as last read, or why sharing is not running.
public struct ShareOverlay: Equatable, Sendable {
    public var status: ShareStatus?
    public var error: String?
    /// Started a moment ago; the status file is not there yet.
    public var starting: Bool

    public init(status: ShareStatus?, error: String?, starting: Bool) {
        self.status = status
        self.error = error
        self.starting = starting
    }
}
