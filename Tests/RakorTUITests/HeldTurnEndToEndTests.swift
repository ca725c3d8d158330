import Foundation
import Testing
@testable import RakorCore

/// Issue 10 end to end: an interupsi holds the turn and gives it back; the on-time advice.
extension EndToEndTests {
    /// Starts the first item and gives the floor to a speaker of `minutes` added with `a`.
    func startWithSpeaker(_ tmux: Tmux, name: String, minutes: Int) throws {
        try tmux.keys("a")
        try tmux.wait(for: "Tambah pembicara")
        try tmux.type(name)
        try tmux.keys("Tab", "Tab", "Tab", "BSpace", "BSpace", "BSpace")
        try tmux.type("\(minutes)")
        try tmux.keys("Enter")
        try tmux.wait(for: "queued \(name)") { $0.contains(name) && !$0.contains("Tambah pembicara") }
    }

    @Test func anInterupsiDuringAPaparanGivesTheFloorBackWithTheTimeLeft() throws {
        let rakor = try binary()
        let tmux = Tmux("held")
        defer { tmux.kill(); dir.remove() }
        let log = dir.file("held.jsonl")
        try tmux.start(command(rakor, ["run", "--agenda", try agenda(), "--log", log, "--lang", "id"]))
        try tmux.wait(for: "BELUM MULAI")
        try tmux.keys(">")
        try tmux.wait(for: "BERJALAN · pembukaan")
        try startWithSpeaker(tmux, name: "Ir. Nepal Sekali", minutes: 10)
        try tmux.keys("n")
        try tmux.wait(for: "the speaker on the floor") { $0.contains("Ir. Nepal Sekali") && $0.contains("alokasi 10:00") }
        Thread.sleep(forTimeInterval: 2)

        try tmux.keys("i")
        try tmux.wait(for: "Interupsi")
        try tmux.type("Pak Camat")
        try tmux.keys("Enter")
        try tmux.wait(for: "the interupsi queued") { $0.contains("Pak Camat") && !$0.contains("Menit") }
        try tmux.keys("n")
        let held = try tmux.wait(for: "the held turn") { $0.contains("INTERUPSI") && $0.contains("ditahan: Ir. Nepal Sekali, sisa 09:5") }
        #expect(held.contains("Pak Camat"))
        // While held, the held countdown stands still.
        Thread.sleep(forTimeInterval: 2)
        let later = tmux.capture()
        let heldLine = { (s: String) in screenLines(s).first { $0.contains("ditahan:") } }
        #expect(heldLine(held).map { $0.contains("sisa 09:5") } == true)
        #expect(heldLine(later) == heldLine(held), "the held speaker's time does not run")

        try tmux.keys("e")
        try tmux.wait(for: "the floor back") { $0.contains("Ir. Nepal Sekali") && $0.contains("alokasi 10:00") && !$0.contains("ditahan") && !$0.contains("INTERUPSI") }

        try tmux.keys("q")
        try tmux.wait(for: "Keluar?")
        try tmux.keys("y")
        #expect(try tmux.waitForExit() == 0)
        let reading = try LogReader.read(path: log)
        let types = reading.events.map(\.kind.typeName)
        let h = try #require(types.firstIndex(of: "speaker.held"))
        #expect(Array(types[h...].prefix(4)) == ["speaker.held", "speaker.started", "speaker.ended", "speaker.resumed"])
        let nepal = try #require(reading.state.speakers.first { $0.name == "Ir. Nepal Sekali" })
        #expect(nepal.holds == 1)
        #expect(reading.state.speakers.filter { $0.name == "Ir. Nepal Sekali" }.count == 1)
    }

    @Test func theAdviceLineAppearsWhenBehindAndOneKeyAppliesIt() throws {
        let rakor = try binary()
        let tmux = Tmux("advice")
        defer { tmux.kill(); dir.remove() }
        let log = dir.file("advice.jsonl")
        try tmux.start(command(rakor, ["run", "--agenda", try agenda(), "--log", log, "--lang", "id"]), width: 140, height: 40)
        try tmux.wait(for: "BELUM MULAI")
        try tmux.keys(">")
        try tmux.wait(for: "BERJALAN · pembukaan")
        // Two speakers of 8 minutes in a 5-minute opening: behind.
        try startWithSpeaker(tmux, name: "Budi Santoso", minutes: 8)
        try startWithSpeaker(tmux, name: "Siti Aminah", minutes: 8)
        try tmux.wait(for: "the advice line") { $0.contains("agar selesai") || $0.contains("saran O") }
        try tmux.keys("O")
        try tmux.wait(for: "Terapkan perubahan ini?")
        try tmux.keys("y")
        try tmux.wait(for: "the advice applied") { !$0.contains("Terapkan perubahan") && !$0.contains("agar selesai") && !$0.contains("saran O") }

        try tmux.keys("q")
        try tmux.wait(for: "Keluar?")
        try tmux.keys("y")
        #expect(try tmux.waitForExit() == 0)
        let reading = try LogReader.read(path: log)
        #expect(reading.events.contains { if case .speakerExtended(_, let by) = $0.kind { return by < 0 } else { return false } })
        #expect(reading.state.speakers.map(\.allottedS) == [180, 180], "cut to min_speaker_s (3 minutes), never below")
    }
}
