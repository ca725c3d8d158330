import ArgumentParser
import RakorCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Not built yet.")
    func run() throws { print("rakor export: not built yet") }
}
