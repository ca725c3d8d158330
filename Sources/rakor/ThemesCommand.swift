import ArgumentParser
import Foundation
import RakorCore
import RakorTUI

/// `rakor themes`: the themes that --theme accepts.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes (built in, and *.toml in ~/.config/rakor/themes).",
        discussion: "Example:\n  rakor themes\n  rakor run --theme high-contrast"
    )

    @Option(name: .long, help: "Check one theme file and report errors with file, line and key.") var check: String?

    func run() throws {
        if let check {
            do {
                let t = try ThemeLoader.load(nameOrPath: check, searchDirectories: LiveSession.themeDirectories())
                say("\(check): ok (\(t.name))")
            } catch {
                printError("rakor: \(error)")
                throw ExitCode(2)
            }
            return
        }
        let dirs = LiveSession.themeDirectories()
        for name in ThemeLoader.availableNames(searchDirectories: dirs) {
            // Built-in names are compiled in; a file of the same name in one of `dirs` replaces one.
            let file = dirs.map { "\($0)/\(name).toml" }.first { FileManager.default.fileExists(atPath: $0) }
            say(name + (file.map { "  (\($0))" } ?? ""))
        }
    }
}
