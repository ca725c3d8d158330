#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a joiner's pseudo-terminal runs: an executable and its arguments (no shell in between).
public struct JoinCommand: Equatable, Sendable {
    public var executable: String
    public var arguments: [String]

    public init(executable: String, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// The default child: this same executable, `attach LOG --role ROLE --lang L`.
    public static func attach(executable: String, log: String, lang: String) -> @Sendable (ShareRole) -> JoinCommand {
        { role in JoinCommand(executable: executable, arguments: ["attach", log, "--role", role.rawValue, "--lang", lang]) }
    }
}

/// A child started on a fresh pseudo-terminal, session leader with the terminal as its own.
struct PTYChild {
    let pid: pid_t
    /// The master side; the caller owns it.
    let master: Int32

    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `command` with exactly `environment`, on a terminal of `cols`×`rows`.
    ///
    /// Everything the child needs is built before the fork: between fork and exec only
    /// async-signal-safe calls run.
    static func spawn(_ command: JoinCommand, environment: [String: String], cols: Int, rows: Int) throws(SpawnError) -> PTYChild {
        let argv = [command.executable] + command.arguments
        let envp = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let cArgv = argv.map { strdup($0) } + [nil]
        let cEnvp = envp.map { strdup($0) } + [nil]
        guard let cPath = strdup(command.executable) else { throw SpawnError(description: "out of memory") }
        defer {
            cArgv.forEach { free($0) }
            cEnvp.forEach { free($0) }
            free(cPath)
        }
        guard access(command.executable, X_OK) == 0 else {
            throw SpawnError(description: "\(command.executable): cannot run it: \(String(cString: strerror(errno)))")
        }
        var size = winsize(ws_row: UInt16(clamping: rows), ws_col: UInt16(clamping: cols), ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1
        let maxFD = Int32(clamping: min(max(sysconf(Int32(_SC_OPEN_MAX)), 256), 65_536))
        let pid = cArgv.withUnsafeBufferPointer { argvBuf in
            cEnvp.withUnsafeBufferPointer { envBuf in
                forkpty(&master, nil, nil, &size).spawnChild(path: cPath, argv: argvBuf.baseAddress!, envp: envBuf.baseAddress!, maxFD: maxFD)
            }
        }
        guard pid > 0 else { throw SpawnError(description: "cannot start a pseudo-terminal: \(String(cString: strerror(errno)))") }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        return PTYChild(pid: pid, master: master)
    }

    /// Tells the terminal its new size; the kernel sends the child SIGWINCH.
    static func resize(master: Int32, cols: Int, rows: Int) {
        var size = winsize(ws_row: UInt16(clamping: rows), ws_col: UInt16(clamping: cols), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }
}

private extension pid_t {
    /// In the child (self == 0): reset signals and exec; never returns there.
    func spawnChild(path: UnsafeMutablePointer<CChar>, argv: UnsafePointer<UnsafeMutablePointer<CChar>?>,
                    envp: UnsafePointer<UnsafeMutablePointer<CChar>?>, maxFD: Int32) -> pid_t {
        guard self == 0 else { return self }
        var none = sigset_t()
        sigemptyset(&none)
        sigprocmask(SIG_SETMASK, &none, nil)
        for s in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD, SIGWINCH] { signal(s, SIG_DFL) }
        // Other joiners' terminals and the server's sockets are not the child's business.
        var fd: Int32 = 3
        while fd < maxFD { close(fd); fd += 1 }
        execve(path, argv, envp)
        _exit(127)
    }
}
