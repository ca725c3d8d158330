import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

/// A live log read from elsewhere: replay keeps up with it, export says it is still running.
@Suite(.serialized) struct FollowTests {
    @Test func aReplayThatCaughtUpPlaysOnIntoNewEvents() {
        let sc = Fixtures.presentation(remaining: tm(5))
        let head = Array(sc.events.dropLast(2)), tail = Array(sc.events.suffix(2))
        let replay = ReplayController(timeline: ReplayTimeline(header: sc.state.header, events: head), lang: .id,
                                      idleCapS: 5, speed: 60, startPosition: head.count, playing: true)
        #expect(replay.atEnd && !replay.playing)
        replay.extend(with: tail)
        #expect(replay.playing, "new events play as they come")
        #expect(replay.timeline.count == sc.events.count)
        for _ in 0..<1_000 where !replay.atEnd { replay.advance(wallMs: 1_000) }
        #expect(replay.state == sc.state)
    }

    @Test func replayShowsTheStageMessage() {
        var sc = Fixtures.presentation(remaining: tm(1, 10))
        sc.run(.stage(.show(text: "Mohon segera diakhiri", tone: .warning)), at: sc.now)
        let timeline = ReplayTimeline(header: sc.state.header, events: sc.events)
        let frame = ReplayFrame.text(timeline: timeline, position: timeline.count, now: sc.now, lang: .id,
                                     size: Size(width: 120, height: 40))
        #expect(frame.contains("layar: «Mohon segera diakhiri»"))
    }

    @Test func exportOfALiveLogSaysItIsStillRunning() throws {
        let rakor = try #require(RakorBinary.path, "build rakor first")
        let dir = ScratchDir("rakor-follow")
        let path = dir.file("live.jsonl")
        let sc = Fixtures.presentation(remaining: tm(5))
        let log = try SessionLog.create(path: path, header: sc.state.header)
        log.append(sc.events)
        log.close()
        let quiet = try runProcess(rakor, ["export", path, "--format", "txt"])
        #expect(!quiet.stderr.contains("masih berjalan"))
        let me = try Presence(logPath: path, role: .notulis, nowMs: 0)
        defer { me.leave() }
        let live = try runProcess(rakor, ["export", path, "--format", "txt"])
        #expect(live.status == 0)
        #expect(live.stderr.contains("rapat ini masih berjalan (1 terminal terhubung)"), "\(live.stderr)")
        #expect(live.stdout == quiet.stdout, "what is there is exported all the same")
    }
}
