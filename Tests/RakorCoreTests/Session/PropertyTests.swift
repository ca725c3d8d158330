import Testing
@testable import RakorCore

/// Random command sequences from a seeded generator: whatever the moderator types, the core
/// keeps its promises. A failure names the seed and the step, so it can be replayed.
enum CommandGenerator {
    static let names: [String] = [
        "Budi", "Siti", "Ibu Dra. Hj. Siti Nurhaliza, S.Sos., M.Si.", "Kepala BKD Prov. Kaltim", "a",
        "", " ", "   \t\n", "\u{1B}[2J\u{1B}[H", "\u{1B}]0;owned\u{7}", "\"kutip\"", "back\\slash", "line\nbreak",
        "\u{2028}", "😀👩🏽‍💻🇮🇩", "\u{0}", "\u{7F}\u{85}", "e\u{301}", String(repeating: "panjang ", count: 40),
    ]
    static let junkIds = ["a1", "s1", "q1", "n1", "a99", "s0", "", " ", "s1\n", "💥", "x", "n-1"]
    static let durations = [-86_401, -1, 0, 1, 30, 60, 120, 300, 600, 3600, 86_400, 86_401]
    static let extensions = [-100_000, -86_401, -1000, -60, -1, 0, 1, 30, 60, 1000, 86_400, 86_401]
    static let dates = ["2020-10-30", "2024-02-29", "2024-02-30", "2023-02-29", "30/10/2020", "", " ", "besok", "2020-1-1"]
    static let clockTimes = ["09:00", "9.30", "13:05", "24:00", "09:60", "", "pagi", "23:59"]

    struct Gen {
        var rng: SplitMix64

        mutating func int(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        mutating func chance(_ percent: Int) -> Bool { int(100) < percent }
        mutating func pick<T>(_ xs: [T]) -> T { xs[int(xs.count)] }
        mutating func maybe<T>(_ percent: Int, _ make: (inout Gen) -> T) -> T? { chance(percent) ? make(&self) : nil }

        mutating func name() -> String { chance(75) ? pick(Array(names.prefix(5))) : pick(names) }
        mutating func duration() -> Int { chance(80) ? pick([30, 60, 120, 300, 600]) : pick(durations) }
        mutating func id(_ existing: [String]) -> String { !existing.isEmpty && chance(80) ? pick(existing) : pick(junkIds) }
        mutating func index() -> Int { pick([-1, 0, 0, 1, 2, 5, 100]) }

        // swiftlint:disable:next cyclomatic_complexity function_body_length
        mutating func command(for s: SessionState) -> Command {
            let items = s.items.map(\.id), speakers = s.speakers.map(\.id), questions = s.questions.map(\.id)
            let notes = s.entries.map(\.id)
            switch int(40) {
            case 0: return .session(.updateSession(SessionPatch(title: maybe(30) { $0.name() }, venue: maybe(30) { $0.name() },
                                                       warningS: maybe(30) { $0.duration() }, dangerS: maybe(30) { $0.duration() })))
            case 1: return .session(.updateAttendance(onsite: maybe(50) { $0.pick([-1, 0, 45]) }, online: maybe(50) { $0.pick([-3, 0, 120]) },
                                             note: maybe(30) { $0.name() }))
            case 2, 3: return .session(.suspend(reason: pick(SuspensionReason.allCases), note: maybe(30) { $0.name() },
                                       resumeAfterS: maybe(50) { $0.duration() }))
            case 4, 5: return .session(.resume)
            case 6: return chance(30) ? .session(.close) : .session(.addMarker(label: name()))
            case 7: return .session(.reopen)
            case 8, 9, 10: return .rundown(.addItem(title: name(), kind: pick(ItemKind.allCases), plannedS: duration(),
                                           index: maybe(20) { $0.index() }, plannedStart: maybe(30) { $0.pick(clockTimes) }))
            case 11: return .rundown(.updateItem(id: id(items), title: maybe(30) { $0.name() }, kind: maybe(30) { $0.pick(ItemKind.allCases) },
                                        plannedS: maybe(30) { $0.duration() }, plannedStart: maybe(20) { $0.pick(clockTimes) }))
            case 12: return .rundown(.moveItem(id: id(items), index: index()))
            case 13: return .rundown(.removeItem(id: id(items)))
            case 14, 15: return .rundown(.startItem(id: maybe(20) { $0.id(items) }, holdFloor: chance(50)))
            case 16: return .rundown(.endItem)
            case 17, 18, 19: return .floor(.queueSpeaker(name: name(), role: maybe(20) { $0.name() }, org: maybe(50) { $0.pick(["BKD", "BKN", "", "Pemprov"]) },
                                                  remote: chance(20), allottedS: duration(), item: maybe(10) { $0.id(items) },
                                                  index: maybe(10) { $0.index() }, interruption: chance(20)))
            case 20: return .floor(.updateSpeaker(id: id(speakers), name: maybe(30) { $0.name() }, role: maybe(20) { $0.name() },
                                           org: maybe(20) { $0.name() }, remote: maybe(20) { $0.chance(50) },
                                           allottedS: maybe(30) { $0.duration() }))
            case 21: return .floor(.moveSpeaker(id: id(speakers), index: index()))
            case 22: return .floor(.removeSpeaker(id: id(speakers)))
            case 23, 24, 25: return .floor(.startNextSpeaker(id: maybe(20) { $0.id(speakers) }))
            case 26: return .floor(.togglePause)
            case 27: return .floor(.extendSpeaker(id: maybe(30) { $0.id(speakers) }, byS: pick(extensions)))
            case 28, 29: return .floor(.endTurn)
            case 30: return .qa(.openRound(maxQuestions: maybe(50) { $0.pick([-1, 0, 1, 2, 3]) }))
            case 31, 32: return .qa(.queueQuestion(asker: name(), org: maybe(30) { $0.name() }, to: maybe(30) { $0.id(speakers) },
                                               text: maybe(50) { $0.name() }, allottedS: maybe(50) { $0.duration() }, remote: chance(20)))
            case 33: return .qa(.startQuestion(id: maybe(20) { $0.id(questions) }))
            case 34: return .qa(.endQuestion(id: maybe(40) { $0.id(questions) }, outcome: pick(QuestionOutcome.allCases)))
            case 35: return .qa(.startAnswer(by: chance(50) ? id(speakers) : name(), allottedS: maybe(50) { $0.duration() },
                                         questions: maybe(20) { g in (0..<g.int(3)).map { _ in g.id(questions) } }))
            case 36: return .qa(.closeRound)
            case 37, 38: return .minutes(.addNote(kind: pick(NoteKind.allCases), text: name(), owner: maybe(30) { $0.name() },
                                         due: maybe(30) { $0.pick(dates) }, item: maybe(10) { $0.id(items) },
                                         speaker: maybe(10) { $0.id(speakers) }))
            default:
                return chance(60)
                    ? .minutes(.editNote(id: id(notes), text: maybe(40) { $0.name() }, kind: maybe(30) { $0.pick(NoteKind.allCases) },
                                owner: maybe(30) { $0.name() }, due: maybe(30) { $0.pick(dates) }))
                    : .minutes(.deleteNote(id: id(notes)))
            }
        }

        /// The next `now`: mostly forward, sometimes standing still, now and then a clock that went back.
        mutating func advance(_ now: Int) -> Int {
            switch int(10) {
            case 0: return now
            case 1: return max(0, now - pick([1, 5_000]))
            default: return now + pick([1, 500, 1_000, 15_000, 60_000, 600_000])
            }
        }
    }

    /// What went wrong in a sequence, if anything: the first few messages.
    struct Findings {
        var violations: [String] = []
        var warnings: [String] = []
        var reusedIds: [String] = []
        var commands = 0
        var accepted = 0
        var events = 0
    }

    /// Runs one sequence of `length` commands from `seed`, checking every property on the way.
    static func run(seed: UInt64, length: Int, checkReader: Bool) -> Findings {
        var g = Gen(rng: SplitMix64(seed: seed))
        var f = Findings()
        let start = SessionState(header: TestHeader.make())
        var state = start
        var all: [Event] = []
        var seenIds: Set<String> = []
        var now = 0
        func fail(_ step: Int, _ cmd: Command, _ what: String) {
            if f.violations.count < 5 { f.violations.append("seed \(seed), step \(step), \(cmd): \(what)") }
        }
        for step in 0..<length {
            now = g.advance(now)
            let cmd = g.command(for: state)
            f.commands += 1
            let before = state
            switch decide(cmd, state, now: now, by: g.chance(50) ? "moderator" : nil) {
            case .failure(let error):
                // Refused: nothing to append, and refusing is a pure function of (command, state, now).
                if case .success(let again) = decide(cmd, state, now: now) {
                    fail(step, cmd, "refused with \(error), then accepted with \(again)")
                }
                if state != before { fail(step, cmd, "a refusal changed the state") }
            case .success(let events):
                f.accepted += 1
                if events.isEmpty { fail(step, cmd, "accepted with no event") }
                for (i, e) in events.enumerated() {
                    if e.seq != before.lastSeq + 1 + i { fail(step, cmd, "seq \(e.seq) after \(state.lastSeq)") }
                    if e.t < state.lastT { fail(step, cmd, "t \(e.t) before \(state.lastT)") }
                    if e.t != max(now, before.lastT) { fail(step, cmd, "t \(e.t), now \(now), last \(before.lastT)") }
                    let copy = state
                    if let w = state.apply(e), f.warnings.count < 3 {
                        f.warnings.append("seed \(seed), step \(step), \(cmd) → \(e.kind.typeName): \(w)")
                    }
                    if evolve(copy, e) != state { fail(step, cmd, "evolve and apply disagree") }
                    if let id = addedId(e.kind) {
                        if seenIds.contains(id), f.reusedIds.count < 3 {
                            f.reusedIds.append("seed \(seed), step \(step), \(cmd) → \(e.kind.typeName) reuses id \(id)")
                        }
                        seenIds.insert(id)
                    }
                }
                all += events
                f.events += events.count
            }
            for v in invariantViolations(state) { fail(step, cmd, v) }
        }
        // The log is the truth: folding every event from the empty state gives the live state...
        var folded = start
        for e in all { folded = evolve(folded, e) }
        if folded != state {
            f.violations.append("seed \(seed): the fold differs from the live state:\n\(StateDiff.describe(expected: state, actual: folded))")
        }
        // ...every event reads back from its line...
        for e in all {
            switch LogLine.decode(LogLine.encode(e)) {
            case .success(let d) where d.event == e && d.verified: break
            case let other: f.violations.append("seed \(seed): \(LogLine.encode(e)) reads back as \(other)")
            }
        }
        // ...and the whole file reads back as the same session.
        if checkReader {
            do {
                let r = try LogReader.read(bytes: logBytes(all), path: "p.jsonl")
                if r.events != all { f.violations.append("seed \(seed): the reader's events differ") }
                if r.state != state {
                    f.violations.append("seed \(seed): the reader's state differs:\n\(StateDiff.describe(expected: state, actual: r.state))")
                }
                if !r.damagedLines.isEmpty || r.tornTail != nil { f.violations.append("seed \(seed): damage found in a written log") }
            } catch {
                f.violations.append("seed \(seed): the written log is unreadable: \(error)")
            }
        }
        return f
    }

    /// The id an event creates, prefixed by its kind.
    static func addedId(_ kind: EventKind) -> String? {
        switch kind {
        case .itemAdded(let id, _, _, _, _, _): return "item " + id
        case .speakerQueued(let id, _, _, _, _, _, _, _, _): return "speaker " + id
        case .roundOpened(let id, _, _, _): return "termin " + id
        case .questionQueued(let id, _, _, _, _, _, _, _): return "question " + id
        case .answerStarted(let id, _, _, _, _): return "answer " + id
        case .noteAdded(let id, _, _, _, _, _, _): return "note " + id
        default: return nil
        }
    }

    /// What must hold in every state: one voice on the floor at a time, a queue of waiting
    /// speakers, one running item, one open termin, clocks that make sense.
    static func invariantViolations(_ s: SessionState) -> [String] {
        var out: [String] = []
        var holding: [FloorHolder] = s.speakers.filter { $0.status == .onFloor }.map { .speaker($0.id) }
        holding += s.questions.filter { $0.status == .onFloor }.map { .question($0.id) }
        holding += s.answers.filter { $0.clock.endedT == nil }.map { .answer($0.id) }
        if holding.count > 1 { out.append("two on the floor: \(holding)") }
        if let floor = s.floor {
            if holding != [floor] { out.append("floor is \(floor), turns under way: \(holding)") }
            if let c = s.floorClock {
                if c.isEnded { out.append("the floor's clock has ended") }
            } else {
                out.append("the floor has no clock")
            }
        } else if !holding.isEmpty {
            out.append("nobody holds the floor, but \(holding) are under way")
        }
        if Set(s.queue).count != s.queue.count { out.append("the queue repeats someone: \(s.queue)") }
        for id in s.queue where s.speakers[id: id]?.status != .queued { out.append("\(id) is queued but \(String(describing: s.speakers[id: id]?.status))") }
        for sp in s.speakers where sp.status == .queued && !s.queue.contains(sp.id) { out.append("\(sp.id) waits outside the queue") }
        let running = s.items.filter(\.isRunning).map(\.id)
        if running != (s.runningItem.map { [$0] } ?? []) { out.append("running items \(running), runningItem \(String(describing: s.runningItem))") }
        if s.rounds.filter(\.isOpen).count > 1 { out.append("more than one open termin") }
        if s.isSuspended != (s.phase == .diskors) { out.append("suspended \(s.isSuspended) in phase \(s.phase)") }
        if s.isClosed {
            if s.floor != nil { out.append("closed with someone on the floor") }
            if s.runningItem != nil { out.append("closed with an item running") }
            if s.openRound != nil { out.append("closed with a termin open") }
        }
        if s.runningItem == nil, s.phase.isItemPhase { out.append("phase \(s.phase) with no item running") }
        for sp in s.speakers where sp.allottedS < 0 { out.append("\(sp.id) has \(sp.allottedS) s") }
        let clocks = s.items.compactMap(\.clock) + s.speakers.compactMap(\.clock) + s.questions.compactMap(\.clock) + s.answers.map(\.clock)
        for c in clocks {
            if c.accumulatedMs < 0 || c.pausedMs < 0 { out.append("a clock ran backward: \(c)") }
            if let e = c.endedT, e < c.startedT { out.append("a clock ended before it started: \(c)") }
            if c.isEnded, c.runningSince != nil { out.append("an ended clock still runs: \(c)") }
        }
        return out
    }
}

@Suite struct PropertyTests {
    static let chunks = 8
    static let sequencesPerChunk = 250
    static let length = 60

    /// 2,000 sequences of 60 commands, in 8 chunks that run in parallel.
    @Test(arguments: 0..<chunks)
    func theCoreKeepsItsPromises(chunk: Int) {
        var totals = CommandGenerator.Findings()
        for i in 0..<Self.sequencesPerChunk {
            let seed = UInt64(chunk * Self.sequencesPerChunk + i) &* 0x2545_F491_4F6C_DD1D
            let f = CommandGenerator.run(seed: seed, length: Self.length, checkReader: i % 10 == 0)
            for v in f.violations { Issue.record("\(v)") }
            if !f.violations.isEmpty { break }
            totals.commands += f.commands
            totals.accepted += f.accepted
            totals.events += f.events
        }
        // The generator must reach both sides: accepted commands and refused ones, many events.
        #expect(totals.accepted > totals.commands / 5, "\(totals.accepted) of \(totals.commands) accepted")
        #expect(totals.accepted < totals.commands * 9 / 10, "\(totals.accepted) of \(totals.commands) accepted")
        #expect(totals.events > Self.sequencesPerChunk * 15)
    }

    /// Every event `decide` writes is one `evolve` applies: otherwise the log says something
    /// happened that the state does not show.
    @Test func decideWritesOnlyEventsThatApply() {
        for seed in UInt64(10_000)..<10_300 {
            let f = CommandGenerator.run(seed: seed, length: Self.length, checkReader: false)
            if let w = f.warnings.first {
                Issue.record("an event decide produced does not apply: \(w)")
                return
            }
        }
    }

    /// Ids are unique within a session for their kind (spec): no command gives out one used before.
    @Test func idsAreNeverGivenTwice() {
        for seed in UInt64(20_000)..<20_300 {
            let f = CommandGenerator.run(seed: seed, length: Self.length, checkReader: false)
            if let r = f.reusedIds.first {
                Issue.record("\(r)")
                return
            }
        }
    }

    @Test func theGeneratorIsDeterministic() {
        var a = CommandGenerator.Gen(rng: SplitMix64(seed: 42))
        var b = CommandGenerator.Gen(rng: SplitMix64(seed: 42))
        let s = TestHeader.state()
        for _ in 0..<100 { #expect(a.command(for: s) == b.command(for: s)) }
        // SplitMix64's published first outputs for seed 0.
        var r = SplitMix64(seed: 0)
        #expect(r.next() == 0xE220_A839_7B1D_CDAF)
        #expect(r.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
