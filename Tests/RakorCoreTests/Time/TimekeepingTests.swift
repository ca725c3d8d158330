import Testing
@testable import RakorCore

/// Time on screen is derived from (state, now): the clock is just the `now:` argument.
@Suite struct TurnTimingTests {
    /// a1 (remarks, 30 min) running since 0; s1 Budi (300 s) on the floor since 10 s.
    static func budiSpeaking(warningS: Int? = nil, dangerS: Int? = nil, allottedS: Int = 300) -> TestStore {
        var store = TestStore(header: TestHeader.make(warningS: warningS, dangerS: dangerS))
        store.given(.rundown(.addItem(title: "Arahan", kind: .remarks, plannedS: 1800)), at: 0)
        store.given(.rundown(.startItem()), at: 0)
        store.given(.floor(.queueSpeaker(name: "Budi", org: "BKD Kaltim", allottedS: allottedS)), at: 0)
        store.given(.floor(.startNextSpeaker()), at: secs(10))
        return store
    }

    func timing(_ store: TestStore, _ now: Int, sourceLocation: SourceLocation = #_sourceLocation) -> TurnTiming? {
        let t = store.state.floorTiming(now: now)
        #expect(t != nil, "nobody holds the floor", sourceLocation: sourceLocation)
        return t
    }

    @Test func elapsedAndRemainingAcrossPausesAndASuspension() throws {
        var store = Self.budiSpeaking()
        #expect(timing(store, secs(70)) == TurnTiming(elapsedMs: secs(60), allottedMs: secs(300), remainingMs: secs(240),
                                                    phase: .normal, paused: false, held: false, ended: false))
        store.given(.floor(.togglePause), at: secs(70))
        #expect(timing(store, secs(100)) == TurnTiming(elapsedMs: secs(60), allottedMs: secs(300), remainingMs: secs(240),
                                                     phase: .normal, paused: true, held: false, ended: false))
        store.given(.floor(.togglePause), at: secs(100))
        #expect(timing(store, secs(130))?.elapsedMs == secs(90))
        // A suspension stops the turn...
        store.given(.session(.suspend(reason: .skors)), at: secs(160))
        #expect(timing(store, secs(400)) == TurnTiming(elapsedMs: secs(120), allottedMs: secs(300), remainingMs: secs(180),
                                                     phase: .normal, paused: false, held: true, ended: false))
        // ...and resuming continues it.
        store.given(.session(.resume), at: secs(460))
        #expect(timing(store, secs(460))?.elapsedMs == secs(120))
        #expect(timing(store, secs(519))?.remainingMs == secs(121))
        #expect(timing(store, secs(519))?.phase == .normal)
        #expect(timing(store, secs(520))?.phase == .warning)      // 120 s left: the default warning
        #expect(timing(store, secs(609))?.phase == .warning)      // 31 s left
        #expect(timing(store, secs(610))?.phase == .danger)       // 30 s left: the default danger
        #expect(timing(store, secs(640))?.remainingMs == 0)
        #expect(timing(store, secs(640))?.phase == .danger)
        #expect(timing(store, secs(640) + 1)?.phase == .overtime)
        #expect(timing(store, secs(700))?.remainingMs == -secs(60))
        // An extension moves the turn back out of overtime.
        store.given(.floor(.extendSpeaker(byS: 60)), at: secs(650))
        #expect(timing(store, secs(650)) == TurnTiming(elapsedMs: secs(310), allottedMs: secs(360), remainingMs: secs(50),
                                                     phase: .warning, paused: false, held: false, ended: false))
        // The item ran the whole time but for the suspension.
        let item = try #require(store.state.items[id: "a1"]?.clock)
        #expect(item.elapsedMs(at: secs(650)) == secs(160) + secs(190))
        // An ended turn stops counting.
        store.given(.floor(.endTurn), at: secs(700))
        let ended = store.state.speakerTiming("s1", now: secs(900))
        #expect(ended == TurnTiming(elapsedMs: secs(360), allottedMs: secs(360), remainingMs: 0, phase: .danger, paused: false,
                                    held: false, ended: true))
        #expect(store.state.floorTiming(now: secs(900)) == nil)
    }

    @Test func aPausedSpeakerStaysPausedAfterTheSessionResumes() {
        var store = Self.budiSpeaking()
        store.given(.floor(.togglePause), at: secs(70))                  // 60 s spoken
        store.given(.session(.suspend(reason: .ishoma)), at: secs(100))
        #expect(timing(store, secs(150))?.held == false)         // paused, not held
        store.given(.session(.resume), at: secs(200))
        #expect(timing(store, secs(300)) == TurnTiming(elapsedMs: secs(60), allottedMs: secs(300), remainingMs: secs(240),
                                                     phase: .normal, paused: true, held: false, ended: false))
        store.given(.floor(.togglePause), at: secs(300))
        #expect(timing(store, secs(330))?.elapsedMs == secs(90))
        #expect(store.state.speakers[id: "s1"]?.clock?.pausedMs == secs(230))
    }

    @Test func pausingAndResumingDuringASuspension() {
        var store = Self.budiSpeaking()
        store.given(.session(.suspend(reason: .technical)), at: secs(70))  // 60 s spoken
        store.given(.floor(.togglePause), at: secs(100))
        store.given(.session(.resume), at: secs(200))
        #expect(timing(store, secs(250))?.elapsedMs == secs(60), "paused during the suspension: still paused")
        store.given(.floor(.togglePause), at: secs(250))
        #expect(timing(store, secs(280))?.elapsedMs == secs(90))

        var other = Self.budiSpeaking()
        other.given(.floor(.togglePause), at: secs(40))                  // 30 s spoken
        other.given(.session(.suspend(reason: .skors)), at: secs(60))
        other.given(.floor(.togglePause), at: secs(100))                 // unpaused, but the meeting is suspended
        #expect(timing(other, secs(150)) == TurnTiming(elapsedMs: secs(30), allottedMs: secs(300), remainingMs: secs(270),
                                                     phase: .normal, paused: false, held: true, ended: false))
        other.given(.session(.resume), at: secs(200))
        #expect(timing(other, secs(260))?.elapsedMs == secs(90))
    }

    @Test func aTurnStartedDuringASuspensionWaitsForTheResume() {
        var store = TestStore()
        store.apply(.speakerQueued(id: "s1", name: "Budi", role: nil, org: nil, remote: nil, allottedS: 60, item: nil,
                                   index: nil, kind: nil), at: 0)
        store.apply(.sessionSuspended(reason: .skors, note: nil, resumeT: nil), at: secs(10))
        store.apply(.speakerStarted(id: "s1"), at: secs(20))
        #expect(store.state.floorTiming(now: secs(50))?.elapsedMs == 0)
        #expect(store.state.floorTiming(now: secs(50))?.held == true)
        store.apply(.sessionResumed, at: secs(100))
        #expect(store.state.floorTiming(now: secs(130))?.elapsedMs == secs(30))
    }

    @Test func customThresholds() {
        var store = Self.budiSpeaking(warningS: 60, dangerS: 10, allottedS: 120)
        let start = secs(10)
        #expect(timing(store, start + secs(59))?.phase == .normal)    // 61 s left
        #expect(timing(store, start + secs(60))?.phase == .warning)   // 60 s left
        #expect(timing(store, start + secs(109))?.phase == .warning)  // 11 s left
        #expect(timing(store, start + secs(110))?.phase == .danger)   // 10 s left
        #expect(timing(store, start + secs(120))?.phase == .danger)
        #expect(timing(store, start + secs(121))?.phase == .overtime)
        // Amending the thresholds mid-meeting changes the colour at once.
        store.given(.session(.updateSession(SessionPatch(warningS: 90, dangerS: 45))), at: start + secs(20))
        #expect(timing(store, start + secs(40))?.phase == .warning)   // 80 s left
        #expect(timing(store, start + secs(76))?.phase == .danger)    // 44 s left
    }

    @Test func aTurnWithNothingAllottedIsNeverOvertime() {
        var store = TestStore()
        store.given(.qa(.openRound()), at: 0)
        store.given(.qa(.startAnswer(by: "Kepala BKN")), at: secs(5))
        #expect(store.state.floorTiming(now: mins(90)) == TurnTiming(elapsedMs: mins(90) - secs(5), allottedMs: nil,
                                                                     remainingMs: nil, phase: .normal, paused: false,
                                                                     held: false, ended: false))
    }

    /// Allotted times come from the log; `allotted_s * 1000` must not trap on a huge one.
    @Test func aHugeAllottedTimeFromALogDoesNotCrash() async {
        await #expect(processExitsWith: .success) {
            var state = SessionState(header: SessionHeader(sessionId: "x", title: "x", startedAtMs: 0, tz: "Asia/Jakarta"))
            let kinds: [EventKind] = [
                .speakerQueued(id: "s1", name: "Budi", role: nil, org: nil, remote: nil, allottedS: 10_000_000_000_000_000,
                               item: nil, index: nil, kind: nil),
                .speakerStarted(id: "s1"),
            ]
            for k in kinds { state.apply(Event(seq: state.lastSeq + 1, t: 0, kind: k)) }
            _ = state.floorTiming(now: 1_000)
        }
    }
}

/// The rundown against the clock: planned versus actual, the running offset, the projected end.
@Suite struct RundownScheduleTests {
    /// Starts 09.00 WITA: a1 opening 5 min at "09:00", a2 report 10 min, a3 ishoma 15 min at
    /// "09:30", a4 closing 5 min. Planned: a1 0–5, a2 5–15, a3 30–45, a4 45–50 (minutes).
    static func rundown() -> TestStore {
        var store = TestStore()
        store.given(.rundown(.addItem(title: "Pembukaan", kind: .opening, plannedS: 300, plannedStart: "09:00")), at: 0)
        store.given(.rundown(.addItem(title: "Laporan", kind: .report, plannedS: 600)), at: 0)
        store.given(.rundown(.addItem(title: "Ishoma", kind: .break, plannedS: 900, plannedStart: "09:30")), at: 0)
        store.given(.rundown(.addItem(title: "Penutupan", kind: .closing, plannedS: 300)), at: 0)
        return store
    }

    func row(_ s: RundownSchedule, _ id: String) -> ScheduleRow? { s.rows.first { $0.id == id } }

    func projected(_ s: RundownSchedule) -> [[Int]] { s.rows.map { [$0.projectedStartT / 60_000, $0.projectedEndT / 60_000] } }

    @Test func thePlan() {
        let store = Self.rundown()
        let s = store.state.schedule(now: 0)
        #expect(s.rows.map { [$0.plannedStartT, $0.plannedEndT] } == [[0, mins(5)], [mins(5), mins(15)], [mins(30), mins(45)],
                                                                        [mins(45), mins(50)]])
        #expect(projected(s) == [[0, 5], [5, 15], [30, 45], [45, 50]])
        #expect(s.offsetMs == 0)
        #expect(s.plannedEndT == mins(50))
        #expect(s.projectedEndT == mins(50))
        // Not started two minutes after the planned start: the fixed 09:30 absorbs it, so the
        // meeting still ends on time, and the offset (projected minus planned end) says so.
        let late = store.state.schedule(now: mins(2))
        #expect(late.offsetMs == 0)
        #expect(late.offsetMs == late.projectedEndT - late.plannedEndT)
        #expect(projected(late) == [[2, 7], [7, 17], [30, 45], [45, 50]], "a fixed planned start absorbs the delay")
    }

    @Test func aWholeMeeting() throws {
        var store = Self.rundown()
        store.given(.rundown(.startItem()), at: mins(1))
        var s = store.state.schedule(now: mins(2))
        #expect(row(s, "a1")?.actualStartT == mins(1))
        #expect(row(s, "a1")?.projectedEndT == mins(6))
        #expect(row(s, "a1")?.elapsedMs == mins(1))
        #expect(s.offsetMs == 0, "a3 is fixed at 09:30: the end is still on time")
        #expect(projected(s) == [[1, 6], [6, 16], [30, 45], [45, 50]])

        // a1 overruns: 7 minutes for 5 planned.
        store.given(.rundown(.startItem()), at: mins(8))
        s = store.state.schedule(now: mins(10))
        let a1 = try #require(row(s, "a1"))
        #expect(a1 == ScheduleRow(id: "a1", plannedStartT: 0, plannedEndT: mins(5), actualStartT: mins(1), actualEndT: mins(8),
                                  projectedStartT: mins(1), projectedEndT: mins(8), elapsedMs: mins(7), plannedMs: mins(5),
                                  overMs: mins(2)))
        #expect(row(s, "a2")?.projectedEndT == mins(18))
        #expect(s.offsetMs == 0, "the next item to start, a3, is fixed at 09:30 and still reachable")

        // a2 runs long: past a3's planned start, the offset grows with the clock.
        s = store.state.schedule(now: mins(35))
        #expect(row(s, "a2")?.projectedEndT == mins(35))
        #expect(s.offsetMs == mins(5))
        #expect(s.projectedEndT == mins(55))
        s = store.state.schedule(now: mins(40))
        #expect(s.offsetMs == mins(10))
        #expect(projected(s) == [[1, 8], [8, 40], [40, 55], [55, 60]])

        // Suspended with a planned resumption 10 minutes later: the projection starts there.
        store.given(.session(.suspend(reason: .skors, resumeAfterS: 600)), at: mins(40))
        s = store.state.schedule(now: mins(42))
        #expect(s.offsetMs == mins(20))
        #expect(projected(s) == [[1, 8], [8, 50], [50, 65], [65, 70]])
        #expect(row(s, "a2")?.elapsedMs == mins(32))
        // Past the planned resumption, now is the later.
        s = store.state.schedule(now: mins(55))
        #expect(s.offsetMs == mins(25))

        store.given(.session(.resume), at: mins(50))
        store.given(.rundown(.startItem()), at: mins(50))                 // a3, the break
        s = store.state.schedule(now: mins(50))
        #expect(row(s, "a2")?.elapsedMs == mins(32), "the suspension is not counted")
        #expect(row(s, "a2")?.overMs == mins(22))
        #expect(row(s, "a3")?.projectedEndT == mins(65))
        #expect(s.offsetMs == mins(20))
        #expect(s.projectedEndT == mins(70))

        // The break is cut short, the closing runs to plan.
        store.given(.rundown(.startItem()), at: mins(60))
        store.given(.rundown(.endItem), at: mins(65))
        s = store.state.schedule(now: mins(80))
        #expect(row(s, "a3")?.overMs == -mins(5))
        #expect(row(s, "a4")?.overMs == 0)
        #expect(projected(s) == [[1, 8], [8, 50], [50, 60], [60, 65]])
        #expect(s.projectedEndT == mins(65))
        #expect(s.offsetMs == mins(15), "at the end, how late it ended")
    }

    /// Issue 10 item 7: with fixed start times an early start shows as early, and the offset and
    /// the projected end are one computation, before and after an item is lengthened.
    @Test func anEarlyStartWithFixedTimesIsShownAsEarlyAndTheTwoLinesAgree() {
        var store = TestStore()
        store.given(.rundown(.addItem(title: "Pembukaan", kind: .opening, plannedS: 300, plannedStart: "09:00")), at: 0)
        store.given(.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: 1800, plannedStart: "10:00")), at: 0)
        store.given(.rundown(.addItem(title: "Penutupan", kind: .closing, plannedS: 600)), at: 0)
        store.given(.rundown(.startItem()), at: 0)
        // Before the paparan starts: it waits for 10.00, so the meeting ends on time.
        var s = store.state.schedule(now: mins(10))
        #expect(s.offsetMs == 0)
        #expect(s.plannedEndT == mins(100))
        store.given(.rundown(.startItem()), at: mins(14))                  // 46 minutes early
        s = store.state.schedule(now: mins(20))
        #expect(projected(s) == [[0, 14], [14, 44], [44, 54]])
        #expect(s.projectedEndT == mins(54))
        #expect(s.offsetMs == -mins(46))
        store.given(.rundown(.updateItem(id: "a2", plannedS: 2700)), at: mins(21))
        s = store.state.schedule(now: mins(21))
        #expect(s.projectedEndT == mins(69))
        #expect(s.offsetMs == s.projectedEndT - s.plannedEndT)
        #expect(s.offsetMs == -mins(46) + mins(15) - mins(15), "the plan grew with the item: still 46 minutes early")
    }

    @Test func aSuspensionWithoutAPlannedResumptionProjectsFromNow() {
        var store = Self.rundown()
        store.given(.rundown(.startItem()), at: 0)
        store.given(.rundown(.startItem()), at: mins(5))
        store.given(.session(.suspend(reason: .technical)), at: mins(40))
        let s = store.state.schedule(now: mins(42))
        #expect(row(s, "a2")?.projectedEndT == mins(42))
        #expect(s.offsetMs == mins(12))
    }

    @Test func withoutPlannedStartsThePlanFollowsTheFirstItem() {
        var store = TestStore()
        store.given(.rundown(.addItem(title: "Doa", kind: .other, plannedS: 600)), at: 0)
        store.given(.rundown(.addItem(title: "Diskusi", kind: .qa, plannedS: 600)), at: 0)
        var s = store.state.schedule(now: mins(3))
        #expect(s.rows.map { [$0.plannedStartT, $0.plannedEndT] } == [[mins(3), mins(13)], [mins(13), mins(23)]])
        #expect(s.offsetMs == 0)
        store.given(.rundown(.startItem()), at: mins(5))
        s = store.state.schedule(now: mins(6))
        #expect(s.rows.map { [$0.plannedStartT, $0.plannedEndT] } == [[mins(5), mins(15)], [mins(15), mins(25)]])
        #expect(projected(s) == [[5, 15], [15, 25]])
        #expect(s.offsetMs == 0)
        s = store.state.schedule(now: mins(20))
        #expect(s.offsetMs == mins(5))
        #expect(s.projectedEndT == mins(30))
    }

    @Test func anEmptyRundown() {
        let s = TestHeader.state().schedule(now: mins(7))
        #expect(s == RundownSchedule(rows: [], offsetMs: 0, plannedEndT: mins(7), projectedEndT: mins(7)))
    }
}

/// Speaking time so far, per person and per instansi.
@Suite struct SpeakingTotalsTests {
    @Test func perPersonAndPerInstansi() {
        var store = TestStore()
        store.given(.rundown(.addItem(title: "Diskusi", kind: .qa, plannedS: 3600)), at: 0)
        store.given(.rundown(.startItem()), at: 0)
        store.given(.floor(.queueSpeaker(name: "Budi", org: "BKD Kaltim", allottedS: 300)), at: 0)
        store.given(.floor(.queueSpeaker(name: "Siti", org: "BKN", allottedS: 300)), at: 0)
        store.given(.floor(.startNextSpeaker()), at: 0)
        store.given(.floor(.startNextSpeaker()), at: secs(60))           // Budi 60 s
        store.given(.qa(.openRound()), at: secs(180))
        store.given(.qa(.queueQuestion(asker: "Andi", org: "BKD Kaltim")), at: secs(180))
        store.given(.qa(.startQuestion()), at: secs(180))            // Siti 120 s
        store.given(.qa(.startAnswer(by: "s1")), at: secs(210))      // Andi 30 s
        store.given(.qa(.startAnswer(by: "Kepala Dinas")), at: secs(300)) // Budi answers 90 s
        store.given(.floor(.endTurn), at: secs(320))                    // Kepala Dinas 20 s
        let totals = store.state.speakingTotals(now: secs(1000))
        #expect(totals.byPerson.map(\.name) == ["Budi", "Siti", "Andi", "Kepala Dinas"])
        #expect(totals.byPerson.map(\.ms) == [secs(150), secs(120), secs(30), secs(20)])
        #expect(totals.byOrg.map(\.org) == ["BKD Kaltim", "BKN"])
        #expect(totals.byOrg.map(\.ms) == [secs(180), secs(120)])
    }

    @Test func aRunningTurnCountsToNow() {
        var store = TestStore()
        store.given(.floor(.queueSpeaker(name: "Budi", org: "BKD Kaltim", allottedS: 300)), at: 0)
        store.given(.floor(.startNextSpeaker()), at: secs(10))
        #expect(store.state.speakingTotals(now: secs(70)).byPerson.map(\.ms) == [secs(60)])
        #expect(store.state.speakingTotals(now: secs(100)).byOrg.map(\.ms) == [secs(90)])
        // Nobody has spoken: nothing to total.
        let none = TestHeader.state().speakingTotals(now: secs(100))
        #expect(none.byPerson.isEmpty && none.byOrg.isEmpty)
    }
}

/// Clock times and dates in the session's zone.
@Suite struct ZoneClockTests {
    @Test(arguments: [("Asia/Jakarta", "WIB"), ("Asia/Pontianak", "WIB"), ("Asia/Makassar", "WITA"), ("Asia/Jayapura", "WIT"),
                      ("Asia/Kolkata", "UTC+5:30"), ("Asia/Kathmandu", "UTC+5:45"), ("UTC", "UTC+0"),
                      ("America/Sao_Paulo", "UTC-3")])
    func labels(tz: String, label: String) {
        #expect(ZoneClock(startedAtMs: TestHeader.startedAtMs, tz: tz).label == label)
    }

    @Test func clockTimesInTheIndonesianWay() {
        let wita = ZoneClock(header: TestHeader.make())
        #expect(wita.offsetS == 8 * 3600)
        #expect(wita.clock(0) == "09.00")
        #expect(wita.clock(mins(41)) == "09.41")
        #expect(wita.clock(mins(41) + secs(59)) == "09.41")
        #expect(wita.clock(mins(41), separator: ":") == "09:41")
        #expect(wita.clockWithSeconds(mins(41) + secs(7)) == "09.41.07")
        #expect(wita.clock(-mins(1)) == "08.59")
        #expect(wita.clock(mins(15 * 60)) == "00.00")
        let wib = ZoneClock(header: TestHeader.make(tz: "Asia/Jakarta"))
        #expect(wib.clock(mins(41)) == "08.41")
        let wit = ZoneClock(header: TestHeader.make(tz: "Asia/Jayapura"))
        #expect(wit.clock(mins(41)) == "10.41")
    }

    @Test func longAndShortDates() {
        let wita = ZoneClock(header: TestHeader.make())
        #expect(wita.longDate(0, .id) == "Kamis, 15 Oktober 2020")
        #expect(wita.longDate(0, .en) == "Thursday, 15 October 2020")
        #expect(wita.shortDate(0, .id) == "15 Oktober 2020")
        #expect(wita.longDate(mins(15 * 60), .id) == "Jumat, 16 Oktober 2020", "past local midnight")
        // 16:30Z is 23.30 WIB on the 15th, 00.30 WIT on the 16th.
        let evening = TestHeader.startedAtMs + mins(15 * 60 + 30)
        #expect(ZoneClock(startedAtMs: evening, tz: "Asia/Jakarta").longDate(0, .id) == "Kamis, 15 Oktober 2020")
        #expect(ZoneClock(startedAtMs: evening, tz: "Asia/Jayapura").longDate(0, .id) == "Jumat, 16 Oktober 2020")
        #expect(ZoneClock(startedAtMs: evening, tz: "Asia/Jakarta").clock(mins(45)) == "00.15")
        #expect(ZoneClock(startedAtMs: evening, tz: "Asia/Jakarta").longDate(mins(45), .id) == "Jumat, 16 Oktober 2020")
        let months = (1...12).map { ZoneClock.monthName($0, .id) }
        #expect(months == ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
                           "November", "Desember"])
    }

    @Test func plannedClockTimesOnTheFirstDay() throws {
        let wita = ZoneClock(header: TestHeader.make())
        #expect(wita.t(of: try #require(ClockTime.parse("09:00"))) == 0)
        #expect(wita.t(of: try #require(ClockTime.parse("9.30"))) == mins(30))
        #expect(wita.t(of: try #require(ClockTime.parse("08:15"))) == -mins(45))
        #expect(wita.t(of: try #require(ClockTime.parse("13:05"))) == mins(4 * 60 + 5))
    }

    @Test func clockTimesAndDatesParse() {
        #expect(ClockTime.parse("09:41") == ClockTime(hour: 9, minute: 41))
        #expect(ClockTime.parse("9.41") == ClockTime(hour: 9, minute: 41))
        for bad in ["24:00", "09:60", "9:5", "0941", "", ":", "09:41:00", "٠٩:٤١", "-1:00", "09 :41"] {
            #expect(ClockTime.parse(bad) == nil, "\(bad)")
        }
        #expect(CalendarDate.parse("2020-10-15") == CalendarDate(year: 2020, month: 10, day: 15))
        #expect(CalendarDate.parse("2000-02-29") != nil)
        for bad in ["2024-02-30", "1900-02-29", "2020-13-01", "2020-00-10", "2020-1-01", "20-10-15", "2020-10-15T00:00", ""] {
            #expect(CalendarDate.parse(bad) == nil, "\(bad)")
        }
    }
}
