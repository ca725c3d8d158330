import Testing
@testable import RakorCore
@testable import RakorTUI

/// Forms a moderator can trust under pressure: nothing typed is lost without a word, a
/// prefilled value is replaced by the first key, what was added is what is selected.
@Suite("Forms under pressure")
struct FormTrustTests {
    // MARK: 1. Esc asks before throwing typed text away

    @Test func escOnATypedNoteAsksAndOnlyYDiscardsIt() {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.char("c"))
        h.type("Peserta meminta bahan paparan dibagikan")
        h.press(.key(.escape))
        #expect(h.form?.askingDiscard == true)
        #expect(h.frame().contains("Buang catatan? y = buang · tombol lain = kembali"))
        // Any other key goes back to the form with the text intact.
        h.press(.char("x"))
        #expect(h.form?.askingDiscard == false)
        #expect(h.form?.value("text") == "Peserta meminta bahan paparan dibagikan")
        // Esc, then y: gone, and the status bar says so.
        h.press(.key(.escape), .char("y"))
        #expect(h.controller.ui.overlay == nil)
        #expect(h.controller.ui.message?.text == "Catatan dibuang.")
        #expect(h.newEvents.isEmpty)
        #expect(h.drafts.current == nil)
    }

    @Test func escOnAnUntouchedFormClosesAtOnceAndSaysNothing() {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.char("a"), .key(.escape))
        #expect(h.controller.ui.overlay == nil)
        #expect(h.controller.ui.message == nil)
    }

    @Test func aTypedSpeakerFormAsksWithItsOwnWords() {
        let h = Harness(Fixture.pembukaan.scene, lang: .en)
        h.press(.char("a"))
        h.type("Budi")
        h.press(.key(.escape))
        #expect(h.frame().contains("Discard what was typed? y = discard · any other key = back"))
        h.press(.char("Y"))
        #expect(h.controller.ui.message?.text == "What was typed was discarded.")
    }

    // MARK: 3. A prefilled number is replaced by the first key

    @Test func theFirstDigitReplacesAPrefilledNumber() {
        var f = FormField(key: "minutes", label: ("Menit", "Minutes"), kind: .number, text: "15")
        #expect(f.editor.selectsAll)
        _ = f.editor.handle(.char("5"))
        #expect(f.editor.text == "5")
        _ = f.editor.handle(.char("0"))
        #expect(f.editor.text == "50", "only the first key replaces")
    }

    @Test func anArrowKeyKeepsThePrefilledNumberForEditing() {
        var e = LineEditor(text: "15")
        e.selectsAll = true
        #expect(e.handle(.key(.left)) == .moved)
        _ = e.handle(.char("0"))
        #expect(e.text == "105")
        var b = LineEditor(text: "15")
        b.selectsAll = true
        #expect(b.handle(.key(.backspace)) == .edited)
        #expect(b.text == "")
    }

    @Test func inTheAddItemFormTypingFiveGivesFiveMinutes() {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.char("A"))
        h.type("Penyerahan penghargaan")
        h.press(.key(.tab), .key(.tab))
        #expect(h.form?.value("minutes") == "15")
        h.type("5")
        h.press(.key(.enter))
        #expect(h.newEvents.map(\.kind) == [.itemAdded(id: "a9", title: "Penyerahan penghargaan", kind: .other, plannedS: 300,
                                                      index: 1, plannedStart: nil)])
    }

    @Test func theSpeakerAndAskerFormsReplaceTheirMinutesToo() {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.char("a"))
        h.type("Budi")
        h.press(.key(.tab), .key(.tab), .key(.tab))
        h.type("7")
        #expect(h.form?.value("minutes") == "7")
        h.press(.key(.escape), .char("y"), .char("i"))
        h.press(.key(.tab), .key(.tab), .key(.tab))
        h.type("2")
        #expect(h.form?.value("minutes") == "2")
        var q = FormFactory.question(Fixture.tanyaJawab.scene.state)
        q.focus = 3
        _ = q.handle(.key(.tab))
        _ = q.handle(.char("4"))
        #expect(q.value("minutes") == "4")
    }

    @Test func aDurationFarBeyondTheUsualAsksOnce() {
        let h = Harness(Fixture.pembukaan.scene)
        // a3 is the sambutan, planned 15 minutes; 155 was meant to be 15 or 55.
        h.press(.char("]"), .char("]"), .char("E"), .key(.tab), .key(.tab))
        h.type("155")
        h.press(.key(.enter))
        #expect(h.newEvents.isEmpty)
        #expect(h.form?.error == "155 menit untuk sambutan, yakin? Enter lagi = ya · ubah angkanya = batal")
        #expect(h.frame(Size(width: 120, height: 40)).contains("155 menit untuk sambutan, yakin?"))
        // Enter again with the same number means yes.
        h.press(.key(.enter))
        #expect(h.newEvents.map(\.kind) == [.itemUpdated(id: "a3", title: nil, kind: nil, plannedS: 155 * 60, plannedStart: nil)])
    }

    @Test func aTurnLongerThanItsItemAsks() {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.char("a"))
        h.type("Budi")
        h.press(.key(.tab), .key(.tab), .key(.tab))
        h.type("45")
        h.press(.key(.enter))
        #expect(h.form?.error?.hasPrefix("45 menit untuk satu giliran, yakin?") == true)
        // Changing the number is asked about afresh, and a plausible one goes through.
        h.press(.key(.backspace))
        h.press(.key(.enter))
        #expect(h.controller.ui.overlay == nil)
        #expect(h.controller.state.queuedSpeakers.last?.allottedS == 240)
    }

    // MARK: 4. What was added is selected

    @Test func aNewSpeakerIsSelectedSoXActsOnIt() {
        let h = Harness(Fixture.pembukaan.scene)
        #expect(h.controller.ui.queueSelection == 0)
        h.press(.char("a"))
        h.type("Budi Santoso")
        h.press(.key(.enter))
        // The selection indexes the rows shown: the pembukaan's own list, where Budi was booked.
        #expect(h.controller.queueRows.selected(h.controller.ui.queueSelection) == h.controller.state.queue.last)
        h.press(.char("x"))
        guard case .confirm(let c)? = h.controller.ui.overlay else { Issue.record("no confirmation"); return }
        #expect(c.question == "Keluarkan Budi Santoso dari antrean?")
    }

    @Test func aNewInterruptionIsSelectedAtTheHeadOfTheQueue() {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.key(.down))   // select down first, so the selection must move back
        h.press(.char("i"))
        h.type("H. Rusman")
        h.press(.key(.enter))
        let sel = h.controller.ui.queueSelection
        #expect(h.controller.state.speakers[id: h.controller.state.queue[sel]]?.name == "H. Rusman")
    }

    @Test func aNewItemAndANewEntryAreSelected() {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.char("A"))
        h.type("Penyerahan penghargaan")
        h.press(.key(.enter))
        #expect(h.controller.ui.rundownSelection == 1)
        #expect(h.controller.selectedItem()?.title == "Penyerahan penghargaan")
        h.press(.key(.tab))   // the minutes view
        h.controller.ui.entrySelection = 5
        h.press(.char("n"))
        h.type("Entri baru")
        h.press(.key(.enter))
        #expect(h.controller.selectedEntry()?.text == "Entri baru")
    }

    // MARK: 5. Rundown editing says what it did to the plan

    @Test func movingAFixedStartAboveAnEarlierOneWarns() {
        var scene = Fixture.pembukaan.scene
        scene.run(.rundown(.updateItem(id: "a5", plannedStart: "10:10")), at: scene.now)
        scene.run(.rundown(.updateItem(id: "a6", plannedStart: "10:20")), at: scene.now)
        let h = Harness(scene)
        // Select a6 (index 5) and move it above a5.
        for _ in 0..<5 { h.press(.char("]")) }
        #expect(h.controller.selectedItem()?.id == "a6")
        h.press(.char("{"))
        #expect(h.controller.ui.message?.kind == .warning)
        #expect(h.controller.ui.message?.text == "Perhatian: jam mulai tidak urut: \"Ishoma\" 10.20 di atas \"Tanya jawab\" 10.10.")
    }

    @Test func removingAnItemWithBookedSpeakersAsksWhatBecomesOfThem() {
        let h = Harness(Fixture.pembukaan.scene)
        for _ in 0..<3 { h.press(.char("]")) }
        #expect(h.controller.selectedItem()?.id == "a4")
        h.press(.char("D"))
        guard case .confirm(let c)? = h.controller.ui.overlay else { Issue.record("no confirmation"); return }
        #expect(c.question.contains("2 pembicara terjadwal di acara ini: \(Who.bkn), \(Who.panrb)"))
        #expect(h.frame(Size(width: 120, height: 40)).contains("k = hapus acara, pembicara"))
        h.press(.char("y"))
        #expect(!h.controller.state.items.contains(id: "a4"))
        #expect(!h.controller.state.queuedSpeakers.contains { $0.name == Who.bkn || $0.name == Who.panrb })
    }

    @Test func removingAnItemCanKeepItsSpeakersQueued() {
        let h = Harness(Fixture.pembukaan.scene)
        for _ in 0..<3 { h.press(.char("]")) }
        h.press(.char("D"), .char("k"))
        #expect(!h.controller.state.items.contains(id: "a4"))
        #expect(h.controller.state.queuedSpeakers.contains { $0.name == Who.bkn })
    }

    @Test func anyOtherKeyRemovesNothing() {
        let h = Harness(Fixture.pembukaan.scene)
        for _ in 0..<3 { h.press(.char("]")) }
        h.press(.char("D"), .char("n"))
        #expect(h.controller.state.items.contains(id: "a4"))
        #expect(h.newEvents.isEmpty)
    }
}

/// A projected end past midnight says which day it is.
@Suite("Clock times on another day")
struct ClockOnAnotherDayTests {
    @Test func aTimeTomorrowSaysTomorrow() {
        let h = Harness(Fixture.pembukaan.scene)
        let ctx = h.controller.viewContext()
        // 09.04 now; 15 hours later is 00.04 the next day.
        #expect(ctx.clock(ctx.now + 15 * 3_600_000) == "00.04 WITA besok")
        #expect(ctx.clock(ctx.now) == "09.04 WITA")
    }
}

/// `a` books a speaker under the running item by default; the form can choose an item still to come.
@Suite("The speaker form chooses the item")
struct SpeakerItemFormTests {
    @Test func aBooksUnderTheRunningItemByDefaultAndTheFormCanChooseALaterOne() throws {
        let h = Harness(Fixture.pembukaan.scene)
        let s = h.controller.state
        let running = try #require(s.runningItem)
        let later = try #require(s.items.first { !$0.hasStarted })
        // Default: the running item.
        h.press(.char("a"))
        let field = try #require(h.form?.fields.first { $0.key == "item" })
        #expect(field.value == running)
        h.type("Sri Wahyuni")
        h.press(.key(.enter))
        guard case let .speakerQueued(_, name, _, _, _, _, item, _, _)? = h.newEvents.last?.kind else {
            Issue.record("no speaker queued: \(h.newEvents)"); return
        }
        #expect(name == "Sri Wahyuni")
        #expect(item == running)
        // Another item: Tab to the item field, one to the right.
        h.press(.char("a"))
        h.type("Dr. Ir. Rini Widyantini")
        let focus = try #require(h.form?.fields.firstIndex { $0.key == "item" })
        for _ in 0..<focus { h.press(.key(.tab)) }
        h.press(.key(.right))
        #expect(h.form?.value("item") == later.id)
        h.press(.key(.enter))
        guard case let .speakerQueued(_, _, _, _, _, _, item2, _, _)? = h.newEvents.last?.kind else {
            Issue.record("no second speaker queued"); return
        }
        #expect(item2 == later.id)
        #expect(h.controller.state.speakers.last?.item == later.id)
    }

    @Test func anInterupsiHasNoItemChoice() {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.char("i"))
        #expect(h.form?.fields.contains { $0.key == "item" } == false)
    }
}
