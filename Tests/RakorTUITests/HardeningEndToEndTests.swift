import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

// The hardening of issue 9 on the real binary: a log deleted while the dashboard is idle,
// Ctrl-\ (SIGQUIT) and other signals, an unknown TERM.
extension EndToEndTests {
    @Test func aLogDeletedWhileIdleIsRewrittenWithinTwoSecondsAndTheHeaderStaysHonest() throws {
        let rakor = try binary()
        let tmux = Tmux("deleted")
        defer { tmux.kill(); dir.remove() }
        let log = dir.file("hapus.jsonl")
        try tmux.start(command(rakor, ["run", "--agenda", try agenda(), "--log", log, "--lang", "id"]))
        try tmux.wait(for: "BELUM MULAI")
        try tmux.keys(">")
        try tmux.wait(for: "BERJALAN · pembukaan")
        try tmux.wait(for: "log ✓ tersimpan")
        let before = try LogReader.read(path: log)
        try FileManager.default.removeItem(atPath: log)
        let deleted = Date()
        // Idle: no key is pressed. Within two seconds the whole session is on disk again.
        var rewritten: LogReading? = nil
        while Date().timeIntervalSince(deleted) < 2, rewritten == nil {
            let screen = tmux.capture()
            if FileKind.of(log) == nil, screen.contains("log ✓ tersimpan"), Date().timeIntervalSince(deleted) > 1.2 {
                Issue.record("the header says saved while \(log) has been gone for over a second:\n\(screen)")
                break
            }
            if FileKind.of(log) != nil, let r = try? LogReader.read(path: log), r.events.count >= before.events.count { rewritten = r }
            usleep(30_000)
        }
        let r = try #require(rewritten, "the log was not rewritten within 2 s")
        #expect(r.events == before.events && r.problems.isEmpty)
        try tmux.wait(for: "ditulis ulang")
        try tmux.wait(for: "log ✓ tersimpan")
        try tmux.keys("q")
        try tmux.wait(for: "Keluar?")
        try tmux.keys("y")
        #expect(try tmux.waitForExit() == 0)
        #expect(try LogReader.read(path: log).problems.isEmpty)
    }

    @Test(arguments: [SIGQUIT, SIGUSR1, SIGPIPE])
    func aSignalGivesTheTerminalBackAtOnce(_ sig: Int32) throws {
        let rakor = try binary()
        let tmux = Tmux("sig\(sig)")
        defer { tmux.kill(); dir.remove() }
        let log = dir.file("sinyal.jsonl")
        try tmux.start(command(rakor, ["run", "--agenda", try agenda(), "--log", log, "--lang", "id"]))
        try tmux.wait(for: "BELUM MULAI")
        if sig == SIGQUIT {
            try tmux.keys("C-\\")
        } else {
            let pid = try #require(tmux.rakorPid(), "rakor's pid was not found")
            #expect(kill(pid, sig) == 0)
        }
        // Not 30 s of a backtracer waiting for a key: out, on the shell's screen, with the log intact.
        #expect(try tmux.waitForExit(timeout: 5) == 128 + Int(sig))
        let screen = tmux.capture(history: true)
        #expect(screen.contains("dihentikan oleh sinyal \(sig)"), "\(screen)")
        #expect(!screen.contains("BELUM MULAI"), "the dashboard is still on the screen:\n\(screen)")
        #expect(tmux.display("#{alternate_on}") == "0", "the alternate screen is still on")
        #expect(try LogReader.read(path: log).problems.isEmpty)
    }

    /// A real crash signal: the report (if any) lands on a restored terminal, and nothing waits 30 s for a key.
    @Test func aCrashSignalRestoresTheTerminalBeforeTheReport() throws {
        let rakor = try binary()
        let tmux = Tmux("crash")
        defer { tmux.kill(); dir.remove() }
        let log = dir.file("crash.jsonl")
        try tmux.start(command(rakor, ["run", "--agenda", try agenda(), "--log", log, "--lang", "id"]))
        try tmux.wait(for: "BELUM MULAI")
        let pid = try #require(tmux.rakorPid(), "rakor's pid was not found")
        #expect(kill(pid, SIGSEGV) == 0)
        let status = try tmux.waitForExit(timeout: 10)
        #expect(status == 128 + Int(SIGSEGV), "exit status \(status)")
        let screen = tmux.capture(history: true)
        #expect(!screen.contains("BELUM MULAI"), "the dashboard is still on the screen:\n\(screen)")
        #expect(tmux.display("#{alternate_on}") == "0", "the alternate screen is still on")
        #expect(try LogReader.read(path: log).problems.isEmpty)
    }

    @Test func anUnknownTermLeavesNoLogBehind() throws {
        let rakor = try binary()
        let tmux = Tmux("term")
        defer { tmux.kill(); dir.remove() }
        let log = dir.file("term.jsonl")
        try tmux.start("env TERM=no-such-terminal " + command(rakor, ["run", "--log", log, "--lang", "id"]))
        #expect(try tmux.waitForExit() == 2)
        #expect(tmux.capture(history: true).contains("TERM=no-such-terminal"))
        #expect(FileKind.of(log) == nil, "an empty log was left behind")
    }

    @Test func resumeOfAnEmptyLogOffersAFreshStartOnThatPath() throws {
        let rakor = try binary()
        let tmux = Tmux("fresh")
        defer { tmux.kill(); dir.remove() }
        let log = dir.file("kosong.jsonl")
        _ = FileManager.default.createFile(atPath: log, contents: Data())
        try tmux.start(command(rakor, ["resume", log, "--lang", "id"]))
        try tmux.wait(for: "Mulai rapat baru di")
        #expect(tmux.capture().contains("tidak ada peristiwa di dalamnya"))
        try tmux.type("y")
        try tmux.keys("Enter")
        try tmux.wait(for: "BELUM MULAI")
        try tmux.keys("q")
        try tmux.wait(for: "the quit") { !$0.contains("BELUM MULAI") || $0.contains("Keluar?") }
        if tmux.capture().contains("Keluar?") { try tmux.keys("y") }
        #expect(try tmux.waitForExit() == 0)
        let reading = try LogReader.read(path: log)
        #expect(reading.problems.isEmpty)
        let aside = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("kosong.jsonl.broken-") }
        #expect(aside.count == 1, "the old (empty) file was not kept aside: \(aside)")
    }
}
