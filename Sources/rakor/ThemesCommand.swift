import ArgumentParser
import RakorCore

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "Not built yet.")
    func run() throws { print("rakor themes: not built yet") }
}
