import ArgumentParser
import Foundation
import RakorCore

/// The `rakor` command: a live rakor session by default, and the tools around its log.
@main
struct Rakor: ParsableCommand {
    static let version = BuildInfo.version

    static let configuration = CommandConfiguration(
        commandName: "rakor",
        abstract: "Run a rakor (rapat koordinasi) from the terminal: rundown, speakers, timekeeping, Q&A in termin, minutes.",
        discussion: """
        With no subcommand, `rakor` opens a live session on the built-in rundown.

        Examples:
          rakor                                  live session on the built-in rundown
          rakor run --agenda rakorpeg.toml       live session on your own agenda
          rakor demo                             replay a bundled sample session
          rakor verify ~/.local/share/rakor/sessions/2020-10-15-rakorpeg.jsonl
        """,
        version: BuildInfo.versionLine,
        subcommands: [RunCommand.self, ResumeCommand.self, AttachCommand.self, ReplayCommand.self, ExportCommand.self,
                      VerifyCommand.self, DemoCommand.self, ThemesCommand.self, KeysCommand.self,
                      StressAppendCommand.self, PeerStressCommand.self, ManualCommand.self, AgendaCommand.self, AttendanceGroup.self,
                      ShareCommand.self],
        defaultSubcommand: RunCommand.self
    )

    /// Parses and runs, as ArgumentParser's own `main` does, but a mistake on the command line
    /// is said in the person's language (`--lang`, else the locale); see `ArgumentWords`.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let lang = Language.resolve(flag: ArgumentWords.langFlag(in: arguments), session: nil,
                                        environment: ProcessInfo.processInfo.environment)
            // Help, the version and English go out as ArgumentParser writes them.
            guard lang == .id, code != .success else { exit(withError: error) }
            let text = fullMessage(for: error)
            if !text.isEmpty { printError(ArgumentWords.translate(text, lang)) }
            exit(withError: ExitCode(code.rawValue))
        }
    }
}
