import ArgumentParser
import Foundation

/// `rakor generate-manual` (hidden): prints the man page rakor.1 that scripts/release.sh packages.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-manual",
        abstract: "Print the man page rakor.1, written from the same definitions as --help.",
        shouldDisplay: false
    )

    @Option(name: .long, help: "The date in the page's header (default: none).") var date: String = ""

    func run() throws {
        print(try Self.page(date: date), terminator: "")
    }

    /// The page, from the help dump ArgumentParser makes of the whole command tree.
    static func page(date: String) throws -> String {
        let json: String
        do {
            _ = try Rakor.parseAsRoot(["--experimental-dump-help"])
            throw ManualError("ArgumentParser did not answer --experimental-dump-help")
        } catch let error as ManualError {
            throw error
        } catch {
            json = Rakor.fullMessage(for: error)
        }
        return ManualPage.render(try ManualPage.tool(fromDumpJSON: json), version: BuildInfo.version, date: date)
    }
}
