import ArgumentParser
import RakorCore

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "Not built yet.")
    func run() throws { print("rakor keys: not built yet") }
}
