import Testing
@testable import RakorCore

/// The speaker queue and the floor.
@Suite struct DecideFloorTests {
    /// a1 (remarks) running since 0; nobody queued.
    static func itemRunning() -> TestStore {
        var store = TestStore()
        store.given(.rundown(.addItem(title: "Arahan", kind: .remarks, plannedS: 1800)), at: 0)
        store.given(.rundown(.startItem()), at: 0)
        return store
    }

    /// a1 running; s1 Budi, s2 Siti, s3 Rudi queued (300 s each), in that order.
    static func threeQueued() -> TestStore {
        var store = itemRunning()
        store.given(.floor(.queueSpeaker(name: "Budi", org: "BKD Kaltim", allottedS: 300)), at: 0)
        store.given(.floor(.queueSpeaker(name: "Siti", org: "BKN", allottedS: 300)), at: 0)
        store.given(.floor(.queueSpeaker(name: "Rudi", allottedS: 300)), at: 0)
        return store
    }

    static func speaker(_ id: String, _ name: String, org: String? = nil, allottedS: Int = 300, item: String? = "a1",
                        kind: SpeakerKind = .speaker, queuedT: Int = 0) -> Speaker {
        Speaker(id: id, name: name, org: org, allottedS: allottedS, item: item, kind: kind, queuedT: queuedT)
    }

    // MARK: queueSpeaker

    @Test func queueSpeakerAppendsUnderTheRunningItem() {
        var store = Self.itemRunning()
        store.send(.floor(.queueSpeaker(name: "  Drs. Budi Santoso, M.Si. ", role: " Kepala BKD ", org: "Pemprov Kaltim",
                                 remote: true, allottedS: 300)), at: secs(20),
                   emits: [.speakerQueued(id: "s1", name: "Drs. Budi Santoso, M.Si.", role: "Kepala BKD", org: "Pemprov Kaltim",
                                          remote: true, allottedS: 300, item: "a1", index: nil, kind: nil)]) {
            $0.speakers.append(Speaker(id: "s1", name: "Drs. Budi Santoso, M.Si.", role: "Kepala BKD", org: "Pemprov Kaltim",
                                       remote: true, allottedS: 300, item: "a1", kind: .speaker, queuedT: secs(20)))
            $0.queue = ["s1"]
        }
    }

    @Test func anInterupsiGoesBeforeOrdinarySpeakersAndAfterEarlierInterupsi() {
        var store = Self.threeQueued()
        store.send(.floor(.queueSpeaker(name: "Pak Camat", allottedS: 60, interruption: true)), at: secs(5),
                   emits: [.speakerQueued(id: "s4", name: "Pak Camat", role: nil, org: nil, remote: false, allottedS: 60,
                                          item: "a1", index: nil, kind: .interruption)]) {
            $0.speakers.append(Self.speaker("s4", "Pak Camat", allottedS: 60, kind: .interruption, queuedT: secs(5)))
            $0.queue = ["s4", "s1", "s2", "s3"]
        }
        store.send(.floor(.queueSpeaker(name: "Bu Lurah", allottedS: 60, interruption: true)), at: secs(6),
                   emits: [.speakerQueued(id: "s5", name: "Bu Lurah", role: nil, org: nil, remote: false, allottedS: 60,
                                          item: "a1", index: nil, kind: .interruption)]) {
            $0.speakers.append(Self.speaker("s5", "Bu Lurah", allottedS: 60, kind: .interruption, queuedT: secs(6)))
            $0.queue = ["s4", "s5", "s1", "s2", "s3"]
        }
        // An ordinary speaker still goes last.
        store.send(.floor(.queueSpeaker(name: "Andi", allottedS: 120)), at: secs(7),
                   emits: [.speakerQueued(id: "s6", name: "Andi", role: nil, org: nil, remote: false, allottedS: 120,
                                          item: "a1", index: nil, kind: nil)]) {
            $0.speakers.append(Self.speaker("s6", "Andi", allottedS: 120, queuedT: secs(7)))
            $0.queue = ["s4", "s5", "s1", "s2", "s3", "s6"]
        }
        // The next to speak is the first interupsi.
        store.send(.floor(.startNextSpeaker()), at: secs(8), emits: [.speakerStarted(id: "s4")]) {
            $0.speakers[id: "s4"]?.status = .onFloor
            $0.speakers[id: "s4"]?.clock = clock(start: secs(8), running: secs(8))
            $0.queue = ["s5", "s1", "s2", "s3", "s6"]
            $0.floor = .speaker("s4")
        }
    }

    @Test func queueSpeakerAtAnIndexAndForAnItem() {
        var store = Self.threeQueued()
        store.given(.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: 900)), at: 0)
        store.send(.floor(.queueSpeaker(name: "Narasumber", allottedS: 900, item: "a2", index: 1)), at: secs(3),
                   emits: [.speakerQueued(id: "s4", name: "Narasumber", role: nil, org: nil, remote: false, allottedS: 900,
                                          item: "a2", index: 1, kind: nil)]) {
            $0.speakers.append(Self.speaker("s4", "Narasumber", allottedS: 900, item: "a2", queuedT: secs(3)))
            $0.queue = ["s1", "s4", "s2", "s3"]
        }
    }

    @Test func queueSpeakerRefusals() {
        var store = Self.threeQueued()
        store.sendFailing(.floor(.queueSpeaker(name: "", allottedS: 60)), at: 0, expect: .emptyText(field: "name"))
        store.sendFailing(.floor(.queueSpeaker(name: "  \t ", allottedS: 60)), at: 0, expect: .emptyText(field: "name"))
        store.sendFailing(.floor(.queueSpeaker(name: "Andi", allottedS: -60)), at: 0, expect: .negativeDuration(field: "allotted_s"))
        store.sendFailing(.floor(.queueSpeaker(name: "Andi", allottedS: 90_000)), at: 0, expect: .durationTooLong(field: "allotted_s"))
        store.sendFailing(.floor(.queueSpeaker(name: "Andi", allottedS: 60, item: "a9")), at: 0, expect: .unknownItem("a9"))
        store.sendFailing(.floor(.queueSpeaker(name: "Andi", allottedS: 60, index: -1)), at: 0, expect: .invalidCount(field: "index"))
    }

    // MARK: updateSpeaker

    @Test func updateSpeaker() {
        var store = Self.threeQueued()
        store.send(.floor(.updateSpeaker(id: "s2", name: " Siti Aminah ", role: "Kabid Mutasi", org: "", allottedS: 420)), at: secs(1),
                   emits: [.speakerUpdated(id: "s2", name: "Siti Aminah", role: "Kabid Mutasi", org: "", remote: nil,
                                           allottedS: 420)]) {
            $0.speakers[id: "s2"]?.name = "Siti Aminah"
            $0.speakers[id: "s2"]?.role = "Kabid Mutasi"
            $0.speakers[id: "s2"]?.org = nil      // an empty org clears it
            $0.speakers[id: "s2"]?.allottedS = 420
        }
        store.sendFailing(.floor(.updateSpeaker(id: "s9", name: "X")), at: secs(2), expect: .unknownSpeaker("s9"))
        store.sendFailing(.floor(.updateSpeaker(id: "s2")), at: secs(2), expect: .nothingToChange)
        store.sendFailing(.floor(.updateSpeaker(id: "s2", name: " ")), at: secs(2), expect: .emptyText(field: "name"))
        store.sendFailing(.floor(.updateSpeaker(id: "s2", allottedS: -1)), at: secs(2), expect: .negativeDuration(field: "allotted_s"))
        store.given(.floor(.startNextSpeaker()), at: secs(3))
        store.given(.floor(.endTurn), at: secs(4))
        // After the turn the name can still be corrected for the minutes, the allotted time not.
        store.send(.floor(.updateSpeaker(id: "s1", name: "Budi S.", role: "Kabid Mutasi")), at: secs(5),
                   emits: [.speakerUpdated(id: "s1", name: "Budi S.", role: "Kabid Mutasi", org: nil, remote: nil, allottedS: nil)]) {
            $0.speakers[id: "s1"]?.name = "Budi S."
            $0.speakers[id: "s1"]?.role = "Kabid Mutasi"
        }
        store.sendFailing(.floor(.updateSpeaker(id: "s1", allottedS: 600)), at: secs(6), expect: .speakerNotWaiting("s1"))
    }

    // MARK: moveSpeaker, removeSpeaker

    @Test func moveSpeaker() {
        var store = Self.threeQueued()
        store.send(.floor(.moveSpeaker(id: "s3", index: 0)), at: 0, emits: [.speakerMoved(id: "s3", index: 0)]) {
            $0.queue = ["s3", "s1", "s2"]
        }
        store.send(.floor(.moveSpeaker(id: "s3", index: 10)), at: 0, emits: [.speakerMoved(id: "s3", index: 10)]) {
            $0.queue = ["s1", "s2", "s3"]
        }
        store.sendFailing(.floor(.moveSpeaker(id: "s9", index: 0)), at: 0, expect: .unknownSpeaker("s9"))
        store.sendFailing(.floor(.moveSpeaker(id: "s1", index: -1)), at: 0, expect: .invalidCount(field: "index"))
        store.given(.floor(.startNextSpeaker()), at: 0)
        store.sendFailing(.floor(.moveSpeaker(id: "s1", index: 1)), at: 0, expect: .speakerNotWaiting("s1"))
    }

    @Test func removeSpeaker() {
        var store = Self.threeQueued()
        store.send(.floor(.removeSpeaker(id: "s2")), at: secs(9), emits: [.speakerRemoved(id: "s2")]) {
            $0.queue = ["s1", "s3"]
            $0.speakers[id: "s2"]?.status = .removed
        }
        store.sendFailing(.floor(.removeSpeaker(id: "s2")), at: secs(9), expect: .speakerNotWaiting("s2"))
        store.sendFailing(.floor(.removeSpeaker(id: "s9")), at: secs(9), expect: .unknownSpeaker("s9"))
        store.sendFailing(.floor(.startNextSpeaker(id: "s2")), at: secs(9), expect: .speakerNotWaiting("s2"))
    }

    // MARK: startNextSpeaker

    @Test func startNextSpeakerGivesTheFloorToTheFirstWaiting() {
        var store = Self.threeQueued()
        store.send(.floor(.startNextSpeaker()), at: 5_000, by: "moderator", emits: [.speakerStarted(id: "s1")]) { state in
            state.queue = ["s2", "s3"]
            state.floor = .speaker("s1")
            state.speakers[id: "s1"]?.status = .onFloor
            state.speakers[id: "s1"]?.clock = clock(start: 5_000, running: 5_000)
        }
    }

    @Test func startingTheNextSpeakerEndsTheCurrentTurnFirst() {
        var store = Self.threeQueued()
        store.given(.floor(.startNextSpeaker()), at: secs(10))
        store.send(.floor(.startNextSpeaker()), at: mins(5), emits: [.speakerEnded(id: "s1"), .speakerStarted(id: "s2")]) {
            $0.speakers[id: "s1"]?.status = .done
            $0.speakers[id: "s1"]?.clock = clock(start: secs(10), running: nil, accumulated: mins(5) - secs(10), ended: mins(5))
            $0.speakers[id: "s2"]?.status = .onFloor
            $0.speakers[id: "s2"]?.clock = clock(start: mins(5), running: mins(5))
            $0.queue = ["s3"]
            $0.floor = .speaker("s2")
        }
        // By id, out of order.
        store.send(.floor(.startNextSpeaker(id: "s3")), at: mins(9), emits: [.speakerEnded(id: "s2"), .speakerStarted(id: "s3")]) {
            $0.speakers[id: "s2"]?.status = .done
            $0.speakers[id: "s2"]?.clock = clock(start: mins(5), running: nil, accumulated: mins(4), ended: mins(9))
            $0.speakers[id: "s3"]?.status = .onFloor
            $0.speakers[id: "s3"]?.clock = clock(start: mins(9), running: mins(9))
            $0.queue = []
            $0.floor = .speaker("s3")
        }
        store.sendFailing(.floor(.startNextSpeaker()), at: mins(10), expect: .queueEmpty)
    }

    @Test func startNextSpeakerRefusals() {
        var store = Self.threeQueued()
        store.sendFailing(.floor(.startNextSpeaker(id: "s9")), at: 0, expect: .unknownSpeaker("s9"))
        store.given(.session(.suspend(reason: .skors)), at: secs(1))
        store.sendFailing(.floor(.startNextSpeaker()), at: secs(2), expect: .suspended)
        store.given(.session(.resume), at: secs(3))
        store.given(.floor(.startNextSpeaker()), at: secs(4))
        store.sendFailing(.floor(.startNextSpeaker(id: "s1")), at: secs(5), expect: .speakerNotWaiting("s1"))
        var empty = TestStore()
        empty.sendFailing(.floor(.startNextSpeaker()), at: 0, expect: .queueEmpty)
    }

    // MARK: togglePause

    @Test func togglePausePausesThenResumes() {
        var store = Self.threeQueued()
        store.given(.floor(.startNextSpeaker()), at: secs(10))
        store.send(.floor(.togglePause), at: secs(70), emits: [.speakerPaused(id: "s1")]) {
            $0.speakers[id: "s1"]?.clock = clock(start: secs(10), running: nil, accumulated: secs(60), paused: true,
                                                 pauseCount: 1, pausedSince: secs(70))
        }
        store.send(.floor(.togglePause), at: secs(100), emits: [.speakerResumed(id: "s1")]) {
            $0.speakers[id: "s1"]?.clock = clock(start: secs(10), running: secs(100), accumulated: secs(60), pauseCount: 1,
                                                 pausedMs: secs(30))
        }
        #expect(store.state.speakerTiming("s1", now: secs(130))?.elapsedMs == secs(90))
    }

    @Test func togglePauseRefusals() {
        var store = Self.threeQueued()
        store.sendFailing(.floor(.togglePause), at: 0, expect: .floorEmpty)
        store.given(.qa(.openRound()), at: 0)
        store.given(.qa(.queueQuestion(asker: "Andi")), at: 0)
        store.given(.qa(.startQuestion()), at: 0)
        store.sendFailing(.floor(.togglePause), at: secs(1), expect: .notASpeakerTurn)
    }

    // MARK: extendSpeaker

    /// Issue 10 item 13: shortening stops at the time already spoken.
    @Test func extendAndShortenButNeverBelowTheTimeSpoken() {
        var store = Self.threeQueued()
        store.given(.floor(.startNextSpeaker()), at: 0)
        store.send(.floor(.extendSpeaker(byS: 60)), at: secs(1), emits: [.speakerExtended(id: "s1", byS: 60)]) {
            $0.speakers[id: "s1"]?.allottedS = 360
        }
        store.send(.floor(.extendSpeaker(byS: -120)), at: secs(2), emits: [.speakerExtended(id: "s1", byS: -120)]) {
            $0.speakers[id: "s1"]?.allottedS = 240
        }
        // 2.5 s spoken: the allotment stops at 3 s (whole seconds, rounded up), not at zero.
        store.send(.floor(.extendSpeaker(byS: -1_000)), at: secs(2) + 500, emits: [.speakerExtended(id: "s1", byS: -237)]) {
            $0.speakers[id: "s1"]?.allottedS = 3
        }
        store.sendFailing(.floor(.extendSpeaker(byS: -60)), at: secs(2) + 700, expect: .nothingToChange)
        // A queued speaker by id.
        store.send(.floor(.extendSpeaker(id: "s3", byS: 30)), at: secs(4), emits: [.speakerExtended(id: "s3", byS: 30)]) {
            $0.speakers[id: "s3"]?.allottedS = 330
        }
    }

    @Test func extendSpeakerRefusals() {
        var store = Self.threeQueued()
        store.sendFailing(.floor(.extendSpeaker(byS: 60)), at: 0, expect: .floorEmpty)
        store.sendFailing(.floor(.extendSpeaker(id: "s9", byS: 60)), at: 0, expect: .unknownSpeaker("s9"))
        store.given(.floor(.startNextSpeaker()), at: 0)
        store.sendFailing(.floor(.extendSpeaker(byS: 0)), at: 0, expect: .nothingToChange)
        store.sendFailing(.floor(.extendSpeaker(byS: 86_401)), at: 0, expect: .durationTooLong(field: "by_s"))
        store.sendFailing(.floor(.extendSpeaker(byS: -86_401)), at: 0, expect: .durationTooLong(field: "by_s"))
        store.given(.floor(.endTurn), at: secs(1))
        store.sendFailing(.floor(.extendSpeaker(id: "s1", byS: 60)), at: secs(2), expect: .speakerNotWaiting("s1"))
    }

    /// `abs(Int.min)` traps: `decide` must refuse a hostile `byS`, not crash the live session.
    @Test func extendingByIntMinDoesNotCrash() async {
        await #expect(processExitsWith: .success) {
            var state = SessionState(header: SessionHeader(sessionId: "x", title: "x", startedAtMs: 0, tz: "Asia/Jakarta"))
            for kind in [EventKind.speakerQueued(id: "s1", name: "Budi", role: nil, org: nil, remote: nil, allottedS: 300,
                                                 item: nil, index: nil, kind: nil), .speakerStarted(id: "s1")] {
                state.apply(Event(seq: state.lastSeq + 1, t: 0, kind: kind))
            }
            _ = decide(.floor(.extendSpeaker(byS: Int.min)), state, now: 1_000)
        }
    }

    // MARK: endTurn

    @Test func endTurnEndsWhoeverHoldsTheFloor() {
        var store = Self.threeQueued()
        store.sendFailing(.floor(.endTurn), at: 0, expect: .floorEmpty)
        store.given(.floor(.startNextSpeaker()), at: secs(5))
        store.send(.floor(.endTurn), at: mins(3), emits: [.speakerEnded(id: "s1")]) {
            $0.speakers[id: "s1"]?.status = .done
            $0.speakers[id: "s1"]?.clock = clock(start: secs(5), running: nil, accumulated: mins(3) - secs(5), ended: mins(3))
            $0.floor = nil
        }
        store.sendFailing(.floor(.endTurn), at: mins(4), expect: .floorEmpty)
        // A paused speaker's pause ends with the turn.
        store.given(.floor(.startNextSpeaker()), at: mins(4))
        store.given(.floor(.togglePause), at: mins(5))
        store.send(.floor(.endTurn), at: mins(6), emits: [.speakerEnded(id: "s2")]) {
            $0.speakers[id: "s2"]?.status = .done
            $0.speakers[id: "s2"]?.clock = clock(start: mins(4), running: nil, accumulated: mins(1), ended: mins(6), paused: true,
                                                 pauseCount: 1, pausedMs: mins(1), pausedSince: nil)
            $0.floor = nil
        }
    }

    @Test func endTurnOfAQuestionAndOfAnAnswer() {
        var store = Self.itemRunning()
        store.given(.qa(.openRound()), at: 0)
        store.given(.qa(.queueQuestion(asker: "Andi")), at: 0)
        store.given(.qa(.startQuestion()), at: secs(10))
        store.send(.floor(.endTurn), at: secs(70), emits: [.questionEnded(id: "q1", outcome: .asked)]) {
            $0.questions[id: "q1"]?.status = .done
            $0.questions[id: "q1"]?.outcome = .asked
            $0.questions[id: "q1"]?.clock = clock(start: secs(10), running: nil, accumulated: secs(60), ended: secs(70))
            $0.floor = nil
        }
        store.given(.qa(.startAnswer(by: "Kepala BKN")), at: secs(80))
        store.send(.floor(.endTurn), at: secs(200), emits: [.answerEnded(id: "w1")]) {
            $0.answers[id: "w1"]?.clock = clock(start: secs(80), running: nil, accumulated: secs(120), ended: secs(200))
            $0.floor = nil
        }
    }
}
