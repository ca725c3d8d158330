import ArgumentParser
import RakorCore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Not built yet.")
    func run() throws { print("rakor run: not built yet") }
}
