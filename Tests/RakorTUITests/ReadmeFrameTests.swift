import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

/// The frame shown in the README is a real one: it must match what `replay --print` draws today.
@Suite("README frame")
struct ReadmeFrameTests {
    @Test func theReadmeShowsTheFrameReplayPrintDraws() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let reading = try LogReader.read(path: root.appendingPathComponent("sample-events/rakorpeg-kaltim-2020.jsonl").path)
        let timeline = ReplayTimeline(reading: reading)
        let position = timeline.position(afterSeq: 62)
        let frame = ReplayFrame.text(timeline: timeline, position: position, now: timeline.time(at: position),
                                     lang: .id, size: Size(width: 100, height: 30))
        #expect(readme.contains("```text\n" + frame + "\n```"),
                "README.md's frame is stale: regenerate it with `rakor replay sample-events/rakorpeg-kaltim-2020.jsonl --print --seq 62 --width 100 --height 30`")
    }
}
