import Foundation
import RakorCore
import Testing

// `rakor share` in front of the real `rakor attach`: the moderator runs a session in one tmux
// server, the share in another, and a joiner's `ssh` in a third (their laptop's screen).

@Suite("rakor share with the real ssh and the real attach", .serialized,
       .enabled(if: Tmux.isInstalled && isInstalled("ssh") && isInstalled("sshpass"),
                "tmux, ssh or sshpass is missing (.ci/run installs them)"))
final class ShareAttachEndToEndTests {
    let dir = ScratchDir("rakor-share-attach")
    let port = freePort()
    let moderator = Tmux("sa-mod")
    let server = Tmux("sa-srv")
    let joiner = Tmux("sa-join")
    var log: String { dir.file("rapat.jsonl") }

    deinit {
        joiner.kill()
        server.kill()
        moderator.kill()
        dir.remove()
    }

    var env: String {
        "env XDG_DATA_HOME=\(shellQuote(dir.file("data"))) XDG_CONFIG_HOME=\(shellQuote(dir.file("config"))) LANG=C.UTF-8 LC_ALL=C.UTF-8 "
    }

    func agenda() throws -> String {
        let path = dir.file("agenda.toml")
        try """
        title = "Rakor Lewat SSH"
        tz = "Asia/Jakarta"
        lang = "id"

        [[items]]
        title = "Paparan Kepala Bappeda"
        kind = "presentation"
        minutes = 20

        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func join(_ role: String, code: String, width: Int = 80, height: Int = 24) throws {
        let args = ["sshpass", "-p", code, "ssh", "-tt", "-F", "/dev/null", "-p", "\(port)",
                    "-o", "UserKnownHostsFile=\(dir.file("known_hosts"))", "-o", "StrictHostKeyChecking=accept-new",
                    "-o", "PreferredAuthentications=password", "-o", "PubkeyAuthentication=no",
                    "\(role)@127.0.0.1"]
        try joiner.start(args.map(shellQuote).joined(separator: " ") + "; echo \"[ssh exited $?]\"", width: width, height: height)
    }

    @Test("a notulis joins over ssh and writes a decision the moderator sees; a layar sees the countdown; a closed ssh leaves the list",
          .timeLimit(.minutes(3)))
    func notulisAndLayarOverSSH() throws {
        let rakor = try #require(RakorBinary.path, "the rakor binary was not found next to the test bundle; build it with `swift build`")
        try moderator.start(env + [rakor, "run", "--agenda", try agenda(), "--log", log].map(shellQuote).joined(separator: " "),
                            width: 100, height: 30)
        try moderator.wait(for: "BELUM MULAI")
        try moderator.keys(">")
        try moderator.wait(for: "BERJALAN · paparan")
        try moderator.keys("a")
        try moderator.wait(for: "Tambah pembicara")
        try moderator.type("Ir. Budi Santoso")
        try moderator.keys("Enter")
        try moderator.wait(for: "Antrean (1)")
        try moderator.keys("n")
        try moderator.wait(for: "sisa waktu")

        try server.start(env + [rakor, "share", log, "--bind", "127.0.0.1", "--port", "\(port)"].map(shellQuote).joined(separator: " "),
                         width: 160, height: 40)
        let banner = try server.wait(for: "Join code (the password): ", timeout: 20)
        let code = String(banner.components(separatedBy: "Join code (the password): ")[1].prefix(6))
        try #require(code.count == 6 && code.allSatisfy(\.isNumber), "no code:\n\(banner)")

        // The notulis: the minutes view with the floor strip, over ssh.
        try join("notulis", code: code)
        try joiner.wait(for: "the speaker in the notulis's strip over ssh", timeout: 20) { $0.contains("Ir. Budi Santoso") }
        try moderator.wait(for: "the notulis in the moderator's list", timeout: 5) { $0.contains("notulis ✓") }
        let decision = "Disepakati lewat SSH: anggaran 2021"
        try joiner.keys("c")
        try joiner.wait(for: "Entri notulen baru")
        try joiner.keys("BTab", "Right")
        try joiner.wait(for: "[keputusan]")
        try joiner.keys("Tab")
        try joiner.type(decision)
        try joiner.keys("Enter")
        try moderator.wait(for: decision)

        // The joiner's window changes size: the attach redraws for it.
        try joiner.resize(120, 40)
        try joiner.wait(for: "the notulis view at 120 columns") { screen in
            screen.split(separator: "\n").contains { $0.count > 100 && $0.contains("─") }
        }

        // Closing the ssh window detaches that peer only.
        let sshpass = try #require(Int32(joiner.display("#{pane_pid}")))
        let kids = try String(contentsOfFile: "/proc/\(sshpass)/task/\(sshpass)/children", encoding: .utf8)
        let ssh = try #require(kids.split(separator: " ").compactMap { Int32($0) }.first)
        kill(ssh, SIGKILL)
        try moderator.wait(for: "the notulis gone from the list", timeout: 8) { !$0.contains("notulis ✓") }
        try moderator.wait(for: "sisa waktu")

        // The layar: the countdown in large digits, over ssh.
        joiner.kill()
        try join("layar", code: code)
        try joiner.wait(for: "the countdown on the layar over ssh", timeout: 20) {
            $0.contains("Ir. Budi Santoso") && $0.contains("████")
        }
        let reading = try LogReader.read(path: log)
        #expect(reading.problems.isEmpty, "\(reading.problems)")
        #expect(reading.events.contains { $0.by == "notulis" })
    }
}
