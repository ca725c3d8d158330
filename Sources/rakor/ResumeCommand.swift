import ArgumentParser
import RakorCore

struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "Not built yet.")
    func run() throws { print("rakor resume: not built yet") }
}
