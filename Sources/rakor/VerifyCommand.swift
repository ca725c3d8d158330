import ArgumentParser
import Foundation
import RakorCore

/// `rakor verify LOG`: reads a whole log and reports every problem by line.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a session log line by line.",
        discussion: """
        Prints every problem as LOG:LINE: what is wrong (torn tail, bad JSON, checksum mismatch, seq gap or repeat, time going backward, missing ids, bad field types), notes for unknown event types and lines without a checksum, then a one-line summary.

        Exit status: 0 the log is sound (notes are not problems), 1 it has problems, 2 it cannot be read as a session log at all.

        Example:
          rakor verify sample-events/rakorpeg-kaltim-2020.jsonl
        """
    )

    @Argument(help: "The session log to check (or an installed sample by name, e.g. demo).") var log: String

    @Option(name: .long, help: "Language of the report: id or en (default: the log's, else the locale's).") var lang: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be id or en") }
    }

    func run() throws {
        Allocator.oneArena()   // a whole log is read on two threads: one arena, no second slack
        let log = DataDirectory.log(self.log)
        let reading: LogReading
        do {
            reading = try LogReader.read(path: log, keepEvents: false)
            ProcessEnd.keep(reading)
        } catch {
            let words = LogReportWords(Language.resolve(flag: lang, session: nil, environment: ProcessInfo.processInfo.environment))
            printError("\(error.path): " + words.message(error.message))
            throw ExitCode(2)
        }
        let language = Language.resolve(flag: lang, session: reading.header.lang, environment: ProcessInfo.processInfo.environment)
        say(VerifyReport.text(reading, path: log, lang: language), terminator: "")
        if !reading.problems.isEmpty { throw ExitCode(1) }
    }
}
