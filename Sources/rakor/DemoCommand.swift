import ArgumentParser
import RakorCore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Not built yet.")
    func run() throws { print("rakor demo: not built yet") }
}
