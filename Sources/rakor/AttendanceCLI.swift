import ArgumentParser
import Foundation
import RakorCore

/// `rakor attendance`: the daftar hadir of a session log.
struct AttendanceGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "The daftar hadir (attendance list) of a session.",
        subcommands: [AttendanceImportCommand.self]
    )
}

/// `rakor attendance import LOG FILE.csv`: loads the invitation list as people not yet present.
struct AttendanceImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load an invitation list (CSV or .xlsx) into a session log, as people not yet present.",
        discussion: """
        Columns are found by their header, Indonesian or English, in any order: nama/name, NIP, jabatan/position, instansi/organisation, and optionally kehadiran (luring or daring) and kelompok/group. CSV may be UTF-8 with or without a byte-order mark, with , or ; between cells, as Excel and LibreOffice save it. Someone already on the list (same name and NIP) is not added twice. Each person is then ticked off as they arrive, on the daftar hadir screen (h).

        The log must not be open in a live session (its lock is held there): import before the session, or in the screen. See docs/export.md.

        Exit status: 0 every row read; 1 imported, but some rows could not be read; 2 nothing imported (no such file, no header, the log cannot be written).
        """
    )

    @Argument(help: "The session log.") var log: String
    @Argument(help: "The invitation list: .csv or .xlsx.") var file: String

    func run() throws {
        let list: InvitationList
        do {
            list = try InvitationList.read(try SpreadsheetTable.load(path: file), name: file)
        } catch {
            printError(error.message)
            throw ExitCode(2)
        }
        for p in list.problems { printError("\(file): \(p)") }
        let sink: FileLogSink
        do { sink = try FileLogSink(path: log, create: false) } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        let reading: LogReading
        do { reading = try LogReader.read(path: log) } catch {
            sink.close()
            printError("\(error)")
            throw ExitCode(2)
        }
        guard reading.tornTail == nil, reading.damagedLines.isEmpty else {
            sink.close()
            printError("\(log): the log is damaged or ends in a torn line; run `rakor resume \(log)` (or `rakor verify`) first")
            throw ExitCode(2)
        }
        let before = reading.state.attendees.people.count
        let now = LiveSession.nowMs() - reading.header.startedAtMs
        switch decide(.attendance(.invite(list.people)), reading.state, now: now, by: "notulis") {
        case .failure(.nothingToChange):
            sink.close()
            print("Nobody new: everyone in \(file) is already on the list (\(before) people).")
            if !list.problems.isEmpty { throw ExitCode(1) }
        case .failure(let e):
            sink.close()
            printError("\(log): \(e.message(.en))")
            throw ExitCode(2)
        case .success(let events):
            let out = SessionLog(path: log, sink: sink, length: reading.fileLength)
            if case .failing(let e, _) = out.append(events) {
                out.close()
                printError("\(log): cannot write: \(e)")
                throw ExitCode(2)
            }
            out.close()
            let skipped = list.people.count - events.count
            print("\(events.count) invitees added to the daftar hadir of \(log), not yet present"
                  + (skipped > 0 ? " (\(skipped) already on the list)" : "") + ".")
            if !list.problems.isEmpty { throw ExitCode(1) }
        }
    }
}
