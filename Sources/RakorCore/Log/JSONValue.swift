/// A JSON value with object members kept in their written order.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.double(x), .double(y)): return x == y
        case let (.int(x), .double(y)), let (.double(y), .int(x)): return Double(x) == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            guard x.count == y.count else { return false }
            for (l, r) in zip(x, y) where l.0 != r.0 || l.1 != r.1 { return false }
            return true
        default: return false
        }
    }

    /// The member named `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        for (k, v) in members where k == key { return v }
        return nil
    }

    /// The name of this value's JSON type, for messages.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int, .double: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

extension JSONValue {
    /// Serialises compactly, members in order; control characters and U+2028/2029 escaped, other text written as UTF-8.
    public func serialized() -> String {
        var out = ""
        write(into: &out)
        return out
    }

    /// Appends the compact serialisation to `out`.
    public func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if d.isFinite {
                if d == d.rounded(), abs(d) < 1e15 { out += String(Int(d)) } else { out += "\(d)" }
            } else { out += "null" }
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let items):
            out += "["
            for (i, v) in items.enumerated() {
                if i > 0 { out += "," }
                v.write(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (k, v)) in members.enumerated() {
                if i > 0 { out += "," }
                JSONValue.writeString(k, into: &out)
                out += ":"
                v.write(into: &out)
            }
            out += "}"
        }
    }

    /// Writes a JSON string literal; control characters and the line separators are escaped.
    public static func writeString(_ s: String, into out: inout String) {
        if !needsEscape(s) {
            out += "\""
            out += s
            out += "\""
            return
        }
        out += String(decoding: escapedUTF8(s), as: UTF8.self)
    }

    /// Whether `s` holds a byte of something `writeString` escapes: a quote, a backslash, a
    /// control, DEL, or the lead byte of a C1 control (0xC2) or of a line separator (0xE2).
    @inline(__always)
    static func needsEscape(_ s: String) -> Bool {
        s.anyByte { b in b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2 || b == 0xE2 }
    }

    /// The JSON string literal of `s`, quotes included, as UTF-8, made on its bytes.
    ///
    /// Every character that `writeStringByScalars` escapes is found by its bytes: a quote, a
    /// backslash, a control or DEL is one byte; a C1 control is 0xC2 and 0x80–0x9F; U+2028 and
    /// U+2029 are 0xE2 0x80 0xA8 and 0xA9. Every other byte is copied. Appending scalar by scalar
    /// cost 28,000 instructions for a text with one em dash in it.
    static func escapedUTF8(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        out.append(0x22)
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        func backslashed(_ c: UInt8) {
            out.append(0x5C)
            out.append(c)
        }
        func unicode(_ v: UInt32) {
            backslashed(0x75)  // \u
            for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((v >> UInt32(shift)) & 0xF)]) }
        }
        var s = s
        s.withUTF8 { b in
            var i = 0
            while i < b.count {
                let c = b[i]
                switch c {
                case 0x22: backslashed(0x22)
                case 0x5C: backslashed(0x5C)
                case 0x0A: backslashed(0x6E)
                case 0x0D: backslashed(0x72)
                case 0x09: backslashed(0x74)
                case 0x00..<0x20, 0x7F: unicode(UInt32(c))
                case 0xC2 where i + 1 < b.count && (0x80...0x9F).contains(b[i + 1]):
                    unicode(UInt32(b[i + 1]))
                    i += 1
                case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9):
                    unicode(b[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                    i += 2
                default: out.append(c)
                }
                i += 1
            }
        }
        out.append(0x22)
        return out
    }

    /// The rule of `writeString` as it reads, scalar by scalar: the byte path is tested against it.
    static func writeStringByScalars(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value)
                || u.value == 0x2028 || u.value == 0x2029:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        out += "\""
    }
}
