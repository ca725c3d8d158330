import Testing
@testable import RakorCore

/// Q&A in termin: open a round, queue askers, give them the floor, answer, close.
@Suite struct DecideQATests {
    /// a1 (presentation) done, a2 (qa) running since 20 min; s1 the narasumber spoke and is done.
    static func qaItem() -> TestStore {
        var store = TestStore()
        store.given(.rundown(.addItem(title: "Paparan Kepala BKN", kind: .presentation, plannedS: 1200)), at: 0)
        store.given(.rundown(.addItem(title: "Tanya jawab", kind: .qa, plannedS: 1800)), at: 0)
        store.given(.rundown(.startItem()), at: 0)
        store.given(.floor(.queueSpeaker(name: "Kepala BKN", org: "BKN", allottedS: 1200)), at: 0)
        store.given(.floor(.startNextSpeaker()), at: 0)
        store.given(.floor(.endTurn), at: mins(20))
        store.given(.rundown(.startItem()), at: mins(20))
        return store
    }

    /// qaItem with termin r1 open (max 3) and q1 Andi, q2 Wati queued.
    static func roundWithTwo() -> TestStore {
        var store = qaItem()
        store.given(.qa(.openRound(maxQuestions: 3)), at: mins(21))
        store.given(.qa(.queueQuestion(asker: "Andi", org: "BKPSDM Samarinda", to: "s1")), at: mins(21))
        store.given(.qa(.queueQuestion(asker: "Wati", org: "BKPSDM Bontang")), at: mins(21))
        return store
    }

    // MARK: openRound

    @Test func openRoundForTheRunningItem() {
        var store = Self.qaItem()
        store.send(.qa(.openRound(maxQuestions: 3)), at: mins(21), by: "moderator",
                   emits: [.roundOpened(id: "r1", number: 1, maxQuestions: 3, item: "a2")]) {
            $0.rounds.append(Termin(id: "r1", number: 1, maxQuestions: 3, item: "a2", openedT: mins(21)))
        }
        #expect(store.state.openRound?.id == "r1")
    }

    @Test func openingTheNextTerminClosesTheOpenOneAndEndsItsAsker() {
        var store = Self.roundWithTwo()
        store.given(.qa(.startQuestion()), at: mins(22))
        store.send(.qa(.openRound()), at: mins(23),
                   emits: [.questionEnded(id: "q1", outcome: .asked), .roundClosed(id: "r1"),
                           .roundOpened(id: "r2", number: 2, maxQuestions: nil, item: "a2")]) {
            $0.questions[id: "q1"]?.status = .done
            $0.questions[id: "q1"]?.outcome = .asked
            $0.questions[id: "q1"]?.clock = clock(start: mins(22), running: nil, accumulated: mins(1), ended: mins(23))
            $0.floor = nil
            $0.rounds[id: "r1"]?.closedT = mins(23)
            $0.rounds.append(Termin(id: "r2", number: 2, item: "a2", openedT: mins(23)))
        }
    }

    @Test func openRoundRefusals() {
        var store = Self.qaItem()
        store.sendFailing(.qa(.openRound(maxQuestions: 0)), at: mins(21), expect: .invalidCount(field: "max_questions"))
        store.sendFailing(.qa(.openRound(maxQuestions: -2)), at: mins(21), expect: .invalidCount(field: "max_questions"))
    }

    // MARK: queueQuestion

    @Test func queueQuestionInTheOpenTermin() {
        var store = Self.qaItem()
        store.given(.qa(.openRound(maxQuestions: 3)), at: mins(21))
        store.send(.qa(.queueQuestion(asker: "  Pak Andi ", org: " BKPSDM Samarinda ", to: "s1",
                                  text: " Bagaimana nasib honorer K2? ", allottedS: 120, remote: true)), at: mins(21) + secs(5),
                   by: "moderator",
                   emits: [.questionQueued(id: "q1", round: "r1", asker: "Pak Andi", org: "BKPSDM Samarinda", to: "s1",
                                           text: "Bagaimana nasib honorer K2?", allottedS: 120, remote: true)]) {
            $0.questions.append(Question(id: "q1", round: "r1", asker: "Pak Andi", org: "BKPSDM Samarinda", to: "s1",
                                         text: "Bagaimana nasib honorer K2?", allottedS: 120, remote: true,
                                         queuedT: mins(21) + secs(5)))
        }
    }

    @Test func queueQuestionWithNoOpenTerminIsRefused() {
        var store = Self.qaItem()
        store.sendFailing(.qa(.queueQuestion(asker: "Andi")), at: mins(21), expect: .noOpenRound)
        store.given(.qa(.openRound()), at: mins(21))
        store.given(.qa(.closeRound), at: mins(22))
        store.sendFailing(.qa(.queueQuestion(asker: "Andi")), at: mins(23), expect: .noOpenRound)
    }

    @Test func aFullTerminIsRefusedButAWithdrawalFreesAPlace() {
        var store = Self.roundWithTwo()
        store.given(.qa(.queueQuestion(asker: "Rina")), at: mins(21))
        store.sendFailing(.qa(.queueQuestion(asker: "Joko")), at: mins(22), expect: .roundFull(max: 3))
        store.given(.qa(.endQuestion(id: "q2", outcome: .withdrawn)), at: mins(22))
        store.send(.qa(.queueQuestion(asker: "Joko")), at: mins(22),
                   emits: [.questionQueued(id: "q4", round: "r1", asker: "Joko", org: nil, to: nil, text: nil,
                                           allottedS: nil, remote: false)]) {
            $0.questions.append(Question(id: "q4", round: "r1", asker: "Joko", queuedT: mins(22)))
        }
        // A skipped asker keeps their place in the count.
        store.given(.qa(.endQuestion(id: "q3", outcome: .skipped)), at: mins(23))
        store.sendFailing(.qa(.queueQuestion(asker: "Tono")), at: mins(23), expect: .roundFull(max: 3))
    }

    @Test func queueQuestionRefusesBadInput() {
        var store = Self.roundWithTwo()
        store.sendFailing(.qa(.queueQuestion(asker: "")), at: mins(22), expect: .emptyText(field: "asker"))
        store.sendFailing(.qa(.queueQuestion(asker: " \n")), at: mins(22), expect: .emptyText(field: "asker"))
        store.sendFailing(.qa(.queueQuestion(asker: "Joko", allottedS: -10)), at: mins(22), expect: .negativeDuration(field: "allotted_s"))
    }

    // MARK: startQuestion

    @Test func startQuestionGivesTheFloorToTheNextAsker() {
        var store = Self.roundWithTwo()
        store.send(.qa(.startQuestion()), at: mins(22), emits: [.questionStarted(id: "q1")]) {
            $0.questions[id: "q1"]?.status = .onFloor
            $0.questions[id: "q1"]?.clock = clock(start: mins(22), running: mins(22))
            $0.floor = .question("q1")
        }
        // The next asker: the current one is ended (asked) first.
        store.send(.qa(.startQuestion()), at: mins(24), emits: [.questionEnded(id: "q1", outcome: .asked), .questionStarted(id: "q2")]) {
            $0.questions[id: "q1"]?.status = .done
            $0.questions[id: "q1"]?.outcome = .asked
            $0.questions[id: "q1"]?.clock = clock(start: mins(22), running: nil, accumulated: mins(2), ended: mins(24))
            $0.questions[id: "q2"]?.status = .onFloor
            $0.questions[id: "q2"]?.clock = clock(start: mins(24), running: mins(24))
            $0.floor = .question("q2")
        }
        store.given(.qa(.endQuestion(outcome: .asked)), at: mins(25))
        store.sendFailing(.qa(.startQuestion()), at: mins(26), expect: .noQuestionWaiting)
    }

    @Test func startQuestionByIdEndsASpeakersTurn() {
        var store = Self.roundWithTwo()
        store.given(.floor(.queueSpeaker(name: "Moderator", allottedS: 60)), at: mins(21))
        store.given(.floor(.startNextSpeaker()), at: mins(21))
        store.send(.qa(.startQuestion(id: "q2")), at: mins(22), emits: [.speakerEnded(id: "s2"), .questionStarted(id: "q2")]) {
            $0.speakers[id: "s2"]?.status = .done
            $0.speakers[id: "s2"]?.clock = clock(start: mins(21), running: nil, accumulated: mins(1), ended: mins(22))
            $0.questions[id: "q2"]?.status = .onFloor
            $0.questions[id: "q2"]?.clock = clock(start: mins(22), running: mins(22))
            $0.floor = .question("q2")
        }
    }

    @Test func startQuestionRefusals() {
        var store = Self.qaItem()
        store.sendFailing(.qa(.startQuestion()), at: mins(21), expect: .noOpenRound)
        store = Self.roundWithTwo()
        store.sendFailing(.qa(.startQuestion(id: "q9")), at: mins(22), expect: .unknownQuestion("q9"))
        store.given(.qa(.endQuestion(id: "q1", outcome: .withdrawn)), at: mins(22))
        store.sendFailing(.qa(.startQuestion(id: "q1")), at: mins(22), expect: .questionFinished("q1"))
        store.given(.session(.suspend(reason: .skors)), at: mins(23))
        store.sendFailing(.qa(.startQuestion()), at: mins(24), expect: .suspended)
    }

    // MARK: endQuestion

    @Test func endQuestionOnTheFloorAndOneWaiting() {
        var store = Self.roundWithTwo()
        store.given(.qa(.startQuestion()), at: mins(22))
        store.send(.qa(.endQuestion(outcome: .asked)), at: mins(23) + secs(30), emits: [.questionEnded(id: "q1", outcome: .asked)]) {
            $0.questions[id: "q1"]?.status = .done
            $0.questions[id: "q1"]?.outcome = .asked
            $0.questions[id: "q1"]?.clock = clock(start: mins(22), running: nil, accumulated: secs(90), ended: mins(23) + secs(30))
            $0.floor = nil
        }
        // A waiting asker who leaves never had the floor: no clock.
        store.send(.qa(.endQuestion(id: "q2", outcome: .skipped)), at: mins(24), emits: [.questionEnded(id: "q2", outcome: .skipped)]) {
            $0.questions[id: "q2"]?.status = .done
            $0.questions[id: "q2"]?.outcome = .skipped
        }
        store.sendFailing(.qa(.endQuestion(id: "q2", outcome: .asked)), at: mins(25), expect: .questionFinished("q2"))
        store.sendFailing(.qa(.endQuestion(id: "q7", outcome: .asked)), at: mins(25), expect: .unknownQuestion("q7"))
        store.sendFailing(.qa(.endQuestion(outcome: .asked)), at: mins(25), expect: .floorEmpty)
    }

    // MARK: startAnswer

    /// Issue 10 item 3: an answer covers the questions put to its answerer, not the whole termin.
    @Test func startAnswerLinksTheQuestionsPutToTheAnswererAndEndsTheAsker() {
        var store = Self.roundWithTwo()
        store.given(.qa(.startQuestion()), at: mins(22))
        store.given(.qa(.startQuestion()), at: mins(23))          // q1 asked, q2 on the floor
        store.send(.qa(.startAnswer(by: " s1 ", allottedS: 600)), at: mins(24), by: "moderator",
                   emits: [.questionEnded(id: "q2", outcome: .asked),
                           .answerStarted(id: "w1", round: "r1", by: "s1", allottedS: 600, questions: ["q1"])]) {
            $0.questions[id: "q2"]?.status = .done
            $0.questions[id: "q2"]?.outcome = .asked
            $0.questions[id: "q2"]?.clock = clock(start: mins(23), running: nil, accumulated: mins(1), ended: mins(24))
            $0.answers.append(Answer(id: "w1", round: "r1", by: "s1", allottedS: 600, questions: ["q1"],
                                     clock: clock(start: mins(24), running: mins(24))))
            $0.floor = .answer("w1")
        }
        // A second answerer takes over: the first answer ends.
        store.send(.qa(.startAnswer(by: "Kepala BKD", questions: ["q2"])), at: mins(30),
                   emits: [.answerEnded(id: "w1"),
                           .answerStarted(id: "w2", round: "r1", by: "Kepala BKD", allottedS: nil, questions: ["q2"])]) {
            $0.answers[id: "w1"]?.clock = clock(start: mins(24), running: nil, accumulated: mins(6), ended: mins(30))
            $0.answers.append(Answer(id: "w2", round: "r1", by: "Kepala BKD", questions: ["q2"],
                                     clock: clock(start: mins(30), running: mins(30))))
            $0.floor = .answer("w2")
        }
    }

    @Test func startAnswerRefusals() {
        var store = Self.qaItem()
        store.sendFailing(.qa(.startAnswer(by: "s1")), at: mins(21), expect: .noOpenRound)
        store = Self.roundWithTwo()
        store.sendFailing(.qa(.startAnswer(by: "  ")), at: mins(22), expect: .emptyText(field: "by"))
        store.sendFailing(.qa(.startAnswer(by: "s1", allottedS: -1)), at: mins(22), expect: .negativeDuration(field: "allotted_s"))
        store.sendFailing(.qa(.startAnswer(by: "s1", questions: ["q1", "q8"])), at: mins(22), expect: .unknownQuestion("q8"))
        store.given(.session(.suspend(reason: .ishoma)), at: mins(23))
        store.sendFailing(.qa(.startAnswer(by: "s1")), at: mins(24), expect: .suspended)
    }

    // MARK: closeRound

    @Test func closeRoundEndsTheAnswerOnTheFloor() {
        var store = Self.roundWithTwo()
        store.given(.qa(.startAnswer(by: "s1")), at: mins(22))
        store.send(.qa(.closeRound), at: mins(30), emits: [.answerEnded(id: "w1"), .roundClosed(id: "r1")]) {
            $0.answers[id: "w1"]?.clock = clock(start: mins(22), running: nil, accumulated: mins(8), ended: mins(30))
            $0.floor = nil
            $0.rounds[id: "r1"]?.closedT = mins(30)
        }
        store.sendFailing(.qa(.closeRound), at: mins(31), expect: .noOpenRound)
    }

    @Test func closeRoundLeavesAnotherTurnOnTheFloor() {
        var store = Self.roundWithTwo()
        store.given(.floor(.queueSpeaker(name: "Moderator", allottedS: 60)), at: mins(21))
        store.given(.floor(.startNextSpeaker()), at: mins(22))
        store.send(.qa(.closeRound), at: mins(23), emits: [.roundClosed(id: "r1")]) {
            $0.rounds[id: "r1"]?.closedT = mins(23)
        }
        #expect(store.state.floor == .speaker("s2"))
    }
}
