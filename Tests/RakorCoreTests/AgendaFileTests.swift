import Foundation
import Testing
@testable import RakorCore

private let repoRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func agendaError(_ text: String) -> TOMLError? {
    do {
        _ = try AgendaFile.parse(text: text, file: "rapat.toml")
        return nil
    } catch {
        return error
    }
}

/// A small valid agenda to break one line at a time.
private let minimal = """
title = "Rakor"

[[items]]
title = "Pembukaan"
kind = "opening"
minutes = 10
"""

@Suite struct AgendaFileTests {
    @Test func minimalAgendaTakesDefaults() throws {
        let plan = try AgendaFile.parse(text: minimal, file: "rapat.toml")
        #expect(plan == AgendaPlan(title: "Rakor", items: [
            PlannedItem(title: "Pembukaan", kind: .opening, plannedS: 600),
        ]))
        #expect(plan.tz == "Asia/Jakarta")
        #expect(plan.lang == "id")
        #expect(plan.warningS == 120)
        #expect(plan.dangerS == 30)
    }

    @Test func docsExampleLoads() throws {
        let path = repoRoot.appendingPathComponent("docs/examples/rakorpeg-kaltim-2020.toml").path
        let plan = try AgendaFile.load(path: path)
        #expect(plan.title == "Rapat Koordinasi Kepegawaian se Kalimantan Timur 2020")
        #expect(plan.tz == "Asia/Makassar")
        #expect(plan.mode == "online")
        #expect(plan.date == "2020-10-15")
        #expect(plan.venue == "Daring melalui Zoom")
        #expect(plan.chair == "HM. Sa'bani, Sekretaris Daerah Provinsi Kalimantan Timur")
        #expect(plan.organizer == "BKD Provinsi Kalimantan Timur")
        #expect(plan.warningS == 180 && plan.dangerS == 60)
        #expect(plan.items.map(\.kind) == [.opening, .report, .remarks, .presentation, .presentation, .qa,
                                           .conclusion, .closing])
        #expect(plan.items.map(\.plannedStart) == ["09:00", "09:10", "09:20", "09:35", "10:15", "11:10",
                                                   "12:10", "12:25"])
        #expect(plan.plannedS == 210 * 60)

        let first = plan.items[3]
        #expect(first.plannedS == 40 * 60)
        #expect(first.speakers == [
            BookedSpeaker(name: "Bima Haria Wibisana", role: "Kepala BKN", org: "Badan Kepegawaian Negara",
                          remote: true, allottedS: 1200),
            BookedSpeaker(name: "Haryomo Dwi Putranto", role: "Deputi Bidang Manajemen Kepegawaian",
                          org: "Badan Kepegawaian Negara", remote: true, allottedS: 1200),
        ])
        let second = plan.items[4]
        #expect(second.speakers.map(\.name) == ["Akmal Malik", "Diah Ipma Fithria Laela Hidayati", "Zudan Arif Fakrullah"])
        #expect(second.speakers.map(\.allottedS) == [1200, 900, 1200])
        #expect(second.speakers[1].org == "Kementerian PANRB")
    }

    @Test func docsShowTheExampleFileVerbatim() throws {
        let example = try String(contentsOf: repoRoot.appendingPathComponent("docs/examples/rakorpeg-kaltim-2020.toml"),
                                 encoding: .utf8)
        let doc = try String(contentsOf: repoRoot.appendingPathComponent("docs/agenda.md"), encoding: .utf8)
        #expect(doc.contains("```toml\n" + example + "```"))
    }

    @Test func builtinRundownLoads() throws {
        let plan = BuiltinRundown.plan
        #expect(try AgendaFile.parse(text: BuiltinRundown.text, file: "builtin") == plan)
        #expect(plan.title == "Rapat Koordinasi")
        #expect(plan.tz == "Asia/Jakarta")
        #expect(plan.lang == "id")
        #expect(plan.items.map(\.kind) == [.opening, .report, .remarks, .presentation, .qa, .break, .conclusion, .closing])
        #expect(plan.items.map { $0.plannedS / 60 } == [10, 10, 15, 40, 45, 60, 15, 5])
        #expect(plan.items[3].speakers == [
            BookedSpeaker(name: "Narasumber 1", allottedS: 1200),
            BookedSpeaker(name: "Narasumber 2", allottedS: 1200),
        ])
    }

    @Test func clockTimesAreNormalised() throws {
        let plan = try AgendaFile.parse(text: minimal + "\nstart = \"9.05\"", file: "rapat.toml")
        #expect(plan.items[0].plannedStart == "09:05")
    }

    @Test func speakersShareWhatIsLeft() throws {
        let plan = try AgendaFile.parse(text: minimal + """

        [[items.speakers]]
        name = "A"
        minutes = 4
        [[items.speakers]]
        name = "B"
        [[items.speakers]]
        name = "C"
        """, file: "rapat.toml")
        #expect(plan.items[0].speakers.map(\.allottedS) == [240, 180, 180])
    }
}

@Suite struct AgendaFileErrorTests {
    @Test func wrongKind() {
        #expect(agendaError(minimal.replacingOccurrences(of: "\"opening\"", with: "\"sambutan\"")) == TOMLError(
            file: "rapat.toml", line: 5, key: "items[1].kind",
            message: "unknown kind 'sambutan'; the kinds are opening, report, remarks, presentation, qa, conclusion, "
                + "closing, break, other"))
    }

    @Test func misspelledKindGetsASuggestion() {
        #expect(agendaError(minimal.replacingOccurrences(of: "\"opening\"", with: "\"openning\""))?.message
                == "unknown kind 'openning'; did you mean 'opening'?; the kinds are opening, report, remarks, "
                + "presentation, qa, conclusion, closing, break, other")
    }

    @Test func negativeMinutes() {
        #expect(agendaError(minimal.replacingOccurrences(of: "minutes = 10", with: "minutes = -10")) == TOMLError(
            file: "rapat.toml", line: 6, key: "items[1].minutes", message: "must be a positive number of minutes, found -10"))
    }

    @Test func tooManyMinutes() {
        #expect(agendaError(minimal.replacingOccurrences(of: "minutes = 10", with: "minutes = 1441")) == TOMLError(
            file: "rapat.toml", line: 6, key: "items[1].minutes", message: "must be at most 1440 minutes (a day), found 1441"))
    }

    @Test func minutesAsText() {
        #expect(agendaError(minimal.replacingOccurrences(of: "minutes = 10", with: "minutes = \"10\"")) == TOMLError(
            file: "rapat.toml", line: 6, key: "items[1].minutes", message: "expected an integer, found a string"))
    }

    @Test func badStart() {
        #expect(agendaError(minimal + "\nstart = \"25:00\"") == TOMLError(
            file: "rapat.toml", line: 7, key: "items[1].start",
            message: "invalid start '25:00'; write the clock time as HH:MM, e.g. \"09:30\""))
    }

    @Test func startGoingBackwards() {
        let text = minimal + "\nstart = \"09:00\"\n\n[[items]]\ntitle = \"Laporan\"\nminutes = 10\nstart = \"08:30\""
        #expect(agendaError(text) == TOMLError(
            file: "rapat.toml", line: 12, key: "items[2].start",
            message: "starts at 08:30, before the previous item (09:00)"))
    }

    @Test func unknownKey() {
        #expect(agendaError("tilte = \"Rakor\"\n" + minimal) == TOMLError(
            file: "rapat.toml", line: 1, key: "tilte", message: "unknown key; did you mean 'title'?"))
    }

    @Test func unknownKeyInItem() {
        #expect(agendaError(minimal + "\nduration = 5") == TOMLError(
            file: "rapat.toml", line: 7, key: "items[1].duration",
            message: "unknown key; expected one of: title, kind, minutes, start, speakers"))
    }

    @Test func missingTitle() {
        #expect(agendaError(minimal.replacingOccurrences(of: "title = \"Rakor\"\n", with: "venue = \"Aula\"\n")) == TOMLError(
            file: "rapat.toml", line: 1, key: "title", message: "missing required key"))
    }

    @Test func emptyTitle() {
        #expect(agendaError(minimal.replacingOccurrences(of: "\"Rakor\"", with: "\"  \"")) == TOMLError(
            file: "rapat.toml", line: 1, key: "title", message: "must not be empty"))
    }

    @Test func missingItemTitle() {
        #expect(agendaError(minimal.replacingOccurrences(of: "title = \"Pembukaan\"\n", with: "")) == TOMLError(
            file: "rapat.toml", line: 3, key: "items[1].title", message: "missing required key"))
    }

    @Test func badTimeZone() {
        #expect(agendaError("tz = \"Asia/Samarinda\"\n" + minimal) == TOMLError(
            file: "rapat.toml", line: 1, key: "tz",
            message: "unknown time zone 'Asia/Samarinda'; use an IANA name such as Asia/Jakarta (WIB), "
                + "Asia/Makassar (WITA) or Asia/Jayapura (WIT)"))
    }

    @Test func badModeAndLanguage() {
        #expect(agendaError("mode = \"virtual\"\n" + minimal) == TOMLError(
            file: "rapat.toml", line: 1, key: "mode", message: "unknown mode 'virtual'; expected one of onsite, online, hybrid"))
        #expect(agendaError("lang = \"jv\"\n" + minimal) == TOMLError(
            file: "rapat.toml", line: 1, key: "lang", message: "unknown lang 'jv'; expected one of id, en"))
    }

    @Test func badDate() {
        #expect(agendaError("date = \"2020-02-30\"\n" + minimal) == TOMLError(
            file: "rapat.toml", line: 1, key: "date",
            message: "invalid date '2020-02-30'; write it as YYYY-MM-DD, e.g. \"2020-10-15\""))
    }

    @Test func dangerMustBeBelowWarning() {
        #expect(agendaError("warning_s = 60\ndanger_s = 60\n" + minimal) == TOMLError(
            file: "rapat.toml", line: 2, key: "danger_s", message: "danger_s (60) must be less than warning_s (60)"))
    }

    @Test func noItems() {
        #expect(agendaError("title = \"Rakor\"") == TOMLError(
            file: "rapat.toml", line: 1, key: "items", message: "an agenda needs at least one item: add an [[items]] table"))
    }

    @Test func singleBracketItems() {
        #expect(agendaError(minimal.replacingOccurrences(of: "[[items]]", with: "[items]")) == TOMLError(
            file: "rapat.toml", line: 3, key: "items", message: "expected an array of tables: write [[items]] with two brackets"))
        #expect(agendaError(minimal + "\n[items.speakers]\nname = \"A\"") == TOMLError(
            file: "rapat.toml", line: 7, key: "items[1].speakers",
            message: "expected an array of tables: write [[items.speakers]] with two brackets"))
    }

    @Test func speakerErrorsNameTheNestedKey() {
        let text = minimal + "\n\n[[items]]\ntitle = \"Paparan\"\nkind = \"presentation\"\n\n"
            + "[[items.speakers]]\nname = \"Kepala BKN\"\nminutes = 0\n"
        #expect(agendaError(text) == TOMLError(
            file: "rapat.toml", line: 14, key: "items[2].speakers[1].minutes",
            message: "must be a positive number of minutes, found 0"))
    }

    @Test func speakersLongerThanTheirItem() {
        let text = minimal + "\n[[items.speakers]]\nname = \"A\"\nminutes = 8\n[[items.speakers]]\nname = \"B\"\nminutes = 8\n"
        #expect(agendaError(text) == TOMLError(
            file: "rapat.toml", line: 6, key: "items[1].minutes",
            message: "the speakers' minutes add up to 16, more than the item's 10"))
    }

    @Test func itemWithoutMinutes() {
        #expect(agendaError(minimal.replacingOccurrences(of: "minutes = 10", with: "")) == TOMLError(
            file: "rapat.toml", line: 3, key: "items[1].minutes",
            message: "missing required key; give the item's minutes (or every speaker's)"))
    }

    @Test func speakerWithoutName() {
        #expect(agendaError(minimal + "\n[[items.speakers]]\nrole = \"Kepala BKN\"") == TOMLError(
            file: "rapat.toml", line: 7, key: "items[1].speakers[1].name", message: "missing required key"))
    }

    @Test func unreadableFiles() throws {
        #expect(throws: TOMLError(file: "/nonexistent/rapat.toml", line: 0, message: "no such file")) {
            try AgendaFile.load(path: "/nonexistent/rapat.toml")
        }
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("rakor-agenda-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).toml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = Array("title = \"Rakor\"\nvenue = \"Aula ".utf8) + [0xFF] + Array("\"\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(throws: TOMLError(file: path, line: 2, message: "the file is not valid UTF-8")) {
            try AgendaFile.load(path: path)
        }
    }
}
