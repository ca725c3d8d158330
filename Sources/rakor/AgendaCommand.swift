import ArgumentParser
import Foundation
import RakorCore

/// `rakor agenda`: agenda files: check one, or start a new one.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Agenda files: check one, write a new one to start from, or import the rundown from a spreadsheet.",
        discussion: """
        Examples:
          rakor agenda new -o rakor.toml
          rakor agenda check rakor.toml
          rakor agenda import susunan-acara.xlsx -o rakor.toml
          rakor run --agenda rakor.toml
        """,
        subcommands: [AgendaCheckCommand.self, AgendaNewCommand.self, AgendaImportCommand.self]
    )
}

/// `rakor agenda check FILE`: every error and warning in an agenda file.
struct AgendaCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an agenda file: every error (file:line: key: what), and warnings.",
        discussion: """
        Exit status: 0 when the file can be run (warnings are printed but allowed), 2 when it has errors.
        Warnings: the agenda's date is not today; planned times overlap a fixed start time.

        Example:
          rakor agenda check rakor.toml
        """
    )

    @Argument(help: "The agenda file (TOML); see docs/agenda.md.") var file: String

    func run() throws {
        let report = AgendaCheck.check(path: file, nowMs: LiveSession.nowMs())
        AgendaCheckCommand.printReport(report)
        if !report.errors.isEmpty { throw ExitCode(2) }
        let items = report.plan?.items.count ?? 0
        print("\(file): ok (\(items) items" + (report.warnings.isEmpty ? ")" : ", \(report.warnings.count) warnings)"))
    }

    /// Prints errors and warnings to standard error, one a line.
    static func printReport(_ report: AgendaReport) {
        for e in report.errors { printError("\(e)") }
        for w in report.warnings { printError("warning: \(w)") }
    }
}

/// `rakor agenda new [-o FILE]`: a commented agenda for the usual rundown.
struct AgendaNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented agenda file for the usual rakor rundown (to standard output without -o).",
        discussion: """
        Examples:
          rakor agenda new -o rakor.toml
          rakor agenda new > rakor.toml
        """
    )

    @Option(name: .shortAndLong, help: "Write to FILE instead of standard output (an existing file is not overwritten).")
    var output: String?

    func run() throws {
        let tz = "Asia/Jakarta"
        let date = AgendaCheck.dateText(nowMs: LiveSession.nowMs(), zone: TimeZone(identifier: tz)!)
        let text = AgendaTemplate.text(date: date, tz: tz)
        guard let output else {
            print(text, terminator: "")
            return
        }
        if FileManager.default.fileExists(atPath: output) {
            printError("rakor: \(output) exists; not overwritten. Choose another name or remove it first.")
            throw ExitCode(2)
        }
        do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
            printError("rakor: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        print("\(output): written. Edit it, then: rakor agenda check \(output)")
    }
}
