import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

/// A replay shows what the live session showed, and its event list reads as sentences.
@Suite("Replay under review")
struct ReplayTrustTests {
    /// The demo's Zoom call drops: a technical suspension.
    static func technicalSkors() -> Scene {
        var sc = Fixtures.presentationStarted()
        sc.run(.session(.suspend(reason: .technical, note: "Zoom terputus", resumeAfterS: 600)), at: tm(50))
        sc.now = tm(52)
        return sc
    }

    @Test func aReplayDuringASkorsKeepsTheSkorsHeader() {
        let sc = Self.technicalSkors()
        let timeline = ReplayTimeline(header: sc.state.header, events: sc.events)
        let end = timeline.count
        let seek = ReplayFrame.canvas(timeline: timeline, position: end, now: sc.now, lang: .id, size: Size(width: 100, height: 30))
        let header = seek.lines()[1]
        #expect(header.contains("PUTAR ULANG ❚❚ · DISKORS · gangguan teknis · sejak 09.50"), "\(header)")
        // Reached by playing every event instead of seeking: the same frame.
        let r = ReplayController(timeline: timeline, lang: .id, startPosition: 0, playing: false)
        for _ in 0..<end { r.handle(.char(".")) }
        var ctx = r.viewContext()
        ctx.now = sc.now
        #expect(Dashboard.render(ctx, size: Size(width: 100, height: 30)).lines() == seek.lines())
        // And the live dashboard in the same state says the same.
        let live = sc.render(Size(width: 100, height: 30))
        #expect(live.lines()[1].contains("DISKORS · gangguan teknis · sejak 09.50"))
    }

    @Test func theEventListReadsAsSentencesWithTheJSONOnR() {
        let sc = Fixture.tanyaJawab.scene
        let timeline = ReplayTimeline(header: sc.state.header, events: sc.events)
        let r = ReplayController(timeline: timeline, lang: .id, startPosition: timeline.count, playing: false)
        r.handle(.char("e"))
        guard case .eventList(let list)? = r.ui.overlay else { Issue.record("no event list"); return }
        let texts = list.rows.map(\.text)
        #expect(texts.contains("09.39  \(Who.bkn) mulai berbicara"), "\(texts)")
        #expect(texts.contains { $0.hasSuffix("Termin 1 dibuka") })
        #expect(!texts.contains { $0.contains("{") }, "no JSON in the sentences")
        let frame = Dashboard.render(r.viewContext(), size: Size(width: 120, height: 40)).text
        #expect(frame.contains("r JSON"))
        r.handle(.char("r"))
        guard case .eventList(let raw)? = r.ui.overlay else { Issue.record("the list closed"); return }
        #expect(raw.raw)
        let rawFrame = Dashboard.render(r.viewContext(), size: Size(width: 120, height: 40)).text
        #expect(rawFrame.contains("speaker.started"))
    }

    @Test func theEnglishEventListWritesClockTimesWithAColon() {
        let sc = Fixture.tanyaJawab.scene
        let timeline = ReplayTimeline(header: sc.state.header, events: sc.events)
        let r = ReplayController(timeline: timeline, lang: .en, startPosition: timeline.count, playing: false)
        r.handle(.char("e"))
        guard case .eventList(let list)? = r.ui.overlay else { Issue.record("no event list"); return }
        #expect(list.rows.map(\.text).contains("09:39  \(Who.bkn) starts speaking"))
    }

    @Test func aLogChangedOnDiskSinceTheReplayOpenedItIsSaidOnTheScreen() throws {
        let dir = ScratchDir("replay-changed")
        defer { dir.remove() }
        let path = dir.file("demo.jsonl")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: RakorBinary.repoRoot + "/sample-events/demo.jsonl"))
        try bytes.write(to: URL(fileURLWithPath: path))
        let (_, timeline) = try ReplayTimeline.read(path: path, stride: 8)
        let r = ReplayController(timeline: timeline, lang: .en, startPosition: 0, playing: false)
        r.jump(to: timeline.count / 2)
        #expect(r.ui.message == nil)
        // Emptied in place (not replaced): the events the replay reads back are gone.
        #expect(truncate(path, 0) == 0)
        r.jump(to: timeline.count)
        let frame = Dashboard.render(r.viewContext(), size: Size(width: 120, height: 30)).lines().joined(separator: "\n")
        #expect(r.ui.message?.kind == .error)
        #expect(frame.contains("log changed on disk: reopen it"), "\(frame)")
    }
}
