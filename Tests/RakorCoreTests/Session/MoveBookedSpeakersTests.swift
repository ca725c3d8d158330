import Testing
@testable import RakorCore

/// Removing an item whose speakers are booked, moving them to another item: one command, the
/// spec's own events (`speaker.removed`, `speaker.queued` anew), all before `agenda.item_removed`.
@Suite struct MoveBookedSpeakersTests {
    /// a1 Pembukaan running, a2 Laporan and a3 Penutupan to come; queue s1 (a2), s2 (a1), s3 (a2).
    static func booked() -> TestStore {
        var store = DecideRundownTests.rundown()
        store.given(.rundown(.startItem()), at: 0)
        store.given(.floor(.queueSpeaker(name: "Sri Wahyuni", role: "Kepala BKD", org: "Pemprov Kaltim", remote: true,
                                         allottedS: 420, item: "a2")), at: secs(10))
        store.given(.floor(.queueSpeaker(name: "Budi Santoso", allottedS: 300)), at: secs(20))
        store.given(.floor(.queueSpeaker(name: "Rina Marlina", org: "Kota Samarinda", allottedS: 300, item: "a2")), at: secs(30))
        return store
    }

    @Test func theBookedSpeakersAreQueuedAnewUnderTheChosenItemInTheirPlacesThenTheItemGoes() {
        var store = Self.booked()
        #expect(store.state.queue == ["s1", "s2", "s3"])
        store.send(.rundown(.removeItemMovingSpeakers(id: "a2", to: "a3")), at: mins(2), emits: [
            .speakerRemoved(id: "s1"),
            .speakerQueued(id: "s4", name: "Sri Wahyuni", role: "Kepala BKD", org: "Pemprov Kaltim", remote: true,
                           allottedS: 420, item: "a3", index: 0, kind: nil),
            .speakerRemoved(id: "s3"),
            .speakerQueued(id: "s5", name: "Rina Marlina", role: nil, org: "Kota Samarinda", remote: false,
                           allottedS: 300, item: "a3", index: 2, kind: nil),
            .itemRemoved(id: "a2"),
        ]) {
            $0.speakers[id: "s1"]?.status = .removed
            $0.speakers[id: "s3"]?.status = .removed
            $0.speakers.append(Speaker(id: "s4", name: "Sri Wahyuni", role: "Kepala BKD", org: "Pemprov Kaltim", remote: true,
                                       allottedS: 420, item: "a3", queuedT: mins(2)))
            $0.speakers.append(Speaker(id: "s5", name: "Rina Marlina", org: "Kota Samarinda", allottedS: 300, item: "a3",
                                       queuedT: mins(2)))
            $0.queue = ["s4", "s2", "s5"]
            $0.items.remove(id: "a2")
            $0.removedItems = ["a2"]
        }
    }

    @Test func theRunningItemCanTakeThem() {
        var store = Self.booked()
        let events = store.given(.rundown(.removeItemMovingSpeakers(id: "a2", to: "a1")), at: mins(2))
        #expect(events.last?.kind == .itemRemoved(id: "a2"))
        #expect(store.state.queue.compactMap { store.state.speakers[id: $0]?.item } == ["a1", "a1", "a1"])
    }

    @Test func anItemThatHasRunOrIsUnknownIsRefusedAndNothingChanges() {
        var store = Self.booked()
        store.sendFailing(.rundown(.removeItemMovingSpeakers(id: "a2", to: "a9")), at: mins(2), expect: .unknownItem("a9"))
        store.sendFailing(.rundown(.removeItemMovingSpeakers(id: "a2", to: "a2")), at: mins(2), expect: .unknownItem("a2"))
        store.sendFailing(.rundown(.removeItemMovingSpeakers(id: "a1", to: "a3")), at: mins(2), expect: .itemAlreadyStarted("a1"))
        store.given(.rundown(.startItem()), at: mins(5))       // a1 done, a2 running
        store.sendFailing(.rundown(.removeItemMovingSpeakers(id: "a3", to: "a1")), at: mins(6), expect: .itemAlreadyStarted("a1"))
    }
}
