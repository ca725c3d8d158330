import Foundation
import Testing
@testable import RakorCore

/// A log of 10 events: line 1 the header, lines 2–11 events seq 1–10 (line = seq + 1).
enum DamageFixture {
    static let header = TestHeader.make()
    static let events = Array(EventSamples.meetingEvents().prefix(10))

    /// The header line and the event lines, each with its newline.
    static func lines() -> [[UInt8]] {
        [Array(LogLine.header(header).utf8)] + events.map { Array(LogLine.encode($0).utf8) }
    }

    static func read(_ lines: [[UInt8]], sourceLocation: SourceLocation = #_sourceLocation) -> LogReading? {
        read(lines.flatMap { $0 }, sourceLocation: sourceLocation)
    }

    static func read(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> LogReading? {
        do {
            return try LogReader.read(bytes: bytes, path: "rakor.jsonl")
        } catch {
            Issue.record("the log could not be read: \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// The error reading `bytes` gives, or nil when it reads.
    static func unreadable(_ bytes: [UInt8]) -> LogUnreadable? {
        do {
            _ = try LogReader.read(bytes: bytes, path: "rakor.jsonl")
            return nil
        } catch {
            return error
        }
    }

    /// The state a reader must reach from these events.
    static func fold(_ events: [Event]) -> SessionState {
        var s = SessionState(header: header)
        for e in events { s.apply(e) }
        return s
    }

    /// An event line written by hand: `body` is the line up to its crc suffix.
    static func line(body: String, crc: Bool = true) -> [UInt8] {
        var b = Array(body.utf8)
        if crc { b += Array(",\"crc\":\"\(CRC32.hex(CRC32.checksum(Array(body.utf8))))\"}".utf8) } else { b += [UInt8(ascii: "}")] }
        return b + [0x0A]
    }

    static func lineWithoutCRC(_ e: Event) -> [UInt8] {
        var s = LogLine.encode(e)
        s.removeLast(19)      // ,"crc":"xxxxxxxx"}\n
        return Array((s + "}\n").utf8)
    }
}

@Suite struct LogReaderDamageTests {
    typealias F = DamageFixture

    @Test func aSoundLog() throws {
        let r = try #require(F.read(F.lines()))
        #expect(r.issues.isEmpty)
        #expect(r.events == F.events)
        #expect(r.state == F.fold(F.events))
        #expect(!r.endsClean)
        #expect(VerifyReport.text(r, path: "rakor.jsonl").hasSuffix("sound\n"))
    }

    // MARK: the torn tail

    @Test func aTornTailWithoutItsNewline() throws {
        var lines = F.lines()
        let last = lines.removeLast()
        let good = lines.flatMap { $0 }
        for cut in [1, 20, last.count - 1] {
            let r = try #require(F.read(good + last.prefix(cut)))
            #expect(r.tornTail == TornTail(line: 11, goodLength: good.count, tornBytes: cut, reason: "the last line has no final newline"))
            #expect(r.issues == [LogIssue(line: 11, severity: .problem, message: "torn tail: the last line has no final newline")])
            #expect(r.events == Array(F.events.prefix(9)))
            #expect(r.damagedLines.isEmpty)
            #expect(r.state == F.fold(Array(F.events.prefix(9))))
        }
    }

    /// A complete last line that only lacks its newline is torn too: the spec says so.
    @Test func aMissingFinalNewline() throws {
        let bytes = Array(F.lines().flatMap { $0 }.dropLast())
        let r = try #require(F.read(bytes))
        #expect(r.tornTail?.line == 11)
        #expect(r.tornTail?.tornBytes == F.lines()[10].count - 1)
        #expect(r.events.count == 9)
    }

    @Test func aTornTailThatIsNotJSON() throws {
        var lines = F.lines()
        lines[10] = Array("{\"seq\":10,\"t\":60000,\"type\":\"agenda.it\n".utf8)
        let r = try #require(F.read(lines))
        #expect(r.tornTail?.line == 11)
        #expect(r.tornTail?.goodLength == lines.prefix(10).joined().count)
        #expect(r.tornTail?.tornBytes == lines[10].count)
        #expect(r.issues.count == 1)
        #expect(r.issues.first?.message.hasPrefix("torn tail: not JSON") == true, "\(r.issues)")
        #expect(r.damagedLines.isEmpty)
        #expect(r.events.count == 9)
    }

    @Test func aTornTailThatFailsItsChecksum() throws {
        var lines = F.lines()
        let i = try #require(lines[10].firstIndex(of: UInt8(ascii: "a")))   // inside "agenda.item_started"
        lines[10][i] = UInt8(ascii: "b")
        let r = try #require(F.read(lines))
        #expect(r.tornTail?.line == 11)
        #expect(r.issues.count == 1)
        #expect(r.issues.first?.message.contains("checksum mismatch") == true, "\(r.issues)")
        #expect(r.events.count == 9)
    }

    @Test func aTailOfNULs() throws {
        // What a power cut can leave: the file grew, the bytes never came.
        let bytes = F.lines().flatMap { $0 } + [UInt8](repeating: 0, count: 4096)
        let r = try #require(F.read(bytes))
        #expect(r.tornTail?.line == 12)
        #expect(r.tornTail?.tornBytes == 4096)
        #expect(r.events == F.events)
    }

    // MARK: damage in the middle

    @Test func aChecksumMismatchInTheMiddleIsSkippedAndLaterLinesKept() throws {
        var lines = F.lines()
        // Line 3: participants.updated; change "45" to "46" so it is still JSON.
        let s = String(decoding: lines[2], as: UTF8.self).replacingOccurrences(of: "\"onsite\":45", with: "\"onsite\":46")
        lines[2] = Array(s.utf8)
        let r = try #require(F.read(lines))
        #expect(r.damagedLines == [3])
        #expect(r.tornTail == nil)
        // The skipped line held seq 2: the jump to 3 is that damage, not a missing event.
        #expect(r.issues.map(\.line) == [3])
        #expect(r.issues[0].message.hasPrefix("checksum mismatch (line says "))
        let kept = F.events.filter { $0.seq != 2 }
        #expect(r.events == kept)
        #expect(r.eventLines == [2] + Array(4...11))
        #expect(r.state == F.fold(kept))
        #expect(r.state.attendance == Attendance())
        let report = VerifyReport.text(r, path: "rakor.jsonl")
        #expect(report.contains("rakor.jsonl:3: checksum mismatch"))
        #expect(report.hasSuffix("1 problem\n"))
    }

    @Test func aLineOfNULsInTheMiddle() throws {
        var lines = F.lines()
        lines[4] = [UInt8](repeating: 0, count: 100) + [0x0A]
        let r = try #require(F.read(lines))
        #expect(r.damagedLines == [5])
        #expect(r.issues.first == LogIssue(line: 5, severity: .problem, message: "the line holds NUL bytes"))
        #expect(r.events.count == 9)
        // A NUL inside an otherwise good line is damage too.
        lines = F.lines()
        lines[2].insert(0, at: 10)
        let r2 = try #require(F.read(lines))
        #expect(r2.damagedLines == [3])
    }

    @Test func invalidUTF8() throws {
        var lines = F.lines()
        // Line 3 holds "Zoom": make it "Zo\xFFm".
        let i = try #require(lines[2].firstIndex(of: UInt8(ascii: "Z")))
        lines[2][i + 2] = 0xFF
        let r = try #require(F.read(lines))
        #expect(r.damagedLines == [3])
        #expect(r.issues.first?.message.contains("invalid UTF-8") == true, "\(r.issues)")
        #expect(r.events.count == 9)
        // Overlong and surrogate encodings are invalid too.
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80]] {
            var l = F.lines()
            l[2].replaceSubrange((i + 2)...(i + 2), with: bad)
            #expect(F.read(l)?.damagedLines == [3], "\(bad)")
        }
    }

    @Test func aTenMegabyteLineReads() throws {
        let text = String(repeating: "Notulen panjang. ", count: 10_000_000 / 17 + 1)
        let body = #"{"seq":11,"t":70000,"type":"note.added","data":{"id":"n1","kind":"note","text":""# + text + "\"}"
        let lines = F.lines() + [F.line(body: body)] + [Array(LogLine.encode(Event(seq: 12, t: 80_000, kind: .noteDeleted(id: "n1"))).utf8)]
        #expect(lines[11].count > 10_000_000)
        let r = try #require(F.read(lines))
        #expect(r.issues.isEmpty, "\(r.issues)")
        #expect(r.events.count == 12)
        #expect(r.state.entries[id: "n1"]?.text.utf8.count == text.utf8.count)
        #expect(r.state.entries[id: "n1"]?.deleted == true)
    }

    @Test func aTenMegabyteBrokenLineInTheMiddle() throws {
        var lines = F.lines()
        lines.insert(Array(#"{"seq":3,"t":0,"type":"marker","data":{"label":""#.utf8) + [UInt8](repeating: 0x61, count: 10_000_000) + [0x0A],
                     at: 3)
        let r = try #require(F.read(lines))
        #expect(r.damagedLines == [4])
        #expect(r.issues.first?.message.contains("unterminated string") == true, "\(r.issues)")
        #expect(r.events == F.events)
    }

    @Test func aSeqGapIsReportedAndTheEventKept() throws {
        var lines = F.lines()
        lines.remove(at: 2)                                // seq 2 is gone
        let r = try #require(F.read(lines))
        #expect(r.issues == [LogIssue(line: 3, severity: .problem, message: "seq jumps from 1 to 3: 1 event(s) missing")])
        #expect(r.events.map(\.seq) == [1, 3, 4, 5, 6, 7, 8, 9, 10])
        #expect(r.damagedLines.isEmpty)
    }

    @Test func aRepeatedSeqIsSkipped() throws {
        var lines = F.lines()
        lines.insert(lines[3], at: 4)                      // seq 3 twice: lines 4 and 5
        let r = try #require(F.read(lines))
        #expect(r.damagedLines == [5])
        #expect(r.issues == [LogIssue(line: 5, severity: .problem, message: "seq 3 repeats the line before")])
        #expect(r.events == F.events)
        #expect(r.state == F.fold(F.events))
        // Going back further is reported as such.
        lines = F.lines()
        lines.insert(lines[2], at: 6)
        let r2 = try #require(F.read(lines))
        #expect(r2.issues == [LogIssue(line: 7, severity: .problem, message: "seq 2 goes back (after 5)")])
    }

    @Test func timeGoingBackwardIsSkipped() throws {
        var lines = F.lines()
        // seq 11 at t 1000, after seq 10 at t 60000, then seq 12 in order.
        lines.append(Array(LogLine.encode(Event(seq: 11, t: 1_000, kind: .marker(label: "mundur"))).utf8))
        lines.append(Array(LogLine.encode(Event(seq: 12, t: 61_000, kind: .marker(label: "maju"))).utf8))
        let r = try #require(F.read(lines))
        #expect(r.damagedLines == [12])
        // seq 12 follows the skipped seq 11, which is in the file: nothing is missing.
        #expect(r.issues.map(\.line) == [12])
        #expect(r.issues[0].message == "time goes backward: t 1000 after 60000")
        #expect(r.state.markers.map(\.label) == ["maju"])
    }

    /// Only a crash tears a line, and it leaves the line short, unparsable or failing its
    /// checksum. A whole, checksummed last line that breaks the seq/t rules is not torn, and
    /// "nothing else is ever cut" (spec); LogReader calls it a torn tail, so resume cuts it.
    @Test(arguments: ["repeated seq", "time backward"])
    func aWholeLastLineBreakingTheSeqRulesIsNotCut(_ what: String) throws {
        var lines = F.lines()
        if what == "repeated seq" {
            lines.append(lines[10])
        } else {
            lines.append(Array(LogLine.encode(Event(seq: 11, t: 0, kind: .marker(label: "jam mundur"))).utf8))
        }
        let r = try #require(F.read(lines))
        #expect(r.tornTail == nil, "a whole, checksummed line is taken for a torn tail: \(String(describing: r.tornTail))")
        #expect(r.problems.map(\.line) == [12])

        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("rakor.jsonl")
        let bytes = lines.flatMap { $0 }
        writeBytes(bytes, to: path)
        if let resumed = try? SessionLog.resume(path: path, nowMs: TestHeader.startedAtMs + 600_000) { resumed.log.close() }
        let kept = readBytes(path).starts(with: bytes)
        #expect(kept, "resume cut line 12")
    }

    @Test func linesWithoutCrcAreAcceptedAsUnverified() throws {
        var lines = F.lines()
        lines[3] = F.lineWithoutCRC(F.events[2])
        lines[6] = F.lineWithoutCRC(F.events[5])
        let r = try #require(F.read(lines))
        #expect(r.problems.isEmpty)
        #expect(r.notes == [LogIssue(line: 4, severity: .note, message: "2 line(s) have no checksum: accepted as unverified")])
        #expect(r.events == F.events)
    }

    @Test func crlfLineEndingsRead() throws {
        // A log that went through an editor that writes CRLF.
        let bytes: [UInt8] = F.lines().flatMap { Array($0.dropLast()) + [0x0D, 0x0A] }
        let r = try #require(F.read(bytes))
        #expect(r.issues.isEmpty, "\(r.issues)")
        #expect(r.events == F.events)
    }

    @Test func anEventThatCannotApplyIsAProblemButKept() throws {
        var lines = F.lines()
        lines.append(Array(LogLine.encode(Event(seq: 11, t: 61_000, kind: .speakerStarted(id: "s9"))).utf8))
        let r = try #require(F.read(lines))
        #expect(r.issues == [LogIssue(line: 12, severity: .problem, message: "speaker.started: no speaker s9")])
        #expect(r.events.count == 11)
        #expect(r.damagedLines.isEmpty)
        #expect(r.state.floor == nil)
    }

    @Test func aLineOfTheWrongShape() throws {
        let cases: [(String, String)] = [
            (#"[1,2,3]"#, "the line is not a JSON object"),
            (#"{"seq":"11","t":0,"type":"marker","data":{"label":"x"}}"#, "seq is missing or not a whole number"),
            (#"{"seq":11,"t":0.5,"type":"marker","data":{"label":"x"}}"#, "t is missing or not a whole number"),
            (#"{"seq":11,"t":0,"data":{"label":"x"}}"#, "type is missing or not a string"),
            (#"{"seq":11,"t":0,"type":"marker","by":7,"data":{"label":"x"}}"#, "by is not a string"),
            (#"{"seq":11,"t":0,"type":"marker"}"#, "data is missing"),
            (#"{"seq":11,"t":0,"type":"marker","data":[]}"#, "marker: data should be an object, found an array"),
            (#"{"seq":11,"t":0,"type":"marker","data":{}}"#, "marker: data.label is missing"),
            (#"{"seq":11,"t":0,"type":"speaker.queued","data":{"id":"s1","name":"X","allotted_s":"300"}}"#,
             "speaker.queued: data.allotted_s should be a whole number, found a string"),
            (#"{"seq":11,"t":0,"type":"session.suspended","data":{"reason":"tidur"}}"#,
             "session.suspended: data.reason has unknown value \"tidur\""),
        ]
        for (text, message) in cases {
            var lines = F.lines()
            lines.insert(Array((text + "\n").utf8), at: 3)
            let r = try #require(F.read(lines))
            #expect(r.damagedLines == [4], "\(text)")
            #expect(r.issues.first == LogIssue(line: 4, severity: .problem, message: message), "\(text)")
            #expect(r.events == F.events)
        }
    }

    // MARK: not a log at all

    @Test func anEmptyFile() {
        #expect(F.unreadable([])?.message == "the file is empty: it has no header line")
    }

    @Test func aMissingHeader() throws {
        let lines = Array(F.lines().dropFirst())
        let e = try #require(F.unreadable(lines.flatMap { $0 }))
        #expect(e.message == "line 1: line 1 is not a rakor session header (format should be \"rakor-session\")")
        #expect(e.description.hasPrefix("rakor.jsonl: "))
    }

    @Test func aWrongHeader() throws {
        var lines = F.lines()
        lines[0] = Array(String(decoding: lines[0], as: UTF8.self)
            .replacingOccurrences(of: "\"rakor-session\"", with: "\"asciicast\"").utf8)
        #expect(F.unreadable(lines.flatMap { $0 })?.message.contains("not a rakor session header") == true)
        // A header missing a required field names it.
        lines[0] = Array(#"{"format":"rakor-session","version":1,"title":"x","started_at":"2020-10-15T01:00:00Z","tz":"Asia/Makassar"}"#.utf8)
            + [0x0A]
        #expect(F.unreadable(lines.flatMap { $0 })?.message == "line 1: header field session_id is missing")
        lines[0] = Array(#"{"format":"rakor-session","version":1,"session_id":"x","title":"x","started_at":"kemarin","tz":"Asia/Makassar"}"#.utf8)
            + [0x0A]
        #expect(F.unreadable(lines.flatMap { $0 })?.message == "line 1: started_at \"kemarin\" is not an RFC 3339 UTC time")
    }

    @Test func aByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + F.lines().flatMap { $0 }
        #expect(F.unreadable(bytes)?.message == "line 1 starts with a byte-order mark; a session log has none")
    }

    @Test func aFileThatIsNotALog() throws {
        // The first bytes of a PNG image, then some of its chunk data.
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
                            0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5C, 0x72, 0xA8]
        let e = try #require(F.unreadable(png))
        #expect(e.message.hasPrefix("line 1 is not a session log header: not JSON"))
        // Plain text and a JSON value that is not an object.
        #expect(F.unreadable(Array("Notulen rapat\n".utf8))?.message.hasPrefix("line 1 is not a session log header") == true)
        #expect(F.unreadable(Array("[1,2]\n".utf8))?.message == "line 1: the header is not a JSON object")
    }

    @Test func aFutureVersionIsReadWithANote() throws {
        var lines = F.lines()
        lines[0] = Array(String(decoding: lines[0], as: UTF8.self).replacingOccurrences(of: "\"version\":1", with: "\"version\":2").utf8)
        let r = try #require(F.read(lines))
        #expect(r.unknownVersion)
        #expect(r.issues.count == 1)
        #expect(r.issues.first?.line == 1)
        #expect(r.issues.first?.severity == .note)
        #expect(r.issues.first?.message.contains("version 2") == true)
        #expect(r.events == F.events)
    }

    @Test func aTornHeader() throws {
        let header = F.lines()[0]
        let r = try #require(F.read(Array(header.dropLast())))
        #expect(r.issues == [LogIssue(line: 1, severity: .problem, message: "the header line has no final newline (torn)")])
        #expect(r.events.isEmpty)
        // Torn inside the JSON, it is not a header.
        #expect(F.unreadable(Array(header.prefix(40))) != nil)
    }
}

// MARK: - Resume

@Suite struct ResumeTests {
    typealias F = DamageFixture
    static let tenMinutes = TestHeader.startedAtMs + 600_000

    static func backups(in dir: TempDir) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.contains(".broken-") }.sorted()
    }

    @Test func aTornTailIsCopiedAsideCutAndRecovered() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("rakor.jsonl")
        var lines = F.lines()
        let torn = Array(lines.removeLast().prefix(23))
        let good = lines.flatMap { $0 }
        writeBytes(good + torn, to: path)

        let resumed = try SessionLog.resume(path: path, nowMs: Self.tenMinutes, by: "moderator")
        defer { resumed.log.close() }
        // Copied aside first, whole.
        #expect(resumed.backupPath == path + ".broken-2020-10-15T011000Z")
        #expect(readBytes(path + ".broken-2020-10-15T011000Z") == good + torn)
        // Only the torn bytes are cut; then one event is appended.
        let recovered = Event(seq: 10, t: 600_000, by: "moderator",
                              kind: .sessionRecovered(afterSeq: 9, gapMs: 600_000 - 0, tornBytes: 23))
        #expect(readBytes(path) == good + Array(LogLine.encode(recovered).utf8))
        #expect(resumed.events == Array(F.events.prefix(9)) + [recovered])
        #expect(resumed.reading.tornTail?.tornBytes == 23)
        var expected = F.fold(Array(F.events.prefix(9)))
        expected.apply(recovered)
        #expect(resumed.state == expected)
        #expect(resumed.state.recoveries.count == 1)

        // The meeting goes on in the same file, which now reads clean.
        let next = try decide(.rundown(.startItem()), resumed.state, now: 660_000).get()
        #expect(resumed.log.append(next) == .ok)
        let r = try LogReader.read(path: path)
        #expect(r.issues.isEmpty, "\(r.issues)")
        #expect(r.events == resumed.events + next)
    }

    @Test func anInterruptedLogWithoutDamageGetsARecoveredEvent() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("rakor.jsonl")
        let original = F.lines().flatMap { $0 }
        writeBytes(original, to: path)
        let resumed = try SessionLog.resume(path: path, nowMs: Self.tenMinutes)
        resumed.log.close()
        #expect(resumed.backupPath == nil)
        #expect(Self.backups(in: dir).isEmpty)
        let recovered = Event(seq: 11, t: 600_000, kind: .sessionRecovered(afterSeq: 10, gapMs: 540_000, tornBytes: 0))
        #expect(readBytes(path) == original + Array(LogLine.encode(recovered).utf8))
    }

    @Test func aClockBehindTheLogGivesNoNegativeGap() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("rakor.jsonl")
        writeBytes(F.lines().flatMap { $0 }, to: path)
        let resumed = try SessionLog.resume(path: path, nowMs: TestHeader.startedAtMs)
        resumed.log.close()
        #expect(resumed.events.last == Event(seq: 11, t: 60_000, kind: .sessionRecovered(afterSeq: 10, gapMs: 0, tornBytes: 0)))
    }

    @Test func aClosedLogResumesWithSessionReopened() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("rakor.jsonl")
        let events = EventSamples.meetingEvents()
        writeBytes(logBytes(events), to: path)
        let resumed = try SessionLog.resume(path: path, nowMs: TestHeader.startedAtMs + 7_200_000)
        resumed.log.close()
        let reopened = Event(seq: events.count + 1, t: 7_200_000, kind: .sessionReopened)
        #expect(resumed.events.last == reopened)
        #expect(resumed.state.phase == .berlangsung)
        #expect(!resumed.state.isClosed)
        #expect(readBytes(path) == logBytes(events + [reopened]))
    }

    @Test func aLogDamagedInTheMiddleIsRefusedWithItsLineNumber() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("rakor.jsonl")
        var lines = F.lines()
        lines[4][lines[4].count - 4] ^= 0x01               // a crc digit of line 5
        let bytes = lines.flatMap { $0 }
        writeBytes(bytes, to: path)
        do {
            let r = try SessionLog.resume(path: path, nowMs: Self.tenMinutes)
            r.log.close()
            Issue.record("a log damaged at line 5 was resumed")
        } catch {
            guard case .damaged(let p, let line, let reason) = error else {
                Issue.record("wrong error: \(error)")
                return
            }
            #expect(p == path)
            #expect(line == 5)
            #expect(reason.contains("checksum"))
            #expect(error.description.contains("rakor.jsonl:5: the log is damaged in the middle"))
        }
        #expect(readBytes(path) == bytes, "a refused resume changes nothing")
        #expect(Self.backups(in: dir).isEmpty)
    }

    /// A seq gap means events are missing: continuing live would go on from a state with a hole
    /// in it, which the spec says resume refuses ("breaks the seq/t rules").
    @Test func aLogWithASeqGapIsRefused() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("rakor.jsonl")
        var lines = F.lines()
        lines.remove(at: 2)
        writeBytes(lines.flatMap { $0 }, to: path)
        do {
            let r = try SessionLog.resume(path: path, nowMs: Self.tenMinutes)
            r.log.close()
            Issue.record("a log with seq 2 missing (line 3 jumps from 1 to 3) was resumed and appended to")
        } catch {
            guard case .damaged(_, let line, _) = error else {
                Issue.record("wrong error: \(error)")
                return
            }
            #expect(line == 3)
        }
    }

    @Test func aFutureVersionIsNotAppendedTo() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("rakor.jsonl")
        var lines = F.lines()
        lines[0] = Array(String(decoding: lines[0], as: UTF8.self).replacingOccurrences(of: "\"version\":1", with: "\"version\":2").utf8)
        let bytes = lines.flatMap { $0 }
        writeBytes(bytes, to: path)
        #expect(throws: LogOpenError.unknownVersion(path, 2)) {
            try SessionLog.resume(path: path, nowMs: Self.tenMinutes)
        }
        #expect(readBytes(path) == bytes)
    }

    @Test func unreadableLogsAreNotResumed() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let empty = dir.file("kosong.jsonl")
        writeBytes([], to: empty)
        #expect(throws: LogOpenError.noHeader(empty, reason: "the file is empty: it has no header line")) {
            try SessionLog.resume(path: empty, nowMs: Self.tenMinutes)
        }
        let missing = dir.file("tidak-ada.jsonl")
        #expect(throws: LogOpenError.cannotOpen(missing, "no such file")) {
            try SessionLog.resume(path: missing, nowMs: Self.tenMinutes)
        }
        let tornHeader = dir.file("header.jsonl")
        writeBytes(Array(F.lines()[0].dropLast()), to: tornHeader)
        let tornBytes = F.lines()[0].count - 1
        #expect(throws: LogOpenError.noHeader(tornHeader, reason: "the file holds only \(tornBytes) byte(s) of a header line, cut before its end")) {
            try SessionLog.resume(path: tornHeader, nowMs: Self.tenMinutes)
        }
    }

    @Test func aSecondWriterOnALockedLogIsRefused() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("rakor.jsonl")
        let first = try SessionLog.create(path: path, header: F.header)
        #expect(first.append(F.events) == .ok)
        let before = readBytes(path)
        do {
            let second = try SessionLog.resume(path: path, nowMs: Self.tenMinutes)
            second.log.close()
            Issue.record("a second writer opened a locked log")
        } catch {
            guard case .locked(let p, let pid) = error else {
                Issue.record("wrong error: \(error)")
                return
            }
            #expect(p == path)
            if let pid { #expect(pid == Int(getpid())) }
            #expect(error.description.contains("another rakor is writing this log"))
        }
        #expect(throws: LogOpenError.self) { try FileLogSink(path: path, create: false) }
        #expect(readBytes(path) == before)
        #expect(Self.backups(in: dir).isEmpty)
        // Once the first lets go, the log can be resumed.
        first.close()
        let resumed = try SessionLog.resume(path: path, nowMs: Self.tenMinutes)
        resumed.log.close()
        #expect(resumed.events.count == 11)
    }
}

// MARK: - A failing disk

/// A sink that fails on demand, holding the "file" in memory with O_APPEND semantics.
final class FakeSink: LogSink {
    enum WriteFailure { case noSpace, partial(Int) }
    var file: [UInt8]
    var writeFailure: WriteFailure?
    var syncFails = false
    var truncateFails = false
    var writes = 0
    var closed = false

    init(file: [UInt8]) { self.file = file }

    func write(_ bytes: [UInt8]) throws(LogWriteError) -> Int {
        writes += 1
        switch writeFailure {
        case .noSpace?:
            throw LogWriteError(path: "fake.jsonl", operation: "write", errno: ENOSPC)
        case .partial(let n)?:
            file += bytes.prefix(n)
            return min(n, bytes.count)
        case nil:
            file += bytes
            return bytes.count
        }
    }

    func sync() throws(LogWriteError) {
        if syncFails { throw LogWriteError(path: "fake.jsonl", operation: "fdatasync", errno: EIO) }
    }

    func truncate(to length: Int) throws(LogWriteError) {
        if truncateFails { throw LogWriteError(path: "fake.jsonl", operation: "truncate", errno: EIO) }
        if length < file.count { file.removeLast(file.count - length) }
    }

    func close() { closed = true }
}

@Suite struct FailingSinkTests {
    typealias F = DamageFixture

    static func log() -> (SessionLog, FakeSink) {
        let header = Array(LogLine.header(F.header).utf8)
        let sink = FakeSink(file: header)
        return (SessionLog(path: "fake.jsonl", sink: sink, length: header.count), sink)
    }

    static func lines(_ events: ArraySlice<Event>) -> [UInt8] { events.flatMap { Array(LogLine.encode($0).utf8) } }

    /// The sink's file read back: exactly these events, nothing else.
    static func expectFile(_ sink: FakeSink, holds events: [Event], sourceLocation: SourceLocation = #_sourceLocation) {
        // Compared as text, so a failure shows the lines.
        #expect(String(decoding: sink.file, as: UTF8.self) == String(decoding: logBytes(header: F.header, events), as: UTF8.self),
                sourceLocation: sourceLocation)
        if let r = F.read(sink.file, sourceLocation: sourceLocation) {
            #expect(r.events == events, sourceLocation: sourceLocation)
            #expect(r.problems.isEmpty, "\(r.problems)", sourceLocation: sourceLocation)
        }
    }

    @Test func diskFullKeepsEventsPendingAndRetryWritesThemOnce() {
        let (log, sink) = Self.log()
        let e = F.events
        #expect(log.append([e[0]]) == .ok)
        sink.writeFailure = .noSpace
        let error = LogWriteError(path: "fake.jsonl", operation: "write", errno: ENOSPC)
        #expect(log.append([e[1], e[2]]) == .failing(error, pendingEvents: 2))
        #expect(log.health == .failing(error, pendingEvents: 2))
        #expect(log.append([e[3]]) == .failing(error, pendingEvents: 3))
        #expect(log.unwrittenEvents == 3)
        #expect(log.retry() == .failing(error, pendingEvents: 3))
        Self.expectFile(sink, holds: [e[0]])
        sink.writeFailure = nil
        #expect(log.retry() == .ok)
        #expect(log.unwrittenEvents == 0)
        Self.expectFile(sink, holds: Array(e[0...3]))
        // Nothing waits: a retry writes nothing more.
        let writes = sink.writes
        #expect(log.retry() == .ok)
        #expect(sink.writes == writes)
        #expect(log.append([e[4]]) == .ok)
        Self.expectFile(sink, holds: Array(e[0...4]))
    }

    @Test func aPartialWriteIsCutBackSoNoHalfLineStays() {
        let (log, sink) = Self.log()
        let e = F.events
        #expect(log.append([e[0]]) == .ok)
        sink.writeFailure = .partial(25)
        let pendingBytes = Self.lines(e[1...2]).count
        #expect(log.append([e[1], e[2]]) == .failing(LogWriteError(path: "fake.jsonl",
                                                                    operation: "write (only 25 of \(pendingBytes) bytes)",
                                                                    errno: ENOSPC), pendingEvents: 2))
        Self.expectFile(sink, holds: [e[0]])
        sink.writeFailure = nil
        #expect(log.retry() == .ok)
        Self.expectFile(sink, holds: Array(e[0...2]))
    }

    @Test func aFailedSyncIsCutBackAndWrittenAgainOnce() {
        let (log, sink) = Self.log()
        let e = F.events
        sink.syncFails = true
        #expect(log.append([e[0], e[1]]) == .failing(LogWriteError(path: "fake.jsonl", operation: "fdatasync", errno: EIO),
                                                     pendingEvents: 2))
        Self.expectFile(sink, holds: [])
        sink.syncFails = false
        #expect(log.retry() == .ok)
        Self.expectFile(sink, holds: [e[0], e[1]])
    }

    /// When the cut-back after a partial write fails too (the disk is failing), the half line
    /// stays at the end of the file and SessionLog.flush appends the retry after it, then reports
    /// `.ok`: the half line and the retried one merge into one bad last line, which a reader
    /// takes for a torn tail and resume cuts, losing an event that was reported durable.
    /// It should cut back (or refuse to write) before writing again.
    @Test func aFailedCutBackLeavesNoHalfLineAfterTheRetry() {
        let (log, sink) = Self.log()
        let e = F.events
        #expect(log.append([e[0]]) == .ok)
        sink.writeFailure = .partial(25)
        sink.truncateFails = true
        #expect(!log.append([e[1]]).isOK)
        sink.writeFailure = nil
        sink.truncateFails = false
        _ = log.retry()
        #expect(log.health == .ok)
        Self.expectFile(sink, holds: [e[0], e[1]])
    }

    @Test func aRealFullDevice() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let sink = try FileLogSink(path: "/dev/full", create: false)
        let log = SessionLog(path: "/dev/full", sink: sink, length: 0)
        defer { log.close() }
        guard case .failing(let error, let pending) = log.append([F.events[0]]) else {
            Issue.record("writing to /dev/full succeeded")
            return
        }
        #expect(error.errno == ENOSPC)
        #expect(error.description.contains("/dev/full: write"))
        #expect(pending == 1)
    }

    @Test func relocateWritesEverythingToANewFile() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let (log, sink) = Self.log()
        let e = F.events
        #expect(log.append(Array(e[0...4])) == .ok)
        sink.writeFailure = .noSpace
        #expect(!log.append(Array(e[5...7])).isOK)
        let newPath = dir.file("pindah.jsonl")
        try log.relocate(to: newPath, header: F.header, events: Array(e[0...7]))
        #expect(log.path == newPath)
        #expect(log.health == .ok)
        #expect(log.unwrittenEvents == 0)
        #expect(sink.closed)
        #expect(log.append([e[8], e[9]]) == .ok)
        log.close()
        let r = try LogReader.read(path: newPath)
        #expect(r.header == F.header)
        #expect(r.events == e)
        #expect(r.issues.isEmpty)
        #expect(readBytes(newPath) == logBytes(e))
        // The old file kept only what it had.
        Self.expectFile(sink, holds: Array(e[0...4]))
    }

    @Test func relocatingOntoAnExistingFileIsRefusedAndKeepsThePending() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let (log, sink) = Self.log()
        sink.writeFailure = .noSpace
        #expect(!log.append([F.events[0]]).isOK)
        let taken = dir.file("ada.jsonl")
        writeBytes(Array("milik orang lain\n".utf8), to: taken)
        #expect(throws: LogOpenError.exists(taken)) {
            try log.relocate(to: taken, header: F.header, events: [F.events[0]])
        }
        #expect(readBytes(taken) == Array("milik orang lain\n".utf8))
        #expect(log.unwrittenEvents == 1)
        #expect(log.path == "fake.jsonl")
        sink.writeFailure = nil
        #expect(log.retry() == .ok)
        Self.expectFile(sink, holds: [F.events[0]])
    }
}
