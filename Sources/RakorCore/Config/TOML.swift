import Foundation

// A hand-written TOML reader for rakor's config files (agendas, themes). It exists, rather than a
// package, so that every error can name the file, the line and the full dotted key, and so that
// each value remembers the line it came from for the checks the decoders make afterwards.
// Supported: TOML 1.0 without dates and times (those get an error that says to quote them).

/// An error in a TOML file, naming the file, the line and (when known) the full dotted key.
public struct TOMLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The 1-based line; 0 when the error concerns the whole file (unreadable, missing).
    public var line: Int
    /// The full dotted key, e.g. `items[2].minutes`, when the error is about one key.
    public var key: String?
    /// What is wrong, in words for the person editing the file.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// `FILE:LINE: key 'k': message`, without the parts that are not known.
    public var description: String {
        var text = file
        if line > 0 { text += ":\(line)" }
        text += ": "
        if let key { text += "key '\(key)': " }
        return text + message
    }
}

/// A TOML value.
public indirect enum TOMLValue: Equatable, Sendable {
    /// A string, escapes resolved.
    case string(String)
    /// An integer that fits in `Int`.
    case integer(Int)
    /// A floating-point number.
    case float(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// An array, or an array of tables (`[[key]]`), whose elements are tables.
    case array([TOMLNode])
    /// A table: `[header]`, dotted keys or inline `{ … }`.
    case table(TOMLTable)

    /// The value's type with an article ("a string", "an integer"), for error messages.
    public var typeDescription: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .float: return "a float"
        case .bool: return "a boolean"
        case .array: return "an array"
        case .table: return "a table"
        }
    }
}

/// A value with the line it was defined on.
public struct TOMLNode: Equatable, Sendable {
    /// The value.
    public var value: TOMLValue
    /// The 1-based line where the value (or the table's header) starts.
    public var line: Int

    /// Creates a node.
    public init(_ value: TOMLValue, line: Int) {
        self.value = value
        self.line = line
    }
}

/// A TOML table: keys in the order they were written, each with its value and line.
public struct TOMLTable: Sendable {
    /// The keys, in the order the file defines them.
    public private(set) var keys: [String] = []
    private var nodes: [String: TOMLNode] = [:]
    /// The line of the table's header (1 for the root table).
    public var line: Int
    /// The file the table came from, for error messages.
    public var file: String
    /// The full dotted key of this table from the root (`items[2]`; empty for the root).
    public var path: String

    /// Creates an empty table.
    public init(line: Int = 1, file: String = "", path: String = "") {
        self.line = line
        self.file = file
        self.path = path
    }

    /// The node at `key`; setting a new key appends it, setting nil removes it.
    public subscript(key: String) -> TOMLNode? {
        get { nodes[key] }
        set {
            if newValue == nil {
                keys.removeAll { $0 == key }
            } else if nodes[key] == nil {
                keys.append(key)
            }
            nodes[key] = newValue
        }
    }

    /// The number of keys.
    public var count: Int { keys.count }
}

extension TOMLTable: Equatable {
    /// Tables are equal when their keys, values and lines are; where they came from does not count.
    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool {
        lhs.keys == rhs.keys && lhs.nodes == rhs.nodes && lhs.line == rhs.line
    }
}

/// Entry points of the TOML reader.
public enum TOML {
    /// Parses TOML text; `file` is only used in error messages and carried by the tables.
    public static func parse(_ text: String, file: String) throws(TOMLError) -> TOMLTable {
        var parser = TOMLParser(text: text, file: file)
        return try parser.parseDocument()
    }

    /// Reads and parses a file; an unreadable file or invalid UTF-8 is an error naming the file.
    public static func load(path: String) throws(TOMLError) -> TOMLTable {
        try parse(readText(path: path), file: path)
    }

    /// Reads a text file as UTF-8, reporting the line of the first invalid byte.
    public static func readText(path: String) throws(TOMLError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TOMLError(file: path, line: 0, message: "no such file")
        }
        if isDirectory.boolValue {
            throw TOMLError(file: path, line: 0, message: "is a directory, not a file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TOMLError(file: path, line: 0, message: "cannot read the file (permission denied?)")
        }
        return try decodeUTF8(Array(data), file: path)
    }

    /// Decodes UTF-8 bytes, dropping a leading byte-order mark; invalid bytes are an error with their line.
    public static func decodeUTF8(_ bytes: [UInt8], file: String) throws(TOMLError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        var line = 1
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(body.count)
        decoding: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar == "\n" { line += 1 }
                scalars.append(scalar)
            case .emptyInput:
                break decoding
            case .error:
                throw TOMLError(file: file, line: line, message: "the file is not valid UTF-8")
            }
        }
        return String(scalars)
    }

    /// Writes a key as TOML would: bare when it can be, otherwise quoted.
    public static func formatKey(_ key: String) -> String {
        if !key.isEmpty, key.unicodeScalars.allSatisfy(isBareKeyScalar) { return key }
        return quote(key)
    }

    /// A basic string as TOML writes it: `"` and `\` escaped, control characters as escapes.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    out += String(format: "\\u%04X", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// Joins a table path and a key into a full dotted key.
    public static func joinKey(_ path: String, _ key: String) -> String {
        path.isEmpty ? formatKey(key) : path + "." + formatKey(key)
    }

    static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": return true
        default: return false
        }
    }

    /// The candidate closest to `word` when it looks like a typo of it (edit distance of 2 or less).
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= 2, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

// MARK: - Typed access for decoders

extension TOMLTable {
    /// The full dotted key of one of this table's keys, e.g. `items[2].minutes`.
    public func keyPath(_ key: String) -> String {
        TOML.joinKey(path, key)
    }

    /// An error about `key` (at the key's line) or, when `key` is nil or absent, about the table itself.
    public func error(_ key: String?, _ message: String) -> TOMLError {
        guard let key else {
            return TOMLError(file: file, line: line, key: path.isEmpty ? nil : path, message: message)
        }
        return TOMLError(file: file, line: self[key]?.line ?? line, key: keyPath(key), message: message)
    }

    private func typeError(_ key: String, expected: String, found node: TOMLNode) -> TOMLError {
        error(key, "expected \(expected), found \(node.value.typeDescription)")
    }

    /// An error for a required key that is missing, at the table's line.
    public func missingKeyError(_ key: String) -> TOMLError {
        TOMLError(file: file, line: line, key: keyPath(key), message: "missing required key")
    }

    /// The string at `key`, nil when absent; another type is an error.
    public func string(_ key: String) throws(TOMLError) -> String? {
        guard let node = self[key] else { return nil }
        guard case .string(let text) = node.value else { throw typeError(key, expected: "a string", found: node) }
        return text
    }

    /// The string at `key`; absent or another type is an error.
    public func requiredString(_ key: String) throws(TOMLError) -> String {
        guard let text = try string(key) else { throw missingKeyError(key) }
        return text
    }

    /// The integer at `key`, nil when absent; another type is an error.
    public func integer(_ key: String) throws(TOMLError) -> Int? {
        guard let node = self[key] else { return nil }
        guard case .integer(let number) = node.value else { throw typeError(key, expected: "an integer", found: node) }
        return number
    }

    /// The integer at `key`; absent or another type is an error.
    public func requiredInteger(_ key: String) throws(TOMLError) -> Int {
        guard let number = try integer(key) else { throw missingKeyError(key) }
        return number
    }

    /// The number at `key` as a Double (integers are accepted), nil when absent.
    public func float(_ key: String) throws(TOMLError) -> Double? {
        guard let node = self[key] else { return nil }
        switch node.value {
        case .float(let number): return number
        case .integer(let number): return Double(number)
        default: throw typeError(key, expected: "a number", found: node)
        }
    }

    /// The boolean at `key`, nil when absent; another type is an error.
    public func bool(_ key: String) throws(TOMLError) -> Bool? {
        guard let node = self[key] else { return nil }
        guard case .bool(let flag) = node.value else {
            throw typeError(key, expected: "a boolean (true or false)", found: node)
        }
        return flag
    }

    /// The array at `key`, nil when absent; another type is an error.
    public func array(_ key: String) throws(TOMLError) -> [TOMLNode]? {
        guard let node = self[key] else { return nil }
        guard case .array(let elements) = node.value else { throw typeError(key, expected: "an array", found: node) }
        return elements
    }

    /// The table at `key`, nil when absent; another type is an error.
    public func table(_ key: String) throws(TOMLError) -> TOMLTable? {
        guard let node = self[key] else { return nil }
        guard case .table(let table) = node.value else { throw typeError(key, expected: "a table", found: node) }
        return table
    }

    /// The array of tables at `key` (`[[key]]` or an array of inline tables), nil when absent.
    public func tables(_ key: String) throws(TOMLError) -> [TOMLTable]? {
        guard let elements = try array(key) else { return nil }
        var result: [TOMLTable] = []
        for (index, element) in elements.enumerated() {
            guard case .table(let table) = element.value else {
                throw TOMLError(file: file, line: element.line, key: keyPath(key) + "[\(index + 1)]",
                                message: "expected a table, found \(element.value.typeDescription)")
            }
            result.append(table)
        }
        return result
    }

    /// Fails on the first key (in file order) that is not in `allowed`, suggesting the nearest allowed key.
    /// An error for every key not in `allowed` (with a suggestion when one is near).
    public func unknownKeyErrors(allowed: [String]) -> [TOMLError] {
        keys.filter { !allowed.contains($0) }.map { key in
            if let near = TOML.suggestion(for: key, among: allowed) { return error(key, "unknown key; did you mean '\(near)'?") }
            return error(key, "unknown key; expected one of: " + allowed.joined(separator: ", "))
        }
    }

    public func checkKeys(allowed: [String]) throws(TOMLError) {
        for key in keys where !allowed.contains(key) {
            if let near = TOML.suggestion(for: key, among: allowed) {
                throw error(key, "unknown key; did you mean '\(near)'?")
            }
            throw error(key, "unknown key; expected one of: " + allowed.joined(separator: ", "))
        }
    }
}

// MARK: - Parser

/// A table while it is being built; a class because headers and dotted keys reach into it from many places.
private final class TableBuilder {
    enum Kind {
        /// Created as the parent of a header (`[a]` by `[a.b]`): may still be defined by its own header once.
        case implicit
        /// Defined by a `[header]`.
        case header
        /// Defined by dotted keys (`a.b = 1`): can take more dotted keys, never a header of its own.
        case dotted
        /// Written inline (`{ … }`): closed for good.
        case inline
        /// One `[[element]]` of an array of tables.
        case arrayElement
        case root
    }

    var kind: Kind
    var line: Int
    var order: [String] = []
    var entries: [String: Entry] = [:]

    init(kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }

    func add(_ key: String, _ entry: Entry) {
        order.append(key)
        entries[key] = entry
    }
}

private enum Entry {
    case value(TOMLValue, line: Int)
    /// An array written with `[ … ]`: fixed once written.
    case array([Entry], line: Int)
    case table(TableBuilder)
    /// An array of tables grown by `[[key]]` headers.
    case tableArray([TableBuilder], line: Int)

    var line: Int {
        switch self {
        case .value(_, let line), .array(_, let line), .tableArray(_, let line): return line
        case .table(let table): return table.line
        }
    }

    var what: String {
        switch self {
        case .value(let value, _): return value.typeDescription
        case .array: return "an array"
        case .tableArray: return "an array of tables"
        case .table(let table):
            switch table.kind {
            case .inline: return "an inline table"
            case .dotted: return "a table made by dotted keys"
            default: return "a table"
            }
        }
    }
}

private struct TOMLParser {
    let file: String
    let text: [Unicode.Scalar]
    var index = 0
    var line = 1
    let root = TableBuilder(kind: .root, line: 1)
    var current: TableBuilder
    /// The display path of `current`, e.g. `items[2].speakers[1]`.
    var currentPath = ""

    init(text: String, file: String) {
        self.file = file
        self.text = Array(text.unicodeScalars)
        current = root
    }

    // MARK: Document

    mutating func parseDocument() throws(TOMLError) -> TOMLTable {
        while true {
            skipSpaces()
            guard let scalar = peek() else { break }
            switch scalar {
            case "#", "\n", "\r":
                try endOfLine(key: nil)
            case "[":
                try parseHeader()
            default:
                let key = try parseKeyValue(into: current, prefix: currentPath)
                try endOfLine(key: key)
            }
        }
        return finish(root, path: "")
    }

    mutating func parseHeader() throws(TOMLError) {
        let headerLine = line
        advance()
        let isArray = peek() == "["
        if isArray { advance() }
        skipSpaces()
        let parts = try parseKey()
        skipSpaces()
        let closing = isArray ? "]]" : "]"
        if !consume("]") || (isArray && !consume("]")) {
            throw fail("expected '\(closing)' to close the table header", key: displayKey(parts))
        }
        try endOfLine(key: displayKey(parts))

        var table = root
        var path = ""
        for part in parts.dropLast() {
            path = TOML.joinKey(path, part)
            switch table.entries[part] {
            case nil:
                let child = TableBuilder(kind: .implicit, line: headerLine)
                table.add(part, .table(child))
                table = child
            case .table(let child):
                if child.kind == .inline {
                    throw fail("cannot add to the inline table defined on line \(child.line)", key: path, line: headerLine)
                }
                table = child
            case .tableArray(let elements, _):
                table = elements[elements.count - 1]
                path += "[\(elements.count)]"
            case let entry?:
                throw fail("is already \(entry.what) (line \(entry.line)), not a table", key: path, line: headerLine)
            }
        }
        let last = parts[parts.count - 1]
        path = TOML.joinKey(path, last)
        let shown = "[\(isArray ? "[" : "")\(displayKey(parts))\(isArray ? "]" : "")]"

        if isArray {
            let element = TableBuilder(kind: .arrayElement, line: headerLine)
            switch table.entries[last] {
            case nil:
                table.add(last, .tableArray([element], line: headerLine))
                path += "[1]"
            case .tableArray(let elements, let firstLine):
                table.entries[last] = .tableArray(elements + [element], line: firstLine)
                path += "[\(elements.count + 1)]"
            case let entry?:
                throw fail("\(shown) cannot extend \(entry.what) defined on line \(entry.line)", key: path, line: headerLine)
            }
            current = element
        } else {
            switch table.entries[last] {
            case nil:
                let child = TableBuilder(kind: .header, line: headerLine)
                table.add(last, .table(child))
                current = child
            case .table(let child) where child.kind == .implicit:
                child.kind = .header
                child.line = headerLine
                current = child
            case .table(let child) where child.kind == .header || child.kind == .arrayElement:
                throw fail("table \(shown) is defined twice (first on line \(child.line))", key: path, line: headerLine)
            case let entry?:
                throw fail("table \(shown) is already \(entry.what) (line \(entry.line))", key: path, line: headerLine)
            }
        }
        currentPath = path
    }

    /// Parses `key = value`, stores it in `table` and returns the full key; `prefix` is the table's display path.
    @discardableResult
    mutating func parseKeyValue(into table: TableBuilder, prefix: String) throws(TOMLError) -> String {
        let keyLine = line
        let parts = try parseKey()
        let fullKey = parts.reduce(prefix) { TOML.joinKey($0, $1) }
        skipSpaces()
        guard consume("=") else {
            if let scalar = peek(), scalar != "\n", scalar != "\r" {
                throw fail("expected '=' after the key, found \(describe(scalar))", key: fullKey)
            }
            throw fail("expected '=' and a value after the key", key: fullKey)
        }
        skipSpaces()
        let entry = try parseValue(key: fullKey)

        var target = table
        var path = prefix
        for part in parts.dropLast() {
            path = TOML.joinKey(path, part)
            switch target.entries[part] {
            case nil:
                let child = TableBuilder(kind: .dotted, line: keyLine)
                target.add(part, .table(child))
                target = child
            case .table(let child) where child.kind == .dotted:
                target = child
            case let entry?:
                throw fail("cannot add keys with a dotted key: already \(entry.what) (line \(entry.line))",
                           key: path, line: keyLine)
            }
        }
        let last = parts[parts.count - 1]
        if let existing = target.entries[last] {
            throw fail("duplicate key (first defined on line \(existing.line))", key: fullKey, line: keyLine)
        }
        target.add(last, entry)
        return fullKey
    }

    mutating func parseKey() throws(TOMLError) -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            guard let scalar = peek() else { throw fail("expected a key, found the end of the file") }
            switch scalar {
            case "\"":
                if peek(1) == "\"" && peek(2) == "\"" { throw fail("a key cannot be a multi-line string") }
                parts.append(try parseBasicString(key: displayKey(parts)))
            case "'":
                if peek(1) == "'" && peek(2) == "'" { throw fail("a key cannot be a multi-line string") }
                parts.append(try parseLiteralString(key: displayKey(parts)))
            default:
                var bare = ""
                while let next = peek(), TOML.isBareKeyScalar(next) {
                    bare.unicodeScalars.append(next)
                    advance()
                }
                if bare.isEmpty {
                    throw fail("expected a key, found \(describe(scalar))", key: parts.isEmpty ? nil : displayKey(parts))
                }
                parts.append(bare)
            }
            skipSpaces()
            guard consume(".") else { return parts }
        }
    }

    // MARK: Values

    mutating func parseValue(key: String) throws(TOMLError) -> Entry {
        let valueLine = line
        guard let scalar = peek(), scalar != "\n", scalar != "\r", scalar != "#" else {
            throw fail("missing value after '='", key: key)
        }
        switch scalar {
        case "\"":
            if peek(1) == "\"" && peek(2) == "\"" {
                return .value(.string(try parseMultilineString(literal: false, key: key)), line: valueLine)
            }
            return .value(.string(try parseBasicString(key: key)), line: valueLine)
        case "'":
            if peek(1) == "'" && peek(2) == "'" {
                return .value(.string(try parseMultilineString(literal: true, key: key)), line: valueLine)
            }
            return .value(.string(try parseLiteralString(key: key)), line: valueLine)
        case "[":
            return try parseArray(key: key)
        case "{":
            return try parseInlineTable(key: key)
        default:
            return .value(try parseScalarToken(key: key), line: valueLine)
        }
    }

    mutating func parseArray(key: String) throws(TOMLError) -> Entry {
        let openLine = line
        advance()
        var elements: [Entry] = []
        while true {
            try skipSpacesNewlinesComments(key: key)
            guard let scalar = peek() else {
                throw fail("unterminated array (opened on line \(openLine))", key: key, line: openLine)
            }
            if scalar == "]" {
                advance()
                return .array(elements, line: openLine)
            }
            elements.append(try parseValue(key: key + "[\(elements.count + 1)]"))
            try skipSpacesNewlinesComments(key: key)
            guard let next = peek() else {
                throw fail("unterminated array (opened on line \(openLine))", key: key, line: openLine)
            }
            if next == "]" {
                advance()
                return .array(elements, line: openLine)
            }
            guard next == "," else { throw fail("expected ',' or ']' in the array, found \(describe(next))", key: key) }
            advance()
        }
    }

    mutating func parseInlineTable(key: String) throws(TOMLError) -> Entry {
        let openLine = line
        advance()
        let table = TableBuilder(kind: .dotted, line: openLine)
        skipSpaces()
        if consume("}") {
            table.kind = .inline
            return .table(table)
        }
        while true {
            skipSpaces()
            if let scalar = peek(), scalar == "\n" || scalar == "\r" {
                throw fail("an inline table must stay on one line; use a [table] instead", key: key)
            }
            try parseKeyValue(into: table, prefix: key)
            skipSpaces()
            guard let scalar = peek() else {
                throw fail("unterminated inline table (opened on line \(openLine))", key: key, line: openLine)
            }
            switch scalar {
            case "}":
                advance()
                table.kind = .inline
                return .table(table)
            case ",":
                advance()
                skipSpaces()
                if peek() == "}" { throw fail("no trailing comma allowed in an inline table", key: key) }
            case "\n", "\r":
                throw fail("an inline table must stay on one line; use a [table] instead", key: key)
            default:
                throw fail("expected ',' or '}' in the inline table, found \(describe(scalar))", key: key)
            }
        }
    }

    mutating func parseBasicString(key: String?) throws(TOMLError) -> String {
        let startLine = line
        advance()
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek(), scalar != "\n", scalar != "\r" else {
                throw fail("unterminated string: missing the closing '\"'", key: key, line: startLine)
            }
            advance()
            switch scalar {
            case "\"":
                return String(result)
            case "\\":
                result.append(try parseEscape(key: key))
            default:
                try checkTextScalar(scalar, key: key, in: "a string")
                result.append(scalar)
            }
        }
    }

    mutating func parseLiteralString(key: String?) throws(TOMLError) -> String {
        let startLine = line
        advance()
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek(), scalar != "\n", scalar != "\r" else {
                throw fail("unterminated string: missing the closing \"'\"", key: key, line: startLine)
            }
            advance()
            if scalar == "'" { return String(result) }
            try checkTextScalar(scalar, key: key, in: "a string")
            result.append(scalar)
        }
    }

    mutating func parseMultilineString(literal: Bool, key: String) throws(TOMLError) -> String {
        let startLine = line
        let quote: Unicode.Scalar = literal ? "'" : "\""
        advance(3)
        // A newline right after the opening delimiter is not part of the string.
        if peek() == "\n" {
            advance(); line += 1
        } else if peek() == "\r" && peek(1) == "\n" {
            advance(2); line += 1
        }
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else {
                throw fail("unterminated multi-line string (opened on line \(startLine))", key: key, line: startLine)
            }
            if scalar == quote {
                var run = 0
                while peek() == quote {
                    run += 1
                    advance()
                }
                if run >= 3 {
                    // Up to two quotes may sit just before the closing delimiter.
                    if run > 5 { throw fail("too many quotes at the end of a multi-line string", key: key) }
                    result.append(contentsOf: repeatElement(quote, count: run - 3))
                    return String(result)
                }
                result.append(contentsOf: repeatElement(quote, count: run))
                continue
            }
            advance()
            switch scalar {
            case "\n":
                line += 1
                result.append("\n")
            case "\r":
                guard peek() == "\n" else { throw fail("a carriage return must be followed by a newline", key: key) }
                advance()
                line += 1
                result.append("\n")
            case "\\" where !literal:
                if try skipLineEndingBackslash(key: key) { continue }
                result.append(try parseEscape(key: key))
            default:
                try checkTextScalar(scalar, key: key, in: "a string")
                result.append(scalar)
            }
        }
    }

    /// After a backslash in a multi-line string: when only spaces follow up to the end of the line,
    /// skips them and all whitespace after, and returns true.
    mutating func skipLineEndingBackslash(key: String) throws(TOMLError) -> Bool {
        var probe = index
        while probe < text.count, text[probe] == " " || text[probe] == "\t" { probe += 1 }
        guard probe < text.count, text[probe] == "\n" || (text[probe] == "\r" && probe + 1 < text.count && text[probe + 1] == "\n") else {
            return false
        }
        index = probe
        while let scalar = peek() {
            switch scalar {
            case " ", "\t": advance()
            case "\n": advance(); line += 1
            case "\r" where peek(1) == "\n": advance(2); line += 1
            default: return true
            }
        }
        return true
    }

    mutating func parseEscape(key: String?) throws(TOMLError) -> Unicode.Scalar {
        guard let scalar = peek(), scalar != "\n", scalar != "\r" else {
            throw fail("a backslash must be followed by an escape such as \\n or \\\"", key: key)
        }
        advance()
        switch scalar {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "\"": return "\""
        case "\\": return "\\"
        case "u": return try parseHexEscape(digits: 4, key: key)
        case "U": return try parseHexEscape(digits: 8, key: key)
        default:
            throw fail("invalid escape '\\\(Character(scalar))'; use \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX or \\UXXXXXXXX",
                       key: key)
        }
    }

    mutating func parseHexEscape(digits: Int, key: String?) throws(TOMLError) -> Unicode.Scalar {
        var value: UInt32 = 0
        var written = ""
        for _ in 0..<digits {
            guard let scalar = peek(), scalar.isASCII, let digit = Character(scalar).hexDigitValue else {
                let form = digits == 4 ? "\\uXXXX" : "\\UXXXXXXXX"
                throw fail("invalid escape: \(form) needs \(digits) hexadecimal digits", key: key)
            }
            advance()
            written.unicodeScalars.append(scalar)
            value = value * 16 + UInt32(digit)
        }
        guard let result = Unicode.Scalar(value) else {
            throw fail("invalid escape: U+\(written.uppercased()) is not a Unicode scalar value", key: key)
        }
        return result
    }

    /// Integers, floats, booleans, and a helpful error for everything else a bare value could be.
    mutating func parseScalarToken(key: String) throws(TOMLError) -> TOMLValue {
        var token = ""
        while let scalar = peek() {
            switch scalar {
            case " ", "\t", "\n", "\r", ",", "]", "}", "#": break
            default:
                token.unicodeScalars.append(scalar)
                advance()
                continue
            }
            break
        }
        switch token {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        if token.isEmpty, let scalar = peek() {
            throw fail("expected a value, found \(describe(scalar))", key: key)
        }
        if let value = TOMLNumber.integer(token) {
            guard let number = value else { throw fail("integer \(token) is out of range", key: key) }
            return .integer(number)
        }
        if let number = TOMLNumber.float(token) { return .float(number) }
        if token.contains(":") || TOMLNumber.looksLikeDate(token) {
            throw fail("dates and times are not supported here; write it as a string in quotes, e.g. \"09:00\"",
                       key: key)
        }
        if let first = token.unicodeScalars.first, first.properties.isAlphabetic {
            throw fail("invalid value \(token); a string must be in quotes", key: key)
        }
        throw fail("invalid value \(token)", key: key)
    }

    // MARK: Whitespace, comments, line ends

    mutating func skipSpaces() {
        while let scalar = peek(), scalar == " " || scalar == "\t" { advance() }
    }

    /// Requires the rest of the line to be blank or a comment, and consumes the newline.
    mutating func endOfLine(key: String?) throws(TOMLError) {
        skipSpaces()
        if peek() == "#" { try skipComment() }
        guard let scalar = peek() else { return }
        switch scalar {
        case "\n":
            advance()
            line += 1
        case "\r" where peek(1) == "\n":
            advance(2)
            line += 1
        case "\r":
            throw fail("a carriage return must be followed by a newline", key: key)
        default:
            throw fail("unexpected \(describe(scalar)) after the value; expected the end of the line", key: key)
        }
    }

    mutating func skipComment() throws(TOMLError) {
        advance()
        while let scalar = peek(), scalar != "\n", scalar != "\r" {
            try checkTextScalar(scalar, key: nil, in: "a comment")
            advance()
        }
    }

    mutating func skipSpacesNewlinesComments(key: String) throws(TOMLError) {
        while let scalar = peek() {
            switch scalar {
            case " ", "\t": advance()
            case "\n": advance(); line += 1
            case "\r" where peek(1) == "\n": advance(2); line += 1
            case "#": try skipComment()
            default: return
            }
        }
    }

    func checkTextScalar(_ scalar: Unicode.Scalar, key: String?, in place: String) throws(TOMLError) {
        if (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F {
            let code = String(scalar.value, radix: 16, uppercase: true)
            throw fail("control character U+\(String(repeating: "0", count: 4 - code.count))\(code) in \(place)"
                       + (place == "a string" ? "; write it as an escape" : ""), key: key)
        }
    }

    // MARK: Cursor

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < text.count ? text[index + offset] : nil
    }

    mutating func advance(_ count: Int = 1) {
        index = min(index + count, text.count)
    }

    mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
        guard peek() == scalar else { return false }
        advance()
        return true
    }

    func describe(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n", "\r": return "the end of the line"
        case "\t": return "a tab"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F { return "a control character" }
            return "'\(Character(scalar))'"
        }
    }

    func displayKey(_ parts: [String]) -> String {
        parts.reduce("") { TOML.joinKey($0, $1) }
    }

    func fail(_ message: String, key: String? = nil, line: Int? = nil) -> TOMLError {
        TOMLError(file: file, line: line ?? self.line, key: key, message: message)
    }

    // MARK: Result

    func finish(_ builder: TableBuilder, path: String) -> TOMLTable {
        var table = TOMLTable(line: builder.line, file: file, path: path)
        for key in builder.order {
            guard let entry = builder.entries[key] else { continue }
            table[key] = finish(entry, path: TOML.joinKey(path, key))
        }
        return table
    }

    func finish(_ entry: Entry, path: String) -> TOMLNode {
        switch entry {
        case .value(let value, let line):
            return TOMLNode(value, line: line)
        case .array(let elements, let line):
            let nodes = elements.enumerated().map { finish($1, path: path + "[\($0 + 1)]") }
            return TOMLNode(.array(nodes), line: line)
        case .table(let builder):
            return TOMLNode(.table(finish(builder, path: path)), line: builder.line)
        case .tableArray(let builders, let line):
            let nodes = builders.enumerated().map { offset, builder in
                TOMLNode(.table(finish(builder, path: path + "[\(offset + 1)]")), line: builder.line)
            }
            return TOMLNode(.array(nodes), line: line)
        }
    }
}

/// The number grammar of TOML, on whole tokens.
private enum TOMLNumber {
    /// nil when the token is not an integer; .some(nil) when it is one but does not fit in Int.
    static func integer(_ token: String) -> Int?? {
        var body = Substring(token)
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where body.hasPrefix(prefix) {
            let digits = body.dropFirst(2)
            guard groupedDigits(digits, radix: radix) else { return nil }
            return .some(Int(digits.replacingOccurrences(of: "_", with: ""), radix: radix))
        }
        var negative = false
        if body.first == "+" || body.first == "-" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        guard groupedDigits(body, radix: 10), !hasLeadingZero(body) else { return nil }
        let digits = body.replacingOccurrences(of: "_", with: "")
        return .some(Int((negative ? "-" : "") + digits))
    }

    static func float(_ token: String) -> Double? {
        var body = Substring(token)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        let mantissa: Substring, exponent: Substring?
        if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = body[..<e]
            exponent = body[body.index(after: e)...]
        } else {
            mantissa = body
            exponent = nil
        }
        let whole: Substring, fraction: Substring?
        if let dot = mantissa.firstIndex(of: ".") {
            whole = mantissa[..<dot]
            fraction = mantissa[mantissa.index(after: dot)...]
        } else {
            whole = mantissa
            fraction = nil
        }
        guard fraction != nil || exponent != nil else { return nil }
        guard groupedDigits(whole, radix: 10), !hasLeadingZero(whole) else { return nil }
        if let fraction, !groupedDigits(fraction, radix: 10) { return nil }
        if var exponent {
            if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
            guard groupedDigits(exponent, radix: 10) else { return nil }
        }
        return Double(token.replacingOccurrences(of: "_", with: ""))
    }

    /// Digits of the radix, where each underscore sits between two digits.
    static func groupedDigits(_ digits: Substring, radix: Int) -> Bool {
        guard let first = digits.first, let last = digits.last, first != "_", last != "_" else { return false }
        var previousUnderscore = false
        for character in digits {
            if character == "_" {
                if previousUnderscore { return false }
                previousUnderscore = true
                continue
            }
            guard let value = character.hexDigitValue, value < radix, character.isASCII else { return false }
            previousUnderscore = false
        }
        return true
    }

    static func hasLeadingZero(_ digits: Substring) -> Bool {
        digits.count > 1 && digits.first == "0"
    }

    static func looksLikeDate(_ token: String) -> Bool {
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count >= 3 && parts[0].count == 4 && parts[0].allSatisfy(\.isNumber)
    }
}
