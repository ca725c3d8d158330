#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns events and headers into log lines, and log lines back into events.
public enum LogLine {
    /// The header line, with its newline.
    public static func header(_ h: SessionHeader) -> String {
        h.json.serialized() + "\n"
    }

    /// An event line with its CRC-32 suffix and newline, members in the order seq, t, type, by, data, crc.
    public static func encode(_ e: Event) -> String {
        var out = "{\"seq\":\(e.seq),\"t\":\(e.t),\"type\":"
        JSONValue.writeString(e.kind.typeName, into: &out)
        if let by = e.by {
            out += ",\"by\":"
            JSONValue.writeString(by, into: &out)
        }
        out += ",\"data\":"
        e.kind.data.write(into: &out)
        var bytes = Array(out.utf8)
        let crc = CRC32.checksum(bytes)
        bytes.append(contentsOf: ",\"crc\":\"\(CRC32.hex(crc))\"}\n".utf8)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What is wrong with one event line.
    public enum Failure: Error, Equatable, Sendable {
        case notJSON(String)
        case badChecksum(expected: String, found: String)
        case badEnvelope(String)
        case badData(type: String, message: String)
        /// The line ends in the 18-byte shape of a checksum (`,"XXX":"8 hex digits"}`) under another key:
        /// a damaged `crc` key, not a line without a checksum.
        case badChecksumKey(String)
    }

    /// The largest `seq` a reader accepts: far beyond any meeting, small enough that `seq + 1` never overflows.
    public static let maxSeq = 1_000_000_000_000_000
    /// The largest `t` a reader accepts: about 300 years of milliseconds, small enough that clock maths cannot overflow.
    public static let maxT = 10_000_000_000_000

    /// The envelope's range rules, the same on every path a line can take.
    static func checkRange(seq: Int, t: Int) -> Failure? {
        guard (0...maxT).contains(t) else { return .badEnvelope("t \(t) is out of range (0 to \(maxT) ms)") }
        guard seq >= 1 else { return .badEnvelope("seq \(seq) is below 1") }
        guard seq <= maxSeq else { return .badEnvelope("seq \(seq) is out of range (at most \(maxSeq))") }
        return nil
    }

    /// A decoded event line: the event, and whether a checksum vouched for it.
    public struct Decoded: Equatable, Sendable {
        public var event: Event
        public var verified: Bool
    }

    static let crcSuffixLength = 18  // ,"crc":"xxxxxxxx"}

    /// Decodes one line (without its newline) into an event, checking its checksum when it has one.
    public static func decode(_ line: UnsafeBufferPointer<UInt8>) -> Result<Decoded, Failure> {
        var e = Event.blank
        switch decode(line, into: &e) {
        case .verified: return .success(Decoded(event: e, verified: true))
        case .unverified: return .success(Decoded(event: e, verified: false))
        case .failure(let f): return .failure(f)
        }
    }

    /// What `decode(_:into:)` found: the event it wrote is vouched for by a checksum or not, or the line is damaged.
    enum Outcome: Equatable {
        case verified, unverified
        case failure(Failure)
    }

    /// Decodes one line into `event` (the reader's loop: no `Result` or `Decoded` copies of the event).
    /// `event` holds the line's event when the outcome is not a failure; after a failure it holds
    /// nothing to rely on.
    static func decode(_ line: UnsafeBufferPointer<UInt8>, into event: inout Event) -> Outcome {
        if let canonical = decodeCanonical(line, into: &event) { return canonical }
        return decodeGeneral(line, into: &event)
    }

    /// The general path writing its event into `event`.
    static func decodeGeneral(_ line: UnsafeBufferPointer<UInt8>, into event: inout Event) -> Outcome {
        switch decodeGeneral(line) {
        case .success(let d):
            event = d.event
            return d.verified ? .verified : .unverified
        case .failure(let f):
            return .failure(f)
        }
    }

    /// The general path: parse the whole line as JSON, then read the envelope and `data` from the value.
    static func decodeGeneral(_ line: UnsafeBufferPointer<UInt8>) -> Result<Decoded, Failure> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            return .failure(.notJSON("\(error.message) at byte \(error.offset + 1)"))
        }
        guard case .object(let members) = value else { return .failure(.badEnvelope("the line is not a JSON object")) }
        var verified = false
        if let crcIndex = members.firstIndex(where: { $0.0 == "crc" }) {
            guard crcIndex == members.count - 1 else { return .failure(.badEnvelope("crc is not the last member")) }
            guard case .string(let written) = members[crcIndex].1 else { return .failure(.badEnvelope("crc is not a string")) }
            // The checksum covers the bytes before the suffix, as written, so the suffix must be exactly where the spec puts it.
            var end = line.count
            while end > 0, line[end - 1] == 0x20 || line[end - 1] == 0x0D { end -= 1 }
            // The suffix is `,"crc":"` + written + `"}`, compared in place (no allocation per line).
            guard written.utf8.count == crcSuffixLength - 10, end >= crcSuffixLength,
                  suffixMatches(line, end: end, written: written),
                  let firstBrace = line.firstIndex(of: UInt8(ascii: "{")) else {
                return .failure(.badEnvelope("crc is not written as the spec's 18-byte suffix"))
            }
            let crc = CRC32.checksum(UnsafeBufferPointer(rebasing: line[firstBrace..<(end - crcSuffixLength)]))
            guard hexMatches(crc, line, at: end - 10) else {
                return .failure(.badChecksum(expected: CRC32.hex(crc), found: written))
            }
            verified = true
        } else if let key = checksumShapedKey(line) {
            return .failure(.badChecksumKey(key))
        }
        return decodeEnvelope(value).map { Decoded(event: $0, verified: verified) }
    }

    private static let crcPrefix: [UInt8] = Array(",\"crc\":\"".utf8)

    /// The key of a last member written in the checksum's shape, `,"XXX":"hhhhhhhh"}` (three key
    /// bytes, eight hex digits), when that key is not `crc`: one flipped byte must not turn a
    /// checksummed line into an unverified one.
    static func checksumShapedKey(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        var end = line.count
        while end > 0, line[end - 1] == 0x20 || line[end - 1] == 0x0D { end -= 1 }
        guard end >= crcSuffixLength else { return nil }
        let s = end - crcSuffixLength
        func isHex(_ c: UInt8) -> Bool { (0x30...0x39).contains(c) || (0x41...0x46).contains(c) || (0x61...0x66).contains(c) }
        guard line[s] == UInt8(ascii: ","), line[s + 1] == UInt8(ascii: "\""), line[s + 5] == UInt8(ascii: "\""),
              line[s + 6] == UInt8(ascii: ":"), line[s + 7] == UInt8(ascii: "\""),
              line[end - 2] == UInt8(ascii: "\""), line[end - 1] == UInt8(ascii: "}"),
              (s + 8..<s + 16).allSatisfy({ isHex(line[$0]) }) else { return nil }
        let key = UnsafeBufferPointer(rebasing: line[(s + 2)..<(s + 5)])
        guard !key.elementsEqual("crc".utf8) else { return nil }
        return String(decoding: key, as: UTF8.self)
    }

    /// Whether `line[end - 18 ..< end]` is `,"crc":"` + `written` + `"}` (`written` has 8 UTF-8 bytes).
    private static func suffixMatches(_ line: UnsafeBufferPointer<UInt8>, end: Int, written: String) -> Bool {
        let s = end - crcSuffixLength
        for k in 0..<8 where line[s + k] != crcPrefix[k] { return false }
        var k = s + 8
        for b in written.utf8 {
            if line[k] != b { return false }
            k += 1
        }
        return line[end - 2] == UInt8(ascii: "\"") && line[end - 1] == UInt8(ascii: "}")
    }

    /// Whether the 8 bytes at `at` are `crc` as `CRC32.hex` writes it (lower-case hex, zero-padded).
    private static func hexMatches(_ crc: UInt32, _ line: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        for k in 0..<8 {
            let nibble = UInt8((crc >> (28 - 4 * UInt32(k))) & 0xF)
            let digit = nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10
            if line[at + k] != digit { return false }
        }
        return true
    }

    /// The reader's fast path for a line exactly as `encode` writes it:
    /// `{"seq":N,"t":N,"type":"…"[,"by":"…"],"data":…,"crc":"xxxxxxxx"}` with no white space.
    ///
    /// It scans the envelope by hand and parses only the member values, so no envelope object is
    /// built. Any line not in exactly that form returns nil and takes the general path; a line it
    /// accepts is valid JSON that the general path would decode to the same result.
    static func decodeCanonical(_ line: UnsafeBufferPointer<UInt8>) -> Result<Decoded, Failure>? {
        var e = Event.blank
        switch decodeCanonical(line, into: &e) {
        case nil: return nil
        case .verified?: return .success(Decoded(event: e, verified: true))
        case .unverified?: return .success(Decoded(event: e, verified: false))
        case .failure(let f)?: return .failure(f)
        }
    }

    /// `decodeCanonical(_:)` writing the event in place; nil when the line is not in the canonical form.
    static func decodeCanonical(_ line: UnsafeBufferPointer<UInt8>, into event: inout Event) -> Outcome? {
        let n = line.count
        guard n >= 40, line[0] == UInt8(ascii: "{"), line[n - 1] == UInt8(ascii: "}") else { return nil }
        var i = 1
        func literal(_ s: StaticString) -> Bool {
            let k = s.utf8CodeUnitCount
            guard i + k <= n, let base = line.baseAddress, memcmp(base + i, s.utf8Start, k) == 0 else { return false }
            i += k
            return true
        }
        /// A whole number as the parser reads one into `.int`: digits, no leading zero, no sign,
        /// fraction or exponent (the literal that must follow rejects those), at most 18 digits.
        func whole() -> Int? {
            let start = i
            var v = 0
            while i < n, line[i] >= 0x30, line[i] <= 0x39 {
                // Stop before a 19th digit could overflow: such a line takes the general path and its range rule.
                guard i - start < 18 else { return nil }
                v = v * 10 + Int(line[i] - 0x30)
                i += 1
            }
            let digits = i - start
            guard digits >= 1, digits <= 18, !(digits > 1 && line[start] == 0x30) else { return nil }
            return v
        }
        func string() -> String? {
            // Plain ASCII without escapes is its own bytes; anything else goes through the parser.
            if i < n, line[i] == UInt8(ascii: "\"") {
                var k = i + 1
                while k < n, line[k] >= 0x20, line[k] < 0x80, line[k] != UInt8(ascii: "\""), line[k] != UInt8(ascii: "\\") { k += 1 }
                if k < n, line[k] == UInt8(ascii: "\"") {
                    let s = String(decoding: UnsafeBufferPointer(rebasing: line[(i + 1)..<k]), as: UTF8.self)
                    i = k + 1
                    return s
                }
            }
            guard i < n, line[i] == UInt8(ascii: "\""),
                  let (v, next) = try? JSONParser.parseValue(line, at: i, depth: 1),
                  case .string(let s) = v else { return nil }
            i = next
            return s
        }
        guard literal("\"seq\":"), let seq = whole(),
              literal(",\"t\":"), let t = whole(),
              literal(",\"type\":"), i < n, line[i] == UInt8(ascii: "\"") else { return nil }
        // The type is chosen by its bytes; only a name with escapes or an unknown one becomes a String here.
        let typeStart = i + 1
        var typeEnd = typeStart
        while typeEnd < n, line[typeEnd] != UInt8(ascii: "\""), line[typeEnd] != UInt8(ascii: "\\") { typeEnd += 1 }
        let knownType: EventType?
        if typeEnd < n, line[typeEnd] == UInt8(ascii: "\"") {
            knownType = EventType.match(UnsafeBufferPointer(rebasing: line[typeStart..<typeEnd]))
        } else {
            knownType = nil
        }
        let typeName: String?
        if knownType != nil {
            typeName = nil
            i = typeEnd + 1
        } else {
            guard let s = string() else { return nil }
            typeName = s
        }
        var by: String? = nil
        if literal(",\"by\":") {
            guard let b = string() else { return nil }
            by = b
        }
        guard literal(",\"data\":") else { return nil }
        // Known types read their fields straight from the bytes; the rest build the JSON value.
        // The kind is written straight into `event` (an event is a large value: every copy of one
        // costs a call per payload string); the envelope's fields follow once the line checks out.
        let dataStart = i
        var fast = false
        if let knownType {
            fast = withUnsafeTemporaryAllocation(of: ScannedData.Member.self, capacity: ScannedData.maxMembers) { storage in
                guard let (scanned, after) = ScannedData.scan(line, at: dataStart, into: storage),
                      EventKind.decode(knownType, scanned, into: &event.kind) else { return false }
                i = after
                return true
            }
        }
        var data: JSONValue = .null
        if !fast {
            guard let (parsed, afterData) = try? JSONParser.parseValue(line, at: i, depth: 1) else { return nil }
            data = parsed
            i = afterData
        }
        // The rest must be exactly `,"crc":"` + 8 plain characters + `"}`.
        guard n - i == crcSuffixLength, literal(",\"crc\":\"") else { return nil }
        for k in i..<(i + 8) {
            let c = line[k]
            if c < 0x20 || c >= 0x80 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") { return nil }
        }
        guard line[n - 2] == UInt8(ascii: "\"") else { return nil }
        let crc = CRC32.checksum(UnsafeBufferPointer(rebasing: line[0..<(n - crcSuffixLength)]))
        guard hexMatches(crc, line, at: n - 10) else {
            let written = String(decoding: UnsafeBufferPointer(rebasing: line[(n - 10)..<(n - 2)]), as: UTF8.self)
            return .failure(.badChecksum(expected: CRC32.hex(crc), found: written))
        }
        if let f = checkRange(seq: seq, t: t) { return .failure(f) }
        if fast {
            event.seq = seq
            event.t = t
            event.by = by
            return .verified
        }
        switch decodeEvent(seq: seq, t: t, type: typeName ?? knownType!.rawValue, by: by, data: data) {
        case .success(let e):
            event = e
            return .verified
        case .failure(let f):
            return .failure(f)
        }
    }

    /// Decodes a line given as a String (tests, tools).
    public static func decode(_ line: String) -> Result<Decoded, Failure> {
        var s = line
        if s.hasSuffix("\n") { s.removeLast() }
        return s.withUTF8 { decode($0) }
    }

    static func decodeEnvelope(_ v: JSONValue) -> Result<Event, Failure> {
        guard case .int(let seq)? = v["seq"] else { return .failure(.badEnvelope("seq is missing or not a whole number")) }
        guard case .int(let t)? = v["t"] else { return .failure(.badEnvelope("t is missing or not a whole number")) }
        if let f = checkRange(seq: seq, t: t) { return .failure(f) }
        guard case .string(let type)? = v["type"] else { return .failure(.badEnvelope("type is missing or not a string")) }
        var by: String? = nil
        if let b = v["by"], b != .null {
            guard case .string(let s) = b else { return .failure(.badEnvelope("by is not a string")) }
            by = s
        }
        guard let data = v["data"] else { return .failure(.badEnvelope("data is missing")) }
        return decodeEvent(seq: seq, t: t, type: type, by: by, data: data)
    }

    static func decodeEvent(seq: Int, t: Int, type: String, by: String?, data: JSONValue) -> Result<Event, Failure> {
        do {
            let kind = try EventKind.decode(type: type, data: data)
            return .success(Event(seq: seq, t: t, by: by, kind: kind))
        } catch {
            return .failure(.badData(type: type, message: error.message))
        }
    }
}

extension Event {
    /// A placeholder for `LogLine.decode(_:into:)` to write over.
    static var blank: Event { Event(seq: 0, t: 0, kind: .sessionResumed) }
}

extension LogLine.Failure: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notJSON(let m): return "not JSON: \(m)"
        case let .badChecksum(expected, found): return "checksum mismatch (line says \(found), bytes give \(expected))"
        case .badEnvelope(let m): return m
        case let .badData(type, m): return "\(type): \(m)"
        case .badChecksumKey(let k): return "the last member has a checksum's shape but its key is \"\(k)\", not \"crc\" (a damaged checksum)"
        }
    }
}
