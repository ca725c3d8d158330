import Testing
@testable import RakorCore
@testable import RakorTUI

/// The replay clock: real time times speed, long silences capped, recorded times kept on screen.
@Suite("Replay pacing")
struct ReplayPacingTests {
    /// Three markers: at 0, 3 s later, and after a 40-minute silence.
    static let timeline: ReplayTimeline = {
        let header = SessionHeader(sessionId: "p", title: "P", startedAtMs: 1_600_000_000_000, tz: "Asia/Jakarta")
        let events = [0, 3_000, 3_000 + 40 * 60_000].enumerated().map { i, t in
            Event(seq: i + 1, t: t, kind: .marker(label: "m\(i + 1)"))
        }
        return ReplayTimeline(header: header, events: events)
    }()

    @Test func idleCapShortensSilencesButNotSpeech() {
        let r = ReplayController(timeline: Self.timeline, lang: .id, idleCapS: 5, speed: 1)
        r.advance(wallMs: 0)
        #expect(r.position == 1)
        // A 3 s gap is shorter than the cap: it plays in full.
        r.advance(wallMs: 2_999)
        #expect(r.position == 1)
        r.advance(wallMs: 1)
        #expect(r.position == 2 && r.shownT == 3_000)
        // The 40-minute silence plays for 5 s, then jumps; the clock shows the recorded time.
        r.advance(wallMs: 4_999)
        #expect(r.position == 2 && r.shownT == 7_999)
        r.advance(wallMs: 2)
        #expect(r.position == 3 && r.shownT == 3_000 + 40 * 60_000)
        #expect(r.atEnd && !r.playing, "it stays open, paused, at the end")
    }

    @Test func noCapPlaysTheSilenceAndSpeedDividesIt() {
        let r = ReplayController(timeline: Self.timeline, lang: .id, idleCapS: 0, speed: 60)
        r.advance(wallMs: 50)
        #expect(r.position == 2)
        // 40 minutes at 60× is 40 s of wall time, with no cap.
        r.advance(wallMs: 39_000)
        #expect(r.position == 2)
        r.advance(wallMs: 1_000)
        #expect(r.position == 3)
    }
}
