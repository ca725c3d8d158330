import Foundation
import Testing
@testable import RakorCore

// A paste from the terminal (bracketed: tmux's `paste-buffer -p`, as a terminal emulator's
// Ctrl+Shift+V sends it once rakor has asked for ESC[?2004h) reaches the form as one insertion,
// not as ten thousand keys: every character lands in the field, a newline inside it does not
// submit the form, and nothing of it is read as a command.
extension EndToEndTests {
    @Test func aBracketedPasteOfTenThousandCharactersLandsWholeInTheNote() throws {
        let rakor = try binary()
        let tmux = Tmux("paste")
        defer { tmux.kill(); dir.remove() }
        let log = dir.file("paste.jsonl")
        try tmux.start(command(rakor, ["run", "--agenda", try agenda(), "--log", log, "--lang", "id"]), width: 120, height: 40)
        try tmux.wait(for: "BELUM MULAI")
        try tmux.keys(">")
        try tmux.wait(for: "BERJALAN · pembukaan")
        try tmux.keys("c")
        try tmux.wait(for: "Catatan cepat")

        // Words of Indonesian prose with the keys rakor binds (q, x, n, >) and one newline inside:
        // read as keys, the paste would quit, delete or give the floor away.
        let words = ["realisasi", "anggaran", "triwulan", "ketiga", "x", "q", "n", ">", "telah", "mencapai"]
        var body = ""
        var i = 0
        while body.count < 5_000 { body += words[i % words.count] + " "; i += 1 }
        var tail = ""
        while tail.count < 4_980 { tail += words[(i + 3) % words.count] + " "; i += 1 }
        let text = body + "\n" + tail + "SELESAIAKHIR"
        #expect(text.count >= 10_000)
        let file = dir.file("paste.txt")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        _ = try tmux.run(["load-buffer", "-b", "rakorpaste", file])
        _ = try tmux.run(["paste-buffer", "-p", "-b", "rakorpaste", "-t", tmux.target])

        try tmux.wait(for: "SELESAIAKHIR")
        #expect(tmux.capture().contains("Catatan cepat"), "the newline in the paste submitted the form")
        try tmux.keys("Enter")
        try tmux.wait(for: "the note saved") { !$0.contains("Catatan cepat") && $0.contains("realisasi") }
        try tmux.keys("q")
        try tmux.wait(for: "Keluar?")
        try tmux.keys("y")
        #expect(try tmux.waitForExit() == 0)

        let reading = try LogReader.read(path: log)
        #expect(reading.state.entries.count == 1)
        #expect(reading.state.entries.last?.text == text, "the note differs from the paste")
        #expect(reading.state.runningItem != nil, "a pasted key was read as a command")
    }
}
