import ArgumentParser
import Foundation
import RakorCore
import RakorTUI

/// `rakor resume LOG`: continue an interrupted or closed session.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue an interrupted or closed session in the dashboard.",
        discussion: """
        Copies a log with a torn last line aside (LOG.broken-<time>) before cutting the torn bytes, then appends session.recovered (or session.reopened for a closed session) and opens the dashboard. A log damaged in the middle is refused, with the line and reason. A draft that was being typed when the session stopped comes back.

        Example:
          rakor resume ~/.local/share/rakor/sessions/2020-10-15-rapat-koordinasi.jsonl
        """
    )

    @Argument(help: "The session log to continue.") var log: String
    @Option(name: .long, help: "A theme name or a .toml path.") var theme: String?
    @Option(name: .long, help: "Language of the labels: id or en.") var lang: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be id or en") }
    }

    func run() throws {
        do {
            try LiveSession.requireTerminal()
            try LiveSession.checkTheme(theme)
            try Self.resume(path: log, lang: lang, theme: theme)
        } catch ExitCodeError.code(let c) { throw ExitCode(c) }
    }

    static func resume(path: String, lang: String?, theme: String?) throws {
        // A log with live peers has no torn tail to repair: its writers live. Join them.
        let peers = Presence.live(logPath: path)
        if !peers.isEmpty {
            let l = Language.resolve(flag: lang, session: nil, environment: ProcessInfo.processInfo.environment)
            printError(PeerText.joining(Presence.summary(peers, l), l))
            try LiveSession.attach(path: path, role: .moderator, langFlag: lang, themeName: theme)
            return
        }
        let resumed: ResumedLog
        do {
            resumed = try SessionLog.resume(path: path, nowMs: LiveSession.nowMs(), by: "moderator")
        } catch {
            printError("rakor: \(error)")
            throw ExitCodeError.code(2)
        }
        if let backup = resumed.backupPath {
            printError(CLIMessages(Language.resolve(flag: lang, session: resumed.state.header.lang, environment: ProcessInfo.processInfo.environment)).tornLineKept(backup: backup))
        }
        try LiveSession.runAsPeer(log: resumed.log, langFlag: lang, themeName: theme)
    }
}
