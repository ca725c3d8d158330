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

        A damaged log still exports what can be read. Every problem goes to standard error as LOG:LINE: warning: what is wrong, never into the document. With -o the file is written whole or not at all (a temporary file beside it, then renamed).

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
        let log = DataDirectory.log(self.log)
        let format = ExportFormat(rawValue: format) ?? .md
        let reading: LogReading
        do {
            reading = try LogReader.read(path: log)
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        for p in reading.problems {
            printError("\(log):\(p.line): warning: \(inert(p.message))")
        }
        let language = lang.flatMap(Language.init(rawValue:)) ?? reading.header.language
        LiveSession.warnIfLive(log, lang: language)
        if let document = DocumentFormat(rawValue: self.format) {
            try writeDocument(document, reading, lang: language)
            if !reading.problems.isEmpty { throw ExitCode(1) }
            return
        }
        let document = what == "attendance" ? AttendanceCSV.render(reading) : export(reading, format: format, lang: language)

        if let output {
            do {
                try AtomicFile.write(document, to: output)
            } catch {
                printError("\(output): cannot write the export: \(error.message)")
                throw ExitCode(2)
            }
        } else {
            do {
                try FileHandle.standardOutput.write(contentsOf: Data(document.utf8))
            } catch {
                printError("standard output: cannot write the export: \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        if !reading.problems.isEmpty { throw ExitCode(1) }
    }
}

/// Why a file could not be written.
struct WriteFailure: Error {
    var message: String
}

/// Writes a whole file or nothing: a temporary file beside it, flushed to disk, then renamed over it.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws(WriteFailure) {
        try write(bytes: Array(text.utf8), to: path)
    }

    static func write(bytes: [UInt8], to path: String) throws(WriteFailure) {
        // A device or a pipe (/dev/stdout, a FIFO) is written in place: renaming over it would replace it.
        var st = stat()
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG, (st.st_mode & S_IFMT) != S_IFDIR {
            try writeInPlace(bytes, to: path)
            return
        }
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw WriteFailure(message: "the directory \(dir) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw WriteFailure(message: "it is a directory")
        }
        let temp = dir + "/." + url.lastPathComponent + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        let fd = Glibc.open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw WriteFailure(message: String(cString: strerror(errno))) }
        var ok = true
        var failure = ""
        bytes.withUnsafeBytes { buf in
            var off = 0
            while off < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + off, buf.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    ok = false; failure = String(cString: strerror(errno)); return
                }
                off += n
            }
        }
        if ok, fsync(fd) != 0 { ok = false; failure = String(cString: strerror(errno)) }
        if Glibc.close(fd) != 0, ok { ok = false; failure = String(cString: strerror(errno)) }
        guard ok else {
            unlink(temp)
            throw WriteFailure(message: failure)
        }
        guard rename(temp, path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temp)
            throw WriteFailure(message: why)
        }
    }

    static func writeInPlace(_ bytes: [UInt8], to path: String) throws(WriteFailure) {
        let fd = Glibc.open(path, O_WRONLY)
        guard fd >= 0 else { throw WriteFailure(message: String(cString: strerror(errno))) }
        defer { Glibc.close(fd) }
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + off, bytes.count - off) }
            if n < 0 {
                if errno == EINTR { continue }
                throw WriteFailure(message: String(cString: strerror(errno)))
            }
            off += n
        }
    }
}
