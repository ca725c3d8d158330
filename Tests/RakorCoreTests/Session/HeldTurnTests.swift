import Testing
@testable import RakorCore

/// Issue 10: an interupsi holds the turn, one speaker list per item, a break item stops the clocks,
/// each stated as the whole resulting state.
@Suite struct HeldTurnTests {
    typealias F = DecideFloorTests

    /// s1 Budi on the floor since 0 (300 s), s2 and s3 waiting, and the interupsi s4 queued at 60 s.
    static func interupsiWaiting() -> TestStore {
        var store = F.threeQueued()
        store.given(.floor(.startNextSpeaker()), at: 0)
        store.given(.floor(.queueSpeaker(name: "Pak Camat", allottedS: 60, interruption: true)), at: secs(60))
        return store
    }

    // MARK: item 1

    @Test func anInterupsiHoldsTheTurnAndEndingItGivesTheFloorBackWithTheTimeLeft() {
        var store = Self.interupsiWaiting()
        store.send(.floor(.startNextSpeaker()), at: secs(60), emits: [.speakerHeld(id: "s1"), .speakerStarted(id: "s4")]) {
            $0.speakers[id: "s1"]?.status = .held
            $0.speakers[id: "s1"]?.holds = 1
            $0.speakers[id: "s1"]?.clock = clock(start: 0, running: nil, accumulated: secs(60))
            $0.held = ["s1"]
            $0.speakers[id: "s4"]?.status = .onFloor
            $0.speakers[id: "s4"]?.clock = clock(start: secs(60), running: secs(60))
            $0.queue = ["s2", "s3"]
            $0.floor = .speaker("s4")
        }
        // The held clock stands still while the interrupter speaks.
        #expect(store.state.speakerTiming("s1", now: secs(85))?.remainingMs == secs(240))
        store.send(.floor(.endTurn), at: secs(90), emits: [.speakerEnded(id: "s4"), .speakerResumed(id: "s1")]) {
            $0.speakers[id: "s4"]?.status = .done
            $0.speakers[id: "s4"]?.clock = clock(start: secs(60), running: nil, accumulated: secs(30), ended: secs(90))
            $0.speakers[id: "s1"]?.status = .onFloor
            $0.speakers[id: "s1"]?.clock = clock(start: 0, running: secs(90), accumulated: secs(60))
            $0.held = []
            $0.floor = .speaker("s1")
        }
        #expect(store.state.speakerTiming("s1", now: secs(100))?.remainingMs == secs(230))
        // One turn: still in no queue, and ending it ends it once.
        store.send(.floor(.endTurn), at: secs(200), emits: [.speakerEnded(id: "s1")]) {
            $0.speakers[id: "s1"]?.status = .done
            $0.speakers[id: "s1"]?.clock = clock(start: 0, running: nil, accumulated: secs(170), ended: secs(200))
            $0.floor = nil
        }
    }

    @Test func aPointOfOrderWhileNobodySpeaksSimplyTakesTheFloor() {
        var store = F.threeQueued()
        store.given(.floor(.queueSpeaker(name: "Pak Camat", allottedS: 60, interruption: true)), at: secs(5))
        store.send(.floor(.startNextSpeaker()), at: secs(5), emits: [.speakerStarted(id: "s4")]) {
            $0.speakers[id: "s4"]?.status = .onFloor
            $0.speakers[id: "s4"]?.clock = clock(start: secs(5), running: secs(5))
            $0.queue = ["s1", "s2", "s3"]
            $0.floor = .speaker("s4")
        }
        store.send(.floor(.endTurn), at: secs(20), emits: [.speakerEnded(id: "s4")]) {
            $0.speakers[id: "s4"]?.status = .done
            $0.speakers[id: "s4"]?.clock = clock(start: secs(5), running: nil, accumulated: secs(15), ended: secs(20))
            $0.floor = nil
        }
    }

    @Test func nextGivesAHeldTurnBackBeforeTheQueueAndCloseEndsAHeldTurn() {
        var store = Self.interupsiWaiting()
        store.given(.floor(.startNextSpeaker()), at: secs(60))   // s1 held, s4 speaks
        // The moderator gives the floor back with `n`: the interrupter ends, s1 resumes, s2 still waits.
        store.send(.floor(.startNextSpeaker()), at: secs(80), emits: [.speakerEnded(id: "s4"), .speakerResumed(id: "s1")]) {
            $0.speakers[id: "s4"]?.status = .done
            $0.speakers[id: "s4"]?.clock = clock(start: secs(60), running: nil, accumulated: secs(20), ended: secs(80))
            $0.speakers[id: "s1"]?.status = .onFloor
            $0.speakers[id: "s1"]?.clock = clock(start: 0, running: secs(80), accumulated: secs(60))
            $0.held = []
            $0.floor = .speaker("s1")
        }
        // Held again by a second interupsi, then the meeting closes: the held turn ends at the close.
        store.given(.floor(.queueSpeaker(name: "Bu Lurah", allottedS: 60, interruption: true)), at: secs(90))
        store.given(.floor(.startNextSpeaker()), at: secs(90))
        #expect(store.state.speakers[id: "s1"]?.holds == 2)
        store.send(.session(.close), at: secs(100),
                   emits: [.speakerEnded(id: "s5"), .speakerEnded(id: "s1"), .itemEnded(id: "a1"), .sessionClosed]) {
            $0.speakers[id: "s5"]?.status = .done
            $0.speakers[id: "s5"]?.clock = clock(start: secs(90), running: nil, accumulated: secs(10), ended: secs(100))
            $0.speakers[id: "s1"]?.status = .done
            $0.speakers[id: "s1"]?.clock = clock(start: 0, running: nil, accumulated: secs(70), ended: secs(100))
            $0.held = []
            $0.floor = nil
            $0.items[id: "a1"]?.clock = clock(start: 0, running: nil, accumulated: secs(100), ended: secs(100))
            $0.runningItem = nil
            $0.machine = PhaseMachine(phase: .selesai)
            $0.closedT = secs(100)
        }
    }

    @Test func aReaderEndsAHeldTurnAtTheClose() {
        var store = Self.interupsiWaiting()
        store.given(.floor(.startNextSpeaker()), at: secs(60))
        var s = store.state
        s.apply(Event(seq: s.lastSeq + 1, t: secs(70), kind: .sessionClosed))
        #expect(s.held.isEmpty)
        #expect(s.speakers[id: "s1"]?.status == .done)
        #expect(s.speakers[id: "s1"]?.clock?.endedT == secs(70))
        #expect(s.speakers[id: "s1"]?.clock?.elapsedMs(at: secs(99)) == secs(60))
    }

    // MARK: item 2

    @Test func theNextSpeakerIsTheFirstQueuedForTheRunningItem() {
        var store = TestStore()
        store.given(.rundown(.addItem(title: "Laporan", kind: .report, plannedS: 600)), at: 0)
        store.given(.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: 1200)), at: 0)
        store.given(.floor(.queueSpeaker(name: "Kepala BKN", allottedS: 1200, item: "a2")), at: 0)
        store.given(.floor(.queueSpeaker(name: "Ketua Panitia", allottedS: 600, item: "a1")), at: 0)
        store.given(.floor(.queueSpeaker(name: "MC", allottedS: 60)), at: 0)   // no item runs: queued for none
        // Before any item: the one queued for no item.
        store.send(.floor(.startNextSpeaker()), at: secs(1), emits: [.speakerStarted(id: "s3")]) {
            $0.speakers[id: "s3"]?.status = .onFloor
            $0.speakers[id: "s3"]?.clock = clock(start: secs(1), running: secs(1))
            $0.queue = ["s1", "s2"]
            $0.floor = .speaker("s3")
        }
        store.given(.floor(.endTurn), at: secs(2))
        store.given(.rundown(.startItem()), at: secs(2))        // Laporan
        store.send(.floor(.startNextSpeaker()), at: secs(3), emits: [.speakerStarted(id: "s2")]) {
            $0.speakers[id: "s2"]?.status = .onFloor
            $0.speakers[id: "s2"]?.clock = clock(start: secs(3), running: secs(3))
            $0.queue = ["s1"]
            $0.floor = .speaker("s2")
        }
        store.given(.floor(.endTurn), at: secs(4))
        // Nobody left for the Laporan: the paparan's narasumber is not called into it.
        store.sendFailing(.floor(.startNextSpeaker()), at: secs(5), expect: .queueEmpty)
    }

    // MARK: item 6

    @Test func aBreakItemHoldsTheTurnAndStopsItsClockUntilTheBreakEnds() {
        var store = F.itemRunning()
        store.given(.rundown(.addItem(title: "Ishoma", kind: .break, plannedS: 3600)), at: 0)
        store.given(.rundown(.addItem(title: "Sesi 2", kind: .presentation, plannedS: 1800)), at: 0)
        store.given(.floor(.queueSpeaker(name: "Sekda", allottedS: 900)), at: 0)
        store.given(.floor(.startNextSpeaker()), at: 0)
        store.send(.rundown(.startItem(holdFloor: true)), at: mins(5),
                   emits: [.speakerHeld(id: "s1"), .itemEnded(id: "a1"), .itemStarted(id: "a2")]) {
            $0.speakers[id: "s1"]?.status = .held
            $0.speakers[id: "s1"]?.holds = 1
            $0.speakers[id: "s1"]?.clock = clock(start: 0, running: nil, accumulated: mins(5))
            $0.held = ["s1"]
            $0.floor = nil
            $0.items[id: "a1"]?.clock = clock(start: 0, running: nil, accumulated: mins(5), ended: mins(5))
            $0.items[id: "a2"]?.clock = clock(start: mins(5), running: mins(5))
            $0.runningItem = "a2"
            $0.machine = PhaseMachine(phase: .istirahat)
        }
        #expect(store.state.clocksStopped)
        // A turn given during the break does not run either.
        store.given(.floor(.queueSpeaker(name: "Operator", allottedS: 60)), at: mins(10))
        store.given(.floor(.startNextSpeaker(id: "s2")), at: mins(10))
        #expect(store.state.speakerTiming("s2", now: mins(30))?.elapsedMs == 0)
        store.given(.floor(.endTurn), at: mins(11))
        store.given(.rundown(.startItem()), at: mins(65))        // Sesi 2: the break is over
        store.send(.floor(.startNextSpeaker()), at: mins(66), emits: [.speakerResumed(id: "s1")]) {
            $0.speakers[id: "s1"]?.status = .onFloor
            $0.speakers[id: "s1"]?.clock = clock(start: 0, running: mins(66), accumulated: mins(5))
            $0.held = []
            $0.floor = .speaker("s1")
        }
    }

    @Test func aBreakItemEndsTheTurnByDefault() {
        var store = F.itemRunning()
        store.given(.rundown(.addItem(title: "Rehat kopi", kind: .break, plannedS: 900)), at: 0)
        store.given(.floor(.queueSpeaker(name: "Sekda", allottedS: 900)), at: 0)
        store.given(.floor(.startNextSpeaker()), at: 0)
        store.send(.rundown(.startItem()), at: mins(5), emits: [.speakerEnded(id: "s1"), .itemEnded(id: "a1"), .itemStarted(id: "a2")]) {
            $0.speakers[id: "s1"]?.status = .done
            $0.speakers[id: "s1"]?.clock = clock(start: 0, running: nil, accumulated: mins(5), ended: mins(5))
            $0.floor = nil
            $0.items[id: "a1"]?.clock = clock(start: 0, running: nil, accumulated: mins(5), ended: mins(5))
            $0.items[id: "a2"]?.clock = clock(start: mins(5), running: mins(5))
            $0.runningItem = "a2"
            $0.machine = PhaseMachine(phase: .istirahat)
        }
    }

    @Test func aReaderStopsTheFloorClockWhenABreakStartsUnderIt() {
        var store = F.itemRunning()
        store.given(.rundown(.addItem(title: "Ishoma", kind: .break, plannedS: 3600)), at: 0)
        store.given(.floor(.queueSpeaker(name: "Sekda", allottedS: 900)), at: 0)
        store.given(.floor(.startNextSpeaker()), at: 0)
        var s = store.state
        s.apply(Event(seq: s.lastSeq + 1, t: mins(5), kind: .itemStarted(id: "a2")))   // a writer that did not end the turn
        #expect(s.speakerTiming("s1", now: mins(50))?.elapsedMs == mins(5))
        s.apply(Event(seq: s.lastSeq + 1, t: mins(60), kind: .itemEnded(id: "a2")))
        #expect(s.speakerTiming("s1", now: mins(61))?.elapsedMs == mins(6))
    }

    // MARK: item 13

    @Test func shorteningAHeldTurnStopsAtTheTimeSpoken() {
        var store = Self.interupsiWaiting()
        store.given(.floor(.startNextSpeaker()), at: secs(60))
        store.send(.floor(.extendSpeaker(id: "s1", byS: -600)), at: secs(70), emits: [.speakerExtended(id: "s1", byS: -240)]) {
            $0.speakers[id: "s1"]?.allottedS = 60
        }
    }
}

/// Issue 10 item 9: speaking time per person; a held turn is one turn.
@Suite struct SpeakingTimeTests {
    @Test func aHeldTurnCountsOnceWithoutItsInterruption() {
        var store = HeldTurnTests.interupsiWaiting()
        store.given(.floor(.startNextSpeaker()), at: secs(60))
        store.given(.floor(.endTurn), at: secs(90))
        store.given(.floor(.endTurn), at: secs(400))
        let rows = store.state.speakingTime(now: secs(500))
        #expect(rows.map(\.name) == ["Budi", "Pak Camat"])
        #expect(rows[0] == SpeakingTimeRow(name: "Budi", org: "BKD Kaltim", turns: 1, ms: secs(370), allottedMs: secs(300)))
        #expect(rows[0].overMs == secs(70))
        #expect(rows[1].turns == 1 && rows[1].ms == secs(30))
    }
}
