import Foundation
import Testing
@testable import RakorCore

/// The reader's fast path (fields read straight from a line's bytes) must say exactly what the
/// general path (a JSON value tree) says, for every line it takes, and give way on every other.
@Suite("Canonical fast path agrees with the general path")
struct CanonicalPathTests {
    /// A line as `LogLine.encode` writes it, around any `data` text, with a correct checksum.
    static func line(_ type: String, _ data: String, seq: Int = 5, t: Int = 1000, by: String? = nil) -> [UInt8] {
        var s = "{\"seq\":\(seq),\"t\":\(t),\"type\":\"\(type)\""
        if let by { s += ",\"by\":\"\(by)\"" }
        s += ",\"data\":\(data)"
        var bytes = Array(s.utf8)
        let crc = CRC32.checksum(bytes)
        bytes.append(contentsOf: ",\"crc\":\"\(CRC32.hex(crc))\"}".utf8)
        return bytes
    }

    static func bothPaths(_ bytes: [UInt8]) -> (fast: Result<LogLine.Decoded, LogLine.Failure>?, general: Result<LogLine.Decoded, LogLine.Failure>) {
        bytes.withUnsafeBufferPointer { (LogLine.decodeCanonical($0), LogLine.decodeGeneral($0)) }
    }

    @Test("every line of every sample session: the fast path takes it and agrees")
    func samples() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../sample-events").standardizedFileURL
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".jsonl") }
        #expect(!files.isEmpty)
        var taken = 0
        for f in files {
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            for raw in text.split(separator: "\n").dropFirst() {
                let (fast, general) = Self.bothPaths(Array(raw.utf8))
                let f = try #require(fast, "\(raw)")
                #expect(f == general, "\(raw)")
                taken += 1
            }
        }
        #expect(taken > 200)
    }

    /// Data whose shape the fast path must either read exactly as the general path does, or leave to it.
    static let tricky: [(String, String)] = [
        ("note.added", #"{"id":"n1","kind":"note","text":"Caf\u00e9 \"kutip\" \\ baris\nbaru"}"#),
        ("note.added", #"{"id":"n1","kind":"note","text":"Kab. Kutai Kartanegara — ümlaut 日本"}"#),
        ("note.added", #"{"id":"n1","kind":"note","text":"surrogate \ud83d\ude00 and lone \ud83d end"}"#),
        ("note.added", #"{"id":"n1","kind":"nope","text":"x"}"#),
        ("note.added", #"{"id":"n1","kind":"note"}"#),
        ("note.added", #"{"id":7,"kind":"note","text":"x"}"#),
        ("note.added", #"{"id":"n1","kind":"note","text":"x","item":null,"owner":null}"#),
        ("note.added", #"{"id":"n1","id":"n2","kind":"note","text":"first wins"}"#),
        ("note.added", #"{"id":"n1","kind":"note","text":"x","extra":{"nested":[1,2]}}"#),
        ("note.added", #"{"id":"n1","kind":"note","text":"x","unread":"bad \x escape"}"#),
        ("speaker.extended", #"{"id":"s1","by_s":-60}"#),
        ("speaker.extended", #"{"id":"s1","by_s":60.0}"#),
        ("speaker.extended", #"{"id":"s1","by_s":6e1}"#),
        ("speaker.extended", #"{"id":"s1","by_s":-0}"#),
        ("speaker.extended", #"{"id":"s1","by_s":0123}"#),
        ("speaker.extended", #"{"id":"s1","by_s":123456789012345678}"#),
        ("speaker.extended", #"{"id":"s1","by_s":1234567890123456789012}"#),
        ("speaker.extended", #"{"id":"s1","by_s":"60"}"#),
        ("speaker.queued", #"{"id":"s1","name":"Sri","remote":true,"allotted_s":600}"#),
        ("speaker.queued", #"{"id":"s1","name":"Sri","remote":"yes","allotted_s":600}"#),
        ("speaker.queued", #"{"id":"s1","name":"Sri","remote":nul,"allotted_s":600}"#),
        ("answer.started", #"{"id":"w1","round":"r1","by":"s2","questions":["q1","q2"]}"#),
        ("answer.started", #"{"id":"w1","round":"r1","by":"s2","questions":[]}"#),
        ("answer.started", #"{"id":"w1","round":"r1","by":"s2","questions":["q1",3]}"#),
        ("answer.started", #"{"id":"w1","round":"r1","by":"s2","questions":["q\u0031"]}"#),
        ("session.resumed", #"{}"#),
        ("session.resumed", #"{ }"#),
        ("session.resumed", #"[]"#),
        ("future.type", #"{"x":1}"#),
        ("marker", #"{"label":"ctl \u001b[2J"}"#),
    ]

    @Test("tricky data: the fast path's answer, when it gives one, is the general path's")
    func tricky() {
        var taken: [String] = []
        for (type, data) in Self.tricky {
            let (fast, general) = Self.bothPaths(Self.line(type, data))
            if let fast {
                #expect(fast == general, "\(type) \(data)")
                taken.append(data)
            }
        }
        // Escapes, non-ASCII text, nulls, duplicate keys, negative numbers and arrays stay on the fast path.
        for must in [Self.tricky[0].1, Self.tricky[1].1, Self.tricky[2].1, Self.tricky[6].1, Self.tricky[7].1,
                     Self.tricky[10].1, Self.tricky[18].1, Self.tricky[21].1, Self.tricky[22].1] {
            #expect(taken.contains(must), "fast path gave way on \(must)")
        }
    }

    @Test("invalid UTF-8 in a member nobody reads is still not JSON")
    func invalidUTF8Unread() {
        var data = Array(#"{"id":"n1","kind":"note","text":"x","unread":"a"#.utf8)
        data.append(0xFF)
        data.append(contentsOf: #""}"#.utf8)
        var s = Array(#"{"seq":5,"t":1000,"type":"note.added","data":"#.utf8) + data
        let crc = CRC32.checksum(s)
        s.append(contentsOf: ",\"crc\":\"\(CRC32.hex(crc))\"}".utf8)
        let (fast, general) = Self.bothPaths(s)
        #expect(fast == nil)
        guard case .failure(.notJSON) = general else { Issue.record("general path should refuse invalid UTF-8: \(general)"); return }
    }

    @Test("the type is matched on its bytes: a known name with an escape in it is still that type")
    func escapedTypeName() {
        let (fast, general) = Self.bothPaths(Self.line(#"speaker.st\u0061rted"#, #"{"id":"s1"}"#))
        if let fast { #expect(fast == general) }
        guard case .success(let d) = general else { Issue.record("\(general)"); return }
        #expect(d.event.kind == .speakerStarted(id: "s1"))
    }

    @Test("every event type round-trips through the fast path")
    func everyType() {
        for k in EventSamples.meeting.map(\.kind) + EventSamples.bare {
            if case .unknown = k { continue }
            let line = LogLine.encode(Event(seq: 3, t: 42, by: "notulis", kind: k))
            let bytes = Array(line.utf8.dropLast())
            let (fast, general) = Self.bothPaths(bytes)
            #expect(fast != nil, "\(k.typeName)")
            #expect(fast == general, "\(k.typeName)")
            if case .success(let d)? = fast { #expect(d.event.kind == k) }
        }
    }
}
