import Testing
@testable import RakorCore

/// The session commands: details, attendance, suspension (skors/ishoma), close and reopen, markers.
@Suite struct DecideSessionTests {
    /// a1 (opening) running since 0, s1 speaking since 1 min, s2 waiting.
    static func meetingUnderWay() -> TestStore {
        var store = TestStore()
        store.given(.rundown(.addItem(title: "Pembukaan", kind: .opening, plannedS: 600)), at: 0)
        store.given(.rundown(.addItem(title: "Tanya jawab", kind: .qa, plannedS: 1800)), at: 0)
        store.given(.rundown(.startItem()), at: 0)
        store.given(.floor(.queueSpeaker(name: "Budi", org: "BKD Kaltim", allottedS: 300)), at: 0)
        store.given(.floor(.queueSpeaker(name: "Siti", org: "BKN", allottedS: 300)), at: 0)
        store.given(.floor(.startNextSpeaker()), at: mins(1))
        return store
    }

    // MARK: updateSession

    @Test func updateSessionAmendsTheHeader() {
        var store = TestStore()
        let patch = SessionPatch(title: "  Rakor Kepegawaian 2020  ", venue: "Hotel Mesra, Samarinda", mode: "hybrid",
                                 chair: "Sekda Prov. Kaltim", warningS: 90, dangerS: 15)
        var trimmed = patch
        trimmed.title = "Rakor Kepegawaian 2020"
        store.send(.session(.updateSession(patch)), at: secs(5), by: "moderator", emits: [.sessionUpdated(trimmed)]) {
            $0.header.title = "Rakor Kepegawaian 2020"
            $0.header.venue = "Hotel Mesra, Samarinda"
            $0.header.mode = "hybrid"
            $0.header.chair = "Sekda Prov. Kaltim"
            $0.header.warningS = 90
            $0.header.dangerS = 15
        }
        #expect(store.state.header.warningThresholdS == 90)
        #expect(store.state.header.dangerThresholdS == 15)
    }

    @Test func updateSessionRefusals() {
        var store = TestStore()
        store.sendFailing(.session(.updateSession(SessionPatch())), at: 0, expect: .nothingToChange)
        store.sendFailing(.session(.updateSession(SessionPatch(title: " \n "))), at: 0, expect: .emptyText(field: "title"))
        store.sendFailing(.session(.updateSession(SessionPatch(warningS: -1))), at: 0, expect: .negativeDuration(field: "warning_s"))
        store.sendFailing(.session(.updateSession(SessionPatch(dangerS: -30))), at: 0, expect: .negativeDuration(field: "danger_s"))
    }

    // MARK: updateAttendance

    @Test func updateAttendance() {
        var store = TestStore()
        store.send(.session(.updateAttendance(onsite: 45, online: 120, note: "  Zoom: 3 kabupaten belum bergabung ")), at: mins(2),
                   emits: [.participantsUpdated(onsite: 45, online: 120, note: "Zoom: 3 kabupaten belum bergabung")]) {
            $0.attendance = Attendance(onsite: 45, online: 120, note: "Zoom: 3 kabupaten belum bergabung")
        }
        // Only what is given changes.
        store.send(.session(.updateAttendance(onsite: nil, online: 131, note: nil)), at: mins(10),
                   emits: [.participantsUpdated(onsite: nil, online: 131, note: nil)]) {
            $0.attendance.online = 131
        }
        store.sendFailing(.session(.updateAttendance(onsite: -1, online: nil, note: nil)), at: mins(11), expect: .invalidCount(field: "onsite"))
        store.sendFailing(.session(.updateAttendance(onsite: nil, online: -5, note: nil)), at: mins(11), expect: .invalidCount(field: "online"))
        store.sendFailing(.session(.updateAttendance(onsite: nil, online: nil, note: nil)), at: mins(11), expect: .nothingToChange)
    }

    // MARK: suspend and resume

    @Test func suspendStopsEveryRunningTimer() {
        var store = Self.meetingUnderWay()
        store.send(.session(.suspend(reason: .ishoma, note: " Sholat dan makan siang ", resumeAfterS: 3600)), at: mins(4), by: "moderator",
                   emits: [.sessionSuspended(reason: .ishoma, note: "Sholat dan makan siang", resumeT: mins(4) + 3_600_000)]) {
            $0.machine = PhaseMachine(phase: .diskors, beforeSuspension: .pembukaan)
            $0.suspensions = [Suspension(reason: .ishoma, note: "Sholat dan makan siang", resumeT: mins(64), startT: mins(4))]
            $0.items[id: "a1"]?.clock = clock(start: 0, running: nil, accumulated: mins(4))
            $0.speakers[id: "s1"]?.clock = clock(start: mins(1), running: nil, accumulated: mins(3))
        }
        #expect(store.state.isSuspended)
    }

    @Test func resumeRestoresThePhaseAndTheTimers() {
        var store = Self.meetingUnderWay()
        store.given(.session(.suspend(reason: .skors)), at: mins(4))
        store.send(.session(.resume), at: mins(20), emits: [.sessionResumed]) {
            $0.machine = PhaseMachine(phase: .pembukaan)
            $0.suspensions[0].endT = mins(20)
            $0.items[id: "a1"]?.clock = clock(start: 0, running: mins(20), accumulated: mins(4))
            $0.speakers[id: "s1"]?.clock = clock(start: mins(1), running: mins(20), accumulated: mins(3))
        }
        #expect(!store.state.isSuspended)
    }

    @Test func suspendAndResumeRefusals() {
        var store = Self.meetingUnderWay()
        store.sendFailing(.session(.resume), at: mins(2), expect: .notSuspended)
        store.sendFailing(.session(.suspend(reason: .other, resumeAfterS: -60)), at: mins(2), expect: .negativeDuration(field: "resume"))
        store.given(.session(.suspend(reason: .skors)), at: mins(2))
        store.sendFailing(.session(.suspend(reason: .skors)), at: mins(3), expect: .illegalPhase(from: .diskors, trigger: "suspend"))
        store.given(.session(.resume), at: mins(4))
        store.sendFailing(.session(.resume), at: mins(5), expect: .notSuspended)
    }

    // MARK: close and reopen

    @Test func closeEndsTheFloorTheItemAndTheTermin() {
        var store = Self.meetingUnderWay()
        store.given(.rundown(.startItem()), at: mins(10))          // a2, the Q&A
        store.given(.qa(.openRound(maxQuestions: 3)), at: mins(11))
        store.given(.qa(.queueQuestion(asker: "Andi")), at: mins(11))
        store.given(.qa(.startQuestion()), at: mins(12))
        store.send(.session(.close), at: mins(13), by: "moderator",
                   emits: [.questionEnded(id: "q1", outcome: .asked), .itemEnded(id: "a2"), .roundClosed(id: "r1"), .sessionClosed]) {
            $0.questions[id: "q1"]?.status = .done
            $0.questions[id: "q1"]?.outcome = .asked
            $0.questions[id: "q1"]?.clock = clock(start: mins(12), running: nil, accumulated: mins(1), ended: mins(13))
            $0.floor = nil
            $0.items[id: "a2"]?.clock = clock(start: mins(10), running: nil, accumulated: mins(3), ended: mins(13))
            $0.runningItem = nil
            $0.rounds[id: "r1"]?.closedT = mins(13)
            $0.closedT = mins(13)
            $0.machine = PhaseMachine(phase: .selesai)
        }
        #expect(store.state.isClosed)
        store.sendFailing(.session(.close), at: mins(14), expect: .sessionClosed)
    }

    @Test func closeEndsASpeakersTurnFirst() {
        var store = Self.meetingUnderWay()
        store.send(.session(.close), at: mins(3), emits: [.speakerEnded(id: "s1"), .itemEnded(id: "a1"), .sessionClosed]) {
            $0.speakers[id: "s1"]?.status = .done
            $0.speakers[id: "s1"]?.clock = clock(start: mins(1), running: nil, accumulated: mins(2), ended: mins(3))
            $0.floor = nil
            $0.items[id: "a1"]?.clock = clock(start: 0, running: nil, accumulated: mins(3), ended: mins(3))
            $0.runningItem = nil
            $0.closedT = mins(3)
            $0.machine = PhaseMachine(phase: .selesai)
        }
    }

    @Test func closeWhileSuspendedEndsTheSuspension() {
        var store = Self.meetingUnderWay()
        store.given(.session(.suspend(reason: .technical, note: "Listrik padam")), at: mins(3))
        store.send(.session(.close), at: mins(30), emits: [.speakerEnded(id: "s1"), .sessionClosed]) {
            $0.speakers[id: "s1"]?.status = .done
            $0.speakers[id: "s1"]?.clock = clock(start: mins(1), running: nil, accumulated: mins(2), ended: mins(30))
            $0.floor = nil
            // The item was held since the suspension: it ran 3 minutes.
            $0.items[id: "a1"]?.clock = clock(start: 0, running: nil, accumulated: mins(3), ended: mins(30))
            $0.runningItem = nil
            $0.suspensions[0].endT = mins(30)
            $0.closedT = mins(30)
            $0.machine = PhaseMachine(phase: .selesai)
        }
        #expect(!store.state.isSuspended)
    }

    @Test func reopenAClosedSession() {
        var store = Self.meetingUnderWay()
        store.sendFailing(.session(.reopen), at: mins(2), expect: .sessionNotClosed)
        store.given(.session(.close), at: mins(3))
        store.send(.session(.reopen), at: mins(5), emits: [.sessionReopened]) {
            $0.closedT = nil
            $0.machine = PhaseMachine(phase: .berlangsung)
        }
        store.sendFailing(.session(.reopen), at: mins(6), expect: .sessionNotClosed)
        // The meeting goes on: the next item can start.
        store.send(.rundown(.startItem()), at: mins(7), emits: [.itemStarted(id: "a2")]) {
            $0.items[id: "a2"]?.clock = clock(start: mins(7), running: mins(7))
            $0.runningItem = "a2"
            $0.machine = PhaseMachine(phase: .tanyaJawab)
        }
    }

    /// "session.closed: the meeting ended; nothing follows but session.reopened" (spec). A writer
    /// that appends anything else after it makes the log look interrupted (it no longer ends with
    /// session.closed), so resume appends session.recovered instead of session.reopened and the
    /// live state stays closed.
    @Test(arguments: [
        Command.session(.addMarker(label: "Setelah penutupan")),
        .minutes(.addNote(kind: .note, text: "Catatan susulan")),
        .session(.updateSession(SessionPatch(venue: "Balikpapan"))),
        .session(.updateAttendance(onsite: 50, online: nil, note: nil)),
        .rundown(.updateItem(id: "a2", title: "Diskusi")),
        .rundown(.moveItem(id: "a2", index: 0)),
        .rundown(.removeItem(id: "a2")),
        .floor(.updateSpeaker(id: "s2", name: "Siti Aminah")),
        .floor(.moveSpeaker(id: "s2", index: 0)),
        .floor(.removeSpeaker(id: "s2")),
    ])
    func nothingButReopenFollowsClose(command: Command) {
        var store = Self.meetingUnderWay()
        store.given(.session(.close), at: mins(3))
        store.sendFailing(command, at: mins(4), expect: .sessionClosed)
    }

    @Test func commandsThatNeedAnOpenSessionAreRefusedAfterClose() {
        var store = Self.meetingUnderWay()
        store.given(.session(.close), at: mins(3))
        store.sendFailing(.rundown(.addItem(title: "Tambahan", kind: .other, plannedS: 60)), at: mins(4), expect: .sessionClosed)
        store.sendFailing(.floor(.queueSpeaker(name: "Andi", allottedS: 60)), at: mins(4), expect: .sessionClosed)
        store.sendFailing(.floor(.startNextSpeaker()), at: mins(4), expect: .sessionClosed)
        store.sendFailing(.floor(.togglePause), at: mins(4), expect: .sessionClosed)
        store.sendFailing(.floor(.extendSpeaker(id: "s2", byS: 60)), at: mins(4), expect: .sessionClosed)
        store.sendFailing(.floor(.endTurn), at: mins(4), expect: .sessionClosed)
        store.sendFailing(.qa(.openRound()), at: mins(4), expect: .sessionClosed)
        store.sendFailing(.rundown(.endItem), at: mins(4), expect: .sessionClosed)
        store.sendFailing(.session(.suspend(reason: .skors)), at: mins(4), expect: .sessionClosed)
    }

    // MARK: addMarker

    @Test func addMarker() {
        var store = Self.meetingUnderWay()
        store.send(.session(.addMarker(label: "  Sesi arahan Gubernur ")), at: mins(2), by: "notulis",
                   emits: [.marker(label: "Sesi arahan Gubernur")]) {
            $0.markers = [Marker(seq: 7, t: mins(2), label: "Sesi arahan Gubernur")]
        }
        store.sendFailing(.session(.addMarker(label: "\n")), at: mins(3), expect: .emptyText(field: "label"))
    }

    // MARK: time

    /// Events never go back in time: a command sent with an earlier `now` gets the last t.
    @Test func eventTimeNeverDecreases() {
        var store = Self.meetingUnderWay()
        #expect(store.state.lastT == mins(1))
        store.send(.session(.addMarker(label: "Jam dinding mundur")), at: secs(10), emits: [.marker(label: "Jam dinding mundur")]) {
            $0.markers = [Marker(seq: 7, t: mins(1), label: "Jam dinding mundur")]
        }
        #expect(store.events.last?.t == mins(1))
    }
}
