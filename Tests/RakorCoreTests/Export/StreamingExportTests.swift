import Foundation
import Testing
@testable import RakorCore

// The export as `rakor export` now makes it: the proceedings drafted from the reader's own fold
// while the log is read (no events kept), the document written in chunks. It must be the document
// the whole-string path makes from the kept events, byte for byte, in every format and language.

private let repoRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func samplePaths() -> [String] {
    let dir = repoRoot.appendingPathComponent("sample-events")
    return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
        .filter { $0.hasSuffix(".jsonl") }.sorted().map { dir.appendingPathComponent($0).path }
}

@Suite struct StreamingExportTests {
    @Test func samplesAreFound() {
        #expect(samplePaths().count >= 3)
    }

    /// The summary worded as it is read (a plan's places) holds what the worded sections hold:
    /// the same entries, in the same order, with the numbers they say, in both languages.
    @Test func summaryWordedAsReadIsTheSummaryOfTheWordedSections() throws {
        for path in samplePaths() {
            let reading = try LogReader.read(path: path)
            for lang in [Language.id, .en] {
                let n = Notulen(reading, lang: lang)
                var worded = n.proceedings
                worded.sections = worded.sections    // the plan worded whole and kept as sections
                let lazy = n.proceedings.summaryEntries(), eager = worded.summaryEntries()
                #expect(Array(lazy.conclusions) == Array(eager.conclusions), "\(path) \(lang)")
                #expect(Array(lazy.decisions) == Array(eager.decisions), "\(path) \(lang)")
                #expect(Array(lazy.actions) == Array(eager.actions), "\(path) \(lang)")
                for list in [lazy.conclusions, lazy.decisions, lazy.actions] {
                    #expect(list.indices.map { list.number(at: $0) } == list.map(\.number))
                }
                #expect(lazy.conclusions.count + lazy.decisions.count + lazy.actions.count > 0, "\(path)")
            }
        }
    }

    /// Pieces of every length up to beyond the word copies (1–3 bytes, two overlapping 4- or
    /// 8-byte words, memcpy past 16) and integers of every size land as they are.
    @Test func piecesOfEveryLengthAndIntegersAreWrittenAsTheyAre() {
        var rng = SplitMix64(seed: 16)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789é—".utf8)
        for chunk in [1, 5, 17, 1 << 16] {
            var bytes: [UInt8] = []
            let w = ExportWriter(chunkBytes: chunk) { bytes.append(contentsOf: $0) }
            var want: [UInt8] = []
            for length in 0...40 {
                let piece = (0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
                piece.withUnsafeBufferPointer { w.write(bytes: $0) }
                want += piece
                let v = [Int.min, Int.max, 0, -1, 9, 10, -10, 99, 100, 1_000_000][length % 10] &+ (length > 20 ? Int(truncatingIfNeeded: rng.next()) : 0)
                w.write(int: v)
                want += Array(String(v).utf8)
            }
            w.flush()
            #expect(bytes == want, "chunks of \(chunk)")
        }
    }

    /// Literal pieces, indents and strings land in order, whole, however the chunks fall.
    @Test func literalsSpacesAndStringsAreWrittenInOrderAcrossChunks() {
        for chunk in [1, 2, 3, 7, 64, 1 << 16] {
            var bytes: [UInt8] = []
            let w = ExportWriter(chunkBytes: chunk) { bytes.append(contentsOf: $0) }
            w.write(literal: "{\n")
            w.writeSpaces(6)
            w.write(literal: "\"")
            w.write("Ruang Rapat Ruhui Rahayu — Lantai 2")
            w.write(literal: "\": ")
            w.writeSpaces(0)
            w.write(literal: "null")
            w.writeSpaces(200)
            w.write(literal: "é")
            w.flush()
            let want = "{\n      \"Ruang Rapat Ruhui Rahayu — Lantai 2\": null" + String(repeating: " ", count: 200) + "é"
            #expect(String(decoding: bytes, as: UTF8.self) == want, "chunks of \(chunk)")
        }
    }

    @Test(arguments: samplePaths())
    func draftedWhileReadingInChunksIsTheSameDocument(_ path: String) throws {
        let kept = try LogReader.read(path: path)
        for lang in Language.allCases {
            for format in ExportFormat.allCases {
                var draft = ProceedingsDraft()
                let hook: ((inout SessionState, Event) -> String?)? = format.isNotulen ? { draft.take($1, state: &$0) } : nil
                let streamed = try LogReader.read(path: path, keepEvents: false, apply: hook)
                #expect(streamed.events.isEmpty)
                #expect(streamed.state == kept.state, "the fold through the draft must leave the reader's state as it was")
                #expect(streamed.issues == kept.issues)
                let proceedings = format.isNotulen ? draft.finish(streamed, lang: lang) : nil
                var chunks = 0
                var bytes: [UInt8] = []
                // Tiny chunks, so every renderer is cut mid-line and mid-character many times over.
                let writer = ExportWriter(chunkBytes: 7) { bytes.append(contentsOf: $0); chunks += 1 }
                export(streamed, format: format, lang: lang, proceedings: proceedings, to: writer)
                let text = String(decoding: bytes, as: UTF8.self)
                let whole = export(kept, format: format, lang: lang)
                #expect(text == whole, "\(path) \(format) \(lang)")
                #expect(chunks > 10)
            }
        }
    }

    @Test(arguments: samplePaths())
    func draftedProceedingsEqualTheEventsOnes(_ path: String) throws {
        let kept = try LogReader.read(path: path)
        var draft = ProceedingsDraft()
        let streamed = try LogReader.read(path: path, keepEvents: false, apply: { draft.take($1, state: &$0) })
        #expect(draft.finish(streamed, lang: .id) == Proceedings(kept, lang: .id))
    }

    /// The index gives `exportItem`'s answer at every time that matters, items overlapping,
    /// reordered, open-ended, ended before they started, never started.
    @Test func itemIndexAnswersAsTheScan() {
        var rng = SplitMix(seed: 15)
        for _ in 0..<40 {
            var state = SessionState(header: SessionHeader(sessionId: "x", title: "x", startedAtMs: 0, tz: "Asia/Jakarta"))
            var items: [AgendaItem] = []
            for k in 0..<Int(rng.next() % 30) {
                var clock: TurnClock? = nil
                if rng.next() % 5 != 0 {
                    var c = TurnClock(startedAt: Int(rng.next() % 100) * 10, suspended: false)
                    switch rng.next() % 4 {
                    case 0: c.endedT = nil
                    case 1: c.endedT = c.startedT - Int(rng.next() % 30)
                    default: c.endedT = c.startedT + Int(rng.next() % 300)
                    }
                    clock = c
                }
                items.append(AgendaItem(id: "a\(k)", title: "t", kind: .other, plannedS: 60, clock: clock))
            }
            state.items = IdentifiedList(items)
            let index = ExportItemIndex(state)
            for t in -20...1_400 {
                for booked in [nil, "b"] as [String?] {
                    #expect(index.item(at: t, booked: booked) == state.exportItem(at: t, booked: booked), "t \(t)")
                }
            }
        }
    }

    @Test func safeFileStreamReplacesWholeOrLeavesTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rakor-sfs-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("notulen.md").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))

        let abandoned = try SafeFileStream.open(target)
        Array("half of a document".utf8).withUnsafeBytes { abandoned.write($0) }
        abandoned.abandon()
        #expect(String(decoding: FileManager.default.contents(atPath: target) ?? Data(), as: UTF8.self) == "old")

        let s = try SafeFileStream.open(target)
        for piece in ["# NOTULEN", "\n", "RAPAT\n"] { Array(piece.utf8).withUnsafeBytes { s.write($0) } }
        try s.commit()
        #expect(String(decoding: FileManager.default.contents(atPath: target) ?? Data(), as: UTF8.self) == "# NOTULEN\nRAPAT\n")
        // No temporary is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["notulen.md"])

        let link = dir.appendingPathComponent("link.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(throws: SafeFileError.self) { try SafeFileStream.open(link) }
        #expect(throws: SafeFileError.self) { try SafeFileStream.open(dir.appendingPathComponent("no/such/dir.md").path) }
    }
}

/// A small seeded generator, so the random shapes repeat.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
