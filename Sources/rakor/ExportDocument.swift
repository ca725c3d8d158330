import ArgumentParser
import Foundation
import RakorCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)

import Darwin
#endif

/// Why a document could not be made or written, in words for a message.
struct WriteFailure: Error {
    var message: String
}

/// The office formats of `rakor export`: the notulen as a Word document, or that document as PDF.
enum DocumentFormat: String {
    case docx, pdf
}

extension ExportCommand {
    func validateDocumentOptions() throws {
        if template != nil, DocumentFormat(rawValue: format) == nil {
            throw ValidationError("--template goes with --format docx or pdf")
        }
        if let what {
            guard format == ExportFormat.csv.rawValue else { throw ValidationError("--what goes with --format csv") }
            guard what == "timing" || what == "attendance" else {
                throw ValidationError("unknown --what \"\(what)\": use timing or attendance")
            }
        }
        if DocumentFormat(rawValue: format) != nil, output == nil, isatty(STDOUT_FILENO) == 1 {
            throw ValidationError("a \(format) file is not for the terminal: give -o FILE")
        }
    }

    /// Writes the notulen as .docx (or PDF through LibreOffice) whole, or writes nothing.
    func writeDocument(_ kind: DocumentFormat, _ reading: LogReading, lang: Language) throws {
        var templateData: Data?
        if let template {
            guard let d = FileManager.default.contents(atPath: template) else {
                printError("\(template): cannot read the template (no such file, or not readable)")
                throw ExitCode(2)
            }
            templateData = d
        }
        let docx: Data
        do {
            docx = try Docx.notulen(reading, lang: lang, template: templateData, templateName: template ?? "template")
        } catch {
            printError("\(error.message)")
            throw ExitCode(2)
        }
        var bytes = [UInt8](docx)
        if kind == .pdf {
            do {
                bytes = try PDFConverter.convert(docx)
            } catch {
                printError(error.message)
                throw ExitCode(2)
            }
        }
        if let output {
            do {
                try SafeFile.write(bytes, to: output)
            } catch {
                printError("\(output): cannot write the export: \(error.message)")
                throw ExitCode(2)
            }
        } else {
            do {
                try FileHandle.standardOutput.write(contentsOf: Data(bytes))
            } catch {
                printError("standard output: cannot write the export: \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
    }
}

/// Turns a .docx into PDF with LibreOffice (`soffice --headless --convert-to pdf`), in a private folder.
enum PDFConverter {
    /// The Debian package that brings a headless LibreOffice Writer.
    static let package = "libreoffice-writer-nogui"

    /// The first of `soffice`, `libreoffice` on PATH.
    static func findOffice() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["soffice", "libreoffice"] {
                let p = "\(dir)/\(name)"
                if access(p, X_OK) == 0 { return p }
            }
        }
        return nil
    }

    static func convert(_ docx: Data) throws(WriteFailure) -> [UInt8] {
        guard let office = findOffice() else {
            throw WriteFailure(message: """
            PDF needs LibreOffice, which is not installed (no soffice on PATH). Install the Debian package \(package) \
            (apt-get install \(package)), or export --format docx and convert it yourself. Nothing was written.
            """)
        }
        var template = Array("\(NSTemporaryDirectory())/rakor-pdf-XXXXXX".utf8CString)
        guard let dirPtr = mkdtemp(&template) else { throw WriteFailure(message: "cannot make a temporary folder for the PDF") }
        let dir = String(cString: dirPtr)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let input = dir + "/notulen.docx"
        guard FileManager.default.createFile(atPath: input, contents: docx) else {
            throw WriteFailure(message: "cannot write the document for LibreOffice in \(dir)")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: office)
        // A profile of its own, so a LibreOffice already open on the desktop neither blocks nor takes the job.
        p.arguments = ["-env:UserInstallation=file://\(dir)/profile", "--headless", "--norestore",
                       "--convert-to", "pdf", "--outdir", dir, input]
        p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        let errPipe = Pipe()
        p.standardError = errPipe
        do { try p.run() } catch { throw WriteFailure(message: "cannot start \(office): \(error.localizedDescription)") }
        let errText = String(decoding: errPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let pdf = FileManager.default.contents(atPath: dir + "/notulen.pdf")
        guard p.terminationStatus == 0, let pdf, pdf.starts(with: Array("%PDF".utf8)) else {
            let why = errText.trimmingCharacters(in: .whitespacesAndNewlines)
            throw WriteFailure(message: "LibreOffice could not convert the notulen to PDF\(why.isEmpty ? "" : ": " + why). Nothing was written.")
        }
        return [UInt8](pdf)
    }
}
