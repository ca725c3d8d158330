import ArgumentParser
import Dispatch
import Foundation
import RakorCore
import RakorShare

/// `rakor share LOG`: lets other laptops join the live session with nothing but `ssh`.
struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Let other laptops join the live session over SSH (nothing to install on theirs).",
        discussion: """
        Runs a small SSH server. A joiner types `ssh -p 2222 notulis@ADDRESS` (or layar@, peserta@, moderator@ with --allow-moderator) and the join code this prints as the password; they get that role's view of the session. Keys listed in $XDG_CONFIG_HOME/rakor/authorized_keys (`ssh-ed25519 AAAA… notulis`) join without the code, in that role only. Joins and failures are written to LOG.share.log. Ctrl-C stops sharing. See docs/share.md.

        Examples:
          rakor share ~/.local/share/rakor/sessions/2026-12-02-rakor.jsonl
          rakor share rakor.jsonl --bind 127.0.0.1 --port 2300
        """
    )

    @Argument(help: "The live session's log.") var log: String
    @Option(name: .long, help: "The TCP port to listen on.") var port: Int = 2222
    @Option(name: .long, help: "Listen on this address only (default: every interface).") var bind: String = "0.0.0.0"
    @Flag(name: .long, help: "Offer moderator@ too (a second moderator's dashboard).") var allowModerator = false
    @Option(name: .long, help: "At most this many connections at once.") var maxConnections: Int = 16
    @Option(name: .long, help: "Language of the joiners' views: id or en (default: the session's).") var lang: String?
    @Option(name: .long, help: ArgumentHelp("Run this executable instead of `rakor attach` (same arguments).", visibility: .hidden))
    var joinCommand: String?
    @Option(name: .long, help: ArgumentHelp("Keep a status file (JSON) for the dashboard's share overlay.", visibility: .hidden))
    var statusFile: String?
    @Option(name: .long, help: ArgumentHelp("Stop sharing when the process PID (the dashboard) is gone.", visibility: .hidden))
    var stopWith: Int32?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be id or en") }
        if !(1...65_535).contains(port) && port != 0 { throw ValidationError("--port must be 1–65535") }
        if !(1...1_000).contains(maxConnections) { throw ValidationError("--max-connections must be 1–1000") }
    }

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let logPath = (log as NSString).standardizingPath.hasPrefix("/") ? log
            : FileManager.default.currentDirectoryPath + "/" + log
        let reading: LogReading
        do { reading = try LogReader.read(path: logPath) } catch {
            printError("rakor share: \(error)")
            throw ExitCode(2)
        }
        if reading.state.isClosed { printError("rakor share: note: this session is closed; joiners will see it as it ended") }
        let language = Language.resolve(flag: lang, session: reading.header.lang, environment: env)

        let keyPath = HostKey.defaultPath(environment: env)
        let hostKey: HostKey
        let created: Bool
        do { (hostKey, created) = try HostKey.loadOrCreate(path: keyPath) } catch {
            printError("rakor share: \(error.description)")
            throw ExitCode(2)
        }
        let keysPath = AuthorizedKeys.defaultPath(environment: env)
        let keys = AuthorizedKeys.load(path: keysPath)
        for p in keys.problems { printError("rakor share: warning: \(p)") }

        let executable = joinCommand ?? Self.selfExecutable()
        var config = ShareConfiguration(joinCommand: JoinCommand.attach(executable: executable, log: logPath, lang: language.rawValue),
                                        childEnvironment: ShareConfiguration.cleanEnvironment(from: env))
        config.host = bind
        config.port = port
        config.allowModerator = allowModerator
        config.maxConnections = maxConnections

        let clock: @Sendable () -> Int = { Int(Date().timeIntervalSince1970 * 1000) }
        let shareLog: ShareLog
        do { shareLog = try ShareLog(path: ShareLog.path(forSessionLog: logPath), clock: clock) } catch {
            printError("rakor share: \(error)")
            throw ExitCode(2)
        }
        let code = JoinCode.make()
        let status = statusFile
        let info = ShareInfoBox()
        let server = ShareServer(configuration: config, hostKey: hostKey, code: code, keys: keys.keys, log: shareLog, clock: clock) { joiners in
            info.update(joiners: joiners)
            if let status { info.write(to: status) }
            let line = joiners.map { "\($0.role.rawValue)@\($0.address)" }.joined(separator: ", ")
            print("\(ShareText.clock()) connected: \(joiners.isEmpty ? "nobody" : line)")
            fflush(nil)
        }
        let bound: Int
        do { bound = try server.start() } catch {
            printError("rakor share: cannot listen on \(bind) port \(port): \(error)")
            throw ExitCode(2)
        }
        let everywhere = bind == "0.0.0.0" || bind == "::"
        let addresses = everywhere ? NetworkAddresses.current().map(\.address) : [bind]
        info.set(ShareStatus(pid: Int(getpid()), port: bound, bind: bind, addresses: addresses, code: code,
                           fingerprint: hostKey.fingerprint, allowModerator: allowModerator, joiners: []))
        if let status { info.write(to: status) }
        print(ShareText.banner(log: logPath, bind: bind, everywhere: everywhere, port: bound, addresses: addresses,
                               allowModerator: allowModerator, code: code, fingerprint: hostKey.fingerprint,
                               keyPath: keyPath, created: created, keys: keys.keys.count, keysPath: keysPath,
                               shareLog: shareLog.path, max: maxConnections))
        fflush(nil)

        let done = DispatchSemaphore(value: 0)
        var sources: [DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig, SIG_IGN)
            let s = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            s.setEventHandler { done.signal() }
            s.resume()
            sources.append(s)
        }
        var watch: DispatchSourceTimer?
        if let parent = stopWith {
            let w = DispatchSource.makeTimerSource(queue: .global())
            w.schedule(deadline: .now() + 1, repeating: 1)
            w.setEventHandler { if kill(parent, 0) != 0 { done.signal() } }
            w.resume()
            watch = w
        }
        done.wait()
        watch?.cancel()
        print("\(ShareText.clock()) stopping: every joiner's view is closed; the session itself goes on.")
        server.stop()
        if let status { try? FileManager.default.removeItem(atPath: status) }
        _ = sources
    }

    /// This executable's own path, so the joiner's child is the same rakor.
    static func selfExecutable() -> String {
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return p }
        let a = CommandLine.arguments[0]
        return a.hasPrefix("/") ? a : FileManager.default.currentDirectoryPath + "/" + a
    }
}
