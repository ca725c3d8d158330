import Testing
@testable import RakorCore

/// The spec's rules for readers: a log from another writer is applied as well as it can be, and
/// an event that cannot apply is a warning that changes nothing.
@Suite struct EvolveToleranceTests {
    /// A state with something in every part: items (a1 running), speakers (s1 on the floor, s2
    /// waiting, s3 done), a termin with questions, an answer, notes.
    static func busy() -> TestStore {
        var store = TestStore()
        let steps: [(Int, EventKind)] = [
            (0, .itemAdded(id: "a1", title: "Laporan", kind: .report, plannedS: 900, index: nil, plannedStart: "09:00")),
            (0, .itemAdded(id: "a2", title: "Tanya jawab", kind: .qa, plannedS: 1800, index: nil, plannedStart: nil)),
            (0, .itemAdded(id: "a3", title: "Penutupan", kind: .closing, plannedS: 300, index: nil, plannedStart: nil)),
            (0, .itemStarted(id: "a1")),
            (0, .speakerQueued(id: "s1", name: "Budi", role: nil, org: "BKD", remote: nil, allottedS: 300, item: "a1", index: nil, kind: nil)),
            (0, .speakerQueued(id: "s2", name: "Siti", role: nil, org: "BKN", remote: nil, allottedS: 300, item: "a1", index: nil, kind: nil)),
            (0, .speakerQueued(id: "s3", name: "Rudi", role: nil, org: nil, remote: nil, allottedS: 300, item: "a1", index: nil, kind: nil)),
            (secs(10), .speakerStarted(id: "s3")),
            (secs(60), .speakerEnded(id: "s3")),
            (0, .roundOpened(id: "r1", number: 1, maxQuestions: nil, item: "a1")),
            (0, .questionQueued(id: "q1", round: "r1", asker: "Andi", org: nil, to: nil, text: nil, allottedS: nil, remote: nil)),
            (0, .questionQueued(id: "q2", round: "r1", asker: "Wati", org: nil, to: nil, text: nil, allottedS: nil, remote: nil)),
            (secs(70), .questionStarted(id: "q1")),
            (secs(80), .answerStarted(id: "w1", round: "r1", by: "s3", allottedS: nil, questions: ["q1"])),
            (secs(90), .answerEnded(id: "w1")),
            (secs(100), .noteAdded(id: "n1", kind: .note, text: "Catatan", item: "a1", speaker: nil, owner: nil, due: nil)),
            (secs(100), .noteAdded(id: "n2", kind: .action, text: "Tindak lanjut", item: "a1", speaker: nil, owner: "BKD",
                                   due: "2020-10-30")),
            (secs(110), .noteDeleted(id: "n2")),
            (secs(120), .speakerStarted(id: "s1")),
        ]
        for (t, kind) in steps {
            if let w = store.apply(kind, at: max(t, store.state.lastT)) { Issue.record("setup: \(kind.typeName): \(w)") }
        }
        return store
    }

    // MARK: a start while another runs

    @Test func anItemStartWhileAnotherRunsEndsThatOneAtTheSameT() {
        var store = Self.busy()
        let before = store.state
        #expect(store.apply(.itemStarted(id: "a2"), at: mins(5)) == nil)
        var expected = before
        expected.lastSeq += 1
        expected.lastT = mins(5)
        expected.items[id: "a1"]?.clock = clock(start: 0, running: nil, accumulated: mins(5), ended: mins(5))
        expected.items[id: "a2"]?.clock = clock(start: mins(5), running: mins(5))
        expected.runningItem = "a2"
        expected.machine = PhaseMachine(phase: .tanyaJawab)
        #expect(store.state == expected, "\(StateDiff.describe(expected: expected, actual: store.state))")
    }

    @Test func aSpeakerStartWhileAnotherHoldsTheFloorEndsThatTurnAtTheSameT() {
        var store = Self.busy()
        let before = store.state
        #expect(store.apply(.speakerStarted(id: "s2"), at: mins(4)) == nil)
        var expected = before
        expected.lastSeq += 1
        expected.lastT = mins(4)
        expected.speakers[id: "s1"]?.status = .done
        expected.speakers[id: "s1"]?.clock = clock(start: secs(120), running: nil, accumulated: mins(2), ended: mins(4))
        expected.speakers[id: "s2"]?.status = .onFloor
        expected.speakers[id: "s2"]?.clock = clock(start: mins(4), running: mins(4))
        expected.queue = []
        expected.floor = .speaker("s2")
        #expect(store.state == expected, "\(StateDiff.describe(expected: expected, actual: store.state))")
    }

    @Test func aQuestionStartWhileASpeakerHoldsTheFloorEndsTheSpeaker() {
        var store = Self.busy()
        let before = store.state
        #expect(store.apply(.questionStarted(id: "q2"), at: mins(3)) == nil)
        var expected = before
        expected.lastSeq += 1
        expected.lastT = mins(3)
        expected.speakers[id: "s1"]?.status = .done
        expected.speakers[id: "s1"]?.clock = clock(start: secs(120), running: nil, accumulated: mins(1), ended: mins(3))
        expected.questions[id: "q2"]?.status = .onFloor
        expected.questions[id: "q2"]?.clock = clock(start: mins(3), running: mins(3))
        expected.floor = .question("q2")
        #expect(store.state == expected, "\(StateDiff.describe(expected: expected, actual: store.state))")
    }

    @Test func anAnswerStartWhileAnAskerHoldsTheFloorEndsTheQuestionAsAsked() {
        var store = Self.busy()
        store.apply(.questionStarted(id: "q2"), at: mins(3))
        let before = store.state
        #expect(store.apply(.answerStarted(id: "w2", round: "r1", by: "Kepala BKN", allottedS: 300, questions: nil), at: mins(4)) == nil)
        var expected = before
        expected.lastSeq += 1
        expected.lastT = mins(4)
        expected.questions[id: "q2"]?.status = .done
        expected.questions[id: "q2"]?.outcome = .asked
        expected.questions[id: "q2"]?.clock = clock(start: mins(3), running: nil, accumulated: mins(1), ended: mins(4))
        expected.answers.append(Answer(id: "w2", round: "r1", by: "Kepala BKN", allottedS: 300, questions: [],
                                       clock: clock(start: mins(4), running: mins(4))))
        expected.floor = .answer("w2")
        #expect(store.state == expected, "\(StateDiff.describe(expected: expected, actual: store.state))")
    }

    // MARK: missing ids

    struct BadEvent: Sendable, CustomTestStringConvertible {
        var kind: EventKind
        var testDescription: String { LogLine.encode(Event(seq: 0, t: 0, kind: kind)).trimmingWhitespace }
    }

    /// Every event that names an id, naming one that does not exist (or one it may not name).
    static let missingIds: [BadEvent] = ([
        .itemUpdated(id: "a9", title: "X", kind: .qa, plannedS: 10, plannedStart: nil),
        .itemMoved(id: "a9", index: 0),
        .itemRemoved(id: "a9"),
        .itemRemoved(id: "a1"),                     // it runs: it cannot be removed
        .itemStarted(id: "a9"),
        .itemStarted(id: "a1"),                     // it already runs
        .itemEnded(id: "a9"),
        .itemEnded(id: "a2"),                       // it is not running
        .itemAdded(id: "a1", title: "Dup", kind: .other, plannedS: 1, index: nil, plannedStart: nil),
        .speakerQueued(id: "s1", name: "Dup", role: nil, org: nil, remote: nil, allottedS: 1, item: nil, index: nil, kind: nil),
        .speakerUpdated(id: "s9", name: "X", role: nil, org: nil, remote: nil, allottedS: nil),
        .speakerUpdated(id: "s3", name: nil, role: nil, org: nil, remote: nil, allottedS: 60),   // s3 has finished
        .speakerMoved(id: "s9", index: 0),
        .speakerMoved(id: "s1", index: 0),          // s1 is on the floor, not in the queue
        .speakerRemoved(id: "s9"),
        .speakerStarted(id: "s9"),
        .speakerStarted(id: "s3"),                  // s3 has spoken
        .speakerPaused(id: "s9"),
        .speakerPaused(id: "s2"),                   // s2 does not hold the floor
        .speakerResumed(id: "s1"),                  // s1 is not paused
        .speakerExtended(id: "s9", byS: 60),
        .speakerExtended(id: "s3", byS: 60),
        .speakerEnded(id: "s9"),
        .speakerEnded(id: "s2"),
        .roundOpened(id: "r1", number: 2, maxQuestions: nil, item: nil),
        .questionQueued(id: "q3", round: "r9", asker: "X", org: nil, to: nil, text: nil, allottedS: nil, remote: nil),
        .questionQueued(id: "q1", round: "r1", asker: "Dup", org: nil, to: nil, text: nil, allottedS: nil, remote: nil),
        .questionStarted(id: "q9"),
        .questionStarted(id: "q1"),                 // q1 has asked
        .questionEnded(id: "q9", outcome: .asked),
        .questionEnded(id: "q1", outcome: .skipped),
        .answerStarted(id: "w9", round: "r9", by: "X", allottedS: nil, questions: nil),
        .answerStarted(id: "w1", round: "r1", by: "Dup", allottedS: nil, questions: nil),
        .answerEnded(id: "w9"),
        .answerEnded(id: "w1"),                     // already ended
        .roundClosed(id: "r9"),
        .noteAdded(id: "n1", kind: .note, text: "Dup", item: nil, speaker: nil, owner: nil, due: nil),
        .noteEdited(id: "n9", text: "X", kind: nil, owner: nil, due: nil),
        .noteEdited(id: "n2", text: "X", kind: nil, owner: nil, due: nil),   // deleted
        .noteDeleted(id: "n9"),
        .noteDeleted(id: "n2"),
    ] as [EventKind]).map { BadEvent(kind: $0) }

    @Test(arguments: missingIds)
    func anEventNamingAMissingIdIsAWarningAndChangesOnlySeqAndT(_ bad: BadEvent) {
        var store = Self.busy()
        let before = store.state
        let warning = store.apply(bad.kind, at: mins(10))
        #expect(warning != nil)
        var expected = before
        expected.lastSeq += 1
        expected.lastT = mins(10)
        #expect(store.state == expected, "\(StateDiff.describe(expected: expected, actual: store.state))")
    }

    /// A finished speaker's name and jabatan can be corrected for the minutes; their time cannot.
    @Test func aFinishedSpeakersNameCanBeCorrected() {
        var store = Self.busy()
        let before = store.state
        #expect(store.apply(.speakerUpdated(id: "s3", name: "Drs. Rudi", role: "Kabid", org: nil, remote: nil, allottedS: nil),
                            at: mins(10)) == nil)
        var expected = before
        expected.lastSeq += 1
        expected.lastT = mins(10)
        expected.speakers[id: "s3"]?.name = "Drs. Rudi"
        expected.speakers[id: "s3"]?.role = "Kabid"
        #expect(store.state == expected, "\(StateDiff.describe(expected: expected, actual: store.state))")
    }

    @Test func closingATerminThatIsClosedIsAWarning() {
        var store = Self.busy()
        #expect(store.apply(.roundClosed(id: "r1"), at: mins(5)) == nil)
        let before = store.state
        #expect(store.apply(.roundClosed(id: "r1"), at: mins(6)) != nil)
        var expected = before
        expected.lastSeq += 1
        expected.lastT = mins(6)
        #expect(store.state == expected)
        // A question cannot be queued in, or start from, a closed termin.
        #expect(store.apply(.questionQueued(id: "q3", round: "r1", asker: "X", org: nil, to: nil, text: nil, allottedS: nil,
                                            remote: nil), at: mins(7)) != nil)
        #expect(store.apply(.questionStarted(id: "q2"), at: mins(7)) != nil)
        #expect(store.state.questions.count == 2)
    }

    @Test func negativeDurationsInALogAreWarnings() {
        var store = Self.busy()
        let before = store.state
        #expect(store.apply(.itemAdded(id: "a4", title: "X", kind: .other, plannedS: -5, index: nil, plannedStart: nil), at: mins(10)) != nil)
        #expect(store.apply(.itemUpdated(id: "a2", title: nil, kind: nil, plannedS: -5, plannedStart: nil), at: mins(10)) != nil)
        #expect(store.apply(.speakerQueued(id: "s4", name: "X", role: nil, org: nil, remote: nil, allottedS: -1, item: nil,
                                           index: nil, kind: nil), at: mins(10)) != nil)
        #expect(store.apply(.speakerUpdated(id: "s2", name: nil, role: nil, org: nil, remote: nil, allottedS: -1), at: mins(10)) != nil)
        var expected = before
        expected.lastSeq += 4
        expected.lastT = mins(10)
        #expect(store.state == expected, "\(StateDiff.describe(expected: expected, actual: store.state))")
    }

    // MARK: unknown types

    @Test func unknownTypesAreCountedAndChangeNothing() {
        var store = Self.busy()
        let before = store.state
        let data = JSONValue.object([("id", .string("s1")), ("by_s", .int(60))])
        #expect(store.apply(.unknown(type: "speaker.applauded", data: data), at: mins(10)) == nil)
        #expect(store.apply(.unknown(type: "x-vendor.poll", data: .object([])), at: mins(11)) == nil)
        var expected = before
        expected.lastSeq += 2
        expected.lastT = mins(11)
        expected.unknownEvents = 2
        #expect(store.state == expected, "\(StateDiff.describe(expected: expected, actual: store.state))")
    }

    @Test func aRecoveryIsRecordedAndChangesNothingElse() {
        var store = Self.busy()
        let before = store.state
        #expect(store.apply(.sessionRecovered(afterSeq: before.lastSeq, gapMs: 45_000, tornBytes: 37), at: mins(10)) == nil)
        var expected = before
        expected.lastSeq += 1
        expected.lastT = mins(10)
        expected.recoveries = [Recovery(seq: before.lastSeq + 1, t: mins(10), afterSeq: before.lastSeq, gapMs: 45_000, tornBytes: 37)]
        #expect(store.state == expected, "\(StateDiff.describe(expected: expected, actual: store.state))")
        // The floor clock keeps running through a recovery: the time the program was down was meeting time.
        #expect(store.state.floorTiming(now: mins(10))?.elapsedMs == mins(10) - secs(120))
    }
}

/// Numbers in a log are untrusted too: no value a log can hold may crash the fold.
@Suite struct EvolveHostileNumberTests {
    /// Evolve.swift adds `by_s` to the allotted time unchecked: `Int.max` overflows and traps,
    /// so `rakor verify`/`replay` of such a log crash instead of reading it.
    @Test func aHugeExtensionDoesNotCrash() async {
        await #expect(processExitsWith: .success) {
            var state = SessionState(header: SessionHeader(sessionId: "x", title: "x", startedAtMs: 0, tz: "Asia/Jakarta"))
            let kinds: [EventKind] = [
                .speakerQueued(id: "s1", name: "Budi", role: nil, org: nil, remote: nil, allottedS: 300, item: nil, index: nil, kind: nil),
                .speakerExtended(id: "s1", byS: Int.max),
            ]
            for k in kinds { state.apply(Event(seq: state.lastSeq + 1, t: 0, kind: k)) }
        }
    }

    /// Index and count fields at their extremes are clamped, not trapped on.
    @Test func extremeIndexesAreClamped() {
        var store = TestStore()
        store.apply(.itemAdded(id: "a1", title: "A", kind: .other, plannedS: 1, index: nil, plannedStart: nil), at: 0)
        #expect(store.apply(.itemAdded(id: "a2", title: "B", kind: .other, plannedS: 1, index: Int.max, plannedStart: nil), at: 0) == nil)
        #expect(store.apply(.itemAdded(id: "a3", title: "C", kind: .other, plannedS: 1, index: Int.min, plannedStart: nil), at: 0) == nil)
        #expect(store.state.items.map(\.id) == ["a3", "a1", "a2"])
        #expect(store.apply(.itemMoved(id: "a3", index: Int.max), at: 0) == nil)
        #expect(store.state.items.map(\.id) == ["a1", "a2", "a3"])
        store.apply(.speakerQueued(id: "s1", name: "A", role: nil, org: nil, remote: nil, allottedS: 1, item: nil, index: nil, kind: nil), at: 0)
        store.apply(.speakerQueued(id: "s2", name: "B", role: nil, org: nil, remote: nil, allottedS: 1, item: nil, index: Int.min, kind: nil), at: 0)
        #expect(store.apply(.speakerMoved(id: "s2", index: Int.max), at: 0) == nil)
        #expect(store.state.queue == ["s1", "s2"])
        // A duration no meeting has is refused as hostile, not clamped.
        #expect(store.apply(.speakerExtended(id: "s1", byS: Int.min), at: 0) == "by_s is out of range")
        #expect(store.state.speakers[id: "s1"]?.allottedS == 1)
        #expect(store.apply(.speakerExtended(id: "s1", byS: -5), at: 0) == nil)
        #expect(store.state.speakers[id: "s1"]?.allottedS == 0)
    }
}
