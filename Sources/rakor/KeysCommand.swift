import ArgumentParser
import Foundation
import RakorCore
import RakorTUI

/// `rakor keys`: the keymap, printed from the same table the dashboard dispatches on.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print every key of the dashboard, the minutes view and replay.",
        discussion: "Example:\n  rakor keys --lang en"
    )

    @Option(name: .long, help: "id or en (default: the locale's).") var lang: String?

    func run() throws {
        let l = Language.resolve(flag: lang, session: nil, environment: ProcessInfo.processInfo.environment)
        say(Keymap.printable(l), terminator: "")
    }
}
