import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

// MARK: - Fakes

/// An in-memory session log that can be told to fail; it keeps what it could not write, as SessionLog does.
final class FakeEventStore: EventStore {
    var path = "/media/usb/rakor.jsonl"
    /// While true every write fails (disk full) and events wait in `pending`.
    var failing = false
    private(set) var written: [Event] = []
    private(set) var pending: [Event] = []
    private(set) var appendCalls = 0
    private(set) var retryCalls = 0
    private(set) var health: LogHealth = .ok

    func append(_ events: [Event]) -> LogHealth {
        appendCalls += 1
        pending += events
        return flush()
    }

    func retry() -> LogHealth {
        retryCalls += 1
        return flush()
    }

    private func flush() -> LogHealth {
        guard !pending.isEmpty else { health = .ok; return health }
        if failing {
            health = .failing(LogWriteError(path: path, operation: "write", errno: ENOSPC), pendingEvents: pending.count)
        } else {
            written += pending
            pending = []
            health = .ok
        }
        return health
    }

    func relocate(to newPath: String, header: SessionHeader, events: [Event]) throws(LogOpenError) {
        path = newPath
        written = events
        pending = []
        health = .ok
    }
}

/// The draft file, in memory: every save is kept so a test can count them.
final class FakeDraftStore: DraftStore {
    private(set) var saves: [JSONValue] = []
    private(set) var clears = 0
    private(set) var current: JSONValue?

    func save(_ draft: JSONValue) {
        saves.append(draft)
        current = draft
    }

    func load() -> JSONValue? { current }

    func clear() {
        clears += 1
        current = nil
    }
}

/// Wall time for a controller, moved by the test.
final class TestClock {
    var ms: Int
    init(sessionTime t: Int) { ms = FixtureHeader.startedAtMs + t }
    func advance(_ delta: Int) { ms += delta }
}

/// A controller over a fixture, with its fakes.
struct Harness {
    let controller: LiveController
    let store: FakeEventStore
    let drafts: FakeDraftStore
    let clock: TestClock
    let initialEvents: Int

    init(_ scene: Scene, store: FakeEventStore = FakeEventStore(), drafts: FakeDraftStore = FakeDraftStore(),
         lang: Language = .id) {
        let clock = TestClock(sessionTime: scene.now)
        self.clock = clock
        self.store = store
        self.drafts = drafts
        controller = LiveController(state: scene.state, events: scene.events, store: store, drafts: drafts, lang: lang,
                                    clock: { clock.ms })
        initialEvents = scene.events.count
    }

    /// Presses keys: each character of `text` as typed.
    func type(_ text: String) {
        for ch in text { controller.handle(.char(ch)) }
    }

    func press(_ inputs: InputEvent...) {
        for i in inputs { controller.handle(i) }
    }

    /// The events the controller produced since it started.
    var newEvents: [Event] { Array(controller.events.dropFirst(initialEvents)) }

    var form: Form? {
        if case .form(let f)? = controller.ui.overlay { return f }
        return nil
    }

    func frame(_ size: Size = Size(width: 100, height: 30)) -> String {
        Dashboard.render(controller.viewContext(), size: size).text
    }
}

// MARK: - Tests

@Suite("Live controller")
struct LiveControllerTests {
    @Test func typingCommandLettersIntoAFormNeverFiresACommand() throws {
        let h = Harness(Fixture.pembukaan.scene)
        let before = h.controller.state
        h.press(.char("a"))
        #expect(h.form?.purpose == .addSpeaker(interruption: false))
        // n next speaker, e end turn, p attendance, a add, l skip, space pause, s suspend, k asker:
        // all commands on the dashboard, all letters in a name here.
        h.type("nepal seka")
        #expect(h.newEvents.isEmpty)
        #expect(h.controller.state == before)
        #expect(h.form?.value("name") == "nepal seka")
        // The other fields take command keys too, quit and close among them.
        h.press(.key(.tab))
        h.type("Kepala Bappeda q X ? > < t")
        h.press(.key(.tab))
        h.type("Pemkab Nepal Selatan")
        h.press(.key(.tab), .ctrl("u"))
        h.type("7")
        h.press(.key(.tab), .char("y"))
        #expect(h.newEvents.isEmpty)
        #expect(!h.controller.wantsQuit)
        #expect(h.controller.state == before)
        #expect(h.frame().contains("nepal seka"))
        // Enter saves: exactly one event, with what was typed.
        h.press(.key(.enter))
        #expect(h.controller.ui.overlay == nil)
        #expect(h.newEvents.count == 1)
        guard case let .speakerQueued(_, name, role, org, remote, allottedS, _, _, kind)? = h.newEvents.first?.kind else {
            Issue.record("expected speaker.queued, got \(h.newEvents)")
            return
        }
        #expect(name == "nepal seka")
        #expect(role == "Kepala Bappeda q X ? > < t")
        #expect(org == "Pemkab Nepal Selatan")
        #expect(remote == true)
        #expect(allottedS == 420)
        #expect(kind == nil)
        #expect(h.controller.state.queuedSpeakers.last?.name == "nepal seka")
        #expect(h.store.written == h.newEvents)
        #expect(h.drafts.current == nil)
        // Back on the dashboard, the same letters are commands again.
        h.press(.char("e"))
        #expect(h.controller.state.floor == nil)
    }

    @Test func escCancelsAFormAndWritesNothing() {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.char("a"))
        h.type("Budi")
        #expect(h.drafts.current != nil)
        h.press(.key(.escape), .char("y"))   // typed text: Esc asks first (FormTrustTests)
        #expect(h.controller.ui.overlay == nil)
        #expect(h.newEvents.isEmpty)
        #expect(h.store.appendCalls == 0)
        #expect(h.drafts.current == nil && h.drafts.clears == 1)
        #expect(!h.frame().contains("Tambah pembicara"))
    }

    @Test func enterSavesAQuickNoteForTheRunningItemAndSpeaker() throws {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.char("c"))
        #expect(h.form?.purpose == .note(editing: nil))
        h.type("Peserta diminta mengisi daftar hadir daring.")
        h.press(.key(.enter))
        #expect(h.controller.ui.overlay == nil)
        let entry = try #require(h.controller.state.entries.last)
        #expect(entry.text == "Peserta diminta mengisi daftar hadir daring.")
        #expect(entry.kind == .note)
        #expect(entry.item == h.controller.state.runningItem)
        #expect(entry.speaker == h.controller.state.floorSpeakerContext)
        #expect(h.frame().contains("Peserta diminta mengisi daftar hadir"))
    }

    @Test func aRefusedCommandKeepsTheFormOpenWithTheReason() throws {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.char("a"), .key(.enter))
        let refused = try #require(h.form, "the form closed on a refused command")
        #expect(refused.error == RakorError.emptyText(field: "name").message(.id))
        #expect(h.newEvents.isEmpty)
        #expect(h.frame().contains(RakorError.emptyText(field: "name").message(.id)))
        // A non-number in the minutes is refused by the form itself.
        h.type("Budi")
        #expect(h.form?.error == nil, "editing clears the error")
        h.press(.key(.tab), .key(.tab), .key(.tab), .ctrl("u"))
        h.type("lima")
        h.press(.key(.enter))
        #expect(h.form?.error == "Menit harus berupa angka.")
        #expect(h.newEvents.isEmpty)
        // Fixed, it saves.
        h.press(.ctrl("u"))
        h.type("2,5")
        h.press(.key(.enter))
        #expect(h.controller.ui.overlay == nil)
        #expect(h.controller.state.queuedSpeakers.last?.name == "Budi")
        #expect(h.controller.state.queuedSpeakers.last?.allottedS == 150)
    }

    @Test func closingTheMeetingAsksAndOnlyYCloses() {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.char("X"))
        guard case .confirm(let q)? = h.controller.ui.overlay else {
            Issue.record("X did not ask: \(String(describing: h.controller.ui.overlay))")
            return
        }
        #expect(q.command == .session(.close))
        #expect(h.frame().contains("Tutup rapat sekarang?"))
        for no in [InputEvent.char("n"), .key(.escape), .key(.enter), .char("q"), .char(" ")] {
            if h.controller.ui.overlay == nil { h.press(.char("X")) }
            h.press(no)
            #expect(h.controller.ui.overlay == nil)
            #expect(!h.controller.state.isClosed, "\(no) closed the meeting")
        }
        #expect(h.newEvents.isEmpty)
        h.press(.char("X"), .char("y"))
        #expect(h.controller.state.isClosed)
        #expect(h.newEvents.last?.kind == .sessionClosed)
        #expect(h.store.written == h.newEvents)
    }

    @Test func quitAsksWhileLiveAndNotOnceClosed() {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.char("q"))
        #expect(h.controller.ui.overlay == .quit)
        #expect(h.frame().contains("Rapat masih berjalan. Keluar?"))
        h.press(.char("n"))
        #expect(h.controller.ui.overlay == nil && !h.controller.wantsQuit)
        h.press(.char("q"), .char("y"))
        #expect(h.controller.wantsQuit)
        #expect(h.newEvents.isEmpty, "quitting writes nothing")

        let closed = Harness(Fixture.selesai.scene)
        closed.press(.char("q"))
        #expect(closed.controller.wantsQuit)
    }

    @Test func helpOpensAndClosesWithoutCommands() {
        let h = Harness(Fixture.pembukaan.scene)
        h.press(.char("?"))
        #expect(h.controller.ui.overlay == .help)
        h.press(.char("n"), .char("e"), .char(" "))
        #expect(h.newEvents.isEmpty)
        h.press(.key(.escape))
        #expect(h.controller.ui.overlay == nil)
    }

    @Test func dashboardKeysSendTheirCommands() {
        let h = Harness(Fixture.belumMulai.scene)
        h.press(.char(">"))
        #expect(h.controller.state.runningItem == "a1")
        // One speaker list per item (issue 10): s1 is booked for the paparan, not the pembukaan.
        h.press(.char("n"))
        #expect(h.controller.state.floor == nil)
        #expect(h.newEvents.count == 1)
        // The moderator can still give the floor to a speaker of another item: z unfolds its list, Enter gives the floor.
        h.press(.char("z"), .key(.enter))
        #expect(h.controller.state.floor == .speaker("s1"))
        h.clock.advance(tm(1))
        h.press(.char(" "))
        #expect(h.controller.state.speakers[id: "s1"]?.clock?.paused == true)
        #expect(h.frame().contains("JEDA"))
        h.press(.char(" "), .char("+"))
        #expect(h.controller.state.speakers[id: "s1"]?.allottedS == 1260)
        h.press(.char("e"))
        #expect(h.controller.state.floor == nil)
        // A refused command says why in the status bar and writes nothing.
        let count = h.controller.events.count
        h.press(.char("e"))
        #expect(h.controller.events.count == count)
        #expect(h.controller.ui.message?.kind == .error)
        #expect(h.frame().contains(RakorError.floorEmpty.message(.id)))
        #expect(h.store.written == h.newEvents)
    }

    // MARK: Drafts

    @Test func aDraftIsSavedAtMostEvery300msAndANewControllerRestoresIt() throws {
        let drafts = FakeDraftStore()
        let scene = Fixture.pembukaan.scene
        let h = Harness(scene, drafts: drafts)
        h.press(.char("a"))
        #expect(drafts.saves.isEmpty, "opening a form is not an edit")
        // Nine keys 50 ms apart: written at the first key and once 300 ms later, not nine times.
        for ch in "Ir. Nepal" { h.type(String(ch)); h.clock.advance(50) }
        #expect(drafts.saves.count == 2)
        let first = try #require(Draft.decode(drafts.saves[0], state: h.controller.state))
        #expect(first.value("name") == "I")
        let second = try #require(Draft.decode(drafts.saves[1], state: h.controller.state))
        #expect(second.value("name") == "Ir. Nep")
        #expect(h.controller.draftDueInMs != nil, "the last keys wait for the next write")
        // The typing pauses: the run loop writes what waits at once.
        h.controller.flushDraft()
        #expect(drafts.saves.count == 3 && h.controller.draftDueInMs == nil)
        h.press(.key(.tab))
        #expect(drafts.saves.count == 3, "moving between fields is not an edit")
        h.clock.advance(1000)
        h.type("Kadis")
        h.controller.flushDraft()
        #expect(drafts.saves.count == 5)

        // The process dies here. A new controller on the same state and draft file brings the form back.
        let again = Harness(scene, drafts: drafts)
        let form = try #require(again.form, "the draft was not restored")
        #expect(form.purpose == .addSpeaker(interruption: false))
        #expect(form.value("name") == "Ir. Nepal")
        #expect(form.value("role") == "Kadis")
        #expect(form.focus == 1)
        #expect(again.controller.ui.message?.text == "Draf yang belum disimpan dipulihkan.")
        let frame = again.frame()
        #expect(frame.contains("Ir. Nepal") && frame.contains("Kadis"), "\(frame)")
        // Typing goes on where it stopped; Enter saves and the draft is gone.
        again.type(" Bappeda")
        again.press(.key(.enter))
        #expect(again.controller.state.queuedSpeakers.last?.role == "Kadis Bappeda")
        #expect(drafts.current == nil)
        #expect(Harness(scene, drafts: drafts).controller.ui.overlay == nil)
    }

    @Test func aNoteDraftComesBackWithItsKindAndText() throws {
        let drafts = FakeDraftStore()
        let scene = Fixture.paparanOvertime.scene
        let h = Harness(scene, drafts: drafts)
        h.press(.char("c"), .key(.backTab), .key(.right), .key(.right), .key(.tab))
        h.type("Kesepakatan: usulan formasi paling lambat 30 November")
        h.controller.flushDraft()   // the run loop does this when the typing pauses
        let again = Harness(scene, drafts: drafts)
        let form = try #require(again.form)
        #expect(form.purpose == .note(editing: nil))
        #expect(form.value("kind") == "action")
        #expect(form.value("text") == "Kesepakatan: usulan formasi paling lambat 30 November")
        #expect(form.value("item") == scene.state.runningItem)
    }

    @Test func aDraftThatNoLongerFitsIsDropped() {
        let drafts = FakeDraftStore()
        drafts.save(.object([("purpose", .object([("kind", .string("editSpeaker")), ("id", .string("s99"))])),
                             ("focus", .int(0)), ("fields", .object([]))]))
        let h = Harness(Fixture.pembukaan.scene, drafts: drafts)
        #expect(h.controller.ui.overlay == nil)
    }

    // MARK: A failing log

    /// A meeting on a failing disk: `>`, `n` and a note, none of them written.
    static func failingMeeting() -> (Harness, FakeEventStore) {
        let store = FakeEventStore()
        store.failing = true
        let h = Harness(Fixture.belumMulai.scene, store: store)
        h.press(.char(">"))
        h.clock.advance(tm(0, 10))
        h.press(.char("z"), .key(.enter))        // unfolded, the selected speaker, booked for a later item
        h.clock.advance(tm(0, 10))
        h.press(.char("c"))
        h.type("Catatan saat disk penuh")
        h.press(.key(.enter))
        return (h, store)
    }

    @Test func whenTheLogFailsTheMeetingGoesOnInMemoryUnderABanner() throws {
        let (h, store) = Self.failingMeeting()
        // Applied in memory and shown, though not written.
        #expect(h.controller.state.runningItem == "a1")
        #expect(h.controller.state.floor == .speaker("s1"))
        #expect(h.controller.state.entries.last?.text == "Catatan saat disk penuh")
        let made = h.newEvents
        #expect(made.count == 3)
        #expect(store.written.isEmpty)
        #expect(store.pending == made, "every event waits, none lost")
        #expect(h.controller.viewContext().logHealth == .failing(LogWriteError(path: store.path, operation: "write", errno: ENOSPC),
                                                                 pendingEvents: 3))
        let frame = h.frame()
        #expect(frame.contains("LOG GAGAL: 3 belum tersimpan"), "\(frame)")
        #expect(frame.contains("Catatan saat disk penuh"))
        #expect(h.controller.ui.message?.kind == .error)
        #expect(h.controller.ui.message?.text.hasPrefix("Log GAGAL ditulis") == true)
        #expect(h.controller.ui.overlay == nil, "the form closed: the note is in the meeting's state")
    }

    @Test func relocatingAFailingLogWritesEveryEventOnce() throws {
        let (h, store) = Self.failingMeeting()
        h.press(.char("L"))
        #expect(h.form?.value("value") == "/media/usb/rakor.jsonl.moved.jsonl")
        h.press(.ctrl("u"))
        h.type("/home/notulis/rakor.jsonl")
        h.press(.key(.enter))
        #expect(h.controller.ui.overlay == nil)
        #expect(store.path == "/home/notulis/rakor.jsonl")
        #expect(store.written == h.controller.events)
        #expect(Set(store.written.map(\.seq)).count == store.written.count)
        #expect(store.health == .ok)
        #expect(h.frame().contains("log ✓ tersimpan"))
        #expect(h.controller.ui.message?.text == "Log kini ditulis ke /home/notulis/rakor.jsonl; semua peristiwa tersimpan.")
    }

    /// The retry story, checked with preconditions: it runs in a child process, since a trap there must not end the test run.
    static func tickRetryScenario() {
        func check(_ ok: Bool, _ what: String) { if !ok { fatalError("tick retry: \(what)") } }
        let (h, store) = failingMeeting()
        let made = h.newEvents
        // A tick retries at once, then no more often than every five seconds.
        h.controller.tick()
        check(store.retryCalls == 1, "the first tick did not retry")
        h.clock.advance(1_000)
        store.failing = false
        h.controller.tick()
        check(store.retryCalls == 1 && store.written.isEmpty, "retried again within five seconds")
        h.clock.advance(4_000)
        h.controller.tick()
        check(store.retryCalls == 2, "no retry after five seconds")
        // Everything waiting is written, once, in order.
        check(store.written == made, "written \(store.written.map(\.seq)), made \(made.map(\.seq))")
        check(store.pending.isEmpty && store.health == .ok, "still failing")
        check(h.controller.ui.message?.text == "Log kembali tersimpan; tidak ada yang hilang.", "no all-clear message")
        check(h.frame().contains("log ✓ tersimpan"), "the banner stayed")
        // With the log healthy, ticks do nothing and new events go straight through.
        h.controller.tick()
        check(store.retryCalls == 2, "retried a healthy log")
        h.press(.char("e"))
        check(store.written == h.newEvents, "a later event was not written")
    }

    @Test func tickRetriesAFailingLogEveryFiveSecondsAndLosesNothing() async {
        await #expect(processExitsWith: .success) {
            LiveControllerTests.tickRetryScenario()
        }
    }

    @Test func theEventsInMemoryAlwaysFoldToTheShownState() {
        let store = FakeEventStore()
        store.failing = true
        let scene = Fixture.belumMulai.scene
        let h = Harness(scene, store: store)
        h.press(.char(">"), .char("n"), .char(" "), .char(" "), .char("+"), .char("e"))
        var folded = SessionState(header: scene.state.header)
        for e in h.controller.events { folded.apply(e) }
        #expect(folded == h.controller.state)
    }

    @Test func theRunLoopDrawsTheKeysItIsGiven() {
        let h = Harness(Fixture.belumMulai.scene)
        let keys: [InputEvent] = [.char(">"), .char("a")] + "Ir. Nepal Sekali".map { .char($0) } + [.key(.enter), .char("?")]
        let backend = FakeBackend(size: Size(width: 100, height: 30), script: keys)
        let outcome = LiveRunner(controller: h.controller, backend: backend, theme: ThemeLoader.defaultTheme, maxIdleTicks: 1).run()
        #expect(outcome == .inputEnded)
        // Keys already waiting are handled before the next frame (a paste is drawn once).
        #expect(backend.frames.count >= 2 && backend.frames.count < keys.count)
        let last = backend.lastFrame?.text ?? ""
        #expect(last.contains("Tombol — ? atau Esc menutup"))
        #expect(h.controller.state.queuedSpeakers.last?.name == "Ir. Nepal Sekali")
        #expect(backend.frames.allSatisfy { $0.width == 100 && $0.height == 30 })
    }
}
