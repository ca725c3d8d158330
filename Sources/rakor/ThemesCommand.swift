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
                print("\(check): ok (\(t.name))")
            } catch {
                printError("rakor: \(error)")
                throw ExitCode(2)
            }
            return
        }
        let dirs = LiveSession.themeDirectories()
        var broken = 0
        for name in ThemeLoader.availableNames(searchDirectories: dirs) {
            if ThemeLoader.builtinNames.contains(name) {
                print(name)
                continue
            }
            // A file theme is listed as usable only when it loads; otherwise with its error.
            let path = dirs.map { "\($0)/\(name).toml" }.first { FileManager.default.fileExists(atPath: $0) } ?? "\(dirs[0])/\(name).toml"
            do {
                _ = try ThemeLoader.load(nameOrPath: path, searchDirectories: dirs)
                print(name + "  (\(path))")
            } catch {
                broken += 1
                print(name + "  BROKEN, not usable: \(error)")
            }
        }
        if broken > 0 { throw ExitCode(1) }
    }
}
