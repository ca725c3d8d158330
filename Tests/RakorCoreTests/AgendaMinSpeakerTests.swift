import Testing
@testable import RakorCore

/// Issue 10 item 8: the agenda file sets the floor of the on-time advice.
@Suite struct AgendaMinSpeakerTests {
    static let text = """
    title = "Rakor"
    tz = "Asia/Makassar"
    min_speaker_s = 240

    [[items]]
    title = "Paparan"
    kind = "presentation"
    minutes = 30

    """

    @Test func minSpeakerSReachesTheHeaderAndTheAdvice() throws {
        let plan = try AgendaFile.parse(text: Self.text, file: "rapat.toml")
        #expect(plan.minSpeakerS == 240)
        let h = SessionSetup.header(for: plan, sessionId: "x", startedAtMs: 0, app: "t")
        #expect(SessionState(header: h).minSpeakerS == 240)
        #expect(SessionState(header: TestHeader.make()).minSpeakerS == 180)
        #expect(throws: TOMLError.self) { try AgendaFile.parse(text: Self.text.replacingOccurrences(of: "240", with: "-5"), file: "rapat.toml") }
    }
}
