import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

/// `verify`'s report, the export's warnings and ArgumentParser's own complaints follow
/// `--lang`, else the session's language, else the locale; the real binary.
@Suite("Command line in the person's language")
struct CommandLineLanguageTests {
    func run(_ args: [String], lang: String) throws -> (Int32, String, String) {
        let bin = try #require(RakorBinary.path, "build rakor first")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: bin)
        p.arguments = args
        var e = ProcessInfo.processInfo.environment
        e["LANG"] = lang
        e["LC_ALL"] = nil
        e["LC_MESSAGES"] = nil
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

    /// A sample log with its third line left out: a gap in the seq.
    func damagedLog() throws -> String {
        let path = NSTemporaryDirectory() + "rakor-lang-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl"
        let sample = try String(contentsOfFile: RakorBinary.repoRoot + "/sample-events/rakorpeg-kaltim-2020.jsonl", encoding: .utf8)
        var lines = sample.split(separator: "\n", omittingEmptySubsequences: false)
        lines.remove(at: 2)
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func verifyAndExportWarningsSpeakIndonesianForAnIndonesianLocaleAndEnglishWithLangEn() throws {
        let log = try damagedLog()
        defer { try? FileManager.default.removeItem(atPath: log) }
        let (s1, out1, _) = try run(["verify", log], lang: "id_ID.UTF-8")
        #expect(s1 == 1)
        #expect(out1.contains("seq melompat dari 1 ke 3: 1 peristiwa hilang"), "\(out1)")
        #expect(out1.contains("peristiwa,") && out1.contains(" masalah"), "\(out1)")
        #expect(!out1.contains("`") && !out1.contains("(y/n)"))
        let (s2, out2, _) = try run(["verify", log, "--lang", "en"], lang: "id_ID.UTF-8")
        #expect(s2 == 1)
        #expect(out2.contains("seq jumps from 1 to 3") && out2.contains(" problem"), "\(out2)")
        let (_, _, err3) = try run(["export", log], lang: "id_ID.UTF-8")
        #expect(err3.contains("peringatan: seq melompat"), "\(err3)")
        let (_, _, err4) = try run(["export", log, "--lang", "en"], lang: "id_ID.UTF-8")
        #expect(err4.contains("warning: seq jumps"), "\(err4)")
    }

    @Test func argumentParsersComplaintsAreIndonesianForAnIndonesianLocale() throws {
        let (s1, _, e1) = try run(["verify", "--nope", "x"], lang: "id_ID.UTF-8")
        #expect(s1 == 64)
        #expect(e1.contains("Kesalahan: opsi --nope tidak dikenal"), "\(e1)")
        #expect(e1.contains("Cara pakai: rakor verify") && e1.contains("Lihat rakor verify --help untuk keterangan lebih lanjut."), "\(e1)")
        #expect(!e1.contains("`"))
        let (_, _, e2) = try run(["verify"], lang: "id_ID.UTF-8")
        #expect(e2.contains("Kesalahan: argumen <log> belum diisi"), "\(e2)")
        let (_, _, e3) = try run(["export", "x.jsonl", "--format"], lang: "id_ID.UTF-8")
        #expect(e3.contains("Kesalahan: nilai untuk --format <format> belum diisi"), "\(e3)")
        let (_, _, e4) = try run(["replay", "x.jsonl", "--speed", "cepat"], lang: "id_ID.UTF-8")
        #expect(e4.contains("Kesalahan: nilai cepat tidak sah untuk --speed"), "\(e4)")
    }

    @Test func argumentParsersEnglishStaysForLangEnAndAnEnglishLocale() throws {
        let (s1, _, e1) = try run(["verify", "--nope", "x", "--lang", "en"], lang: "id_ID.UTF-8")
        #expect(s1 == 64)
        #expect(e1.contains("Error: Unknown option '--nope'"), "\(e1)")
        let (_, _, e2) = try run(["verify"], lang: "en_US.UTF-8")
        #expect(e2.contains("Error: Missing expected argument '<log>'"), "\(e2)")
        let (s3, out3, _) = try run(["verify", "--help"], lang: "id_ID.UTF-8")
        #expect(s3 == 0 && out3.contains("USAGE: rakor verify"), "help stays English")
    }
}
