import Testing
@testable import RakorCore
@testable import RakorTUI

/// The draft is written at most every 300 ms while typing, and at once when the typing stops.
@Suite("Draft saver")
struct DraftSaverTests {
    @Test func writesAtOnceThenAtMostEveryIntervalThenOnFlush() {
        let store = FakeDraftStore()
        let saver = DraftSaver(store: store, intervalMs: 300)
        saver.changed(nowMs: 1_000) { .string("a") }
        #expect(store.saves == [.string("a")])
        saver.changed(nowMs: 1_100) { .string("ab") }
        saver.changed(nowMs: 1_200) { .string("abc") }
        #expect(store.saves.count == 1)
        #expect(saver.dueInMs(nowMs: 1_200) == 100)
        saver.tick(nowMs: 1_250)
        #expect(store.saves.count == 1, "not due yet")
        saver.tick(nowMs: 1_300)
        #expect(store.saves == [.string("a"), .string("abc")])
        #expect(saver.dueInMs(nowMs: 1_300) == nil)
        saver.changed(nowMs: 1_350) { .string("abcd") }
        saver.flush(nowMs: 1_360)
        #expect(store.saves.last == .string("abcd"))
        saver.clear()
        #expect(store.current == nil && !saver.hasPending)
    }

    @Test func theDraftIsEncodedOnlyWhenItIsWritten() {
        let store = FakeDraftStore()
        let saver = DraftSaver(store: store)
        var encoded = 0
        for i in 0..<1_000 { saver.changed(nowMs: 5_000 + i / 10) { encoded += 1; return .int(i) } }
        saver.flush(nowMs: 5_100)
        #expect(encoded == 2)
        #expect(store.current == .int(999))
    }

    /// A kill -9 at any moment finds on disk everything typed up to 300 ms before it.
    @Test func aKillLosesAtMostTheLast300msOfTyping() throws {
        let drafts = FakeDraftStore()
        let h = Harness(Fixture.pembukaan.scene, drafts: drafts)
        h.press(.char("c"))
        let text = "Peserta dari BKPSDM Kabupaten Kutai Kartanegara menanyakan formasi PPPK tahun 2021"
        var typedAt: [Int] = []
        for ch in text {
            h.type(String(ch))
            typedAt.append(h.clock.ms)
            h.controller.tickDraft()   // what the run loop does every turn
            // Kill here: the draft on disk must hold every key typed 300 ms or more ago.
            let onDisk = try #require(drafts.current.flatMap { Draft.decode($0, state: h.controller.state) })
            let mustHave = typedAt.filter { h.clock.ms - $0 >= 300 }.count
            #expect(onDisk.value("text").count >= mustHave, "lost more than 300 ms at key \(typedAt.count)")
            h.clock.advance(45)
        }
        #expect(drafts.saves.count < text.count / 5)
    }

    /// A 10,000-character paste arriving key by key is handled before the next frame: one
    /// frame and a couple of draft writes, not ten thousand of each.
    @Test func aLongPasteIsDrawnOnceAndSavedOnce() throws {
        let drafts = FakeDraftStore()
        let h = Harness(Fixture.pembukaan.scene, drafts: drafts)
        let paste = String(repeating: "Rapat membahas formasi. ", count: 417).prefix(10_000)
        let keys: [InputEvent] = [.char("c")] + paste.map { .char($0) }
        let backend = FakeBackend(size: Size(width: 100, height: 30), script: keys)
        let outcome = LiveRunner(controller: h.controller, backend: backend, theme: ThemeLoader.defaultTheme, maxIdleTicks: 1).run()
        #expect(outcome == .inputEnded)
        #expect(backend.frames.count <= 3)
        #expect(h.form?.value("text").count == 10_000)
        #expect(drafts.saves.count <= 3)
        let saved = try #require(drafts.current.flatMap { Draft.decode($0, state: h.controller.state) })
        #expect(saved.value("text").count == 10_000, "the pause after the paste writes it all")
    }
}
