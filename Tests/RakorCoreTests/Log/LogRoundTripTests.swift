import Foundation
import Testing
@testable import RakorCore

/// Events of every type, as a coherent meeting (so it also folds without a warning), and each
/// type's fields at their fullest and barest.
enum EventSamples {
    /// The spec's event types, as its tables list them.
    static let specTypes: Set<String> = [
        "session.updated", "participants.updated", "session.suspended", "session.resumed", "session.recovered",
        "session.closed", "session.reopened", "marker",
        "agenda.item_added", "agenda.item_updated", "agenda.item_moved", "agenda.item_removed", "agenda.item_started",
        "agenda.item_ended",
        "speaker.queued", "speaker.updated", "speaker.moved", "speaker.removed", "speaker.started", "speaker.paused",
        "speaker.resumed", "speaker.extended", "speaker.ended",
        "qa.round_opened", "question.queued", "question.started", "question.ended", "answer.started", "answer.ended",
        "qa.round_closed",
        "note.added", "note.edited", "note.deleted",
    ]

    /// A whole meeting that uses every event type, each where the rules allow it.
    static let meeting: [(t: Int, by: String?, kind: EventKind)] = [
        (0, "moderator", .sessionUpdated(SessionPatch(venue: "Hotel Mesra, Samarinda", mode: "hybrid", chair: "Sekda Prov. Kaltim",
                                                      notetaker: "Rina", organizer: "BKD Prov. Kaltim",
                                                      theme: "Penataan tenaga honorer", warningS: 120, dangerS: 30))),
        (0, "moderator", .participantsUpdated(onsite: 45, online: 120, note: "Zoom")),
        (0, nil, .itemAdded(id: "a1", title: "Pembukaan", kind: .opening, plannedS: 300, index: nil, plannedStart: "09:00")),
        (0, nil, .itemAdded(id: "a2", title: "Tanya jawab", kind: .qa, plannedS: 1800, index: 1, plannedStart: nil)),
        (0, nil, .itemUpdated(id: "a2", title: "Diskusi dan tanya jawab", kind: .qa, plannedS: 2400, plannedStart: "09:10")),
        (0, nil, .itemAdded(id: "a3", title: "Penutupan", kind: .closing, plannedS: 300, index: nil, plannedStart: nil)),
        (0, nil, .itemMoved(id: "a3", index: 2)),
        (0, nil, .itemAdded(id: "a4", title: "Hiburan", kind: .other, plannedS: 600, index: nil, plannedStart: nil)),
        (0, nil, .itemRemoved(id: "a4")),
        (60_000, "moderator", .itemStarted(id: "a1")),
        (61_000, "moderator", .speakerQueued(id: "s1", name: "Drs. H. Budi Santoso, M.Si.", role: "Kepala BKD", org: "Pemprov Kaltim",
                                             remote: false, allottedS: 300, item: "a1", index: nil, kind: .speaker)),
        (62_000, "moderator", .speakerQueued(id: "s2", name: "Ir. Siti", role: nil, org: nil, remote: true, allottedS: 60,
                                             item: nil, index: nil, kind: .interruption)),
        (63_000, nil, .speakerUpdated(id: "s1", name: "Dr. Budi Santoso", role: "Kepala BKD Prov.", org: "Pemprov Kaltim",
                                      remote: true, allottedS: 420)),
        (64_000, nil, .speakerMoved(id: "s1", index: 0)),
        (65_000, nil, .speakerQueued(id: "s3", name: "Rudi", role: nil, org: nil, remote: nil, allottedS: 120, item: nil, index: 1,
                                     kind: nil)),
        (66_000, nil, .speakerRemoved(id: "s3")),
        (70_000, "moderator", .speakerStarted(id: "s1")),
        (100_000, "moderator", .speakerPaused(id: "s1")),
        (130_000, "moderator", .speakerResumed(id: "s1")),
        (150_000, "moderator", .speakerExtended(id: "s1", byS: 60)),
        (160_000, "moderator", .speakerExtended(id: "s1", byS: -30)),
        (400_000, "moderator", .speakerEnded(id: "s1")),
        (401_000, "notulis", .marker(label: "Sesi tanya jawab")),
        (410_000, "moderator", .sessionSuspended(reason: .ishoma, note: "Sholat Jumat", resumeT: 4_000_000)),
        (3_900_000, "moderator", .sessionResumed),
        (3_901_000, nil, .itemEnded(id: "a1")),
        (3_902_000, nil, .itemStarted(id: "a2")),
        (3_903_000, nil, .roundOpened(id: "r1", number: 1, maxQuestions: 3, item: "a2")),
        (3_904_000, nil, .questionQueued(id: "q1", round: "r1", asker: "Andi", org: "BKPSDM Samarinda", to: "s1",
                                         text: "Bagaimana nasib honorer K2?", allottedS: 120, remote: false)),
        (3_905_000, nil, .questionQueued(id: "q2", round: "r1", asker: "Wati", org: nil, to: nil, text: nil, allottedS: nil,
                                         remote: nil)),
        (3_906_000, nil, .questionStarted(id: "q1")),
        (3_966_000, nil, .questionEnded(id: "q1", outcome: .asked)),
        (3_967_000, nil, .questionEnded(id: "q2", outcome: .withdrawn)),
        (3_968_000, nil, .answerStarted(id: "w1", round: "r1", by: "s1", allottedS: 600, questions: ["q1"])),
        (4_200_000, nil, .answerEnded(id: "w1")),
        (4_201_000, nil, .roundClosed(id: "r1")),
        (4_202_000, "notulis", .noteAdded(id: "n1", kind: .action, text: "Kirim data honorer K2", item: "a2", speaker: "s1",
                                          owner: "BKD Kab./Kota", due: "2020-10-30")),
        (4_203_000, "notulis", .noteEdited(id: "n1", text: "Kirim data honorer K2 ke BKN", kind: .action, owner: "BKD Kab./Kota",
                                           due: "2020-11-06")),
        (4_204_000, "notulis", .noteAdded(id: "n2", kind: .note, text: "Salah ketik", item: nil, speaker: nil, owner: nil, due: nil)),
        (4_205_000, "notulis", .noteDeleted(id: "n2")),
        (4_206_000, nil, .unknown(type: "x.poll_opened", data: .object([("question", .string("Setuju?")), ("options", .int(2))]))),
        (4_300_000, nil, .sessionRecovered(afterSeq: 41, gapMs: 94_000, tornBytes: 57)),
        (4_301_000, nil, .itemEnded(id: "a2")),
        (4_302_000, "moderator", .sessionClosed),
        (4_400_000, "moderator", .sessionReopened),
        (4_401_000, "moderator", .sessionClosed),
    ]

    static func meetingEvents() -> [Event] {
        meeting.enumerated().map { Event(seq: $0.offset + 1, t: $0.element.t, by: $0.element.by, kind: $0.element.kind) }
    }

    /// Every type with all optional fields absent (where it has any), and odd but legal values.
    static let bare: [EventKind] = [
        .sessionUpdated(SessionPatch(title: "T", tz: "Asia/Jayapura", lang: "en")),
        .participantsUpdated(onsite: nil, online: nil, note: nil),
        .participantsUpdated(onsite: 0, online: nil, note: nil),
        .sessionSuspended(reason: .skors, note: nil, resumeT: nil),
        .sessionSuspended(reason: .technical, note: "", resumeT: 0),
        .sessionSuspended(reason: .other, note: nil, resumeT: nil),
        .sessionRecovered(afterSeq: 0, gapMs: 0, tornBytes: 0),
        .marker(label: ""),
        .itemAdded(id: "a1", title: "X", kind: .break, plannedS: 0, index: 0, plannedStart: nil),
        .itemUpdated(id: "a1", title: nil, kind: nil, plannedS: nil, plannedStart: nil),
        .itemUpdated(id: "a1", title: nil, kind: .conclusion, plannedS: nil, plannedStart: ""),
        .itemMoved(id: "a1", index: -1),
        .speakerQueued(id: "s1", name: "X", role: nil, org: nil, remote: nil, allottedS: 0, item: nil, index: nil, kind: nil),
        .speakerUpdated(id: "s1", name: nil, role: nil, org: nil, remote: nil, allottedS: nil),
        .speakerUpdated(id: "s1", name: nil, role: "", org: "", remote: false, allottedS: 0),
        .speakerExtended(id: "s1", byS: 0),
        .roundOpened(id: "r1", number: 1, maxQuestions: nil, item: nil),
        .questionQueued(id: "q1", round: "r1", asker: "X", org: nil, to: nil, text: nil, allottedS: nil, remote: true),
        .questionEnded(id: "q1", outcome: .skipped),
        .answerStarted(id: "w1", round: "r1", by: "X", allottedS: nil, questions: nil),
        .answerStarted(id: "w1", round: "r1", by: "X", allottedS: 0, questions: []),
        .noteAdded(id: "n1", kind: .decision, text: "X", item: nil, speaker: nil, owner: nil, due: nil),
        .noteAdded(id: "n1", kind: .conclusion, text: "X", item: nil, speaker: nil, owner: nil, due: nil),
        .noteEdited(id: "n1", text: nil, kind: nil, owner: nil, due: nil),
        .noteEdited(id: "n1", text: nil, kind: .note, owner: "", due: ""),
        .unknown(type: "zz", data: .object([])),
        .unknown(type: "zz.nested", data: .object([("a", .array([.null, .bool(true), .double(1.5), .string("\u{1F600}")])),
                                                   ("b", .object([("c", .int(-7))]))])),
    ]
}

@Suite struct LogRoundTripTests {
    @Test func theSamplesCoverEveryEventType() {
        let types = Set(EventSamples.meeting.map(\.kind.typeName))
        #expect(EventSamples.specTypes.subtracting(types).isEmpty, "missing: \(EventSamples.specTypes.subtracting(types))")
        #expect(EventSamples.meeting.contains { if case .unknown = $0.kind { return true } else { return false } })
        #expect(EventSamples.specTypes.count == 33)
    }

    static let allKinds: [EventKind] = EventSamples.meeting.map(\.kind) + EventSamples.bare

    @Test func everyEventLineReadsBackEqual() throws {
        for (i, kind) in Self.allKinds.enumerated() {
            for by in [nil, "notulis"] as [String?] {
                let e = Event(seq: i + 1, t: i * 1_234, by: by, kind: kind)
                let line = LogLine.encode(e)
                #expect(line.hasSuffix("\"}\n"))
                #expect(line.filter { $0 == "\n" }.count == 1, "one line: \(line)")
                switch LogLine.decode(line) {
                case .success(let d):
                    #expect(d.event == e, "\(line)")
                    #expect(d.verified)
                case .failure(let f):
                    Issue.record("\(line) does not read back: \(f)")
                }
            }
        }
    }

    @Test func membersAreWrittenInTheSpecsOrder() {
        let e = Event(seq: 7, t: 912_000, by: "moderator", kind: .speakerQueued(
            id: "s2", name: "Siti", role: "Kabid", org: "BKN", remote: true, allottedS: 300, item: "a1", index: 0, kind: .interruption))
        let body = #"{"seq":7,"t":912000,"type":"speaker.queued","by":"moderator","data":{"id":"s2","name":"Siti","role":"Kabid","#
            + #""org":"BKN","remote":true,"allotted_s":300,"item":"a1","index":0,"kind":"interruption"}"#
        #expect(LogLine.encode(e) == body + ",\"crc\":\"\(CRC32.hex(CRC32.checksum(Array(body.utf8))))\"}\n")
    }

    // MARK: checksums

    /// Values computed with Python's `zlib.crc32` on this machine.
    @Test(arguments: [
        ("", "00000000"), ("a", "e8b7be43"), ("123456789", "cbf43926"),
        ("The quick brown fox jumps over the lazy dog", "414fa339"),
        ("Rapat Koordinasi — Kalimantan Timur \u{1F600}", "f13b4f60"),
    ])
    func crc32MatchesZlib(_ text: String, _ hex: String) {
        #expect(CRC32.hex(CRC32.checksum(Array(text.utf8))) == hex)
    }

    @Test func crc32OfEveryByteValue() {
        // bytes(range(256)) * 4: long enough for the eight-at-a-time path and its tail.
        let bytes = (0..<4).flatMap { _ in (0...255).map { UInt8($0) } }
        #expect(CRC32.hex(CRC32.checksum(bytes)) == "b70b4c26")
        // Every length from 0 to 40 against a plain bitwise CRC.
        for n in 0...40 {
            let prefix = Array(bytes.dropFirst(n).prefix(n))
            #expect(CRC32.checksum(prefix) == Self.bitwiseCRC(prefix), "length \(n)")
        }
    }

    static func bitwiseCRC(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            c ^= UInt32(b)
            for _ in 0..<8 { c = c & 1 != 0 ? (c >> 1) ^ 0xEDB8_8320 : c >> 1 }
        }
        return c ^ 0xFFFF_FFFF
    }

    @Test func aLinesCrcIsZlibsCrc32OfTheBytesBeforeTheSuffix() {
        let line = LogLine.encode(Event(seq: 7, t: 912_000, kind: .speakerStarted(id: "s2")))
        // zlib.crc32(b'{"seq":7,"t":912000,"type":"speaker.started","data":{"id":"s2"}') == 0x4c26697a
        #expect(line == "{\"seq\":7,\"t\":912000,\"type\":\"speaker.started\",\"data\":{\"id\":\"s2\"},\"crc\":\"4c26697a\"}\n")
        // The suffix is the spec's 18 bytes, then the newline.
        #expect(line.utf8.suffix(19).elementsEqual(",\"crc\":\"4c26697a\"}\n".utf8))
    }

    @Test func aLineWithoutCrcIsUnverifiedAndOneWithAWrongCrcFails() throws {
        let plain = "{\"seq\":1,\"t\":0,\"type\":\"marker\",\"data\":{\"label\":\"x\"}}"
        #expect(try LogLine.decode(plain).get().verified == false)
        // The members may come in any order when there is no crc.
        let reordered = "{\"data\":{\"label\":\"x\"},\"type\":\"marker\",\"t\":0,\"seq\":1}"
        #expect(try LogLine.decode(reordered).get().event == Event(seq: 1, t: 0, kind: .marker(label: "x")))
        let wrong = "{\"seq\":1,\"t\":0,\"type\":\"marker\",\"data\":{\"label\":\"x\"},\"crc\":\"00000000\"}"
        guard case .failure(.badChecksum(let expected, let found)) = LogLine.decode(wrong) else {
            Issue.record("a wrong crc was accepted")
            return
        }
        #expect(found == "00000000")
        #expect(expected == CRC32.hex(CRC32.checksum(Array(plain.dropLast().utf8))))
        let notLast = "{\"seq\":1,\"crc\":\"00000000\",\"t\":0,\"type\":\"marker\",\"data\":{\"label\":\"x\"}}"
        #expect(LogLine.decode(notLast) == .failure(.badEnvelope("crc is not the last member")))
    }

    // MARK: strings

    @Test(arguments: [
        "tanda \"kutip\" dan \\garis miring\\ dan /",
        "baris\nbaru\r\ntab\there",
        "\u{0}\u{1}\u{7}\u{8}\u{B}\u{C}\u{1B}[2J\u{1B}]0;judul\u{7}\u{7F}",
        "\u{80}\u{85}\u{9B}31m\u{9F}",
        "emoji 😀👩🏽‍💻🇮🇩 and combining e\u{301}",
        "pemisah\u{2028}baris\u{2029}paragraf",
        "\u{FEFF}BOM di tengah\u{200B}\u{200D}",
        "\u{10FFFF}\u{E000}\u{FFFD}",
        String(repeating: "panjang ", count: 2_000),
    ])
    func hostileStringsRoundTrip(_ text: String) throws {
        let e = Event(seq: 1, t: 0, by: text, kind: .noteAdded(id: text, kind: .note, text: text, item: text, speaker: nil,
                                                               owner: text, due: nil))
        let line = LogLine.encode(e)
        let bytes = Array(line.utf8)
        // One line, and none of the bytes a terminal or a line splitter would act on.
        #expect(bytes.firstIndex(of: 0x0A) == bytes.count - 1)
        #expect(!bytes.dropLast().contains { $0 < 0x20 || $0 == 0x7F })
        #expect(!line.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 || (0x80...0x9F).contains($0.value) })
        let decoded = try LogLine.decode(line).get()
        #expect(decoded.event == e)
        // Equal scalar by scalar, not only canonically.
        if case .noteAdded(_, _, let back, _, _, _, _) = decoded.event.kind {
            #expect(Array(back.unicodeScalars) == Array(text.unicodeScalars))
        }
    }

    @Test func escapedInputFromOtherWritersIsRead() throws {
        // \u escapes, a surrogate pair, \/ and \b \f: what another JSON writer may produce.
        let line = #"{"seq":1,"t":0,"type":"marker","data":{"label":"\u0041\u00e9\ud83d\ude00\/\b\f\u2028"}}"#
        let d = try LogLine.decode(line).get()
        #expect(d.event.kind == .marker(label: "Aé😀/\u{8}\u{C}\u{2028}"))
    }

    /// A lone high surrogate followed by another \u escape: the escaped character after it is
    /// text and must survive (JSONParser consumes it as the would-be low surrogate and drops it).
    @Test func aLoneSurrogateDoesNotSwallowTheNextCharacter() throws {
        let line = #"{"seq":1,"t":0,"type":"marker","data":{"label":"x\ud83d\u0041y"}}"#
        let d = try LogLine.decode(line).get()
        guard case .marker(let label) = d.event.kind else { Issue.record("not a marker"); return }
        #expect(label.hasSuffix("Ay"), "\(label.debugDescription)")
        #expect(label == "x\u{FFFD}Ay")
    }

    // MARK: whole files

    @Test func aWholeFileReadsBackEqual() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("rakor.jsonl")
        var header = TestHeader.make(warningS: 90, dangerS: 20)
        header.venue = "Samarinda"
        let log = try SessionLog.create(path: path, header: header)
        let events = EventSamples.meetingEvents()
        // In several appends, some of several events, as commands produce them.
        #expect(log.append(Array(events[0..<1])) == .ok)
        #expect(log.append(Array(events[1..<10])) == .ok)
        for e in events[10...] { #expect(log.append([e]) == .ok) }
        log.close()

        let reading = try LogReader.read(path: path)
        #expect(reading.header == header)
        #expect(reading.events == events)
        #expect(reading.eventLines == Array(2...(events.count + 1)))
        #expect(reading.problems.isEmpty, "\(reading.problems)")
        #expect(reading.notes.map(\.message) == ["unknown event type \"x.poll_opened\": kept, changes nothing"])
        #expect(reading.tornTail == nil)
        #expect(reading.damagedLines.isEmpty)
        #expect(reading.endsClean)
        #expect(reading.fileLength == readBytes(path).count)
        // The fold of the file is the fold of the events.
        var folded = SessionState(header: header)
        for e in events { #expect(folded.apply(e) == nil, "\(e.kind.typeName)") }
        #expect(reading.state == folded)
        #expect(reading.state.isClosed)
        #expect(reading.state.unknownEvents == 1)
        // The file is exactly the header line and the encoded events, mode 0600.
        #expect(readBytes(path) == logBytes(header: header, events))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func creatingOverAnExistingFileIsRefused() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("ada.jsonl")
        writeBytes(Array("jangan ditimpa\n".utf8), to: path)
        #expect(throws: LogOpenError.exists(path)) { try SessionLog.create(path: path, header: TestHeader.make()) }
        #expect(readBytes(path) == Array("jangan ditimpa\n".utf8))
    }

    // MARK: the header

    @Test func theHeaderRoundTripsWithUnknownFieldsKept() throws {
        var h = TestHeader.make(warningS: 100, dangerS: 25)
        h.venue = "Hotel Mesra"; h.mode = "hybrid"; h.chair = "Sekda"; h.notetaker = "Rina"; h.organizer = "BKD"; h.theme = "Honorer"
        h.extra = [("x_room", .string("Ballroom A")), ("x_devices", .array([.int(1), .int(2)])),
                   ("x_meta", .object([("k", .null)]))]
        let line = LogLine.header(h)
        #expect(line.hasPrefix("{\"format\":\"rakor-session\",\"version\":1,\"session_id\":"))
        #expect(line.hasSuffix(",\"x_room\":\"Ballroom A\",\"x_devices\":[1,2],\"x_meta\":{\"k\":null}}\n"))
        let reading = try LogReader.read(bytes: Array(line.utf8), path: "h.jsonl")
        #expect(reading.header == h)
        #expect(reading.header.extra.map(\.0) == ["x_room", "x_devices", "x_meta"])
        #expect(reading.header.startedAt == TestHeader.startedAt)
        #expect(reading.header.startedAtMs == TestHeader.startedAtMs)
        #expect(reading.header.warningThresholdS == 100)
        #expect(reading.issues.isEmpty)
        #expect(reading.events.isEmpty)
        // Written again, the same bytes.
        #expect(LogLine.header(reading.header) == line)
    }

    @Test func aHeaderFromAnotherWriterIsRead() throws {
        let line = #"{"tz":"Asia/Jayapura","title":"Rakor \u00e9","session_id":"abc","started_at":"2020-10-15T10:00:00+09:00","version":1,"format":"rakor-session","extra":true}"#
            + "\n"
        let reading = try LogReader.read(bytes: Array(line.utf8), path: "h.jsonl")
        #expect(reading.header.title == "Rakor é")
        #expect(reading.header.startedAtMs == TestHeader.startedAtMs)
        #expect(reading.header.lang == nil)
        #expect(reading.header.language == .id)
        #expect(reading.header.warningThresholdS == 120)
        #expect(reading.header.dangerThresholdS == 30)
        #expect(reading.header.extra.map(\.0) == ["extra"])
    }

    @Test func rfc3339() {
        #expect(RFC3339.parse("2020-10-15T01:00:00Z") == TestHeader.startedAtMs)
        #expect(RFC3339.parse("2020-10-15T01:00:00.250Z") == TestHeader.startedAtMs + 250)
        #expect(RFC3339.parse("2020-10-15T09:00:00+08:00") == TestHeader.startedAtMs)
        #expect(RFC3339.parse("2020-10-14T20:00:00-05:00") == TestHeader.startedAtMs)
        for bad in ["2020-10-15", "2020-10-15T01:00:00", "2020-13-15T01:00:00Z", "2020-10-15T25:00:00Z", "kemarin",
                    "2020-10-15T01:00:00Zx", "2020-10-15T01:00:00."] {
            #expect(RFC3339.parse(bad) == nil, "\(bad)")
        }
        #expect(RFC3339.format(ms: TestHeader.startedAtMs) == "2020-10-15T01:00:00Z")
        #expect(RFC3339.format(ms: TestHeader.startedAtMs + 7) == "2020-10-15T01:00:00.007Z")
        #expect(RFC3339.format(ms: 0) == "1970-01-01T00:00:00Z")
        #expect(RFC3339.format(ms: -1) == "1969-12-31T23:59:59.999Z")
    }
}
