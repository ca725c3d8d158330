import Foundation
import Testing
@testable import RakorCore

// Spreadsheets as Excel and LibreOffice save them (Fixtures/, made by make-fixtures.py): CSV with a
// BOM and `;`, English headers in another order, an .xlsx with a merged title row and a merged
// pengisi, one saved by LibreOffice Calc itself. Agenda goldens in Golden/ (RAKOR_RECORD=1 rewrites).

private let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
private let fixtures = here.appendingPathComponent("Fixtures")
private let golden = here.appendingPathComponent("Golden")
private let recording = ProcessInfo.processInfo.environment["RAKOR_RECORD"] == "1"

private func table(_ name: String) throws -> SpreadsheetTable {
    try SpreadsheetTable.load(path: fixtures.appendingPathComponent(name).path)
}

struct AgendaImportTests {
    /// The agenda file and the problems, against Golden/NAME.toml (problems as a comment at its end).
    @Test(arguments: ["susunan-excel.csv", "susunan-merged.xlsx", "susunan-libreoffice.xlsx"])
    func importsAsTheGoldenAndTheAgendaLoaderAcceptsIt(_ name: String) throws {
        let imported = try AgendaImport.read(try table(name), name: name)
        let text = imported.agendaFile(source: name, title: "fallback")
            + imported.problems.map { "# problem: \($0)\n" }.joined()
        let plan = try AgendaFile.parse(text: text, file: name)
        #expect(plan.items.count == imported.rows.count)
        let file = golden.appendingPathComponent(name.replacingOccurrences(of: ".", with: "-") + ".toml")
        if recording { try text.write(to: file, atomically: true, encoding: .utf8) }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected)
    }

    @Test func namesEveryRowItCannotReadWithItsNumberAndWhy() throws {
        let imported = try AgendaImport.read(try table("susunan-excel.csv"), name: "susunan-excel.csv")
        #expect(imported.problems.map(\.description) == [
            "row 9: waktu \"10.30 – 09.30\" ends before it starts",
            "row 10: waktu \"xx.yy\" is not a time such as 08.00 – 08.30, 08.00-08.30 or 08.00",
            "row 11: no acara (the waktu or other cells are filled, the acara is empty)",
        ])
        #expect(imported.title == "SUSUNAN ACARA RAKOR KEPEGAWAIAN 2024")
        // A start alone runs to the next row's start; a quoted `;` stays in its cell.
        let sambutan = try #require(imported.rows.first { $0.title == "Sambutan; arahan Sekretaris Daerah" })
        #expect((sambutan.start, sambutan.minutes, sambutan.kind) == ("09:00", 20, .remarks))
        #expect(imported.rows.map(\.kind) == [.opening, .opening, .report, .remarks, .presentation, .break, .conclusion, .closing])
    }

    @Test func mergedCellsCarryDownButNotAcrossAndATimeTypedAsATimeIsRead() throws {
        let t = try table("susunan-merged.xlsx")
        #expect(t.rows[0] == ["SUSUNAN ACARA RAPAT KOORDINASI", "", "", ""])
        #expect(t.rows[5] == ["10.15 - 11.00", "Tanya jawab", "Bima Haria Wibisana", "dipandu moderator"])
        #expect(t.rows[6][0] == "0.5")
        let imported = try AgendaImport.read(t, name: "x")
        #expect(imported.rows.map(\.start) == ["09:00", "09:15", "10:15", "12:00", "13:00"])
        #expect(imported.rows.map(\.minutes) == [15, 60, 45, 60, 20])
    }

    @Test func noHeaderIsAClearError() throws {
        let t = SpreadsheetTable(rows: [["a", "b"], ["c", "d"]])
        #expect(throws: SpreadsheetError(message: "x.csv: no header row with a waktu column (waktu, jam or time) and an acara column (acara, kegiatan or agenda) in its first 20 rows")) {
            try AgendaImport.read(t, name: "x.csv")
        }
    }

    @Test func timesAsPanitiaWriteThem() {
        #expect(AgendaImport.timeRange("08.00 – 08.30")! == (480, 510))
        #expect(AgendaImport.timeRange("08.00-08.30")! == (480, 510))
        #expect(AgendaImport.timeRange("08:00 s.d. 08:30 WIB")! == (480, 510))
        #expect(AgendaImport.timeRange("8.00")! == (480, nil))
        #expect(AgendaImport.timeRange("0.375")! == (540, nil))
        #expect(AgendaImport.timeRange("pagi") == nil)
        #expect(AgendaImport.timeRange("25.00") == nil)
    }
}

struct InvitationListTests {
    @Test func excelCSVWithBOMSemicolonsAndATitleRow() throws {
        let list = try InvitationList.read(try table("undangan-excel.csv"), name: "undangan-excel.csv")
        #expect(list.people == [
            AttendeeInfo(name: "Dra. Siti Aminah, M.Si.", nip: "19700101 199003 2 002", role: "Kepala Bidang Mutasi",
                         org: "BKD Provinsi Kalimantan Timur", mode: "onsite"),
            AttendeeInfo(name: "Budi Santoso", nip: "198505152010011003", role: "Analis SDM Aparatur",
                         org: "BKPSDM Kab. Kutai Kartanegara", mode: "online"),
            AttendeeInfo(name: "Andi \"Ucok\" Lubis", role: "Camat", org: "Kecamatan Sungai Kunjang"),
        ])
        #expect(list.problems.map(\.description) == [
            "row 5: no name (the other cells are not empty)",
            "row 6: kehadiran \"zoomlah\" is neither luring nor daring",
        ])
    }

    @Test func englishHeadersInAnotherOrderWithCommas() throws {
        let list = try InvitationList.read(try table("undangan-en.csv"), name: "undangan-en.csv")
        #expect(list.people == [
            AttendeeInfo(name: "Diah Ipma Fithria", role: "Analis Kebijakan Ahli Muda", org: "Kementerian PANRB", group: "narasumber"),
            AttendeeInfo(name: "Yusuf Ali", nip: "197502022000031001", role: "Kepala Kantor", org: "BKN, Kantor Regional VIII",
                         group: "peserta"),
        ])
        #expect(list.problems.isEmpty)
    }

    @Test func notUTF8IsAClearError() {
        #expect(throws: SpreadsheetError(message: "l.csv: not UTF-8 text; save it as \"CSV UTF-8\" (Excel) or with the UTF-8 character set (LibreOffice)")) {
            try SpreadsheetTable.csv(Data([0x4E, 0x61, 0x6D, 0x61, 0x0A, 0xE9, 0x0A]), name: "l.csv")
        }
    }
}
