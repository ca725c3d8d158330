import Testing
@testable import RakorCore
@testable import RakorTUI

/// Issue 10 item 3: the `j` form proposes the answerer most asked and ticks their questions.
@Suite struct AnswerFormTests {
    @Test func theFormProposesTheAnswererAndTicksOnlyTheirQuestions() throws {
        let h = Harness(Fixture.tanyaJawab.scene)
        let s = h.controller.state
        let bkn = try #require(s.speakers.first { $0.name == Who.bkn }).id
        h.press(.char("j"))
        guard case .form(let f)? = h.controller.ui.overlay else { Issue.record("no form"); return }
        #expect(f.value("by") == bkn)
        // q1 was put to the Kepala BKN, q2 (on the floor) to KemenPANRB; q3 has not asked yet.
        #expect(f.fields.filter { $0.key.hasPrefix("q:") }.map(\.key) == ["q:q1", "q:q2"])
        #expect(f.value("q:q1") == "true")
        #expect(f.value("q:q2") == "false")
        h.press(.key(.enter))
        let answer = h.newEvents.compactMap { e -> [String]? in
            if case .answerStarted(_, _, let by, _, let qs) = e.kind, by == bkn { return qs } else { return nil }
        }
        #expect(answer == [["q1"]])
    }
}

/// Issue 10 item 9: speaking time per person and instansi on one key.
@Suite struct SpeakingTimeOverlayTests {
    @Test func wShowsSpeakingTimeLongestFirstAndAnyKeyCloses() {
        let h = Harness(Fixture.tanyaJawabJawaban.scene)
        h.press(.char("W"))
        #expect(h.controller.ui.overlay == .speakingTime)
        let frame = h.frame()
        #expect(frame.contains("Waktu bicara"))
        #expect(frame.contains("Per instansi"))
        let lines = screenLinesOf(frame)
        let bkn = lines.firstIndex { $0.contains(Who.bkn) }
        let andi = lines.firstIndex { $0.contains("Andi Rahman") }
        #expect(bkn != nil && andi != nil && bkn! < andi!, "the longest speaker first")
        h.press(.char("x"))
        #expect(h.controller.ui.overlay == nil)
        #expect(h.newEvents.isEmpty)
    }

    func screenLinesOf(_ s: String) -> [String] { s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}
