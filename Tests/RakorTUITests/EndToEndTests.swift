import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

// The real `rakor` binary in a real terminal: tmux on a private socket, driven with send-keys and
// read back with capture-pane. Every wait polls the screen for what should appear, with a timeout,
// rather than sleeping a fixed time.

/// A private tmux server with one session, `e2e`, running one command in one pane.
final class Tmux {
    static let executable: String? = {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        return dirs.map { $0 + "/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var isInstalled: Bool { executable != nil }

    let socket: String
    let target = "e2e"
    private let env: [String: String]

    init(_ name: String) {
        socket = "rakor-e2e-\(getpid())-\(name)"
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        env["TMUX"] = nil
        self.env = env
    }

    /// Runs a tmux command on this server.
    @discardableResult
    func run(_ args: [String]) throws -> ProcessResult {
        try runProcess(Tmux.executable ?? "tmux", ["-u", "-f", "/dev/null", "-L", socket] + args, environment: env)
    }

    /// Starts the server with a `width`×`height` window running `command` (a shell command line).
    /// The pane stays after the command exits, so its exit status can be read.
    func start(_ command: String, width: Int = 100, height: Int = 30) throws {
        var r = try run(["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", command,
                         ";", "set-option", "-g", "remain-on-exit", "on"])
        // A server killed just before (`kill()` then `start` on the same socket) can still hold the
        // socket for a moment; the new client then meets it dying. Try again on a fresh server.
        var tries = 0
        while r.status != 0 && r.stderr.contains("server exited unexpectedly") && tries < 5 {
            tries += 1
            usleep(200_000)
            r = try run(["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", command,
                         ";", "set-option", "-g", "remain-on-exit", "on"])
        }
        #expect(r.status == 0, "tmux new-session failed: \(r.stderr)")
    }

    /// Replaces the pane's program with `command` (after the previous one exited).
    func respawn(_ command: String) throws {
        let r = try run(["respawn-pane", "-k", "-t", target, command])
        exitsSeen = 0 // respawning clears the pane and its history
        #expect(r.status == 0, "tmux respawn-pane failed: \(r.stderr)")
    }

    /// Sends tmux key names (`Enter`, `Space`, `Escape`, `Down`, `C-u`) or single characters.
    func keys(_ names: String...) throws {
        try run(["send-keys", "-t", target] + names)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", target, "-l", text])
    }

    /// The screen as text (`escapes`: with the sequences for colours and attributes; `history`: with
    /// the lines scrolled off the top).
    func capture(escapes: Bool = false, history: Bool = false) -> String {
        let r = try? run(["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : []) + (history ? ["-S", "-200"] : []))
        return r?.stdout ?? ""
    }

    /// A format of the pane (`#{pane_title}`, `#{pane_pid}`).
    func display(_ format: String) -> String {
        ((try? run(["display-message", "-p", "-t", target, format]))?.stdout ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(_ width: Int, _ height: Int) throws {
        let r = try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
        #expect(r.status == 0, "tmux resize-window failed: \(r.stderr)")
    }

    /// Polls the screen until `ok` holds; fails with the last screen after `timeout` seconds.
    @discardableResult
    func wait(for what: String, timeout: Double = 8, sourceLocation: SourceLocation = #_sourceLocation,
              _ ok: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        while !ok(screen) && Date() < deadline {
            usleep(30_000)
            screen = capture()
        }
        let matched = ok(screen)
        try #require(matched, "timed out after \(timeout) s waiting for \(what); the screen:\n\(screen)",
                     sourceLocation: sourceLocation)
        return screen
    }

    /// Polls until `text` is on the screen.
    @discardableResult
    func wait(for text: String, timeout: Double = 8, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try wait(for: "\"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Exit lines read so far: a respawned pane still shows the earlier ones.
    private var exitsSeen = 0

    /// Waits for the pane's shell to print rakor's exit status (see `EndToEndTests.command`); returns it
    /// (128 + the signal when rakor was killed).
    func waitForExit(timeout: Double = 8, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        func statuses(_ screen: String) -> [Int] {
            screen.components(separatedBy: "[rakor exited ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        }
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture(history: true)
        while statuses(screen).count <= exitsSeen && Date() < deadline {
            usleep(30_000)
            screen = capture(history: true)
        }
        let all = statuses(screen)
        try #require(all.count > exitsSeen, "rakor did not exit; the screen:\n\(screen)", sourceLocation: sourceLocation)
        exitsSeen = all.count
        return all[all.count - 1]
    }

    /// The pid of rakor: the child of the pane's shell.
    func rakorPid() -> Int32? {
        guard let shell = Int32(display("#{pane_pid}")),
              let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8) else { return nil }
        return children.split(separator: " ").compactMap { Int32($0) }.first
    }

    /// Stops the server and waits (up to 2 s) until it has let go of its socket, so a `start` on the
    /// same socket right after meets no dying server.
    func kill() {
        _ = try? run(["kill-server"])
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline, let r = try? run(["has-session"]), r.status == 0 || r.stderr.contains("server exited unexpectedly") {
            usleep(20_000)
        }
    }
}

/// Quotes a word for the shell tmux runs a pane's command with.
func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

/// The screen's lines without trailing spaces or trailing empty lines.
func screenLines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        var s = String(line)
        while s.last == " " { s.removeLast() }
        return s
    }
    while lines.last == "" { lines.removeLast() }
    return lines
}

/// "peristiwa 12/80" in the replay's status bar: the position shown.
func replayPosition(_ screen: String) -> Int? {
    guard let r = screen.range(of: "peristiwa ") else { return nil }
    return Int(screen[r.upperBound...].prefix { $0.isNumber })
}

@Suite("End to end in tmux", .serialized,
       .enabled(if: Tmux.isInstalled, "tmux is not installed; the end-to-end tests drive rakor in tmux (CI installs it)"))
struct EndToEndTests {
    let dir = ScratchDir("rakor-e2e")

    /// The command line that runs rakor in a pane, with a private data folder and a UTF-8 locale;
    /// the shell then prints rakor's exit status, which `Tmux.waitForExit` reads.
    func command(_ binary: String, _ args: [String]) -> String {
        "env XDG_DATA_HOME=\(shellQuote(dir.path)) LANG=C.UTF-8 LC_ALL=C.UTF-8 "
            + ([binary] + args).map(shellQuote).joined(separator: " ")
            // From column 0 even when a killed rakor left the terminal raw, so the line never wraps.
            + "; s=$?; printf '\\r\\n[rakor exited %s]\\r\\n' \"$s\""
    }

    func binary() throws -> String {
        try #require(RakorBinary.path, "the rakor binary was not found next to the test bundle; build it with `swift build`")
    }

    /// A small agenda without booked speakers, so `n` gives the floor to the speaker the test adds.
    func agenda() throws -> String {
        let path = dir.file("agenda.toml")
        try """
        title = "Rakor Uji Ujung ke Ujung"
        tz = "Asia/Makassar"
        lang = "id"

        [[items]]
        title = "Pembukaan"
        kind = "opening"
        minutes = 5

        [[items]]
        title = "Paparan Bappeda"
        kind = "presentation"
        minutes = 20

        [[items]]
        title = "Penutupan"
        kind = "closing"
        minutes = 5

        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    // MARK: A live session, key by key

    @Test func aLiveSessionFromStartToQuit() throws {
        let rakor = try binary()
        let tmux = Tmux("live")
        defer { tmux.kill(); dir.remove() }
        let log = dir.file("e2e.jsonl")
        try tmux.start(command(rakor, ["run", "--agenda", try agenda(), "--log", log, "--lang", "id"]))
        try tmux.wait(for: "BELUM MULAI")

        try tmux.keys(">")
        try tmux.wait(for: "BERJALAN · pembukaan")

        // Add a speaker: letters that are also command keys are only text in the form.
        try tmux.keys("a")
        try tmux.wait(for: "Tambah pembicara")
        try tmux.type("Ir. Nepal Sekali")
        try tmux.keys("Tab")
        try tmux.type("Kepala Bappeda")
        try tmux.keys("Tab")
        try tmux.type("Pemkab Kutai Barat")
        try tmux.keys("Tab", "BSpace")
        try tmux.type("2")
        try tmux.wait(for: "Pemkab Kutai Barat")
        try tmux.keys("Enter")
        try tmux.wait(for: "queue shows the speaker") { $0.contains("1. Ir. Nepal Sekali · Pemkab Kutai Barat") && !$0.contains("Tambah pembicara") }

        try tmux.keys("n")
        try tmux.wait(for: "the speaker on the floor") { $0.contains("Kepala Bappeda · Pemkab Kutai Barat") && $0.contains("alokasi 02:00") }
        try tmux.keys("Space")
        try tmux.wait(for: "❚❚ JEDA")
        try tmux.keys("Space")
        try tmux.wait(for: "resumed") { $0.contains("alokasi 02:00") && !$0.contains("JEDA") }
        try tmux.keys("+")
        try tmux.wait(for: "alokasi 03:00")
        try tmux.keys("e")
        try tmux.wait(for: "Tidak ada yang berbicara.")

        try tmux.keys("c")
        try tmux.wait(for: "Catatan cepat")
        try tmux.type("Disepakati rakor lanjutan di Sendawar")
        try tmux.keys("Enter")
        try tmux.wait(for: "the note in the minutes") { $0.contains("[C] Disepakati rakor lanjutan di Sendawar") && !$0.contains("Catatan cepat") }

        try tmux.keys("s")
        try tmux.wait(for: "Skors rapat")
        try tmux.keys("Right")
        try tmux.wait(for: "[ishoma]")
        try tmux.keys("Enter")
        try tmux.wait(for: "DISKORS · ishoma")
        try tmux.keys("s")
        try tmux.wait(for: "resumed meeting") { $0.contains("BERJALAN · pembukaan") && !$0.contains("DISKORS") }

        // Resizing redraws for the new size.
        try tmux.resize(60, 20)
        try tmux.wait(for: "the narrow layout at 60×20") { screen in
            let lines = screenLines(screen)
            return lines.count <= 20 && lines.allSatisfy { $0.count <= 60 } && screen.contains("┌─ Lantai")
                && screen.contains("▶ Pembukaan") && !screen.contains("Susunan acara") && !screen.contains("terlalu kecil")
        }
        try tmux.resize(200, 60)
        try tmux.wait(for: "the wide layout at 200×60") { screen in
            screen.contains("Belum ada termin · t membuka") && screen.contains("Susunan acara")
                && screenLines(screen).contains { $0.count > 150 }
        }
        try tmux.resize(30, 10)
        try tmux.wait(for: "Terminal terlalu kecil")
        try tmux.resize(100, 30)
        try tmux.wait(for: "back to 100×30") { $0.contains("Susunan acara") && !$0.contains("terlalu kecil") }

        // q asks while the session is live; y quits.
        try tmux.keys("q")
        try tmux.wait(for: "Rapat masih berjalan. Keluar?")
        try tmux.keys("y")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.capture(history: true).contains("Log: \(log)\nRapat belum ditutup"))

        // The log is sound and holds every step.
        let verify = try runProcess(rakor, ["verify", log])
        #expect(verify.status == 0, "rakor verify: \(verify.stdout)\(verify.stderr)")
        let reading = try LogReader.read(path: log)
        let types = reading.events.map(\.kind.typeName)
        for t in ["agenda.item_started", "speaker.queued", "speaker.started", "speaker.paused", "speaker.resumed",
                  "speaker.extended", "speaker.ended", "note.added", "session.suspended", "session.resumed"] {
            #expect(types.contains(t), "no \(t) in \(types)")
        }
        #expect(reading.state.speakers.first?.name == "Ir. Nepal Sekali")
        #expect(reading.state.speakers.first?.allottedS == 180)
        #expect(reading.state.suspensions.first?.reason == .ishoma)
        #expect(reading.state.entries.first?.text == "Disepakati rakor lanjutan di Sendawar")
        #expect(!FileManager.default.fileExists(atPath: log + ".draft"))
    }

    // MARK: Hostile names in a replayed log

    @Test func aReplayedLogCannotRetitleTheWindowOrColourTheScreen() throws {
        let rakor = try binary()
        let tmux = Tmux("hostile")
        defer { tmux.kill(); dir.remove() }
        let sc = Fixtures.hostile()
        let log = dir.file("hostile.jsonl")
        var text = LogLine.header(sc.state.header)
        for e in sc.events { text += LogLine.encode(e) }
        try text.write(toFile: log, atomically: true, encoding: .utf8)
        #expect(text.contains("\\u001b]0;PWNED"), "the log holds the OSC title sequence (JSON-escaped)")

        // The pane sets its own title first, which also shows tmux honours OSC titles here.
        let replay = command(rakor, ["replay", log, "--speed", "60", "--idle-cap", "1"])
        try tmux.start("printf '\\033]0;CANARY\\007'; " + replay)
        try tmux.wait(for: "the end of the replay", timeout: 15) { $0.contains("akhir rekaman") }
        let plain = tmux.capture()
        let colours = tmux.capture(escapes: true)
        let title = tmux.display("#{pane_title}")
        #expect(title == "CANARY", "the pane title became \"\(title)\"")
        #expect(!title.contains("PWNED"))
        // The names are on screen as inert text, control pictures and all.
        #expect(plain.contains("␛[31mMERAH␛[0m Budi"), "\(plain)")
        #expect(plain.contains("␛]0;PWNED␇"))
        #expect(!plain.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x9B })
        // No colour came from a name: every MERAH follows the visible ␛[31m picture, not a real SGR.
        var rest = colours[...]
        var seen = 0
        while let r = rest.range(of: "MERAH") {
            seen += 1
            #expect(colours[..<r.lowerBound].hasSuffix("␛[31m"), "MERAH drawn after a real escape sequence")
            rest = colours[r.upperBound...]
        }
        #expect(seen >= 1)
        #expect(!colours.contains("\u{1B}]"), "an OSC sequence reached the terminal")
        try tmux.keys("q")
        #expect(try tmux.waitForExit() == 0)
    }

    // MARK: Replay keys, and --print against the paused replay

    /// The demo log: sample-events/demo.jsonl when it is there, else the same session written here.
    func demoLog() throws -> String {
        let recorded = RakorBinary.repoRoot + "/sample-events/demo.jsonl"
        if FileManager.default.fileExists(atPath: recorded) { return recorded }
        let path = dir.file("demo.jsonl")
        try SampleSessions.demo.text().write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func replayKeysMoveThroughTheRecording() throws {
        let rakor = try binary()
        let tmux = Tmux("replay")
        defer { tmux.kill(); dir.remove() }
        let log = try demoLog()
        let timeline = ReplayTimeline(reading: try LogReader.read(path: log))
        let count = timeline.count
        try tmux.start(command(rakor, ["replay", log, "--lang", "id"]))
        try tmux.wait(for: "PUTAR ULANG ▶ 1×")

        try tmux.keys("Space")
        var screen = try tmux.wait(for: "paused") { $0.contains("PUTAR ULANG ❚❚") && $0.contains("❚❚ jeda (1×)") }
        let p0 = try #require(replayPosition(screen))
        try tmux.keys(".")
        try tmux.wait(for: "one event forward") { replayPosition($0) == p0 + 1 }
        try tmux.keys(",")
        try tmux.wait(for: "one event back") { replayPosition($0) == p0 }

        let next = try #require(timeline.nextChapter(after: p0), "the demo has a chapter after event \(p0)")
        try tmux.keys("]")
        screen = try tmux.wait(for: "the next chapter at \(next)") { replayPosition($0) == next }
        let previous = timeline.previousChapter(before: next) ?? 0
        try tmux.keys("[")
        try tmux.wait(for: "the previous chapter at \(previous)") { replayPosition($0) == previous }

        try tmux.keys("+")
        try tmux.wait(for: "❚❚ jeda (2×)")

        // g to a clock time in the recording.
        let zone = ZoneClock(header: timeline.header)
        let target = timeline.events[count * 2 / 3].t
        let clock = zone.clock(target)
        let expected = timeline.position(atTime: zone.t(of: try #require(ClockTime.parse(clock))))
        try tmux.keys("g")
        try tmux.wait(for: "Pergi ke")
        try tmux.type(clock)
        try tmux.keys("Enter")
        try tmux.wait(for: "the replay at \(clock) (event \(expected))") {
            replayPosition($0) == expected && !$0.contains("Pergi ke") && $0.contains("PUTAR ULANG ❚❚")
        }

        try tmux.keys("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func printAtASeqEqualsThePausedReplayThere() throws {
        let rakor = try binary()
        let tmux = Tmux("print")
        defer { tmux.kill(); dir.remove() }
        let log = try demoLog()
        let timeline = ReplayTimeline(reading: try LogReader.read(path: log))
        let seq = timeline.events[timeline.count / 2].seq
        let position = timeline.position(afterSeq: seq)

        try tmux.start(command(rakor, ["replay", log, "--lang", "id"]), width: 100, height: 30)
        try tmux.wait(for: "PUTAR ULANG")
        try tmux.keys("g")
        try tmux.wait(for: "Pergi ke")
        try tmux.type("#\(seq)")
        try tmux.keys("Enter")
        let screen = try tmux.wait(for: "the replay paused at event #\(seq)") {
            replayPosition($0) == position && !$0.contains("Pergi ke") && $0.contains("❚❚ jeda")
        }

        let printed = try runProcess(rakor, ["replay", log, "--print", "--seq", "\(seq)", "--width", "100", "--height", "30",
                                             "--lang", "id"])
        #expect(printed.status == 0, "\(printed.stderr)")
        let shown = screenLines(screen), expected = screenLines(printed.stdout)
        #expect(shown.count >= 28, "the pane showed \(shown.count) lines")
        #expect(shown == expected, """
            replay --print --seq \(seq) differs from the paused replay:
            \(Snapshot.lineDiff(expected: expected.joined(separator: "\n"), actual: shown.joined(separator: "\n")))
            """)
        try tmux.keys("q")
        #expect(try tmux.waitForExit() == 0)
    }

    // MARK: A crash while typing

    @Test func aDraftTypedBeforeSIGKILLComesBackOnResume() throws {
        let rakor = try binary()
        let tmux = Tmux("kill")
        defer { tmux.kill(); dir.remove() }
        let log = dir.file("crash.jsonl")
        try tmux.start(command(rakor, ["run", "--agenda", try agenda(), "--log", log, "--lang", "id"]))
        try tmux.wait(for: "BELUM MULAI")
        try tmux.keys(">")
        try tmux.wait(for: "BERJALAN · pembukaan")
        try tmux.keys("c")
        try tmux.wait(for: "Catatan cepat")
        let note = "Listrik padam saat paparan; lanjut pukul 10.30"
        try tmux.type(note)
        // On screen means drawn. The draft is written at most every 300 ms while typing and at
        // once when the typing pauses: a kill -9 loses at most the last 300 ms, so wait past it.
        try tmux.wait(for: note)
        usleep(400_000)
        let draft = try String(contentsOfFile: log + ".draft", encoding: .utf8)
        #expect(draft.contains(note), "the whole note is on disk 400 ms after the last key: \(draft)")

        let pid = try #require(tmux.rakorPid(), "rakor's pid was not found")
        let comm = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(comm == "rakor", "the pane runs \(comm ?? "?"), not rakor")
        #expect(kill(pid, SIGKILL) == 0)
        #expect(try tmux.waitForExit() == 128 + Int(SIGKILL))
        #expect(FileManager.default.fileExists(atPath: log + ".draft"))

        try tmux.respawn(command(rakor, ["resume", log, "--lang", "id"]))
        try tmux.wait(for: "Draf yang belum disimpan dipulihkan.")
        try tmux.wait(for: note)
        try tmux.keys("Enter")
        try tmux.wait(for: "the note saved") { $0.contains("[C] Listrik padam saat paparan") && !$0.contains("Entri notulen baru") }
        try tmux.keys("q")
        try tmux.wait(for: "Keluar?")
        try tmux.keys("y")
        #expect(try tmux.waitForExit() == 0)

        let verify = try runProcess(rakor, ["verify", log])
        #expect(verify.status == 0, "rakor verify: \(verify.stdout)\(verify.stderr)")
        let reading = try LogReader.read(path: log)
        #expect(reading.events.contains { if case .sessionRecovered = $0.kind { return true } else { return false } })
        #expect(reading.state.entries.last?.text == note)
        #expect(!FileManager.default.fileExists(atPath: log + ".draft"), "the draft outlived the saved note")
    }

    // MARK: The notulis's story

    /// A notulis writes a keputusan and a tindak lanjut in the minutes view, edits the first, deletes
    /// the second and searches; rakor is killed with SIGKILL while a third entry is being typed, and
    /// `rakor resume` brings the draft back. The export shows only what the minutes finally say.
    @Test func aNotulisWritesEditsAndDeletesThenResumesADraftAfterSIGKILL() throws {
        let rakor = try binary()
        let tmux = Tmux("notulis")
        defer { tmux.kill(); dir.remove() }
        let log = dir.file("notulen.jsonl")
        // The built-in rundown: no agenda file.
        try tmux.start(command(rakor, ["run", "--log", log, "--lang", "id"]))
        try tmux.wait(for: "BELUM MULAI")
        try tmux.keys(">")
        try tmux.wait(for: "BERJALAN · pembukaan")
        try tmux.keys("Tab")
        try tmux.wait(for: "the empty minutes view") { $0.contains("┌─ Notulen (0)") && $0.contains("Belum ada entri") }

        // A keputusan: the form opens on the text, so Shift-Tab to the kind and → once.
        let decision = "Disepakati jadwal rapat pleno"
        try tmux.keys("c")
        try tmux.wait(for: "Entri notulen baru")
        try tmux.keys("BTab", "Right")
        try tmux.wait(for: "[keputusan]")
        try tmux.keys("Tab")
        try tmux.type(decision)
        try tmux.wait(for: decision)
        try tmux.keys("Enter")
        try tmux.wait(for: "the keputusan in the minutes") {
            $0.contains("┌─ Notulen (1)") && hasLine($0, "[KP]", decision) && !$0.contains("Entri notulen baru")
        }

        // A tindak lanjut with penanggung jawab and batas, Tab from field to field.
        let action = "Menyusun peta jabatan fungsional", owner = "BKD Provinsi", due = "2030-06-30"
        try tmux.keys("c")
        try tmux.wait(for: "Entri notulen baru")
        try tmux.keys("BTab", "Right", "Right")
        try tmux.wait(for: "[tindak lanjut]")
        try tmux.keys("Tab")
        try tmux.type(action)
        try tmux.keys("Tab")
        try tmux.type(owner)
        try tmux.keys("Tab")
        try tmux.type(due)
        let form = try tmux.wait(for: "the tindak lanjut typed") {
            hasLine($0, "Isi", action) && hasLine($0, "Penanggung jawab", owner) && $0.contains(due)
        }
        let glued = form.contains("(YYYY-MM-DD)\(due)")
        #expect(!glued, "no space between the label \"Batas (YYYY-MM-DD)\" and the date")
        try tmux.keys("Enter")
        try tmux.wait(for: "the tindak lanjut in the minutes") {
            $0.contains("┌─ Notulen (2)") && hasLine($0, "[TL]", action, "[PJ: \(owner) · batas: \(due)]")
                && !$0.contains("Entri notulen baru")
        }

        // ↑ selects the older entry (the newest is selected at first); r edits it.
        let edited = "Disepakati rapat pleno pada 5 Desember 2030"
        try tmux.keys("Up", "r")
        try tmux.wait(for: "the keputusan in the edit form") {
            $0.contains("Ubah entri notulen") && hasLine($0, "Isi", decision) && $0.contains("[keputusan]")
        }
        try tmux.keys("C-u")
        try tmux.type(edited)
        try tmux.wait(for: "the new text in the edit form") { hasLine($0, "Isi", edited) }
        try tmux.keys("Enter")
        try tmux.wait(for: "the edited keputusan, and not the old text") {
            hasLine($0, "[KP]", edited) && !$0.contains(decision) && !$0.contains("Ubah entri notulen")
                && $0.contains("┌─ Notulen (2)") && hasLine($0, "[TL]", action)
        }

        // ↓ back to the tindak lanjut; x asks about that one, y deletes it.
        try tmux.keys("Down", "x")
        try tmux.wait(for: "Hapus entri \"\(action)\"?")
        try tmux.keys("y")
        try tmux.wait(for: "the tindak lanjut gone") {
            $0.contains("┌─ Notulen (1)") && !$0.contains(action) && !$0.contains(owner) && !$0.contains("Konfirmasi")
                && hasLine($0, "[KP]", edited)
        }

        // / searches: a word only the deleted entry had finds nothing; one of the keputusan finds it.
        try tmux.keys("/")
        try tmux.wait(for: "Cari notulen")
        try tmux.type("peta")
        try tmux.keys("Enter")
        try tmux.wait(for: "no hit for the deleted entry") {
            $0.contains("┌─ Notulen (0) · cari: peta") && !$0.contains(edited) && !$0.contains("Cari notulen")
        }
        try tmux.keys("/")
        try tmux.wait(for: "the search form with the last search") { $0.contains("Cari notulen") && hasLine($0, "Cari", "peta") }
        try tmux.keys("C-u")
        try tmux.type("PLENO")
        try tmux.keys("Enter")
        try tmux.wait(for: "the keputusan found, whatever the case") {
            $0.contains("┌─ Notulen (1) · cari: PLENO") && hasLine($0, "[KP]", edited) && !$0.contains("Cari notulen")
        }

        // A kesimpulan typed and not saved, then SIGKILL.
        let draft = "Peserta meminta salinan bahan paparan"
        try tmux.keys("c")
        try tmux.wait(for: "Entri notulen baru")
        try tmux.keys("BTab", "Right", "Right", "Right")
        try tmux.wait(for: "[kesimpulan]")
        try tmux.keys("Tab")
        try tmux.type(draft)
        // On screen means drawn; the draft is on disk at most 300 ms after the last key.
        try tmux.wait(for: "the draft typed") { hasLine($0, "Isi", draft) }
        usleep(400_000)
        let saved = (try? String(contentsOfFile: log + ".draft", encoding: .utf8)) ?? ""
        #expect(saved.contains(draft), "the draft file holds \(saved.isEmpty ? "nothing" : saved)")

        let pid = try #require(rakorProcess(under: tmux), "no process named rakor under the pane")
        #expect(kill(pid, SIGKILL) == 0)
        #expect(try tmux.waitForExit() == 128 + Int(SIGKILL))
        #expect(FileManager.default.fileExists(atPath: log + ".draft"), "the draft did not outlive the killed process")

        try tmux.respawn(command(rakor, ["resume", log, "--lang", "id"]))
        try tmux.wait(for: "Draf yang belum disimpan dipulihkan.")
        try tmux.wait(for: "the draft back in the form") {
            $0.contains("Entri notulen baru") && hasLine($0, "Isi", draft) && $0.contains("[kesimpulan]")
        }
        try tmux.keys("Enter")
        try tmux.wait(for: "the kesimpulan saved") { hasLine($0, "[KS]", draft) && !$0.contains("Entri notulen baru") }
        // The draft came back where it was typed: the minutes view, no Tab needed.
        try tmux.wait(for: "the minutes after the restart") {
            $0.contains("┌─ Notulen (2)") && hasLine($0, "[KP]", edited) && hasLine($0, "[KS]", draft)
                && !$0.contains(decision) && !$0.contains(action)
        }
        try tmux.keys("q")
        try tmux.wait(for: "Keluar?")
        try tmux.keys("y")
        #expect(try tmux.waitForExit() == 0)

        // The notulen: each entry in its last form, the deleted one nowhere.
        let md = try runProcess(rakor, ["export", log, "--format", "md"])
        #expect(md.status == 0, "rakor export: \(md.stderr)")
        #expect(md.stdout.contains(edited), "the edited keputusan is missing:\n\(md.stdout)")
        #expect(!md.stdout.contains(decision), "the keputusan's old text is in the notulen")
        #expect(!md.stdout.contains(action) && !md.stdout.contains(owner), "the deleted tindak lanjut is in the notulen")
        #expect(md.stdout.contains(draft), "the restored kesimpulan is missing:\n\(md.stdout)")
        let verify = try runProcess(rakor, ["verify", log])
        #expect(verify.status == 0, "rakor verify: \(verify.stdout)\(verify.stderr)")

        let reading = try LogReader.read(path: log)
        let types = reading.events.map(\.kind.typeName)
        #expect(types.filter { $0 == "note.added" }.count == 3, "\(types)")
        for t in ["note.edited", "note.deleted", "session.recovered"] { #expect(types.contains(t), "no \(t) in \(types)") }
        let live = reading.state.liveEntries
        #expect(live.map(\.text) == [edited, draft])
        #expect(live.map(\.kind) == [.decision, .conclusion])
        #expect(reading.state.entries.contains { $0.deleted && $0.text == action && $0.owner == owner && $0.due == due })
        #expect(!FileManager.default.fileExists(atPath: log + ".draft"), "the draft outlived the saved entry")
        #expect(live.last?.by == "notulis", "a draft typed in the minutes view comes back there, as the notulis's")
    }

    // MARK: Every recording in sample-events/

    /// The file names of sample-events/*.jsonl.
    static let sampleLogs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: RakorBinary.repoRoot + "/sample-events")) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted()
    }()

    @Test func thereAreSampleLogs() {
        #expect(Self.sampleLogs.count >= 3, "sample-events/ holds \(Self.sampleLogs)")
    }

    /// Play, pause, a step each way, chapter jumps, a faster speed, a jump to a clock time, quit.
    @Test(arguments: EndToEndTests.sampleLogs)
    func replayKeysOnEachSample(_ name: String) throws {
        let rakor = try binary()
        let tmux = Tmux("keys-" + name.replacingOccurrences(of: ".jsonl", with: ""))
        defer { tmux.kill(); dir.remove() }
        let log = RakorBinary.repoRoot + "/sample-events/" + name
        let reading = try LogReader.read(path: log)
        let timeline = ReplayTimeline(reading: reading)
        let zone = ZoneClock(header: timeline.header)
        let lang = Language.resolve(flag: nil, session: reading.header.lang, environment: ["LANG": "C.UTF-8"])
        let w = ReplayWords(lang)

        try tmux.start(command(rakor, ["replay", log, "--speed", "1"]))
        try tmux.wait(for: "\(w.title) ▶ 1×")
        try tmux.keys("Space")
        var screen = try tmux.wait(for: "paused") { s in
            s.contains("\(w.title) ❚❚") && ReplayStatus(s).map { $0.state == "❚❚ \(w.paused) (1×)" } == true
        }
        let start = try #require(ReplayStatus(screen))
        #expect(start.count == timeline.count)
        let p0 = start.position

        try tmux.keys(".")
        try tmux.wait(for: "one event forward from \(p0)") { ReplayStatus($0)?.position == p0 + 1 }
        try tmux.keys(",")
        try tmux.wait(for: "one event back to \(p0)") { ReplayStatus($0)?.position == p0 }

        let next = try #require(timeline.nextChapter(after: p0), "\(name) has a chapter after event \(p0)")
        #expect(next > p0)
        try tmux.keys("]")
        try tmux.wait(for: "the next chapter at \(next)") { ReplayStatus($0)?.position == next }
        let previous = timeline.previousChapter(before: next) ?? 0
        #expect(previous < next)
        try tmux.keys("[")
        try tmux.wait(for: "the previous chapter at \(previous)") { ReplayStatus($0)?.position == previous }

        try tmux.keys("+")
        screen = try tmux.wait(for: "twice the speed") { ReplayStatus($0)?.state == "❚❚ \(w.paused) (2×)" }

        // g, a clock time two thirds into the session, Enter.
        let clock = zone.clock(timeline.durationMs * 2 / 3)
        let t = zone.t(of: try #require(ClockTime.parse(clock)))
        let expected = timeline.position(atTime: t)
        // Typed the Indonesian way; shown as the session's language writes it (en 10:40).
        let shown = zone.clock(t, lang)
        #expect(ReplayStatus(screen)?.clock != "\(shown) \(zone.label)", "the replay is at \(clock) already")
        try tmux.keys("g")
        try tmux.wait(for: "─ \(w.goTo) ")
        try tmux.type(clock)
        try tmux.keys("Enter")
        try tmux.wait(for: "the replay at \(clock) (event \(expected))") { s in
            guard let st = ReplayStatus(s) else { return false }
            return st.position == expected && st.clock == "\(shown) \(zone.label)" && st.state == "❚❚ \(w.paused) (2×)"
                && !s.contains("─ \(w.goTo) ") && s.contains("\(w.title) ❚❚")
        }

        try tmux.keys("q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// The paused replay at an event (g #N) is the frame `replay --print --seq N` prints.
    @Test(arguments: EndToEndTests.sampleLogs)
    func printEqualsThePausedReplayOnEachSample(_ name: String) throws {
        let rakor = try binary()
        let tmux = Tmux("print-" + name.replacingOccurrences(of: ".jsonl", with: ""))
        defer { tmux.kill(); dir.remove() }
        let log = RakorBinary.repoRoot + "/sample-events/" + name
        let reading = try LogReader.read(path: log)
        let timeline = ReplayTimeline(reading: reading)
        let w = ReplayWords(Language.resolve(flag: nil, session: reading.header.lang, environment: ["LANG": "C.UTF-8"]))
        // A speaker taking the floor in the second half: the fullest frame (big clock, queue, minutes).
        let mid = timeline.count / 2
        let index = timeline.events.indices.first { $0 >= mid && timeline.events[$0].kind.typeName == "speaker.started" } ?? mid
        let seq = timeline.events[index].seq
        let position = timeline.position(afterSeq: seq)

        try tmux.start(command(rakor, ["replay", log]), width: 100, height: 30)
        try tmux.wait(for: w.title)
        try tmux.keys("g")
        try tmux.wait(for: "─ \(w.goTo) ")
        try tmux.type("#\(seq)")
        try tmux.keys("Enter")
        let screen = try tmux.wait(for: "the replay paused at event #\(seq)") { s in
            ReplayStatus(s).map { $0.position == position && $0.state.hasPrefix("❚❚ \(w.paused)") } == true
                && !s.contains("─ \(w.goTo) ")
        }

        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        let printed = try runProcess(rakor, ["replay", log, "--print", "--seq", "\(seq)", "--width", "100", "--height", "30"],
                                     environment: env)
        #expect(printed.status == 0, "\(printed.stderr)")
        let shown = screenLines(screen), expected = screenLines(printed.stdout)
        #expect(shown.count >= 28, "the pane showed \(shown.count) lines")
        #expect(shown == expected, """
            \(name): replay --print --seq \(seq) differs from the paused replay:
            \(Snapshot.lineDiff(expected: expected.joined(separator: "\n"), actual: shown.joined(separator: "\n")))
            """)
        try tmux.keys("q")
        #expect(try tmux.waitForExit() == 0)
    }
}

// MARK: - Helpers for the notulis's story and the sample replays

/// Whether one line of the screen holds every one of `parts`.
func hasLine(_ screen: String, _ parts: String...) -> Bool {
    screen.split(separator: "\n").contains { line in parts.allSatisfy { line.contains($0) } }
}

/// rakor's pid, looked for by name among the pane's process and all its descendants, so it does not
/// matter whether tmux ran the command through a shell or rakor directly. Polls briefly.
func rakorProcess(under tmux: Tmux, timeout: Double = 3) -> Int32? {
    func comm(_ pid: Int32) -> String? {
        (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
        if let root = Int32(tmux.display("#{pane_pid}")) {
            // Parent → children, from every /proc/PID/stat ("pid (comm) state ppid …"; comm may hold spaces).
            var children: [Int32: [Int32]] = [:]
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
                guard let pid = Int32(entry),
                      let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                      let close = stat.range(of: ")", options: .backwards) else { continue }
                let fields = stat[close.upperBound...].split(separator: " ")
                if fields.count > 1, let ppid = Int32(fields[1]) { children[ppid, default: []].append(pid) }
            }
            var queue = [root]
            while !queue.isEmpty {
                let pid = queue.removeFirst()
                if comm(pid) == "rakor" { return pid }
                queue += children[pid] ?? []
            }
        }
        usleep(30_000)
    } while Date() < deadline
    return nil
}

/// The replay's status line, " peristiwa 12/80 · 10.05 WIB · 0:05:00 / 4:19:00 · ❚❚ jeda (2×)"
/// (in English "event 12/80 · … · ❚❚ paused (2×)"), read from a screen.
struct ReplayStatus {
    var position: Int
    var count: Int
    /// The clock with its zone: "10.05 WIB".
    var clock: String
    /// "▶ 1×" or "❚❚ jeda (2×)".
    var state: String

    init?(_ screen: String) {
        for line in screen.split(separator: "\n") {
            let parts = line.trimmingCharacters(in: .whitespaces).components(separatedBy: " · ")
            guard parts.count >= 4 else { continue }
            let head = parts[0]
            let counter: Substring
            if head.hasPrefix("peristiwa ") { counter = head.dropFirst("peristiwa ".count) }
            else if head.hasPrefix("event ") { counter = head.dropFirst("event ".count) }
            else { continue }
            let nm = counter.split(separator: "/")
            guard nm.count == 2, let n = Int(nm[0]), let m = Int(nm[1]) else { continue }
            position = n
            count = m
            clock = parts[1]
            state = parts[parts.count - 1]
            return
        }
        return nil
    }
}

/// The replay's words in the language it shows.
struct ReplayWords {
    let title: String, paused: String, goTo: String

    init(_ lang: Language) {
        (title, paused, goTo) = lang == .id ? ("PUTAR ULANG", "jeda", "Pergi ke") : ("REPLAY", "paused", "Go to")
    }
}
