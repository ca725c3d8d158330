import ArgumentParser
import Foundation
import RakorCore
import RakorTUI

/// `rakor run`: a live session on the built-in rundown or an agenda file.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a live session (the default).",
        discussion: """
        Opens the moderator's dashboard on a new session log. Without --agenda the built-in rundown of a rakor is used. If a session from today was interrupted, rakor offers to resume it first.

        Examples:
          rakor
          rakor run --agenda docs/examples/rakorpeg-kaltim-2020.toml --theme light
          rakor run --log /media/usb/rakor.jsonl --lang en
        """
    )

    @Option(name: .long, help: "An agenda file (TOML); see docs/agenda.md.") var agenda: String?
    @Option(name: .long, help: "Write the session log to FILE instead of the sessions folder.") var log: String?
    @Option(name: .long, help: "A theme name (default, light, high-contrast, mono) or a .toml path.") var theme: String?
    @Option(name: .long, help: "Language of the labels: id or en (default: the session's, else the locale's).") var lang: String?
    @Flag(name: .long, help: "Start a new session even if an unfinished one from today exists.") var new = false

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be id or en") }
    }

    func run() throws {
        do { try runSession() } catch ExitCodeError.code(let c) { throw ExitCode(c) }
    }

    func runSession() throws {
        // The agenda is checked whole before the terminal is touched or a log is made.
        var checked: AgendaPlan?
        if let agenda {
            let report = AgendaCheck.check(path: agenda, nowMs: LiveSession.nowMs())
            AgendaCheckCommand.printReport(report)
            guard let plan = report.plan, report.errors.isEmpty else {
                let words = CLIMessages(Language.resolve(flag: lang, session: nil, environment: ProcessInfo.processInfo.environment))
                printError(words.agendaRefused(report.errors.count))
                throw ExitCodeError.code(2)
            }
            checked = plan
        }
        try LiveSession.requireTerminal()
        try LiveSession.checkTheme(theme)
        let env = ProcessInfo.processInfo.environment
        var plan: AgendaPlan
        if let checked {
            plan = checked
        } else {
            // The built-in rundown runs in this machine's zone and the moderator's language.
            plan = BuiltinRundown.plan
            // A server left on UTC (no TZ set) says nothing about the meeting: keep WIB then.
            let zone = TimeZone.current
            if ZoneClock.knows(zone.identifier), zone.secondsFromGMT() != 0 || env["TZ"] != nil { plan.tz = zone.identifier }
            plan.lang = Language.resolve(flag: lang, session: nil, environment: env).rawValue
        }
        let now = LiveSession.nowMs()
        if log == nil, !new, let unfinished = LiveSession.unfinishedToday(nowMs: now).first {
            let title = unfinished.reading.header.title
            let zone = ZoneClock(header: unfinished.reading.header)
            let last = zone.clock(unfinished.reading.events.last?.t ?? 0)
            let words = CLIMessages(Language.resolve(flag: lang, session: unfinished.reading.header.lang, environment: env))
            say(words.resumeQuestion(title: inert(title), last: last, zone: zone.label, path: unfinished.path), terminator: "")
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? "n"
            if answer.isEmpty || answer == "y" || answer == "ya" {
                try ResumeCommand.resume(path: unfinished.path, lang: lang, theme: theme)
                return
            }
        }
        let header = SessionSetup.header(for: plan, sessionId: UUID().uuidString.lowercased(), startedAtMs: now,
                                         app: "rakor \(Rakor.version)")
        let path: String
        do {
            path = try log ?? LiveSession.defaultLogPath(title: plan.title, startedAtMs: now, tz: plan.tz)
        } catch {
            printError("rakor: cannot create the sessions folder \(LiveSession.sessionsDirectory()): \(error.localizedDescription)")
            throw ExitCodeError.code(2)
        }
        let sessionLog: SessionLog
        do { sessionLog = try SessionLog.create(path: path, header: header) } catch {
            printError("rakor: \(error)")
            throw ExitCodeError.code(2)
        }
        // A first run (no agenda, no earlier session) says in one line what starts and where the log goes.
        var notice: String?
        if agenda == nil, log == nil, LiveSession.isFirstRun(except: path) {
            notice = CLIMessages(Language(rawValue: plan.lang) ?? .id).firstRun(log: path)
            print(notice!)
        }
        let events = SessionSetup.events(for: plan, header: header)
        if case .failing(let e, _) = sessionLog.append(events) {
            printError("rakor: \(e)")
            throw ExitCodeError.code(2)
        }
        var state = SessionState(header: header)
        for e in events { state.apply(e) }
        try LiveSession.runAsPeer(log: sessionLog, langFlag: lang, themeName: theme, notice: notice)
    }
}
