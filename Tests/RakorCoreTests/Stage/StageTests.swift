import Foundation
import Testing
@testable import RakorCore

/// Stage messages: the moderator's words to the person speaking, shown on the layar until cleared.
struct StageTests {
    @Test func aMessageGoesUpAndComesDown() {
        var store = TestStore()
        store.send(.stage(.show(text: "  1 menit lagi ", tone: .warning)), at: secs(5), by: "moderator",
                   emits: [.stageMessage(text: "1 menit lagi", tone: .warning)]) {
            $0.stageMessage = StageMessage(text: "1 menit lagi", tone: .warning, t: secs(5))
        }
        store.send(.stage(.show(text: "Waktu habis", tone: .danger)), at: secs(9),
                   emits: [.stageMessage(text: "Waktu habis", tone: .danger)]) {
            $0.stageMessage = StageMessage(text: "Waktu habis", tone: .danger, t: secs(9))
        }
        store.send(.stage(.clear), at: secs(12), emits: [.stageCleared]) {
            $0.stageMessage = nil
        }
    }

    @Test func refusalsSayWhy() {
        var store = TestStore()
        store.sendFailing(.stage(.clear), at: 0, expect: .nothingToChange)
        store.sendFailing(.stage(.show(text: "   ")), at: 0, expect: .emptyText(field: "text"))
        let long = String(repeating: "a", count: StageMessage.maxLength + 1)
        store.sendFailing(.stage(.show(text: long)), at: 0,
                          expect: .invalidValue(field: "text", value: String(repeating: "a", count: 20) + "… (> \(StageMessage.maxLength))"))
        store.given(.stage(.show(text: "Mohon segera diakhiri")), at: secs(1))
        store.sendFailing(.stage(.show(text: "Mohon segera diakhiri")), at: secs(2), expect: .nothingToChange)
        store.given(.session(.close), at: secs(3))
        store.sendFailing(.stage(.show(text: "Terima kasih")), at: secs(4), expect: .sessionClosed)
    }

    @Test func theEventsRoundTripThroughTheLog() throws {
        let events = [
            Event(seq: 1, t: 10, by: "moderator", kind: .stageMessage(text: "1 menit lagi", tone: .warning)),
            Event(seq: 2, t: 20, by: "moderator", kind: .stageMessage(text: "Mikrofon Anda mati", tone: .info)),
            Event(seq: 3, t: 30, by: "moderator", kind: .stageCleared),
        ]
        let lines = events.map(LogLine.encode)
        #expect(lines[1].contains("\"data\":{\"text\":\"Mikrofon Anda mati\"}"), "the default tone is left out: \(lines[1])")
        #expect(lines[2].contains("\"type\":\"stage.cleared\",\"by\":\"moderator\",\"data\":{}"))
        for (line, event) in zip(lines, events) {
            let decoded = try LogLine.decode(String(line.dropLast())).get()
            #expect(decoded.event == event)
        }
        // A tone this reader does not know is a damaged line, named.
        let bad = LogLine.decode(#"{"seq":1,"t":0,"type":"stage.message","data":{"text":"x","tone":"loud"}}"#)
        guard case .failure(let f) = bad else { Issue.record("a stage.message with an unknown tone was accepted"); return }
        #expect("\(f)".contains("tone"))
    }

    @Test func presetsAreInTheSessionLanguage() {
        #expect(PeerText.stagePresets(.id).map(\.text) == ["1 menit lagi", "Mohon segera diakhiri", "Waktu habis", "Mikrofon Anda mati"])
        #expect(PeerText.stagePresets(.en).count == 4)
    }
}

/// A command that names no target is refused when another terminal changed what it would act on.
struct StaleCommandTests {
    func scene() -> SessionState {
        var store = TestStore()
        store.given(.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: 1200)), at: 0)
        store.given(.rundown(.startItem()), at: 0)
        store.given(.floor(.queueSpeaker(name: "Budi", allottedS: 300)), at: 0)
        store.given(.floor(.queueSpeaker(name: "Sari", allottedS: 300)), at: 0)
        return store.state
    }

    @Test func bothPressingNextGiveTheFloorOnce() throws {
        let seen = scene()
        // Peer A pressed n first: Budi has the floor.
        let a = try decide(.floor(.startNextSpeaker()), seen, now: secs(1), by: "moderator").get()
        var latest = seen
        for e in a { latest.apply(e) }
        // Peer B saw Budi as next too; on the latest state `n` would give the floor to Sari.
        let stale = Command.floor(.startNextSpeaker()).staleness(seen: seen, latest: latest, foreign: a)
        #expect(stale == .changedElsewhere(by: "moderator", what: "speaker.started"))
        #expect(stale?.message(.id).contains("Terminal lain (moderator) baru saja mengubahnya") == true)
    }

    @Test func aCommandWithItsOwnTargetOrUntouchedFocusGoesAhead() throws {
        let seen = scene()
        let note = try decide(.minutes(.addNote(kind: .decision, text: "Disepakati")), seen, now: secs(1), by: "notulis").get()
        var latest = seen
        for e in note { latest.apply(e) }
        // A note by the notulis changes nothing the floor keys act on.
        #expect(Command.floor(.startNextSpeaker()).staleness(seen: seen, latest: latest, foreign: note) == nil)
        // A note names its own place; it is never stale.
        #expect(Command.minutes(.addNote(kind: .note, text: "x")).staleness(seen: seen, latest: latest, foreign: note) == nil)
        // Nothing came from others: nothing is stale.
        #expect(Command.floor(.endTurn).staleness(seen: seen, latest: seen, foreign: []) == nil)
    }
}
