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
        do throws(LogOpenError) {
            resumed = try SessionLog.resume(path: path, nowMs: LiveSession.nowMs(), by: "moderator")
        } catch .noHeader(let p, let reason) {
            try offerFreshStart(path: p, reason: reason, lang: lang, theme: theme)
            return
        } catch {
            printError("rakor: \(error)")
            throw ExitCodeError.code(2)
        }
        if let backup = resumed.backupPath {
            printError(CLIMessages(Language.resolve(flag: lang, session: resumed.state.header.lang, environment: ProcessInfo.processInfo.environment)).tornLineKept(backup: backup))
        }
        try LiveSession.runAsPeer(log: resumed.log, langFlag: lang, themeName: theme)
    }

    /// A log with no complete header holds no event: say what it is, and offer a new session on
    /// that path (the old bytes kept aside as PATH.broken-<time>).
    static func offerFreshStart(path: String, reason: String, lang: String?, theme: String?) throws {
        let id = Language.resolve(flag: lang, session: nil, environment: ProcessInfo.processInfo.environment) == .id
        printError(id ? "rakor: \(path): \(reason). Berkas ini dibuat tetapi rakor berhenti sebelum menulis kepalanya: tidak ada peristiwa di dalamnya."
                      : "rakor: \(path): \(reason). The file was created but rakor stopped before its header was written: it holds no event.")
        say(id ? "Mulai rapat baru di \(path)? Isi lama disimpan di samping. [y/N] "
               : "Start a new session at \(path)? The old bytes are kept beside it. [y/N] ", terminator: "")
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard answer == "y" || answer == "ya" else {
            printError(id ? "rakor: tidak ada yang diubah. Mulai baru nanti dengan `rakor run --log \(path)` setelah berkas itu dipindahkan."
                          : "rakor: nothing was changed. Start afresh later with `rakor run --log \(path)` once that file is moved away.")
            throw ExitCodeError.code(2)
        }
        let stamp = RFC3339.format(ms: LiveSession.nowMs()).replacingOccurrences(of: ":", with: "")
        let aside = "\(path).broken-\(stamp)"
        guard FileKind.of(aside) == nil, rename(path, aside) == 0 else {
            printError("rakor: cannot move \(path) aside to \(aside): \(String(cString: strerror(errno)))")
            throw ExitCodeError.code(2)
        }
        printError(id ? "rakor: isi lama disimpan sebagai \(aside)" : "rakor: the old bytes are kept as \(aside)")
        var args = ["--log", path]
        if let lang { args += ["--lang", lang] }
        if let theme { args += ["--theme", theme] }
        let run = try RunCommand.parse(args)
        try run.runSession()
    }
}
