import Foundation
import Testing
@testable import RakorCore

/// Replay seeks through cached states; every seek must equal a fresh fold.
@Suite struct ReplayTimelineTests {
    /// A long session from real commands: items, speakers with pauses, notes, termin.
    static func session(commands: Int, seed: UInt64) -> (SessionHeader, [Event]) {
        let header = TestHeader.make()
        var state = SessionState(header: header)
        var events: [Event] = []
        var rng = SplitMix64(seed: seed)
        var t = 0
        func run(_ c: Command) {
            if case .success(let new) = decide(c, state, now: t) {
                for e in new { state.apply(e) }
                events += new
            }
        }
        for i in 0..<20 { run(.rundown(.addItem(title: "Acara \(i)", kind: ItemKind.allCases[i % 9], plannedS: 600))) }
        for i in 0..<commands {
            t += Int(rng.next() % 20_000)
            switch rng.next() % 10 {
            case 0: run(.rundown(.startItem()))
            case 1: run(.floor(.queueSpeaker(name: "Peserta \(i)", org: "Instansi \(i % 5)", allottedS: 300)))
            case 2: run(.floor(.startNextSpeaker()))
            case 3: run(.floor(.togglePause))
            case 4: run(.floor(.extendSpeaker(byS: 60)))
            case 5: run(.floor(.endTurn))
            case 6: run(state.openRound == nil ? .qa(.openRound(maxQuestions: 3)) : .qa(.queueQuestion(asker: "Penanya \(i)")))
            case 7: run(.qa(.startQuestion()))
            default: run(.minutes(.addNote(kind: .note, text: "Catatan \(i)")))
            }
        }
        return (header, events)
    }

    @Test func seeksInRandomOrderMatchAFreshFold() {
        let (header, events) = Self.session(commands: 3_000, seed: 7)
        #expect(events.count > 1_000, "the session is long enough to cross several cached states")
        let timeline = ReplayTimeline(header: header, events: events, stride: 64)
        var rng = SplitMix64(seed: 11)
        for _ in 0..<60 {
            let p = Int(rng.next() % UInt64(events.count + 1))
            var fresh = SessionState(header: header)
            for e in events[0..<p] { fresh.apply(e) }
            #expect(timeline.state(after: p) == fresh, "position \(p)")
        }
        #expect(timeline.state(after: events.count + 5) == timeline.state(after: events.count))
    }

    @Test func positionsByTimeAndSeqAndChapters() {
        let (header, events) = Self.session(commands: 400, seed: 3)
        let timeline = ReplayTimeline(header: header, events: events)
        let mid = events[events.count / 2]
        let p = timeline.position(afterSeq: mid.seq)
        #expect(p == events.count / 2 + 1)
        #expect(timeline.position(atTime: mid.t) >= p)
        #expect(timeline.position(atTime: -1) == 0)
        #expect(timeline.position(atTime: timeline.durationMs) == events.count)
        // Chapters are the items started: each next chapter lands right after an item.started event.
        var at = 0
        var seen = 0
        while let next = timeline.nextChapter(after: at) {
            if case .itemStarted = events[next - 1].kind {} else { Issue.record("chapter at \(next) is not an item start") }
            #expect(timeline.previousChapter(before: next + 1) == next)
            at = next
            seen += 1
        }
        #expect(seen == timeline.chapters.count)
    }
}
