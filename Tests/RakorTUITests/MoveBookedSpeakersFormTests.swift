import Testing
@testable import RakorCore
@testable import RakorTUI

/// `D` on an item with booked speakers offers a third answer: move them to another item,
/// chosen with ← → as in the `a` form.
@Suite("Removing an item moves its booked speakers")
struct MoveBookedSpeakersFormTests {
    @Test func pOpensTheItemChoiceAndMovesTheSpeakersInOneAppendBeforeTheItemGoes() throws {
        let h = Harness(Fixture.pembukaan.scene)
        for _ in 0..<3 { h.press(.char("]")) }
        #expect(h.controller.selectedItem()?.id == "a4")
        let before = h.controller.state
        let places = before.queue.enumerated().filter { before.speakers[id: $0.element]?.item == "a4" }.map(\.offset)
        #expect(places.count == 2)
        h.press(.char("D"))
        #expect(h.frame(Size(width: 120, height: 40)).contains("p = pindahkan pembicara ke"))
        h.press(.char("p"))
        let field = try #require(h.form?.fields.first { $0.key == "to" })
        // The next item still to come is chosen first; → goes on to the one after.
        #expect(field.value == "a5")
        #expect(h.frame(Size(width: 120, height: 40)).contains("Pindahkan ke"))
        h.press(.key(.right))
        #expect(h.form?.value("to") == "a6")
        h.press(.key(.enter))
        #expect(h.form == nil)
        let s = h.controller.state
        #expect(!s.items.contains(id: "a4"))
        let kinds = h.newEvents.map(\.kind.typeName)
        #expect(kinds == ["speaker.removed", "speaker.queued", "speaker.removed", "speaker.queued", "agenda.item_removed"])
        // Same people, same places in the queue, new ids, now under a6.
        for (k, at) in places.enumerated() {
            let old = try #require(before.speakers[id: before.queue[at]])
            let moved = try #require(s.speakers[id: s.queue[at]])
            #expect(moved.id != old.id)
            #expect(moved.name == old.name && moved.role == old.role && moved.org == old.org && moved.allottedS == old.allottedS,
                    "speaker \(k)")
            #expect(moved.item == "a6")
            #expect(s.speakers[id: old.id]?.status == .removed)
        }
        #expect(s.queue.count == before.queue.count)
    }

    @Test func escOnTheItemChoiceRemovesNothing() {
        let h = Harness(Fixture.pembukaan.scene)
        for _ in 0..<3 { h.press(.char("]")) }
        h.press(.char("D"), .char("p"), .key(.escape))
        #expect(h.controller.state.items.contains(id: "a4"))
        #expect(h.newEvents.isEmpty)
    }
}
