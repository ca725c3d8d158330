import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

/// The command line: words in the person's language, agenda files checked whole before anything starts.
@Suite("Command line words and checks")
struct CommandLineTrustTests {
    /// Runs the real binary without a terminal; returns exit status, stdout and stderr.
    func run(_ args: [String], env: [String: String] = [:]) throws -> (Int32, String, String) {
        let bin = try #require(RakorBinary.path, "build rakor first")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: bin)
        p.arguments = args
        var e = ProcessInfo.processInfo.environment
        for (k, v) in env { e[k] = v }
        p.environment = e
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), r = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: r, as: UTF8.self))
    }

    @Test func indonesianMessagesHaveNoBackticksAndNoYN() {
        let m = CLIMessages(.id)
        let all = [m.firstRun(log: "/tmp/a.jsonl"), m.stoppedBySignal(15, log: "/tmp/a.jsonl"), m.notClosed(log: "/tmp/a.jsonl"),
                   m.closed(log: "/tmp/a.jsonl"), m.resumeQuestion(title: "Rakor", last: "10.40", zone: "WIB", path: "/tmp/a.jsonl"),
                   m.tornLineKept(backup: "/tmp/a.bak"), m.agendaRefused(3), m.unsaved(2, error: "ENOSPC", log: "/tmp/a.jsonl")]
        for text in all {
            #expect(!text.contains("`") && !text.contains("(y/n)") && !text.contains("[Y/n]"), "\(text)")
        }
        #expect(CLIMessages(.en).notClosed(log: "x").contains("The session is not closed"))
        #expect(m.firstRun(log: "/tmp/a.jsonl").contains("rakor demo"))
        #expect(!m.firstRun(log: "/tmp/a.jsonl").contains("\n"), "one line")
    }

    @Test func theQuitPromptAsksWithItsKeysNotYN() {
        let c = Fixture.konfirmasiKeluar.scene.render(Size(width: 80, height: 24)).text
        #expect(c.contains("Keluar?") && c.contains("y = ya · tombol lain = batal"))
        #expect(!c.contains("(y/n)") && !c.contains("`"))
    }

    @Test func theDemoPlaysTheIndonesianSampleForAnIndonesianLocale() {
        #expect(DemoCommandDefaults.sample(for: .id) == "rakorpeg-kaltim-2020")
        #expect(DemoCommandDefaults.sample(for: .en) == "demo")
        #expect(SampleSessions.all.first { $0.name == "rakorpeg-kaltim-2020" }?.session().header.lang == "id")
    }

    @Test func runChecksTheWholeAgendaBeforeTouchingTheTerminalOrMakingALog() throws {
        let dir = NSTemporaryDirectory() + "rakor-agenda-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let agenda = dir + "/rapat.toml"
        try "title = \"Rakor\"\ntilte = \"x\"\n\n[[items]]\ntitle = \"A\"\nminutes = -5\n".write(toFile: agenda, atomically: true, encoding: .utf8)
        let log = dir + "/rakor.jsonl"
        let (status, _, err) = try run(["run", "--agenda", agenda, "--log", log, "--lang", "id"], env: ["XDG_DATA_HOME": dir])
        #expect(status == 2)
        #expect(err.contains("rapat.toml:2: key 'tilte': unknown key"), "\(err)")
        #expect(err.contains("rapat.toml:6: key 'items[1].minutes': must be a positive number"), "\(err)")
        #expect(err.contains("agenda punya 2 kesalahan"), "\(err)")
        #expect(!err.contains("terminal"), "the agenda is checked before the terminal: \(err)")
        #expect(!FileManager.default.fileExists(atPath: log))
        // agenda check says the same, and agenda new writes a file it passes.
        let (checkStatus, _, checkErr) = try run(["agenda", "check", agenda])
        #expect(checkStatus == 2 && checkErr.contains("tilte") && checkErr.contains("items[1].minutes"))
        let fresh = dir + "/baru.toml"
        let (newStatus, _, _) = try run(["agenda", "new", "-o", fresh])
        #expect(newStatus == 0)
        let (freshStatus, freshOut, freshErr) = try run(["agenda", "check", fresh])
        #expect(freshStatus == 0, "\(freshErr)")
        #expect(freshOut.contains("ok (9 items)"), "\(freshOut) \(freshErr)")
        let (_, stdoutTemplate, _) = try run(["agenda", "new"])
        #expect(stdoutTemplate.contains("[[items]]") && stdoutTemplate.hasPrefix("# "))
    }

    @Test func themesMarksABrokenThemeFile() throws {
        let dir = NSTemporaryDirectory() + "rakor-themes-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir + "/rakor/themes", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "name = \"rusak\"\n[roles\n".write(toFile: dir + "/rakor/themes/rusak.toml", atomically: true, encoding: .utf8)
        let (status, out, _) = try run(["themes"], env: ["XDG_CONFIG_HOME": dir])
        #expect(status == 1)
        let line = out.split(separator: "\n").first { $0.hasPrefix("rusak") } ?? ""
        #expect(line.contains("BROKEN, not usable: ") && line.contains("rusak.toml:2"), "\(out)")
        #expect(out.contains("default"))
    }
}
