import Testing
@testable import RakorCore
@testable import RakorTUI

/// Every planned or projected clock that can pass midnight says its day ("00.15 besok"):
/// the rundown's rows and footer, the advice, the one-line projection, a break's "dilanjutkan",
/// a skors' "lanjut"; through one function (`ZoneClock.projected`).
@Suite("Clock times past midnight")
struct ClockDayTests {
    /// 22.30 WITA: five half-hour items from 22.30 (the last two after midnight), the first
    /// started and 25 minutes over its plan at 23.25, so the advice shows.
    static func lateNight(lastIsBreak: Bool = false) -> (SessionState, Int) {
        // 2020-10-15 14:30 UTC is 22.30 WITA.
        let header = SessionHeader(sessionId: "late", title: "Rapat malam", startedAtMs: 1_602_772_200_000, tz: "Asia/Makassar", lang: "id")
        var s = SessionState(header: header)
        func run(_ c: Command, _ t: Int) {
            guard case .success(let es) = decide(c, s, now: t, by: "moderator") else { Issue.record("refused \(c)"); return }
            for e in es { s.apply(e) }
        }
        let titles = ["Pembukaan", "Laporan", "Paparan", "Tanya jawab", "Penutupan"]
        for (i, title) in titles.enumerated() {
            run(.rundown(.addItem(title: title, kind: i == 0 ? .opening : .presentation, plannedS: 1800)), 0)
        }
        run(.rundown(.startItem()), 0)
        return (s, 55 * 60_000)   // 23.25: Pembukaan runs 55 min of its 30
    }

    @Test func theRundownRowsFooterAndAdviceSayBesok() throws {
        let (s, now) = Self.lateNight()
        let text = Dashboard.render(ViewContext(state: s, now: now, lang: .id), size: Size(width: 120, height: 40)).text
        // Rows: the items planned after midnight, and not those before it.
        #expect(text.contains("00.00 besok Tanya jawab") && text.contains("00.30 besok Penutupan"), "\(text)")
        #expect(!text.contains("23.30 besok"))
        // Footer: the projected end and the plan.
        #expect(text.contains("selesai 01.25 besok, rencana"), "\(text)")
        let wide = Dashboard.render(ViewContext(state: s, now: now, lang: .id), size: Size(width: 200, height: 60)).text
        #expect(wide.contains("selesai ≈ 01.25 WITA besok (rencana 01.00 besok)"), "\(wide)")
        let en = Dashboard.render(ViewContext(state: s, now: now, lang: .en), size: Size(width: 200, height: 60)).text
        #expect(en.contains("ends ≈ 01:25 WITA tomorrow (plan 01:00 tomorrow)"), "\(en)")
    }

    @Test func theAdviceSaysBesok() throws {
        var (s, now) = Self.lateNight()
        // A speaker waiting under the running item gives the advice something to shorten.
        guard case .success(let es) = decide(.floor(.queueSpeaker(name: "Sri Wahyuni", allottedS: 1200)), s, now: now, by: nil) else { return }
        for e in es { s.apply(e) }
        now += 1000
        let advice = try #require(s.onTimeAdvice(now: now))
        let ctx = ViewContext(state: s, now: now, lang: .id)
        #expect(RundownPanel.adviceLine(advice, s, ctx).hasPrefix("agar selesai 01.00 besok: "), "\(RundownPanel.adviceLine(advice, s, ctx))")
        let text = Dashboard.render(ctx, size: Size(width: 100, height: 30)).text
        #expect(text.contains("selesai 01.00 besok"), "\(text)")
    }

    @Test func theOneLineProjectionSaysBesok() {
        let (s, now) = Self.lateNight()
        var c = Canvas(size: Size(width: 80, height: 1))
        RundownPanel.drawSummaryLine(into: &c, Rect(x: 0, y: 0, width: 80, height: 1), ViewContext(state: s, now: now, lang: .id))
        #expect(c.text.contains("selesai 01.25 besok"), "\(c.text)")
    }

    @Test func aBreakAndASkorsThatResumeAfterMidnightSayBesok() {
        var (s, now) = Self.lateNight()
        // An ishoma item of an hour from 23.25 resumes at 00.25 the next day.
        guard case .success(let es) = decide(.rundown(.addItem(title: "Ishoma", kind: .break, plannedS: 3600, index: 1)), s, now: now, by: nil) else { return }
        for e in es { s.apply(e) }
        guard case .success(let started) = decide(.rundown(.startItem()), s, now: now, by: nil) else { Issue.record("no break"); return }
        for e in started { s.apply(e) }
        let line = FloorPanel.breakText(s, ViewContext(state: s, now: now, lang: .id))?.line
        #expect(line == "Ishoma · dilanjutkan 00.25 besok")
        // A skors until 00.40.
        now += 60_000
        guard case .success(let sk) = decide(.session(.suspend(reason: .skors, note: nil, resumeAfterS: 75 * 60)), s, now: now, by: nil) else {
            Issue.record("no skors"); return
        }
        for e in sk { s.apply(e) }
        let header = Dashboard.render(ViewContext(state: s, now: now, lang: .id), size: Size(width: 120, height: 40)).text
        #expect(header.contains("lanjut 00.41 besok"), "\(header)")
    }

    @Test func theOneFunctionSaysTheDay() {
        let zone = ZoneClock(startedAtMs: 1_602_772_200_000, tz: "Asia/Makassar")   // 22.30 WITA
        #expect(zone.projected(60 * 60_000, from: 0, .id) == "23.30")
        #expect(zone.projected(105 * 60_000, from: 0, .id) == "00.15 besok")
        #expect(zone.projected(105 * 60_000, from: 0, .en) == "00:15 tomorrow")
        #expect(zone.projected(105 * 60_000, from: 100 * 60_000, .id) == "00.15")   // now is past midnight too
        #expect(zone.projected(105 * 60_000 + 86_400_000, from: 0, .id) == "00.15 17/10")
    }
}
