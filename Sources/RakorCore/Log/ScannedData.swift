#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the fields of an event's `data`: from a parsed JSON object, or straight from a line's bytes.
///
/// `EventKind.decode` is written once over this protocol, so the fast path and the general path
/// cannot drift apart: they run the same field reads, in the same order.
///
/// The reads are `mutating` so that a source can remember where the last field was: `decode`
/// reads the fields in the order the writer puts them.
protocol EventDataSource {
    associatedtype Failure: Error
    mutating func string(_ key: StaticString) throws(Failure) -> String
    mutating func optString(_ key: StaticString) throws(Failure) -> String?
    mutating func int(_ key: StaticString) throws(Failure) -> Int
    mutating func optInt(_ key: StaticString) throws(Failure) -> Int?
    mutating func optBool(_ key: StaticString) throws(Failure) -> Bool?
    mutating func optStringArray(_ key: StaticString) throws(Failure) -> [String]?
    func unknownValue(_ key: StaticString, _ value: String) -> Failure
}

extension EventDataSource {
    mutating func enumValue<E: RawRepresentable>(_ key: StaticString, _: E.Type) throws(Failure) -> E where E.RawValue == String {
        let s = try string(key)
        guard let e = E(rawValue: s) else { throw unknownValue(key, s) }
        return e
    }

    mutating func optEnum<E: RawRepresentable>(_ key: StaticString, _: E.Type) throws(Failure) -> E? where E.RawValue == String {
        guard let s = try optString(key) else { return nil }
        guard let e = E(rawValue: s) else { throw unknownValue(key, s) }
        return e
    }
}

/// The canonical path gave up on this `data`: the general path reads it and words the message.
struct NotCanonical: Error {}

/// A flat `data` object scanned in place: where each member's key and value lie in the line.
///
/// Built for the lines rakor writes (no white space, values that are strings, whole numbers,
/// booleans, null or arrays). Anything else (nested objects, fractions, control bytes) makes
/// `scan` return nil, and the general JSON path reads the line instead, so the two agree.
struct ScannedData: EventDataSource {
    typealias Failure = NotCanonical

    enum ValueKind: UInt8 {
        /// ASCII with no escapes: its bytes are the string.
        case plainString
        /// No escapes but bytes ≥ 0x80: its bytes must be valid UTF-8.
        case utf8String
        /// Has escapes: the JSON parser decodes it.
        case escapedString
        case int, bool, null, array
    }

    struct Member {
        var keyStart: Int
        var keyEnd: Int
        var kind: ValueKind
        /// Strings: first byte after the opening quote; arrays: the `[`.
        var start: Int
        /// Strings: the closing quote; arrays: just past the `]`.
        var end: Int
        /// The value of an int or bool.
        var number: Int
    }

    static let maxMembers = 16

    let line: UnsafeBufferPointer<UInt8>
    let members: UnsafeMutableBufferPointer<Member>
    let count: Int
    /// Every member before this one was found by a read at its place (see `find`).
    var cursor = 0

    /// Scans the object that starts at `line[at]` into `storage`; returns it and the offset after its `}`.
    static func scan(_ line: UnsafeBufferPointer<UInt8>, at start: Int,
                     into storage: UnsafeMutableBufferPointer<Member>) -> (ScannedData, Int)? {
        let n = line.count
        var i = start
        guard i < n, line[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        var count = 0
        if i < n, line[i] == UInt8(ascii: "}") {
            return (ScannedData(line: line, members: storage, count: 0), i + 1)
        }
        while true {
            guard count < storage.count, i < n, line[i] == UInt8(ascii: "\"") else { return nil }
            // Keys are plain ASCII in every type this reader knows; anything else takes the general path.
            let keyStart = i + 1
            var j = keyStart
            while j < n, line[j] != UInt8(ascii: "\"") {
                let c = line[j]
                if c == UInt8(ascii: "\\") || c < 0x20 || c >= 0x80 { return nil }
                j += 1
            }
            guard j + 1 < n, line[j + 1] == UInt8(ascii: ":") else { return nil }
            let keyEnd = j
            i = j + 2
            guard i < n else { return nil }
            var m = Member(keyStart: keyStart, keyEnd: keyEnd, kind: .null, start: i, end: i, number: 0)
            let c = line[i]
            switch c {
            case UInt8(ascii: "\""):
                var k = i + 1
                var high: UInt8 = 0
                var escaped = false
                // Eight bytes a step while none is a quote, a backslash or a control byte (most of
                // a note's text); the byte loop below takes the step that holds one.
                if let base = line.baseAddress {
                    let raw = UnsafeRawPointer(base)
                    var highBits: UInt64 = 0
                    while k + 8 <= n {
                        let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                        if SWAR.hasQuoteBackslashOrControl(w) { break }
                        highBits |= w
                        k += 8
                    }
                    if highBits & SWAR.highBits != 0 { high = 0x80 }
                }
                while k < n {
                    let b = line[k]
                    if b == UInt8(ascii: "\"") { break }
                    if b < 0x20 { return nil }
                    if b == UInt8(ascii: "\\") { escaped = true; k += 2; continue }
                    high |= b
                    k += 1
                }
                guard k < n else { return nil }
                m.kind = escaped ? .escapedString : (high < 0x80 ? .plainString : .utf8String)
                // Whatever the line holds must be valid JSON, read or not: check now what `text` trusts later.
                if escaped {
                    guard let (_, after) = try? JSONParser.parseValue(line, at: i, depth: 1), after == k + 1 else { return nil }
                } else if high >= 0x80, !UTF8Check.isValid(UnsafeBufferPointer(rebasing: line[(i + 1)..<k])) {
                    return nil
                }
                m.start = i + 1
                m.end = k
                i = k + 1
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                var k = i
                var negative = false
                if line[k] == UInt8(ascii: "-") { negative = true; k += 1 }
                let digitsStart = k
                var v = 0
                while k < n, line[k] >= 0x30, line[k] <= 0x39 {
                    // 18 digits always fit in an Int: longer numbers take the general path.
                    guard k - digitsStart < 18 else { return nil }
                    v = v * 10 + Int(line[k] - 0x30)
                    k += 1
                }
                let digits = k - digitsStart
                guard digits >= 1, !(digits > 1 && line[digitsStart] == 0x30) else { return nil }
                if k < n, line[k] == UInt8(ascii: ".") || line[k] == UInt8(ascii: "e") || line[k] == UInt8(ascii: "E") { return nil }
                m.kind = .int
                m.number = negative ? -v : v
                i = k
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                if matches(line, i, "true") { m.kind = .bool; m.number = 1; i += 4 }
                else if matches(line, i, "false") { m.kind = .bool; m.number = 0; i += 5 }
                else if matches(line, i, "null") { m.kind = .null; i += 4 }
                else { return nil }
            case UInt8(ascii: "["):
                // Only arrays of plain strings (answer.started's questions) stay on this path.
                var k = i + 1
                if k < n, line[k] != UInt8(ascii: "]") {
                    while true {
                        guard k < n, line[k] == UInt8(ascii: "\"") else { return nil }
                        k += 1
                        while k < n, line[k] != UInt8(ascii: "\"") {
                            let b = line[k]
                            if b == UInt8(ascii: "\\") || b < 0x20 || b >= 0x80 { return nil }
                            k += 1
                        }
                        guard k < n else { return nil }
                        k += 1
                        guard k < n else { return nil }
                        if line[k] == UInt8(ascii: ",") { k += 1; continue }
                        if line[k] == UInt8(ascii: "]") { break }
                        return nil
                    }
                }
                guard k < n else { return nil }
                m.kind = .array
                m.start = i
                m.end = k + 1
                i = k + 1
            default:
                return nil
            }
            storage[count] = m
            count += 1
            guard i < n else { return nil }
            if line[i] == UInt8(ascii: ",") { i += 1; continue }
            if line[i] == UInt8(ascii: "}") { return (ScannedData(line: line, members: storage, count: count), i + 1) }
            return nil
        }
    }

    private static func matches(_ line: UnsafeBufferPointer<UInt8>, _ at: Int, _ word: StaticString) -> Bool {
        let k = word.utf8CodeUnitCount
        guard at + k <= line.count else { return false }
        let p = word.utf8Start
        for j in 0..<k where line[at + j] != p[j] { return false }
        return true
    }

    /// The first member named `key`, as `JSONValue`'s subscript finds it.
    ///
    /// The member at `cursor` is tried first, and the cursor moves on only when it matches there:
    /// every member before the cursor then holds a key read earlier, and `decode` reads each key
    /// once, so a match at the cursor is the first member of that name, duplicates or not.
    private mutating func find(_ key: StaticString) -> Member? {
        if cursor < count, keyIs(members[cursor], key) {
            cursor += 1
            return members[cursor - 1]
        }
        for idx in 0..<count where keyIs(members[idx], key) { return members[idx] }
        return nil
    }

    private func keyIs(_ m: Member, _ key: StaticString) -> Bool {
        let k = key.utf8CodeUnitCount
        guard m.keyEnd - m.keyStart == k, let base = line.baseAddress else { return false }
        return memcmp(base + m.keyStart, key.utf8Start, k) == 0
    }

    private func text(_ m: Member) throws(NotCanonical) -> String {
        let slice = UnsafeBufferPointer(rebasing: line[m.start..<m.end])
        switch m.kind {
        case .plainString:
            return String(decoding: slice, as: UTF8.self)
        case .utf8String:
            // Validated by `scan`.
            return String(decoding: slice, as: UTF8.self)
        case .escapedString:
            guard let (v, _) = try? JSONParser.parseValue(line, at: m.start - 1, depth: 1), case .string(let s) = v else {
                throw NotCanonical()
            }
            return s
        default:
            throw NotCanonical()
        }
    }

    mutating func string(_ key: StaticString) throws(NotCanonical) -> String {
        guard let m = find(key) else { throw NotCanonical() }
        return try text(m)
    }

    mutating func optString(_ key: StaticString) throws(NotCanonical) -> String? {
        guard let m = find(key), m.kind != .null else { return nil }
        return try text(m)
    }

    /// The range `DataReader` accepts; outside it the general path words the damage.
    static let wholeRange = -1_000_000_000_000_000...1_000_000_000_000_000

    mutating func int(_ key: StaticString) throws(NotCanonical) -> Int {
        guard let m = find(key), m.kind == .int, Self.wholeRange.contains(m.number) else { throw NotCanonical() }
        return m.number
    }

    mutating func optInt(_ key: StaticString) throws(NotCanonical) -> Int? {
        guard let m = find(key), m.kind != .null else { return nil }
        guard m.kind == .int, Self.wholeRange.contains(m.number) else { throw NotCanonical() }
        return m.number
    }

    mutating func optBool(_ key: StaticString) throws(NotCanonical) -> Bool? {
        guard let m = find(key), m.kind != .null else { return nil }
        guard m.kind == .bool else { throw NotCanonical() }
        return m.number != 0
    }

    mutating func optStringArray(_ key: StaticString) throws(NotCanonical) -> [String]? {
        guard let m = find(key), m.kind != .null else { return nil }
        guard m.kind == .array,
              let (v, _) = try? JSONParser.parseValue(line, at: m.start, depth: 1), case .array(let items) = v else {
            throw NotCanonical()
        }
        var out: [String] = []
        out.reserveCapacity(items.count)
        for item in items {
            guard case .string(let s) = item else { throw NotCanonical() }
            out.append(s)
        }
        return out
    }

    func unknownValue(_ key: StaticString, _ value: String) -> NotCanonical { NotCanonical() }
}

/// UTF-8 validation without building a String: the rules `String(validating:)` applies.
enum UTF8Check {
    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            func cont(_ k: Int) -> Bool { k < n && b[k] & 0xC0 == 0x80 }
            switch c {
            case 0xC2...0xDF:
                guard cont(i + 1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard cont(i + 1), cont(i + 2) else { return false }
                let c1 = b[i + 1]
                if c == 0xE0 && c1 < 0xA0 { return false }  // overlong
                if c == 0xED && c1 >= 0xA0 { return false }  // surrogates
                i += 3
            case 0xF0...0xF4:
                guard cont(i + 1), cont(i + 2), cont(i + 3) else { return false }
                let c1 = b[i + 1]
                if c == 0xF0 && c1 < 0x90 { return false }  // overlong
                if c == 0xF4 && c1 >= 0x90 { return false }  // beyond U+10FFFF
                i += 4
            default:
                return false
            }
        }
        return true
    }
}

/// Tests on eight bytes at once (a word read from the line), each exact: true if and only if some
/// byte of the word is such a byte.
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Some byte of `w` is zero.
    @inline(__always)
    static func hasZero(_ w: UInt64) -> Bool { (w &- ones) & ~w & highBits != 0 }

    /// Some byte of `w` is below 0x20 (a control byte).
    @inline(__always)
    static func hasControl(_ w: UInt64) -> Bool { (w &- 0x20 &* ones) & ~w & highBits != 0 }

    /// Some byte of `w` is a quote, a backslash or below 0x20: where a JSON string's plain run stops.
    @inline(__always)
    static func hasQuoteBackslashOrControl(_ w: UInt64) -> Bool {
        hasZero(w ^ (0x22 &* ones)) || hasZero(w ^ (0x5C &* ones)) || hasControl(w)
    }
}
