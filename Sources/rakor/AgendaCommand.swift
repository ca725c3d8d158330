import ArgumentParser

/// `rakor agenda`: tools for agenda files.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Work with agenda files (the rundown of a meeting).",
        subcommands: [AgendaImportCommand.self]
    )
}
