import ArgumentParser
import Foundation
import RakorCore
import RakorTUI

/// `rakor replay LOG`: the dashboard as it was, driven by the log's events in time.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a recorded session (read-only), or print one frame of it as text.",
        discussion: """
        Keys: space play/pause, . and , one event forward/back, ] and [ next/previous chapter, ←/→ 10 s, + and - speed (1×, 2×, 4×, 8×, 16×, 60×), 0–9 jump to 0–90 %, g go to a time or event, e event list, ? help, q quit. Damaged lines are skipped and marked ✗ on the timeline. The log is never written; it is held open and read again where a jump lands, so a log moved or deleted meanwhile still plays, and one rewritten in place is said on the status line (\"log changed on disk\").

        With --print, rakor prints the dashboard as plain text (no escape sequences) as it was right after event N (--seq), at a clock time (--at), or at the end of the log.

        Examples:
          rakor replay sample-events/rakorpeg-kaltim-2020.jsonl --speed 16
          rakor replay sample-events/demo.jsonl --print --seq 40 --width 100
          rakor replay sample-events/rakor-jambi-2019.jsonl --print --at 10:15 --lang en
        """
    )

    @Argument(help: "The session log to replay (or an installed sample by name, e.g. demo).") var log: String
    @Flag(name: .long, help: "Print one frame as plain text and exit.") var print = false
    @Option(name: .long, help: "With --print: the frame right after event N.") var seq: Int?
    @Option(name: .long, help: "With --print: the frame at this clock time (HH:MM) in the session's zone.") var at: String?
    @Option(name: .long, help: "Frame width in columns (--print; default 100).") var width: Int = 100
    @Option(name: .long, help: "Frame height in rows (--print; default 30).") var height: Int = 30
    @Option(name: .long, help: "Language of the labels: id or en.") var lang: String?
    @Option(name: .long, help: "Longest silence played, in seconds; 0 for none.") var idleCap: Int = 5
    @Option(name: .long, help: "Starting speed: 1, 2, 4, 8, 16 or 60.") var speed: Int = 1
    @Option(name: .long, help: "A theme name or a .toml path.") var theme: String?
    @Flag(name: .long, help: "Keep up with a live log: new events play as they are written.") var follow = false

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be id or en") }
        if seq != nil && at != nil { throw ValidationError("give --seq or --at, not both") }
        if (seq != nil || at != nil) && !print { throw ValidationError("--seq and --at go with --print") }
        if width < 1 || height < 1 || width > 1000 || height > 500 { throw ValidationError("--width and --height must be 1–1000 and 1–500") }
        if idleCap < 0 { throw ValidationError("--idle-cap must be 0 or more") }
        if !ReplayPacing.speeds.contains(speed) { throw ValidationError("--speed must be one of 1, 2, 4, 8, 16, 60") }
        if let at, ClockTime.parse(at) == nil { throw ValidationError("--at must be a clock time like 10:15") }
    }

    func run() throws {
        Allocator.oneArena()   // a whole log is read on two threads: one arena, no second slack
        let log = DataDirectory.log(self.log)
        if print { try printFrame(log: log); return }
        let reading: LogReading, timeline: ReplayTimeline
        do { (reading, timeline) = try ReplayTimeline.read(path: log) } catch {
            printError("rakor: \(error)")
            throw ExitCode(2)
        }
        for issue in reading.problems { printError("\(log):\(issue.line): warning: \(issue.message) (skipped)") }
        if reading.unknownVersion { printError("\(log): format version \(reading.header.version) is unknown: replaying read-only as well as possible") }
        let l = Language.resolve(flag: lang, session: reading.header.lang, environment: ProcessInfo.processInfo.environment)
        if follow {
            do { try Self.follow(path: log, timeline: timeline, lang: l, idleCap: idleCap, speed: speed, theme: theme) }
            catch ExitCodeError.code(let c) { throw ExitCode(c) }
            return
        }
        do {
            try Self.play(timeline: timeline, lang: l, idleCap: idleCap, speed: speed, theme: theme)
        } catch ExitCodeError.code(let c) { throw ExitCode(c) }
    }

    static func play(timeline: ReplayTimeline, lang: Language, idleCap: Int, speed: Int, theme: String?) throws {
        try LiveSession.requireTerminal()
        if let theme {
            do { _ = try ThemeLoader.load(nameOrPath: theme, searchDirectories: LiveSession.themeDirectories()) } catch {
                printError("rakor: \(error)")
                throw ExitCodeError.code(2)
            }
        }
        let controller = ReplayController(timeline: timeline, lang: lang, idleCapS: idleCap, speed: speed)
        let backend: NcursesBackend
        do { backend = try NcursesBackend() } catch {
            printError("rakor: \(error)")
            throw ExitCodeError.code(2)
        }
        let th = (try? LiveSession.theme(theme, colorCount: backend.colorCount)) ?? ThemeLoader.defaultTheme
        let outcome = ReplayRunner(controller: controller, backend: backend, theme: th, wallClock: { LiveSession.nowMs() }).run()
        backend.shutdown()
        if case .signal(let s) = outcome { printError("rakor: stopped by signal \(s)") }
    }
}
