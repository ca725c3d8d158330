import ArgumentParser
import RakorCore

/// The `rakor` command: a live rakor session by default, and the tools around its log.
@main
struct Rakor: ParsableCommand {
    static let version = "0.1.0"

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
        version: version,
        subcommands: [RunCommand.self, ResumeCommand.self, ReplayCommand.self, ExportCommand.self,
                      VerifyCommand.self, DemoCommand.self, ThemesCommand.self, KeysCommand.self,
                      StressAppendCommand.self, AgendaCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
