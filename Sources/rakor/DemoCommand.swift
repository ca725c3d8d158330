import ArgumentParser
import Foundation
import RakorCore
import RakorTUI

/// `rakor demo`: a bundled sample session replayed at speed: a newcomer's first look.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Replay a bundled sample session at speed (no arguments needed).",
        discussion: """
        The sample is built into rakor, so this works from any folder. It plays at 8× with silences capped at 2 s; every replay key works (? shows them).

        Examples:
          rakor demo
          rakor demo --session rakorpeg-kaltim-2020 --lang en
        """
    )

    @Option(name: .long, help: "Which sample: \(SampleSessions.all.map(\.name).joined(separator: ", ")) (default: the Indonesian rakorpeg-kaltim-2020 for an Indonesian locale, else demo).")
    var session: String?
    @Option(name: .long, help: "Language of the labels: id or en.") var lang: String?
    @Option(name: .long, help: "Speed: 1, 2, 4, 8, 16 or 60.") var speed: Int = 8
    @Option(name: .long, help: "A theme name or a .toml path.") var theme: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be id or en") }
        if let session, !SampleSessions.all.contains(where: { $0.name == session }) {
            throw ValidationError("no sample named \(session); choose one of \(SampleSessions.all.map(\.name).joined(separator: ", "))")
        }
        if !ReplayPacing.speeds.contains(speed) { throw ValidationError("--speed must be one of 1, 2, 4, 8, 16, 60") }
    }

    func run() throws {
        // The demo speaks the newcomer's language: --lang, else the locale (an Indonesian one gets the Indonesian sample).
        let l = Language.resolve(flag: lang, session: nil, environment: ProcessInfo.processInfo.environment)
        let name = session ?? DemoCommandDefaults.sample(for: l)
        guard let sample = SampleSessions.all.first(where: { $0.name == name }) else { throw ExitCode(2) }
        let s = sample.session()
        let timeline = ReplayTimeline(header: s.header, events: s.events)
        do {
            try ReplayCommand.play(timeline: timeline, lang: l, idleCap: 2, speed: speed, theme: theme)
        } catch ExitCodeError.code(let c) { throw ExitCode(c) }
    }
}
