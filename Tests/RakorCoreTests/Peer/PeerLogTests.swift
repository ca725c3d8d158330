import Foundation
import Testing
@testable import RakorCore

/// Two peers on one log in one process: each step locks, catches up, decides on the latest state.
@Suite(.serialized) struct PeerLogTests {
    func makeLog(_ dir: TempDir, _ name: String = "live.jsonl") throws -> String {
        let path = dir.file(name)
        let log = try SessionLog.create(path: path, header: TestHeader.make())
        var state = SessionState(header: TestHeader.make())
        for c: Command in [.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: 1200)), .rundown(.startItem()),
                           .floor(.queueSpeaker(name: "Budi", allottedS: 300)), .floor(.queueSpeaker(name: "Sari", allottedS: 300))] {
            let events = try decide(c, state, now: 0, by: "moderator").get()
            log.append(events)
            for e in events { state.apply(e) }
        }
        log.close()
        return path
    }

    func send(_ log: PeerLog, _ state: inout SessionState, _ command: Command, by: String, at t: Int = secs(1)) -> PeerStep {
        let seen = state
        let step = log.step(state) { latest, foreign in
            if let stale = command.staleness(seen: seen, latest: latest, foreign: foreign) { return .failure(stale) }
            return decide(command, latest, now: t, by: by)
        }
        state = step.state
        return step
    }

    @Test func aPeerSeesWhatAnotherWroteAndBothPressingNextStartsOneTurn() throws {
        let dir = TempDir("rakor-peer")
        defer { dir.remove() }
        let path = try makeLog(dir)
        let (a, ra) = try PeerLog.join(path: path)
        let (b, rb) = try PeerLog.join(path: path)
        var sa = ra.state, sb = rb.state

        let first = send(a, &sa, .floor(.startNextSpeaker()), by: "moderator")
        #expect(first.refusal == nil)
        #expect(first.written.map(\.kind) == [.speakerStarted(id: "s1")])
        // B pressed n on the screen it had: refused, and it now shows A's event.
        let second = send(b, &sb, .floor(.startNextSpeaker()), by: "moderator")
        #expect(second.refusal == .decided(.changedElsewhere(by: "moderator", what: "speaker.started")))
        #expect(second.foreign == first.written)
        #expect(second.written.isEmpty)
        #expect(sb == sa)
        // A note from B goes in on top, and A follows it without the lock.
        let note = send(b, &sb, .minutes(.addNote(kind: .decision, text: "Disepakati")), by: "notulis")
        #expect(note.written.map(\.seq) == [first.written[0].seq + 1])
        #expect(a.follow(&sa) == note.written)
        #expect(sa == sb)
        let reading = try LogReader.read(path: path)
        #expect(reading.issues.isEmpty)
        #expect(reading.events.map(\.seq) == Array(1...reading.events.count))
        #expect(reading.state == sa)
    }

    @Test func aLineStillBeingWrittenIsNotReadAndATornOneIsCutUnderTheLock() throws {
        let dir = TempDir("rakor-peer")
        defer { dir.remove() }
        let path = try makeLog(dir)
        let (a, ra) = try PeerLog.join(path: path)
        var sa = ra.state
        // Half a line, as a writer in the middle of its write leaves it.
        let next = Event(seq: sa.lastSeq + 1, t: secs(2), by: "notulis", kind: .marker(label: "x"))
        let line = Array(LogLine.encode(next).utf8)
        let fh = try #require(FileHandle(forWritingAtPath: path))
        fh.seekToEndOfFile()
        fh.write(Data(line.prefix(20)))
        #expect(a.follow(&sa).isEmpty, "half a line is not an event yet")
        // Its writer finishes it: now it is read.
        fh.write(Data(line.dropFirst(20)))
        #expect(a.follow(&sa) == [next])
        // Half a line again, and its writer dies: the next step, holding the lock, knows nobody is writing it.
        fh.write(Data(line.prefix(15)))
        try fh.close()
        let step = send(a, &sa, .minutes(.addNote(kind: .note, text: "Setelah")), by: "moderator")
        #expect(step.refusal == nil)
        #expect(step.foreign.map(\.kind) == [.sessionRecovered(afterSeq: next.seq, gapMs: 0, tornBytes: 15)])
        let reading = try LogReader.read(path: path)
        #expect(reading.issues.isEmpty, "\(reading.issues)")
        #expect(reading.state == sa)
        let aside = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".broken-") }
        #expect(aside.count == 1, "the torn original is kept aside")
    }

    @Test func presenceListsLivePeersAndDropsOnesWhoseProcessIsGone() throws {
        let dir = TempDir("rakor-peer")
        defer { dir.remove() }
        let path = try makeLog(dir)
        let me = try Presence(logPath: path, role: .notulis, nowMs: 1_000)
        #expect(Presence.live(logPath: path).map(\.role) == [.notulis])
        #expect(me.others().isEmpty)
        // A file nobody holds locked: its process was killed.
        let stale = Presence.directory(forLog: path) + "/999999.peer"
        try #"{"pid":999999,"role":"layar","slot":1,"since":5}"#.write(toFile: stale, atomically: true, encoding: .utf8)
        #expect(Presence.live(logPath: path).map(\.role) == [.notulis])
        #expect(!FileManager.default.fileExists(atPath: stale), "a stale presence file is removed")
        #expect(Presence.summary([PeerPresence(pid: 1, role: .notulis, slot: 1, since: 0),
                                  PeerPresence(pid: 2, role: .layar, slot: 1, since: 0),
                                  PeerPresence(pid: 3, role: .layar, slot: 2, since: 0)], .id) == "notulis ✓ · layar ×2 ✓")
        me.leave()
        #expect(Presence.live(logPath: path).isEmpty)
    }

    @Test func draftsArePerPeer() {
        #expect(Presence.draftPath(logPath: "/l.jsonl", role: .moderator, slot: 1) == "/l.jsonl.draft")
        #expect(Presence.draftPath(logPath: "/l.jsonl", role: .moderator, slot: 2) == "/l.jsonl.moderator-2.draft")
        #expect(Presence.draftPath(logPath: "/l.jsonl", role: .notulis, slot: 1) == "/l.jsonl.notulis.draft")
        #expect(Presence.draftPath(logPath: "/l.jsonl", role: .notulis, slot: 2) == "/l.jsonl.notulis-2.draft")
    }

    @Test func aSecondPeerOfARoleTakesTheNextDraftSlot() throws {
        let dir = TempDir("rakor-peer")
        defer { dir.remove() }
        let path = try makeLog(dir)
        let first = try Presence(logPath: path, role: .notulis, nowMs: 1)
        // Another process's notulis in slot 1 (this process holds its own file, so fake a second holder).
        #expect(first.me.slot == 1)
        first.leave()
        let again = try Presence(logPath: path, role: .notulis, nowMs: 2)
        #expect(again.me.slot == 1, "a slot whose peer left is free again, so its draft comes back")
    }
}
