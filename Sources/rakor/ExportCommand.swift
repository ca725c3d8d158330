import ArgumentParser
import Foundation
import RakorCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `rakor export LOG`: the notulen (or the session's data) from a session log.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the minutes (notulen) or the session's data from a session log.",
        discussion: """
        Formats: md (the notulen as Markdown, the default), txt (plain text wrapped at 80 columns), html (one printable A4 file with no scripts and no external resources), json (the whole session for other tools), csv (the timing report: planned against actual, per item and per turn). See docs/export.md.

        The notulen is written in --lang, else in the language the log's header names, else in Indonesian (id).

        A damaged log still exports what can be read. Every problem goes to standard error as LOG:LINE: warning: what is wrong, never into the document. With -o the file is written whole or not at all (a temporary file beside it, then renamed); a symbolic link is refused, and a device, FIFO or terminal is written to directly, never replaced.

        Exit status: 0 exported from a clean log; 1 exported, but the log has problems; 2 the log cannot be read as a session log, or the output cannot be written; 64 a bad option.

        Examples:
          rakor export sample-events/rakorpeg-kaltim-2020.jsonl -o notulen.md
          rakor export rapat.jsonl --format html --lang en -o minutes.html
          rakor export rapat.jsonl --format csv > timing.csv
        """
    )

    @Argument(help: "The session log to export (or an installed sample by name, e.g. demo).") var log: String

    @Option(name: .shortAndLong, help: "md, txt, html, json, csv, docx or pdf.")
    var format: String = ExportFormat.md.rawValue

    @Option(name: .long, help: "Language of the notulen: id or en (default: the log's, else id).")
    var lang: String?

    @Option(name: [.customShort("o"), .long], help: "Write to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: "docx or pdf: the office's letterhead .docx (its headers, footers, page setup and styles are kept).")
    var template: String?

    @Option(name: .long, help: "csv: timing (the default) or attendance (the daftar hadir).")
    var what: String?

    func validate() throws {
        guard ExportFormat(rawValue: format) != nil || DocumentFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format \"\(format)\": use md, txt, html, json, csv, docx or pdf")
        }
        try validateDocumentOptions()
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError("unknown language \"\(lang)\": use id or en")
        }
    }

    func run() throws {
        Allocator.oneArena()   // a whole log is read on two threads: one arena, no second slack
        let log = DataDirectory.log(self.log)
        let format = ExportFormat(rawValue: format) ?? .md
        let office = DocumentFormat(rawValue: self.format)
        // The notulen's proceedings are drafted from the reader's own fold as it reads, so no
        // export but the office formats (which draft from the events) keeps the events.
        var draft = ProceedingsDraft()
        let drafting = office == nil && format.isNotulen
        let reading: LogReading
        do {
            let hook: ((inout SessionState, Event) -> String?)? = drafting ? { draft.take($1, state: &$0) } : nil
            reading = try LogReader.read(path: log, keepEvents: office != nil, apply: hook)
            ProcessEnd.keep(reading)
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        // Warnings in --lang, else the session's language, else the locale's.
        let words = LogReportWords(Language.resolve(flag: lang, session: reading.header.lang,
                                                    environment: ProcessInfo.processInfo.environment))
        for p in reading.problems {
            printError("\(log):\(p.line): " + words.warningPrefix + inert(words.message(p.message)))
        }
        let language = lang.flatMap(Language.init(rawValue:)) ?? reading.header.language
        LiveSession.warnIfLive(log, lang: language)
        if let document = office {
            try writeDocument(document, reading, lang: language)
            if !reading.problems.isEmpty { throw ExitCode(1) }
            return
        }
        try writeExport(words) { writer in
            if what == "attendance" {
                writer.write(AttendanceCSV.render(reading))
            } else {
                export(reading, format: format, lang: language,
                       proceedings: drafting ? draft.finish(reading, lang: language) : nil, to: writer)
            }
        }
        if !reading.problems.isEmpty { throw ExitCode(1) }
    }
}
