import Foundation
import Testing
@testable import RakorCore

/// `rakor agenda check`: every error at once, and warnings that deserve a look.
@Suite("Agenda check")
struct AgendaCheckTests {
    /// 15 October 2020, 09.00 WITA.
    let now = 1_602_723_600_000

    @Test func everyErrorIsReportedNotOnlyTheFirst() {
        let text = """
        title = "Rakor"
        tilte = "typo"
        date = "2020-13-01"

        [[items]]
        title = "Pembukaan"
        kind = "opning"
        minutes = 10

        [[items]]
        title = "Laporan"
        minutes = -5

        [[items]]
        minutes = 10
        start = "25:00"
        """
        let r = AgendaCheck.check(text: text, file: "rapat.toml", nowMs: now)
        #expect(r.plan == nil)
        #expect(r.errors.map(\.description) == [
            "rapat.toml:2: key 'tilte': unknown key; did you mean 'title'?",
            "rapat.toml:3: key 'date': invalid date '2020-13-01'; write it as YYYY-MM-DD, e.g. \"2020-10-15\"",
            "rapat.toml:7: key 'items[1].kind': unknown kind 'opning'; did you mean 'opening'?; the kinds are opening, report, remarks, presentation, qa, conclusion, closing, break, other",
            "rapat.toml:12: key 'items[2].minutes': must be a positive number of minutes, found -5",
            "rapat.toml:14: key 'items[3].title': missing required key",
            "rapat.toml:16: key 'items[3].start': invalid start '25:00'; write the clock time as HH:MM, e.g. \"09:30\"",
        ])
        // `rakor run` still gets the first of them through the old entry point.
        #expect(throws: TOMLError.self) { try AgendaFile.parse(text: text, file: "rapat.toml") }
    }

    @Test func aDateNotTodayAndOverlappingTimesAreWarnings() throws {
        let text = """
        title = "Rakor"
        date = "2020-10-16"
        tz = "Asia/Makassar"

        [[items]]
        title = "Pembukaan"
        start = "09:00"
        minutes = 30

        [[items]]
        title = "Laporan"
        start = "09:20"
        minutes = 10
        """
        let r = AgendaCheck.check(text: text, file: "rapat.toml", nowMs: now)
        #expect(r.errors.isEmpty)
        #expect(r.plan != nil)
        #expect(r.warnings.map(\.description) == [
            "rapat.toml:2: key 'date': the agenda is dated 2020-10-16, but today is 2020-10-15 (Asia/Makassar)",
            "rapat.toml:12: key 'items[2].start': starts at 09:20, but item 1 (\"Pembukaan\") runs until 09:30: the times overlap",
        ])
    }

    @Test func theNewAgendaTemplatePassesTheCheckAndFollowsTheDomainRundown() throws {
        let text = AgendaTemplate.text(date: "2020-10-15", tz: "Asia/Makassar")
        let r = AgendaCheck.check(text: text, file: "rakor.toml", nowMs: now)
        #expect(r.errors.isEmpty, "\(r.errors)")
        #expect(r.warnings.isEmpty, "\(r.warnings)")
        let plan = try #require(r.plan)
        #expect(plan.items.map(\.kind) == [.other, .opening, .report, .remarks, .presentation, .qa, .break, .conclusion, .closing])
        #expect(plan.items[4].speakers.count == 3)
        #expect(text.contains("# "), "it is commented")
    }
}
