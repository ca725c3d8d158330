import Testing
@testable import RakorCore
@testable import RakorTUI

/// The moderator changes the rundown during the meeting: add, edit, move and remove items.
@Suite("Rundown editing")
struct RundownEditingTests {
    @Test func addAnItemAfterTheRunningOne() {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.char("A"))
        h.type("Penyerahan penghargaan")
        // Kind: one to the left of the default "other" is "break".
        h.press(.key(.tab), .key(.left), .key(.tab), .ctrl("u"))
        h.type("7")
        h.press(.key(.enter))
        #expect(h.controller.ui.overlay == nil)
        let added = h.newEvents.map(\.kind)
        #expect(added == [.itemAdded(id: "a9", title: "Penyerahan penghargaan", kind: .break, plannedS: 420, index: 1, plannedStart: nil)])
        #expect(h.controller.state.items.map(\.id).prefix(3) == ["a1", "a9", "a2"])
    }

    @Test func selectEditMoveAndRemove() {
        let h = Harness(Fixture.pembukaan.scene)
        // ] from the running item (a1) selects a2; ] again a3.
        h.press(.char("]"), .char("]"))
        #expect(h.controller.ui.rundownSelection == 2)
        h.press(.char("E"))
        guard case .form(let f)? = h.controller.ui.overlay else { Issue.record("no edit form"); return }
        #expect(f.value("title") == "Sambutan Gubernur Kalimantan Timur" && f.value("minutes") == "15")
        h.press(.key(.tab), .key(.tab), .ctrl("u"))
        h.type("20")
        h.press(.key(.enter))
        #expect(h.newEvents.last?.kind == .itemUpdated(id: "a3", title: nil, kind: nil, plannedS: 1200, plannedStart: nil))
        // } moves it down one place, and the selection follows it.
        h.press(.char("}"))
        #expect(h.controller.state.items.map(\.id).prefix(4) == ["a1", "a2", "a4", "a3"])
        #expect(h.controller.ui.rundownSelection == 3)
        // D asks first; only y removes.
        h.press(.char("D"), .char("n"))
        #expect(h.controller.state.items.contains(id: "a3"))
        h.press(.char("D"), .char("y"))
        #expect(!h.controller.state.items.contains(id: "a3"))
        #expect(h.controller.state.removedItems == ["a3"])
    }

    @Test func anItemThatRanCannotBeRemoved() {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.char("["))
        #expect(h.controller.ui.rundownSelection == 0)
        h.press(.char("D"), .char("y"))
        #expect(h.controller.state.items.contains(id: "a1"))
        #expect(h.controller.ui.message?.kind == .error)
    }

    @Test func theSelectedItemIsHighlighted() {
        var sc = Fixture.pembukaan.scene
        sc.ui.rundownSelection = 3
        let c = sc.render(Size(width: 100, height: 30))
        let row = (0..<c.height).first { y in c.lines()[y].contains("Paparan kebijakan") }
        #expect(row.map { c[5, $0].role } == "selected")
    }
}
