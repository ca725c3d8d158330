import Foundation
import Testing
@testable import RakorCore

// The office-document commands of the real binary: `export --format docx|pdf`, a template that is
// not a docx, PDF without LibreOffice (a clear message, no file), `attendance import` into a log,
// `agenda import` to a file the agenda loader accepts.

private let fixtures = RakorBinary.repoRoot + "/Tests/RakorCoreTests/Import/Fixtures"

private func scratch() throws -> String {
    let dir = FileManager.default.temporaryDirectory.path + "/rakor-office-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

struct OfficeDocumentCLITests {
    @Test func docxIsWrittenAndABadTemplateIsRefusedWithNothingWritten() throws {
        let rakor = try #require(RakorBinary.path)
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let log = RakorBinary.repoRoot + "/sample-events/rakor-jambi-2019.jsonl"
        let ok = try runProcess(rakor, ["export", log, "--format", "docx", "-o", dir + "/n.docx"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: dir + "/n.docx"))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))

        try Data("not a zip".utf8).write(to: URL(fileURLWithPath: dir + "/kop.docx"))
        let bad = try runProcess(rakor, ["export", log, "--format", "docx", "--template", dir + "/kop.docx", "-o", dir + "/t.docx"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("kop.docx is not a .docx file (not a ZIP archive)"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/t.docx"))

        let misuse = try runProcess(rakor, ["export", log, "--template", dir + "/kop.docx"])
        #expect(misuse.status == 64)
        #expect(misuse.stderr.contains("--template goes with --format docx or pdf"))
    }

    @Test func pdfWithoutLibreOfficeNamesThePackageAndWritesNothing() throws {
        let rakor = try #require(RakorBinary.path)
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = dir // no soffice here
        let r = try runProcess(rakor, ["export", RakorBinary.repoRoot + "/sample-events/demo.jsonl", "--format", "pdf",
                                       "-o", dir + "/n.pdf"], environment: env)
        #expect(r.status == 2)
        #expect(r.stderr.contains("Install the Debian package libreoffice-writer-nogui"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func attendanceImportLoadsInviteesAndTheCSVExportListsThem() throws {
        let rakor = try #require(RakorBinary.path)
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var s = SampleSession(header: SessionHeader(sessionId: "cli-att", title: "Rakor", startedAtMs: 1_700_000_000_000,
                                                    tz: "Asia/Jakarta"))
        s.create(.rundown(.addItem(title: "Pembukaan", kind: .opening, plannedS: 600)))
        try s.text().write(toFile: dir + "/r.jsonl", atomically: true, encoding: .utf8)

        let r = try runProcess(rakor, ["attendance", "import", dir + "/r.jsonl", fixtures + "/undangan-excel.csv"])
        #expect(r.status == 1, "two rows cannot be read")
        #expect(r.stdout.contains("3 invitees added"))
        #expect(r.stderr.contains("undangan-excel.csv: row 5: no name"))
        let again = try runProcess(rakor, ["attendance", "import", dir + "/r.jsonl", fixtures + "/undangan-en.csv"])
        #expect(again.status == 0)
        let verify = try runProcess(rakor, ["verify", dir + "/r.jsonl"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let csv = try runProcess(rakor, ["export", dir + "/r.jsonl", "--format", "csv", "--what", "attendance"])
        #expect(csv.stdout.split(separator: "\r\n").count == 6)
        #expect(csv.stdout.contains(",p5,Yusuf Ali,197502022000031001,Kepala Kantor,\"BKN, Kantor Regional VIII\",onsite,peserta,yes,no,,"))
    }

    @Test func agendaImportWritesAFileThatRunsAsAnAgenda() throws {
        let rakor = try #require(RakorBinary.path)
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try runProcess(rakor, ["agenda", "import", fixtures + "/susunan-merged.xlsx", "-o", dir + "/a.toml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("row 6  10:15  45 min  qa (from \"tanya jawab\")  Tanya jawab"))
        let plan = try AgendaFile.load(path: dir + "/a.toml")
        #expect(plan.items.map(\.title) == ["Pembukaan", "Paparan Kepala BKN", "Tanya jawab", "Ishoma", "Penutupan"])
        let bad = try runProcess(rakor, ["agenda", "import", dir + "/none.csv"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("none.csv: cannot read the file"))
    }
}

struct ExportToAPipeTests {
    /// `-o /dev/stdout` or a FIFO is written in place, never renamed over (which would replace the device).
    @Test func aFIFOStaysAFIFOAndGetsTheDocument() throws {
        let rakor = try #require(RakorBinary.path)
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fifo = dir + "/out"
        #expect(mkfifo(fifo, 0o600) == 0)
        let fd = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(fd >= 0)
        defer { close(fd) }
        let r = try runProcess(rakor, ["export", RakorBinary.repoRoot + "/sample-events/demo.jsonl", "--format", "docx", "-o", fifo])
        #expect(r.status == 0, "\(r.stderr)")
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO)
        var buf = [UInt8](repeating: 0, count: 4)
        #expect(read(fd, &buf, 4) == 4)
        #expect(buf == [0x50, 0x4B, 0x03, 0x04])
    }
}
