import Testing
@testable import RakorCore

/// The phase machine with the floor in it (issue 10): for each situation and each trigger, the
/// phase, who holds the floor, who is held, and whether the turn's clock runs, as a table.
@Suite struct FloorPhaseTableTests {
    /// Where a row starts from.
    enum Start: String, CaseIterable {
        /// A sambutan runs; Budi (s1) speaks; an interupsi (s2) waits.
        case speaking
        /// Budi is held by the interupsi s2, who speaks.
        case interrupted
        /// Budi is held by a break item (Ishoma, a2) that runs.
        case breakHeld
        /// The meeting is suspended while Budi speaks.
        case suspended
    }

    static func store(_ start: Start) -> TestStore {
        var s = TestStore()
        s.given(.rundown(.addItem(title: "Sambutan", kind: .remarks, plannedS: 900)), at: 0)
        s.given(.rundown(.addItem(title: "Ishoma", kind: .break, plannedS: 3600)), at: 0)
        s.given(.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: 1800)), at: 0)
        s.given(.rundown(.startItem()), at: 0)
        s.given(.floor(.queueSpeaker(name: "Budi", allottedS: 600)), at: 0)
        s.given(.floor(.startNextSpeaker()), at: 0)
        s.given(.floor(.queueSpeaker(name: "Camat", allottedS: 60, interruption: true)), at: secs(10))
        switch start {
        case .speaking: break
        case .interrupted: s.given(.floor(.startNextSpeaker()), at: secs(10))
        case .breakHeld: s.given(.rundown(.startItem(holdFloor: true)), at: secs(10))
        case .suspended: s.given(.session(.suspend(reason: .skors)), at: secs(10))
        }
        return s
    }

    /// What follows a trigger: phase, floor holder, held list, and whether the floor's clock runs.
    struct After: Equatable, CustomStringConvertible {
        var phase: SessionPhase
        var floor: FloorHolder?
        var held: [String]
        var running: Bool
        var description: String { "\(phase) floor \(String(describing: floor)) held \(held) running \(running)" }
    }

    static let triggers: [(String, Command)] = [
        ("n", .floor(.startNextSpeaker())),
        ("e", .floor(.endTurn)),
        ("> hold", .rundown(.startItem(holdFloor: true))),
        ("> end", .rundown(.startItem())),
        ("skors", .session(.suspend(reason: .skors))),
        ("resume", .session(.resume)),
    ]

    /// nil: refused.
    static let table: [Start: [String: After?]] = [
        .speaking: [
            "n": After(phase: .sambutan, floor: .speaker("s2"), held: ["s1"], running: true),
            "e": After(phase: .sambutan, floor: nil, held: [], running: false),
            "> hold": After(phase: .istirahat, floor: nil, held: ["s1"], running: false),
            "> end": After(phase: .istirahat, floor: nil, held: [], running: false),
            "skors": After(phase: .diskors, floor: .speaker("s1"), held: [], running: false),
            "resume": nil,
        ],
        .interrupted: [
            "n": After(phase: .sambutan, floor: .speaker("s1"), held: [], running: true),
            "e": After(phase: .sambutan, floor: .speaker("s1"), held: [], running: true),
            "> hold": After(phase: .istirahat, floor: nil, held: ["s1", "s2"], running: false),
            "> end": After(phase: .istirahat, floor: nil, held: ["s1"], running: false),
            "skors": After(phase: .diskors, floor: .speaker("s2"), held: ["s1"], running: false),
            "resume": nil,
        ],
        .breakHeld: [
            // The interupsi may take the floor during the break; its clock stands still.
            "n": After(phase: .istirahat, floor: .speaker("s2"), held: ["s1"], running: false),
            "e": nil,
            "> hold": After(phase: .paparan, floor: nil, held: ["s1"], running: false),
            "> end": After(phase: .paparan, floor: nil, held: ["s1"], running: false),
            "skors": After(phase: .diskors, floor: nil, held: ["s1"], running: false),
            "resume": nil,
        ],
        .suspended: [
            "n": nil,
            "e": After(phase: .diskors, floor: nil, held: [], running: false),
            "> hold": nil,
            "> end": nil,
            "skors": nil,
            "resume": After(phase: .sambutan, floor: .speaker("s1"), held: [], running: true),
        ],
    ]

    @Test(arguments: Start.allCases)
    func everyTriggerFrom(_ start: Start) {
        for (name, cmd) in Self.triggers {
            let base = Self.store(start).state
            let want = Self.table[start]![name]!
            switch decide(cmd, base, now: secs(20)) {
            case .failure(let error):
                #expect(want == nil, "\(start) + \(name): refused (\(error)), expected \(String(describing: want))")
            case .success(let events):
                var s = base
                for e in events { #expect(s.apply(e) == nil, "\(start) + \(name): \(e.kind.typeName) does not apply") }
                let got = After(phase: s.phase, floor: s.floor, held: s.held, running: s.floorClock?.runningSince != nil)
                #expect(got == want, "\(start) + \(name)")
            }
        }
    }
}
