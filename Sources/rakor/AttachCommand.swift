import ArgumentParser
import Foundation
import RakorCore
import RakorTUI

/// `rakor attach LOG --role R`: join a live session from another terminal.
struct AttachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach",
        abstract: "Join a live session from another terminal: as notulis, layar (stage view), peserta or a second moderator.",
        discussion: """
        Every terminal on a live session is a peer on the one log: there is no server, and any of them may stop while the others go on. Each decides on the latest state under the log's lock, so two moderators pressing n at once give the floor once; the other is told why nothing happened.

        Roles: moderator (the dashboard), notulis (the minutes view with the floor in a strip on top; minutes and attendance only), layar (the stage view for the speaker or a projector, read-only), peserta (the dashboard, read-only). Every terminal shows who else is attached.

        Examples:
          rakor attach ~/.local/share/rakor/sessions/2020-10-15-rakorpeg.jsonl
          rakor attach LOG --role layar
          rakor attach LOG --role moderator --lang en
        """
    )

    @Argument(help: "The live session log.") var log: String
    @Option(name: .long, help: "moderator, notulis, layar or peserta.") var role: String = "notulis"
    @Option(name: .long, help: "Language of the labels: id or en.") var lang: String?
    @Option(name: .long, help: "A theme name or a .toml path.") var theme: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be id or en") }
        if PeerRole(rawValue: role) == nil { throw ValidationError("--role must be moderator, notulis, layar or peserta") }
    }

    func run() throws {
        do {
            try LiveSession.requireTerminal()
            try LiveSession.checkTheme(theme)
            try LiveSession.attach(path: log, role: PeerRole(rawValue: role)!, langFlag: lang, themeName: theme)
        } catch ExitCodeError.code(let c) { throw ExitCode(c) }
    }
}
