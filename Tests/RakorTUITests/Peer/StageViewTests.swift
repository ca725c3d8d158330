import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

/// A moment the stage view (layar) must draw, and whether it is flashing then.
struct StageCase: Sendable, CustomTestStringConvertible {
    enum Moment: String, CaseIterable, Sendable {
        case belumMulai = "belum-mulai"
        case paparan
        case warning
        case danger
        case overtime
        case jeda
        case skors
        case ishoma
        case interupsi
        case penanya
        case pesan
        case selesai
    }

    var moment: Moment
    var width: Int
    var height: Int
    var name: String { "Peer/layar-\(moment.rawValue)-\(width)x\(height)" }
    var testDescription: String { name }

    static let all: [StageCase] = Moment.allCases.flatMap { m in
        [(80, 24), (120, 40), (200, 60)].map { StageCase(moment: m, width: $0.0, height: $0.1) }
    }

    /// The scene, and whether the frame is a flashing one.
    var scene: (Scene, Bool) {
        switch moment {
        case .belumMulai: return (Fixtures.notStarted(), false)
        case .paparan: return (Fixtures.presentation(remaining: tm(12, 30)), false)
        case .warning: return (Fixtures.presentation(remaining: tm(0, 90)), true)
        case .danger: return (Fixtures.presentation(remaining: tm(0, 20)), false)
        case .overtime: return (Fixtures.presentation(remaining: -tm(0, 95)), true)
        case .jeda: return (Fixtures.paused(), false)
        case .ishoma: return (Fixtures.suspended(), false)
        case .skors:
            var sc = Fixtures.presentationStarted()
            sc.run(.session(.suspend(reason: .skors, resumeAfterS: 15 * 60)), at: tm(46))
            sc.now = tm(47)
            return (sc, false)
        case .interupsi: return (StageCase.heldForInterruption(), true)
        case .penanya: return (Fixtures.qaQuestionOnFloor(), false)
        case .pesan:
            var sc = Fixtures.presentation(remaining: tm(0, 70))
            sc.run(.stage(.show(text: "Mohon segera diakhiri", tone: .warning)), at: sc.now)
            return (sc, false)
        case .selesai: return (Fixtures.closed(), false)
        }
    }

    /// An interupsi while the Kepala BKN speaks, her turn held (as `speaker.held` leaves it): she waits with her time left.
    static func heldForInterruption() -> Scene {
        var sc = Fixtures.interruption()
        let held = sc.state.floor
        let clockBefore = sc.state.floorClock
        sc.run(.floor(.startNextSpeaker()), at: tm(47))
        if case .speaker(let id)? = held, var c = clockBefore {
            c.halt(at: tm(47))
            sc.state.speakers.update(id: id) { $0.clock = c; $0.status = .onFloor }
        }
        sc.now = tm(48)
        return sc
    }
}

@Suite("Stage view (layar) golden frames")
struct StageViewTests {
    @Test(arguments: StageCase.all)
    func frame(_ c: StageCase) {
        let (scene, flash) = c.scene
        let canvas = StageView.render(scene.context(), size: Size(width: c.width, height: c.height), flash: flash)
        #expect(canvas.width == c.width && canvas.height == c.height)
        Snapshot.assertMatches(canvas, named: c.name)
    }

    @Test func everyGoldenFileOfThePeersBelongsToACase() throws {
        guard !Snapshot.recording else { return }
        let names = Set(StageCase.all.map { $0.name + ".txt" } + ["Peer/notulis-strip-80x24.txt", "Peer/notulis-strip-120x40.txt"])
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Snapshot.directory + "/Peer")) ?? []
        let stale = files.map { "Peer/" + $0 }.filter { !names.contains($0) }
        #expect(stale.isEmpty, "golden files no test uses: \(stale.sorted())")
        #expect(files.count == names.count)
    }

    @Test func theDigitsAreTheLargestThatFit() {
        let sc = Fixtures.presentation(remaining: tm(12, 30))
        for (w, h, rows) in [(80, 24, 10), (200, 60, 25)] {
            let canvas = StageView.render(sc.context(), size: Size(width: w, height: h))
            let digitRows = canvas.lines().filter { $0.contains("██") }.count
            #expect(digitRows >= rows, "\(w)×\(h): \(digitRows) rows of digits")
        }
        #expect(StageDigits.bestScale(for: "12:30", fitting: Size(width: 196, height: 40)) == .init(sx: 10, sy: 5))
        #expect(StageDigits.bestScale(for: "12:30", fitting: Size(width: 10, height: 3)) == nil)
    }

    @Test func timerPhaseColoursTheDigits() {
        let sc = Fixtures.presentation(remaining: -tm(0, 95))
        let canvas = StageView.render(sc.context(), size: Size(width: 80, height: 24), flash: true)
        #expect(canvas.roles(row: 0).allSatisfy { $0 == "timer.overtime" }, "the flash frame is in the phase's colour")
        let digitRow = canvas.lines().firstIndex { $0.contains("████") && !$0.hasPrefix("████████████████████") } ?? 0
        #expect(canvas.roles(row: digitRow).contains("timer.overtime"))
    }

    @Test func theLayarFlashesForThreeSecondsAfterAPhaseChangeAndThroughOvertime() throws {
        let dir = ScratchDir("rakor-layar")
        let path = dir.file("live.jsonl")
        let sc = Fixtures.presentation(remaining: tm(2, 1)) // 1 s above the 2-minute warning
        let log = try SessionLog.create(path: path, header: sc.state.header)
        log.append(sc.events)
        log.close()
        var nowMs = sc.state.header.startedAtMs + sc.now
        let (peerLog, reading) = try PeerLog.join(path: path, writable: false)
        let layar = WatchingPeer(role: .layar, state: reading.state, log: peerLog, lang: .id, clock: { nowMs })
        #expect(!layar.flashing(), "normal phase, no change")
        nowMs += 2_000 // into warning: flashes on the even half seconds for 3 s
        #expect(layar.flashing())
        nowMs += 500
        #expect(!layar.flashing())
        nowMs += 3_000
        #expect(!layar.flashing(), "3 s after the change it stops")
        nowMs += 120_000 // overtime: flashing on every other half second
        _ = layar.flashing()
        nowMs += 3_500
        let a = layar.flashing()
        nowMs += 500
        #expect(a != layar.flashing())
    }
}

@Suite("Notulis view golden frames")
struct NotulisViewTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func strip(_ size: (Int, Int)) {
        var sc = Fixtures.presentation(remaining: tm(3, 10))
        sc.run(.stage(.show(text: "1 menit lagi", tone: .warning)), at: sc.now)
        sc.ui.role = .notulis
        sc.ui.screen = .minutes
        var ctx = sc.context()
        ctx.peers = [PeerPresence(pid: 1, role: .moderator, slot: 1, since: 0), PeerPresence(pid: 2, role: .layar, slot: 1, since: 0)]
        let canvas = NotulisView.render(ctx, size: Size(width: size.0, height: size.1))
        Snapshot.assertMatches(canvas, named: "Peer/notulis-strip-\(size.0)x\(size.1)")
        #expect(canvas.lines()[1].contains("moderator ✓ · layar ✓"))
        #expect(canvas.lines()[2].contains(Who.bkn))
    }

    @Test func theNotulisHasNoKeyThatMovesTheFloor() {
        for key: Character in ["n", " ", "e", "+", ">", "<", "s", "t", "a", "X", "m", "M"] {
            let action = Keymap.action(for: .char(key), in: .notulis)
            #expect(action == nil || [.newEntry, .attendance].contains(action!), "\(key) → \(String(describing: action))")
        }
        #expect(Keymap.action(for: .char("c"), in: .notulis) == .newEntry)
        #expect(Keymap.action(for: .char("p"), in: .notulis) == .attendance)
        #expect(Keymap.action(for: .key(.tab), in: .notulis) == nil)
        for key: Character in ["n", "c", "e", "x", "s"] { #expect(Keymap.action(for: .char(key), in: .watch) == nil) }
        #expect(Keymap.action(for: .char("q"), in: .watch) == .quit)
        #expect(Keymap.action(for: .char("m"), in: .live) == .stageMessage)
        #expect(Keymap.action(for: .char("M"), in: .live) == .stageClear)
    }
}

/// The controllers of the roles on a real shared log.
@Suite(.serialized) struct PeerControllerTests {
    func liveLog(_ dir: ScratchDir) throws -> (String, Scene) {
        let path = dir.file("live.jsonl")
        let sc = Fixtures.presentation(remaining: tm(5))
        let log = try SessionLog.create(path: path, header: sc.state.header)
        log.append(sc.events)
        log.close()
        return (path, sc)
    }

    func writer(_ path: String, _ role: PeerRole, now: Int) throws -> WritingPeer {
        let (peerLog, reading) = try PeerLog.join(path: path)
        let c = LiveController(state: reading.state, events: reading.events, store: peerLog, drafts: nil, lang: .id,
                               by: role.by, clock: { now })
        return WritingPeer(controller: c, role: role)
    }

    @Test func whatTheNotulisWritesAppearsOnTheModeratorsScreen() throws {
        let dir = ScratchDir("rakor-peers")
        let (path, sc) = try liveLog(dir)
        let at = sc.state.header.startedAtMs + sc.now
        let moderator = try writer(path, .moderator, now: at)
        let notulis = try writer(path, .notulis, now: at)
        let typed: [InputEvent] = [.char("c")] + "Disepakati: usulan formasi 2021".map(InputEvent.char) + [.key(.enter)]
        for input in typed { notulis.handle(input) }
        #expect(notulis.controller.ui.overlay == nil, "the entry was saved: \(String(describing: notulis.controller.ui.message))")
        #expect(moderator.follow())
        let frame = moderator.render(size: Size(width: 120, height: 40)).text
        #expect(frame.contains("[C] Disepakati: usulan"), "the minutes panel shows the entry (cut to its width)")
        #expect(moderator.controller.state == notulis.controller.state)
        #expect(moderator.controller.events.last?.by == "notulis")
    }

    @Test func bothModeratorsPressingNextStartOneTurnAndTheSecondIsTold() throws {
        let dir = ScratchDir("rakor-peers")
        let (path, sc) = try liveLog(dir)
        let at = sc.state.header.startedAtMs + sc.now
        let a = try writer(path, .moderator, now: at)
        let b = try writer(path, .moderator, now: at)
        a.handle(.char("a"))
        for ch in "Ir. Budi" { a.handle(.char(ch)) }
        a.handle(.key(.enter))
        _ = b.follow()
        a.handle(.char("n"))
        b.handle(.char("n"))
        let started = try LogReader.read(path: path).events.filter { if case .speakerStarted = $0.kind { return true }; return false }
        #expect(started.count == sc.state.speakers.filter { $0.clock != nil }.count + 1, "one more turn, not two")
        #expect(b.controller.ui.message?.kind == .error)
        #expect(b.controller.ui.message?.text.contains("Terminal lain (moderator) baru saja mengubahnya") == true)
        #expect(a.controller.state.lastSeq == b.controller.state.lastSeq)
    }

    @Test func theStageMessageKeyOffersPresetsAndTheClearKeyTakesItDown() throws {
        let dir = ScratchDir("rakor-peers")
        let (path, sc) = try liveLog(dir)
        let at = sc.state.header.startedAtMs + sc.now
        let m = try writer(path, .moderator, now: at)
        m.handle(.char("m"))
        guard case .form(let f)? = m.controller.ui.overlay else { Issue.record("no form"); return }
        #expect(f.purpose == .stageMessage)
        m.handle(.key(.right)) // the second preset
        m.handle(.key(.enter))
        #expect(m.controller.state.stageMessage?.text == "Mohon segera diakhiri")
        #expect(m.controller.state.stageMessage?.tone == .warning)
        m.handle(.char("m"))
        m.handle(.key(.tab))
        for ch in "Silakan duduk" { m.handle(.char(ch)) }
        m.handle(.key(.enter))
        #expect(m.controller.state.stageMessage?.text == "Silakan duduk")
        m.handle(.char("M"))
        #expect(m.controller.state.stageMessage == nil)
        let (peerLog, reading) = try PeerLog.join(path: path, writable: false)
        let layar = WatchingPeer(role: .layar, state: reading.state, log: peerLog, lang: .id, clock: { at })
        #expect(layar.state.stageMessage == nil)
        // The layar takes no key that writes; q quits at once.
        for key: Character in ["n", "e", "m", "c"] { layar.handle(.char(key)) }
        #expect(try LogReader.read(path: path).events.count == reading.events.count)
        layar.handle(.char("q"))
        #expect(layar.wantsQuit)
    }
}
