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
        var broken = 0
        for name in ThemeLoader.availableNames(searchDirectories: dirs) {
            // A file of the name in one of `dirs` replaces a built-in one; a file theme is listed as usable only when it loads.
            guard let path = dirs.map({ "\($0)/\(name).toml" }).first(where: { FileManager.default.fileExists(atPath: $0) }) else {
                say(name)
                continue
            }
            do {
                _ = try ThemeLoader.load(nameOrPath: path, searchDirectories: dirs)
                say(name + "  (\(path))")
            } catch {
                broken += 1
                say(name + "  BROKEN, not usable: \(error)")
            }
        }
        if broken > 0 { throw ExitCode(1) }
    }
}
