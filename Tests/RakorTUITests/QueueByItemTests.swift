import Testing
@testable import RakorCore
@testable import RakorTUI

// The queue panel by item (issue 10, item 2): the running item's list first, the others folded
// under their item's name, and the selection on the rows as shown.

@Suite struct QueueByItemTests {
    @Test func theRunningListIsTheOrderNTakesAndTheOthersAreByItem() {
        let s = Fixtures.queueByItem().state
        let q = s.queueByItem
        let name = { (id: String) in s.speakers[id: id]?.name ?? id }
        #expect(q.running.map(name) == [Who.panrb, "Dra. Siti Aminah"])
        #expect(s.speakers[id: q.running[1]]?.item == "a4")
        #expect(q.running.first == s.nextSpeaker)
        #expect(q.others.map(\.item) == ["a7", "a8"])
        #expect(q.others.map { $0.speakers.map(name) } == [["Ir. Budi Santoso", "Hj. Nurhayati"], [Who.sekda]])
        // Folded, only the running list can be selected; unfolded, every list in the order shown.
        #expect(QueueRows(s, unfolded: false).selectable == q.running)
        #expect(QueueRows(s, unfolded: true).selectable == q.running + q.others.flatMap(\.speakers))
        #expect(QueueRows(s, unfolded: false).rows.count == 4)
    }

    @Test func anInterruptionLeadsTheRunningList() {
        var sc = Fixtures.queueByItem()
        sc.run(.floor(.queueSpeaker(name: Who.interupsi, allottedS: 120, interruption: true)), at: tm(46))
        let q = sc.state.queueByItem
        #expect(sc.state.speakers[id: q.running[0]]?.name == Who.interupsi)
        #expect(q.running.first == sc.state.nextSpeaker)
    }

    /// The bug: the selection indexed the whole queue, so the second row shown removed a speaker
    /// booked for the conclusions, hidden under its item.
    @Test func selectionAndDeleteActOnTheHighlightedSpeaker() throws {
        var sc = Fixtures.presentationStarted()
        // In queue order: one for the conclusions, then one for the paparan that is running.
        sc.run(.floor(.queueSpeaker(name: "Ir. Budi Santoso", allottedS: 600, item: "a7")), at: tm(45, 10), by: "moderator")
        sc.run(.floor(.queueSpeaker(name: "Dra. Siti Aminah", allottedS: 300, item: "a4")), at: tm(45, 20), by: "moderator")
        let h = Harness(sc)
        let siti = sc.speaker(named: "Dra. Siti Aminah"), budi = sc.speaker(named: "Ir. Budi Santoso")
        h.press(.key(.down))
        let frame = h.frame()
        #expect(frame.contains("▸ Rumusan dan kesimpulan · 1"))
        #expect(QueueRows(h.controller.state, unfolded: false).selected(h.controller.ui.queueSelection) == siti)
        h.press(.char("x"))
        guard case .confirm(let c)? = h.controller.ui.overlay else { Issue.record("no confirmation"); return }
        #expect(c.question == "Keluarkan Dra. Siti Aminah dari antrean?")
        h.press(.char("y"))
        #expect(h.newEvents.map(\.kind) == [.speakerRemoved(id: siti)])
        #expect(h.controller.state.queue.contains(budi))
    }

    /// Speakers queued before any item ran are booked for no item: they follow the running item's list.
    @Test func speakersOfNoItemGoWithTheRunningList() {
        var sc = Fixtures.base()
        sc.run(.floor(.queueSpeaker(name: Who.mc, allottedS: 300)), at: tm(1))
        sc.run(.rundown(.startItem()), at: tm(2))
        let mc = sc.speaker(named: Who.mc)
        #expect(sc.state.speakers[id: mc]?.item == nil)
        #expect(sc.state.queueByItem.running == [mc])
        #expect(sc.state.nextSpeaker == mc)
        #expect(sc.state.queueByItem.others.map(\.item) == ["a4"])
    }

    @Test func movingStaysInsideTheSpeakersOwnList() {
        var sc = Fixtures.queueByItem()
        sc.run(.floor(.queueSpeaker(name: Who.interupsi, allottedS: 120, interruption: true)), at: tm(46))
        let h = Harness(sc)
        let s = h.controller.state
        let interrupter = sc.speaker(named: Who.interupsi), panrb = sc.speaker(named: Who.panrb)
        // The interupsi cannot pass the paparan's speakers: `n` takes it first whatever its place.
        h.press(.char("J"))
        #expect(h.newEvents.isEmpty)
        #expect(h.controller.ui.message?.text.contains("hanya dipindah dalam daftar acaranya") == true)
        // Unfolded, Nurhayati moves above Budi within the conclusions' list.
        h.press(.char("z"), .key(.down), .key(.down), .key(.down), .key(.down))
        let nur = sc.speaker(named: "Hj. Nurhayati")
        #expect(QueueRows(h.controller.state, unfolded: true).selected(h.controller.ui.queueSelection) == nur)
        h.press(.char("K"))
        let budiAt = s.queue.firstIndex(of: sc.speaker(named: "Ir. Budi Santoso"))!
        #expect(h.newEvents.map(\.kind) == [.speakerMoved(id: nur, index: budiAt)])
        #expect(h.controller.state.queueByItem.others[0].speakers.first == nur)
        #expect(QueueRows(h.controller.state, unfolded: true).selected(h.controller.ui.queueSelection) == nur)
        #expect(h.controller.state.queueByItem.running == [interrupter, panrb, sc.speaker(named: "Dra. Siti Aminah")])
    }

    @Test func zIsInTheKeymap() {
        let b = Keymap.binding(.toggleQueueFold, in: .live)
        #expect(b?.keyLabel == "z")
        #expect(Keymap.action(for: .char("z"), in: .live) == .toggleQueueFold)
    }
}
