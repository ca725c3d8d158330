import Testing
@testable import RakorCore

/// The meeting's phase as a state machine, stated as a table: every (phase, trigger) pair.
@Suite struct PhaseMachineTests {
    typealias P = SessionPhase

    static let triggers: [(String, PhaseTrigger)] =
        ItemKind.allCases.map { ("start \($0.rawValue)", PhaseTrigger.itemStarted($0)) }
        + [("end item", .itemEnded), ("suspend", .suspended), ("resume", .resumed), ("close", .closed), ("reopen", .reopened)]

    /// The phase each item kind puts the meeting in.
    static let itemPhase: [ItemKind: P] = [
        .opening: .pembukaan, .report: .laporan, .remarks: .sambutan, .presentation: .paparan, .qa: .tanyaJawab,
        .conclusion: .kesimpulan, .closing: .penutupan, .break: .istirahat, .other: .berlangsung,
    ]

    /// The table: for each phase, where each trigger leads (nil: not legal). Item starts are
    /// listed separately: from every phase that is not `diskors` or `selesai`, starting an item
    /// of kind K leads to `itemPhase[K]`; from those two, it is not legal.
    static let table: [P: (itemEnded: P?, suspended: P?, resumed: P?, closed: P?, reopened: P?, itemStarts: Bool)] = [
        .belumMulai: (nil, .diskors, nil, .selesai, nil, true),
        .pembukaan: (.berlangsung, .diskors, nil, .selesai, nil, true),
        .laporan: (.berlangsung, .diskors, nil, .selesai, nil, true),
        .sambutan: (.berlangsung, .diskors, nil, .selesai, nil, true),
        .paparan: (.berlangsung, .diskors, nil, .selesai, nil, true),
        .tanyaJawab: (.berlangsung, .diskors, nil, .selesai, nil, true),
        .kesimpulan: (.berlangsung, .diskors, nil, .selesai, nil, true),
        .penutupan: (.berlangsung, .diskors, nil, .selesai, nil, true),
        .istirahat: (.berlangsung, .diskors, nil, .selesai, nil, true),
        // Between items, or in an item of kind `other`: such an item ends from here.
        .berlangsung: (.berlangsung, .diskors, nil, .selesai, nil, true),
        // Resumes to where it was (here: nowhere remembered, so berlangsung).
        .diskors: (nil, nil, .berlangsung, .selesai, nil, false),
        .selesai: (nil, nil, nil, nil, .berlangsung, false),
    ]

    static func expected(_ phase: P, _ trigger: PhaseTrigger) -> P? {
        let row = table[phase]!
        switch trigger {
        case .itemStarted(let kind): return row.itemStarts ? itemPhase[kind]! : nil
        case .itemEnded: return row.itemEnded
        case .suspended: return row.suspended
        case .resumed: return row.resumed
        case .closed: return row.closed
        case .reopened: return row.reopened
        }
    }

    @Test func theTableCoversEveryPhase() {
        #expect(Set(Self.table.keys) == Set(SessionPhase.allCases))
        #expect(Self.triggers.count == ItemKind.allCases.count + 5)
        for kind in ItemKind.allCases { #expect(SessionPhase.of(kind) == Self.itemPhase[kind]) }
    }

    @Test(arguments: SessionPhase.allCases)
    func everyTriggerFromPhase(_ phase: SessionPhase) {
        let machine = PhaseMachine(phase: phase)
        for (name, trigger) in Self.triggers {
            let next = machine.fire(trigger)
            #expect(next?.phase == Self.expected(phase, trigger), "\(phase.rawValue) + \(name)")
            if let next {
                // Only a suspension remembers a phase.
                if trigger == .suspended {
                    #expect(next.beforeSuspension == phase, "\(phase.rawValue) + \(name) remembers \(phase.rawValue)")
                } else {
                    #expect(next.beforeSuspension == nil, "\(phase.rawValue) + \(name)")
                }
            }
        }
    }

    @Test(arguments: SessionPhase.allCases.filter { $0 != .diskors && $0 != .selesai })
    func suspendRemembersAndResumeRestores(_ phase: SessionPhase) throws {
        let suspended = try #require(PhaseMachine(phase: phase).fire(.suspended))
        #expect(suspended == PhaseMachine(phase: .diskors, beforeSuspension: phase))
        // While suspended nothing but resume and close is legal.
        for (name, trigger) in Self.triggers where trigger != .resumed && trigger != .closed {
            #expect(suspended.fire(trigger) == nil, "diskors + \(name)")
        }
        #expect(suspended.fire(.resumed) == PhaseMachine(phase: phase))
        #expect(suspended.fire(.closed) == PhaseMachine(phase: .selesai))
    }

    @Test func itemPhasesAreThoseInWhichAnItemRuns() {
        let itemPhases = Set(SessionPhase.allCases.filter(\.isItemPhase))
        #expect(itemPhases == [.pembukaan, .laporan, .sambutan, .paparan, .tanyaJawab, .kesimpulan, .penutupan, .istirahat])
    }

    // MARK: in the session state

    struct IllegalCase: Sendable, CustomTestStringConvertible {
        var name: String
        var before: [EventKind]
        var illegal: EventKind
        var testDescription: String { name }
        init(_ name: String, _ before: [EventKind], _ illegal: EventKind) {
            self.name = name; self.before = before; self.illegal = illegal
        }
    }

    static let skors = EventKind.sessionSuspended(reason: .skors, note: nil, resumeT: nil)

    /// A log event that is illegal in the phase changes no state and comes back as a warning.
    @Test(arguments: [
        IllegalCase("resume when not suspended", [], .sessionResumed),
        IllegalCase("suspend twice", [skors], .sessionSuspended(reason: .ishoma, note: nil, resumeT: nil)),
        IllegalCase("start an item while suspended", [skors], .itemStarted(id: "a2")),
        IllegalCase("end an item while suspended", [skors], .itemEnded(id: "a1")),
        IllegalCase("close twice", [.sessionClosed], .sessionClosed),
        IllegalCase("reopen when open", [], .sessionReopened),
        IllegalCase("suspend when closed", [.sessionClosed], .sessionSuspended(reason: .other, note: nil, resumeT: nil)),
        IllegalCase("start an item when closed", [.sessionClosed], .itemStarted(id: "a2")),
        IllegalCase("end an item that is not running", [.itemEnded(id: "a1")], .itemEnded(id: "a1")),
        IllegalCase("start a speaker when closed", [.sessionClosed], .speakerStarted(id: "s2")),
    ])
    func anIllegalEventIsAWarningAndChangesNothing(_ c: IllegalCase) {
        let (name, before, illegal) = (c.name, c.before, c.illegal)
        var store = TestStore()
        store.apply(.itemAdded(id: "a1", title: "Pembukaan", kind: .opening, plannedS: 300, index: nil, plannedStart: nil), at: 0)
        store.apply(.itemAdded(id: "a2", title: "Laporan", kind: .report, plannedS: 600, index: nil, plannedStart: nil), at: 0)
        store.apply(.itemStarted(id: "a1"), at: 0)
        store.apply(.speakerQueued(id: "s1", name: "Budi", role: nil, org: nil, remote: nil, allottedS: 300, item: nil,
                                   index: nil, kind: nil), at: 0)
        store.apply(.speakerQueued(id: "s2", name: "Siti", role: nil, org: nil, remote: nil, allottedS: 300, item: nil,
                                   index: nil, kind: nil), at: 0)
        store.apply(.speakerStarted(id: "s1"), at: secs(10))
        for kind in before { #expect(store.apply(kind, at: secs(20)) == nil, "setup \(kind.typeName)") }
        let stateBefore = store.state
        let warning = store.apply(illegal, at: secs(30))
        #expect(warning != nil, "\(name): no warning")
        var expected = stateBefore
        expected.lastSeq += 1
        expected.lastT = secs(30)
        if store.state != expected {
            Issue.record("\(name) changed the state:\n\(StateDiff.describe(expected: expected, actual: store.state))")
        }
    }

    @Test func theSessionsPhaseFollowsItsItems() {
        var store = TestStore()
        #expect(store.state.phase == .belumMulai)
        for (i, kind) in ItemKind.allCases.enumerated() {
            store.given(.rundown(.addItem(title: "Acara \(i + 1)", kind: kind, plannedS: 60)), at: 0)
        }
        for (i, kind) in ItemKind.allCases.enumerated() {
            store.given(.rundown(.startItem()), at: mins(i))
            #expect(store.state.phase == SessionPhase.of(kind))
            store.given(.session(.suspend(reason: .skors)), at: mins(i) + secs(10))
            #expect(store.state.phase == .diskors)
            store.given(.session(.resume), at: mins(i) + secs(20))
            #expect(store.state.phase == SessionPhase.of(kind), "resume restores \(kind)")
        }
        store.given(.session(.close), at: mins(20))
        #expect(store.state.phase == .selesai)
        store.given(.session(.reopen), at: mins(21))
        #expect(store.state.phase == .berlangsung)
    }
}
