import ArgumentParser
import RakorCore

struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "replay", abstract: "Not built yet.")
    func run() throws { print("rakor replay: not built yet") }
}
