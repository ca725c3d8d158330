import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

/// Issue 9 on the TUI side: the draft file, its failures in the status line, a log deleted while idle.
@Suite struct TUIHardeningTests {
    @Test func theDraftIsNeverWrittenThroughALink() throws {
        let dir = ScratchDir("rakor-draft")
        defer { dir.remove() }
        let victim = dir.file("victim.txt")
        try "precious\n".write(toFile: victim, atomically: false, encoding: .utf8)
        let draftPath = dir.file("rapat.jsonl.draft")
        // The temporary name drafts used to be written to, planted.
        #expect(symlink(victim, draftPath + ".tmp") == 0)
        let store = FileDraftStore(path: draftPath)
        store.save(.object([("x", .int(1))]))
        #expect(store.lastSaveFailure == nil)
        #expect(store.load() == .object([("x", .int(1))]))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        // A link at the draft itself: refused, never read, never followed.
        unlink(draftPath)
        #expect(symlink(victim, draftPath) == 0)
        store.save(.object([("x", .int(2))]))
        #expect(store.lastSaveFailure?.contains("symbolic link") == true)
        #expect(store.load() == nil)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        store.clear()
        #expect(FileKind.of(draftPath) == nil && FileKind.of(victim) == .regular)
    }

    @Test func aDraftThatCannotBeSavedSaysSo() throws {
        guard getuid() != 0 else { return }  // root writes into a read-only folder anyway
        let dir = ScratchDir("rakor-draft-ro")
        defer { _ = chmod(dir.path, 0o700); dir.remove() }
        #expect(chmod(dir.path, 0o500) == 0)
        let store = FileDraftStore(path: dir.file("rapat.jsonl.draft"))
        store.save(.object([]))
        #expect(store.lastSaveFailure?.contains("Permission denied") == true)
    }

    @Test func theStatusLineSaysWhenADraftIsNotSaved() {
        final class FullDisk: DraftStore {
            var fail = true
            func save(_ draft: JSONValue) {}
            func load() -> JSONValue? { nil }
            func clear() {}
            var lastSaveFailure: String? { fail ? "rapat.jsonl.draft: No space left on device" : nil }
        }
        let drafts = FullDisk()
        let scene = Fixture.pembukaan.scene
        let controller = LiveController(state: scene.state, events: scene.events, store: FakeEventStore(), drafts: drafts,
                                        lang: .id, clock: { FixtureHeader.startedAtMs + scene.now })
        controller.handle(.char("a"))
        controller.handle(.char("I"))
        #expect(controller.ui.message == StatusMessage(
            "Draf TIDAK tersimpan (rapat.jsonl.draft: No space left on device); yang diketik masih di layar.",
            kind: .error, t: scene.now))
        drafts.fail = false
        controller.handle(.char("r"))
        #expect(controller.ui.message == nil, "a save that works again clears the warning")
    }

    @Test func aLogDeletedWhileIdleIsRewrittenOnTheNextTick() throws {
        let dir = ScratchDir("rakor-idle")
        defer { dir.remove() }
        let path = dir.file("idle.jsonl")
        let scene = Fixture.pembukaan.scene
        let log = try SessionLog.create(path: path, header: scene.state.header)
        defer { log.close() }
        #expect(log.append(scene.events).isOK)
        var now = FixtureHeader.startedAtMs + scene.now
        let controller = LiveController(state: scene.state, events: scene.events, store: log, drafts: nil, lang: .id,
                                        clock: { now })
        controller.tick()
        #expect(controller.viewContext().logHealth.isOK)
        try FileManager.default.removeItem(atPath: path)
        now += 1000
        controller.tick()
        let r = try LogReader.read(path: path)
        #expect(r.events == scene.events && r.problems.isEmpty)
        #expect(controller.viewContext().logHealth.isOK)
        #expect(controller.ui.message?.text == "Berkas log dihapus; seluruh rapat ditulis ulang ke \(path).")
    }
}
