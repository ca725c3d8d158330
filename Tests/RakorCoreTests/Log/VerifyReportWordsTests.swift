import Testing
@testable import RakorCore

/// The Indonesian verify report says the reader's own findings in Indonesian, not half in English.
@Suite struct VerifyReportWordsTests {
    typealias F = DamageFixture

    @Test func aTornLastLineAndNULBytesAreSaidInIndonesian() throws {
        var lines = F.lines()
        lines[4] = [UInt8](repeating: 0, count: 100) + [0x0A]
        let last = lines.removeLast()
        let r = try #require(F.read(lines.flatMap { $0 } + last.prefix(20)))
        let report = VerifyReport.text(r, path: "rakor.jsonl", lang: .id)
        #expect(report.contains("rakor.jsonl:5: baris memuat bita NUL\n"))
        #expect(report.contains("rakor.jsonl:11: ekor terpotong: baris terakhir tidak diakhiri baris baru\n"))
        #expect(!report.contains("the line") && !report.contains("the last line"))
        // English stays the reader's own words.
        #expect(VerifyReport.text(r, path: "rakor.jsonl", lang: .en).contains("rakor.jsonl:11: torn tail: the last line has no final newline\n"))
    }
}
