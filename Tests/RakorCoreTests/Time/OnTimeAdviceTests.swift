import Testing
@testable import RakorCore

/// Issue 10 item 8: when the rundown runs behind, what would end on time, applied as one command.
@Suite struct OnTimeAdviceTests {
    /// a1 Paparan 40 min running since 0 with four speakers of 10 min waiting, a2 Ishoma fixed at
    /// 10:00, a3 Diskusi 30 min. 20 minutes into a1 nobody has spoken: 40 minutes of speakers
    /// for 20 left, 20 minutes behind.
    static func behind() -> TestStore {
        var store = TestStore()
        store.given(.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: 2400)), at: 0)
        store.given(.rundown(.addItem(title: "Ishoma", kind: .break, plannedS: 1800)), at: 0)
        store.given(.rundown(.addItem(title: "Diskusi", kind: .qa, plannedS: 1800)), at: 0)
        store.given(.rundown(.startItem()), at: 0)
        for name in ["A", "B", "C", "D"] { store.given(.floor(.queueSpeaker(name: name, allottedS: 600)), at: 0) }
        return store
    }

    @Test func theAdviceIsProportionalAboveTheFloorAndLeavesBreaksAlone() throws {
        let store = Self.behind()
        #expect(store.state.onTimeAdvice(now: 0) == nil, "on time: no advice")
        let s = store.state.schedule(now: mins(20))
        #expect(s.offsetMs == mins(20))
        #expect(s.offsetMs == s.projectedEndT - s.plannedEndT)
        let a = try #require(store.state.onTimeAdvice(now: mins(20)))
        // Reducible: 4 × (10 − 3) = 28 min of speakers for 20 behind: 5 min off each.
        #expect(a.speakerChanges.map(\.toS) == [300, 300, 300, 300])
        #expect(a.itemChanges.isEmpty, "plans of items not yet run stay: they would move the planned end too")
        #expect(a.reachesTarget)
        #expect(!a.changes.contains { $0.target == .item("a2") })
    }

    @Test func oneCommandAppliesItAndTheMeetingProjectsOnTime() throws {
        var store = Self.behind()
        let a = try #require(store.state.onTimeAdvice(now: mins(20)))
        store.send(.rundown(.shorten(a.changes)), at: mins(20),
                   emits: [.speakerExtended(id: "s1", byS: -300), .speakerExtended(id: "s2", byS: -300),
                           .speakerExtended(id: "s3", byS: -300), .speakerExtended(id: "s4", byS: -300)]) {
            for id in ["s1", "s2", "s3", "s4"] { $0.speakers[id: id]?.allottedS = 300 }
        }
        let s = store.state.schedule(now: mins(20))
        #expect(s.offsetMs == 0)
        #expect(store.state.onTimeAdvice(now: mins(20)) == nil)
    }

    @Test func theFloorComesFromTheAgendaFile() {
        var h = TestHeader.make()
        h.extra.append(("min_speaker_s", .int(420)))
        var store = TestStore(header: h)
        store.given(.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: 2400)), at: 0)
        store.given(.rundown(.startItem()), at: 0)
        store.given(.floor(.queueSpeaker(name: "A", allottedS: 600)), at: 0)
        store.given(.floor(.queueSpeaker(name: "B", allottedS: 600)), at: 0)
        store.given(.floor(.queueSpeaker(name: "C", allottedS: 600)), at: 0)
        store.given(.floor(.queueSpeaker(name: "D", allottedS: 600)), at: 0)
        store.given(.floor(.queueSpeaker(name: "E", allottedS: 600)), at: 0)
        // 50 minutes of speakers at 30 minutes in: 40 behind; the floor allows 5 × 3 minutes.
        let a = store.state.onTimeAdvice(now: mins(30))
        #expect(a?.speakerChanges.map(\.toS) == [420, 420, 420, 420, 420])
        #expect(a?.reachesTarget == false)
    }
}
