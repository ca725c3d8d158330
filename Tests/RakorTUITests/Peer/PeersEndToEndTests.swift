import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

/// One tmux window split in three panes: the moderator's `rakor run`, the notulis's and the layar's `rakor attach`.
extension Tmux {
    func keys(pane: Int, _ names: String...) throws { try run(["send-keys", "-t", "\(target).\(pane)"] + names) }
    func type(pane: Int, _ text: String) throws { try run(["send-keys", "-t", "\(target).\(pane)", "-l", text]) }
    func capture(pane: Int) -> String { (try? run(["capture-pane", "-p", "-t", "\(target).\(pane)"]))?.stdout ?? "" }

    @discardableResult
    func wait(pane: Int, for what: String, timeout: Double = 8, sourceLocation: SourceLocation = #_sourceLocation,
              _ ok: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture(pane: pane)
        while !ok(screen) && Date() < deadline {
            usleep(30_000)
            screen = capture(pane: pane)
        }
        try #require(ok(screen), "pane \(pane): timed out after \(timeout) s waiting for \(what); the screen:\n\(screen)",
                     sourceLocation: sourceLocation)
        return screen
    }

    @discardableResult
    func wait(pane: Int, for text: String, timeout: Double = 8, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try wait(pane: pane, for: "\"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Adds a pane below running `command`; the panes share the window's rows.
    func split(_ command: String) throws {
        let r = try run(["split-window", "-v", "-t", target, command, ";", "select-layout", "-t", target, "even-vertical"])
        #expect(r.status == 0, "tmux split-window failed: \(r.stderr)")
    }

    func panePid(_ pane: Int) -> Int32? {
        Int32(((try? run(["display-message", "-p", "-t", "\(target).\(pane)", "#{pane_pid}"]))?.stdout ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func respawn(pane: Int, _ command: String) throws {
        let r = try run(["respawn-pane", "-k", "-t", "\(target).\(pane)", command])
        #expect(r.status == 0, "tmux respawn-pane failed: \(r.stderr)")
    }
}

@Suite("Several terminals in tmux", .serialized,
       .enabled(if: Tmux.isInstalled, "tmux is not installed; the end-to-end tests drive rakor in tmux (CI installs it)"))
struct PeersEndToEndTests {
    let dir = ScratchDir("rakor-peers-e2e")

    func command(_ binary: String, _ args: [String]) -> String {
        "env XDG_DATA_HOME=\(shellQuote(dir.path)) LANG=C.UTF-8 LC_ALL=C.UTF-8 "
            + ([binary] + args).map(shellQuote).joined(separator: " ")
            + "; s=$?; printf '\\r\\n[rakor exited %s]\\r\\n' \"$s\""
    }

    /// A rundown with short thresholds, so a 15-second turn goes through warning into overtime.
    func agenda() throws -> String {
        let path = dir.file("agenda.toml")
        try """
        title = "Rakor Tiga Terminal"
        tz = "Asia/Makassar"
        lang = "id"
        warning_s = 8
        danger_s = 3

        [[items]]
        title = "Paparan Bappeda"
        kind = "presentation"
        minutes = 20

        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The pid of rakor in a pane: the child of the pane's shell.
    func rakorPid(_ tmux: Tmux, pane: Int) -> Int32? {
        guard let shell = tmux.panePid(pane),
              let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8) else { return nil }
        return children.split(separator: " ").compactMap { Int32($0) }.first
    }

    @Test(.timeLimit(.minutes(2)))
    func moderatorNotulisAndLayarOnOneSession() throws {
        let rakor = try #require(RakorBinary.path, "the rakor binary was not found next to the test bundle; build it with `swift build`")
        let tmux = Tmux("peers")
        defer { tmux.kill(); dir.remove() }
        let log = dir.file("rakor.jsonl")
        try tmux.start(command(rakor, ["run", "--agenda", try agenda(), "--log", log]), width: 100, height: 84)
        try tmux.wait(pane: 0, for: "BELUM MULAI")
        try tmux.split(command(rakor, ["attach", log, "--role", "notulis"]))
        try tmux.split(command(rakor, ["attach", log, "--role", "layar"]))
        // Each pane sees the others.
        try tmux.wait(pane: 0, for: "notulis ✓ · layar ✓")
        try tmux.wait(pane: 1, for: "moderator ✓ · layar ✓")
        try tmux.wait(pane: 2, for: "Rapat belum dimulai")

        // The moderator starts the paparan and gives the floor to a speaker with 15 seconds.
        try tmux.keys(pane: 0, ">")
        try tmux.wait(pane: 0, for: "BERJALAN · paparan")
        try tmux.keys(pane: 0, "a")
        try tmux.wait(pane: 0, for: "Tambah pembicara")
        try tmux.type(pane: 0, "Ir. Budi Santoso")
        try tmux.keys(pane: 0, "Tab", "Tab", "Tab", "C-u")
        try tmux.type(pane: 0, "0,25")
        try tmux.keys(pane: 0, "Enter")
        try tmux.wait(pane: 0, for: "Antrean (1)")
        try tmux.keys(pane: 0, "n")
        // The layar shows who speaks and the countdown; the notulis's strip shows who speaks.
        try tmux.wait(pane: 2, for: "Ir. Budi Santoso")
        try tmux.wait(pane: 2, for: "the countdown in large digits") { $0.contains("████") && $0.contains("sisa waktu") }
        try tmux.wait(pane: 1, for: "the speaker in the notulis's strip") { $0.contains("▶ 00:1") && $0.contains("Ir. Budi Santoso") }

        // The notulis writes a keputusan; it appears on the moderator's screen.
        let decision = "Disepakati anggaran 2021"
        try tmux.keys(pane: 1, "c")
        try tmux.wait(pane: 1, for: "Entri notulen baru")
        try tmux.keys(pane: 1, "BTab", "Right")
        try tmux.wait(pane: 1, for: "[keputusan]")
        try tmux.keys(pane: 1, "Tab")
        try tmux.type(pane: 1, decision)
        try tmux.keys(pane: 1, "Enter")
        try tmux.wait(pane: 0, for: decision)

        // The layar turns to warning, then overtime.
        try tmux.wait(pane: 2, for: "segera selesai", timeout: 15)
        try tmux.wait(pane: 2, for: "LEWAT WAKTU", timeout: 20)

        // A stage message from the moderator, shown on the layar.
        try tmux.keys(pane: 0, "m")
        try tmux.wait(pane: 0, for: "Pesan untuk layar pembicara")
        try tmux.keys(pane: 0, "Right", "Right")
        try tmux.wait(pane: 0, for: "Waktu habis")
        try tmux.keys(pane: 0, "Enter")
        try tmux.wait(pane: 2, for: "Waktu habis")

        // A skors: the layar says so.
        try tmux.keys(pane: 0, "s")
        try tmux.wait(pane: 0, for: "Skors rapat")
        try tmux.keys(pane: 0, "Tab")
        try tmux.type(pane: 0, "30")
        try tmux.keys(pane: 0, "Enter")
        try tmux.wait(pane: 2, for: "the skors on the layar") { $0.contains("Rapat diskors · dilanjutkan") }
        try tmux.keys(pane: 0, "s")
        try tmux.wait(pane: 2, for: "the skors over") { !$0.contains("Rapat diskors") }

        // The moderator's process is killed; the notulis goes on writing and sees the moderator gone.
        let moderator = try #require(rakorPid(tmux, pane: 0))
        kill(moderator, SIGKILL)
        try tmux.wait(pane: 1, for: "the moderator gone from the list", timeout: 4) { $0.contains("layar ✓") && !$0.contains("moderator ✓") }
        let after = "Catatan setelah moderator terputus"
        try tmux.keys(pane: 1, "c")
        try tmux.wait(pane: 1, for: "Entri notulen baru")
        try tmux.type(pane: 1, after)
        try tmux.keys(pane: 1, "Enter")
        try tmux.wait(pane: 1, for: "the entry saved") { $0.contains(after) && !$0.contains("Entri notulen baru") }

        // The moderator resumes: it joins the live peers and sees the notulis's entries.
        try tmux.respawn(pane: 0, command(rakor, ["resume", log]))
        try tmux.wait(pane: 0, for: "notulis ✓ · layar ✓")
        try tmux.wait(pane: 0, for: after)
        try tmux.wait(pane: 0, for: decision)
        let reading = try LogReader.read(path: log)
        #expect(reading.issues.isEmpty, "\(reading.issues)")
        #expect(!reading.events.contains { if case .sessionRecovered = $0.kind { return true }; return false },
                "joining live peers repairs nothing")
        #expect(reading.events.filter { $0.by == "notulis" }.count == 2)
    }
}
