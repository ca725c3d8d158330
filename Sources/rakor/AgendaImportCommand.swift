import ArgumentParser
import Foundation
import RakorCore

/// `rakor agenda import FILE.csv|FILE.xlsx`: the panitia's susunan acara as an agenda file.
struct AgendaImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a susunan acara spreadsheet (CSV or .xlsx) into an agenda file.",
        discussion: """
        Columns are found by their header, in any order, under a title row or two: waktu (or jam), acara (or kegiatan), pengisi (or narasumber, petugas) and keterangan. Waktu is "08.00 – 08.30", "08.00-08.30" or "08.00" (the item then runs to the next row's start). Each item's kind is guessed from its words (pembukaan, laporan, sambutan, paparan, tanya jawab, ishoma, kesimpulan, penutupan, doa) and listed for checking; the file says it in a comment beside each item.

        A row that cannot be read is named with its number and why; the others are written. CSV may be UTF-8 with or without a byte-order mark, with , or ; between cells. See docs/agenda.md.

        Exit status: 0 every row read; 1 written, but some rows could not be read; 2 nothing could be read, or the file cannot be written.

        Examples:
          rakor agenda import susunan-acara.xlsx -o rakorpeg.toml
          rakor agenda import rundown.csv > agenda.toml
        """
    )

    @Argument(help: "The spreadsheet: .csv or .xlsx.") var file: String

    @Option(name: [.customShort("o"), .long], help: "Write the agenda file here instead of standard output.")
    var output: String?

    func run() throws {
        let imported: AgendaImport
        do {
            imported = try AgendaImport.read(try SpreadsheetTable.load(path: file), name: file)
        } catch {
            printError(error.message)
            throw ExitCode(2)
        }
        let report: (String) -> Void = output == nil ? { printError($0) } : { print($0) }
        for p in imported.problems { printError("\(file): \(p)") }
        guard !imported.rows.isEmpty else {
            printError("\(file): no rundown item could be read; nothing was written")
            throw ExitCode(2)
        }
        report("Susunan acara from \(file) (check each kind):")
        for r in imported.rows {
            let guess = r.guessedFrom.map { "from \"\($0)\"" } ?? "no word matched"
            report("  row \(r.sheetRow)  \(r.start)  \(r.minutes) min  \(r.kind.rawValue) (\(guess))  \(inert(r.title))")
        }
        let fallback = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let text = imported.agendaFile(source: URL(fileURLWithPath: file).lastPathComponent, title: fallback)
        do {
            _ = try AgendaFile.parse(text: text, file: output ?? "agenda.toml")
        } catch {
            printError("internal error: the agenda written does not load: \(error)")
            throw ExitCode(2)
        }
        if let output {
            do { try SafeFile.write(Array(text.utf8), to: output) } catch {
                printError("\(output): cannot write the agenda: \(error.message)")
                throw ExitCode(2)
            }
            report("Written to \(output); `rakor run --agenda \(output)` starts a session on it.")
        } else {
            print(text, terminator: "")
        }
        if !imported.problems.isEmpty { throw ExitCode(1) }
    }
}
