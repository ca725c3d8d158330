import Testing
@testable import RakorCore

private func parse(_ text: String) throws -> TOMLTable {
    try TOML.parse(text, file: "t.toml")
}

/// The error parsing `text` gives, or nil when it parses.
private func parseError(_ text: String) -> TOMLError? {
    do {
        _ = try TOML.parse(text, file: "t.toml")
        return nil
    } catch {
        return error
    }
}

private func node(_ value: TOMLValue, _ line: Int) -> TOMLNode {
    TOMLNode(value, line: line)
}

@Suite struct TOMLParsingTests {
    @Test func commentsAndKeyForms() throws {
        let table = try parse("""
        # a comment line
        bare_key-1 = 1   # after a value
        "quoted key" = 2
        'literal.key' = 3
        dotted.inner = 4
        1234 = 5
        """)
        #expect(table.keys == ["bare_key-1", "quoted key", "literal.key", "dotted", "1234"])
        #expect(table["bare_key-1"] == node(.integer(1), 2))
        #expect(table["quoted key"] == node(.integer(2), 3))
        #expect(table["literal.key"] == node(.integer(3), 4))
        #expect(table["1234"] == node(.integer(5), 6))
        let dotted = try #require(try table.table("dotted"))
        #expect(dotted["inner"] == node(.integer(4), 5))
        #expect(dotted.path == "dotted")
        #expect(dotted.line == 5)
    }

    @Test func tablesAndSubtables() throws {
        let table = try parse("""
        top = true

        [server]
        host = "a"

        [server.limits]
        max = 3

        [client."x.y"]
        z = 1
        """)
        #expect(table.keys == ["top", "server", "client"])
        let server = try #require(try table.table("server"))
        #expect(server.line == 3)
        #expect(server["host"] == node(.string("a"), 4))
        let limits = try #require(try server.table("limits"))
        #expect(limits.line == 6)
        #expect(limits.path == "server.limits")
        #expect(limits["max"] == node(.integer(3), 7))
        let xy = try #require(try table.table("client")?.table("x.y"))
        #expect(xy.path == "client.\"x.y\"")
        #expect(xy["z"] == node(.integer(1), 10))
    }

    @Test func arraysOfTables() throws {
        let table = try parse("""
        [[items]]
        title = "one"

        [[items.speakers]]
        name = "A"

        [[items.speakers]]
        name = "B"

        [[items]]
        title = "two"
        """)
        let items = try #require(try table.tables("items"))
        #expect(items.count == 2)
        #expect(items[0].line == 1)
        #expect(items[0].path == "items[1]")
        #expect(items[1].line == 10)
        #expect(items[1]["title"] == node(.string("two"), 11))
        let speakers = try #require(try items[0].tables("speakers"))
        #expect(speakers.map(\.path) == ["items[1].speakers[1]", "items[1].speakers[2]"])
        #expect(speakers[1]["name"] == node(.string("B"), 8))
        #expect(try items[1].tables("speakers") == nil)
    }

    @Test func basicStringEscapes() throws {
        let table = try parse(#"s = "tab\there \"q\" back\\ nl\n e\u00e9 smile\U0001F600 \b\f\r""#)
        #expect(try table.string("s") == "tab\there \"q\" back\\ nl\n e\u{e9} smile\u{1F600} \u{8}\u{C}\r")
    }

    @Test func literalStringsKeepBackslashes() throws {
        let table = try parse(#"path = 'C:\Users\rakor\n'"#)
        #expect(try table.string("path") == #"C:\Users\rakor\n"#)
    }

    @Test func multiLineBasicString() throws {
        let table = try parse("""
        s = \"\"\"
        first
          second \\
            joined
        ends with quotes\"\"\"\"\"
        after = 1
        """)
        #expect(try table.string("s") == "first\n  second joined\nends with quotes\"\"")
        #expect(table["s"]?.line == 1)
        #expect(table["after"]?.line == 6)
    }

    @Test func multiLineLiteralString() throws {
        let table = try parse("s = '''\nraw \\n\n'line'\n'''")
        #expect(try table.string("s") == "raw \\n\n'line'\n")
    }

    @Test func integers() throws {
        let table = try parse("""
        a = 42
        b = +17
        c = -5
        d = 1_000_000
        e = 0
        f = 0xff
        g = 0o17
        h = 0b101
        """)
        let values = try ["a", "b", "c", "d", "e", "f", "g", "h"].map { try table.integer($0) }
        #expect(values == [42, 17, -5, 1_000_000, 0, 255, 15, 5])
    }

    @Test func floatsAndBooleans() throws {
        let table = try parse("""
        a = 3.14
        b = -0.5
        c = 1e3
        d = 6.626e-34
        e = 1_000.5
        f = inf
        g = true
        h = false
        """)
        #expect(table["a"]?.value == .float(3.14))
        #expect(table["b"]?.value == .float(-0.5))
        #expect(table["c"]?.value == .float(1000))
        #expect(table["d"]?.value == .float(6.626e-34))
        #expect(table["e"]?.value == .float(1000.5))
        #expect(table["f"]?.value == .float(.infinity))
        #expect(table["g"]?.value == .bool(true))
        #expect(table["h"]?.value == .bool(false))
        #expect(try table.float("c") == 1000)
    }

    @Test func multiLineArraysWithTrailingComma() throws {
        let table = try parse("""
        a = [
          1,  # one
          2,
          [3, "x"],
        ]
        empty = []
        """)
        #expect(table["a"] == node(.array([
            node(.integer(1), 2),
            node(.integer(2), 3),
            node(.array([node(.integer(3), 4), node(.string("x"), 4)]), 4),
        ]), 1))
        #expect(table["empty"] == node(.array([]), 6))
    }

    @Test func inlineTables() throws {
        let table = try parse(#"point = { x = 1, y.z = "deep", "q" = true }"#)
        let point = try #require(try table.table("point"))
        #expect(point.keys == ["x", "y", "q"])
        #expect(point.path == "point")
        #expect(try point.integer("x") == 1)
        #expect(try point.table("y")?.string("z") == "deep")
        #expect(try point.table("y")?.path == "point.y")
        #expect(try point.bool("q") == true)
        #expect(try parse("e = {}")["e"] == node(.table(TOMLTable(line: 1)), 1))
    }

    @Test func arraysOfInlineTablesActAsTables() throws {
        let table = try parse(#"items = [{ title = "a" }, { title = "b" }]"#)
        let items = try #require(try table.tables("items"))
        #expect(items.map(\.path) == ["items[1]", "items[2]"])
        #expect(try items[1].string("title") == "b")
    }

    @Test func windowsLineEndings() throws {
        let table = try parse("a = 1\r\nb = \"x\"\r\n")
        #expect(table["b"] == node(.string("x"), 2))
    }

    @Test func implicitTableMayBeDefinedLater() throws {
        let table = try parse("[a.b]\nx = 1\n[a]\ny = 2")
        #expect(try table.table("a")?.integer("y") == 2)
        #expect(try table.table("a")?.line == 3)
    }

    @Test func headerMayAddSubtableToDottedTable() throws {
        let table = try parse("[fruit]\napple.color = \"red\"\n[fruit.apple.texture]\nsmooth = true")
        #expect(try table.table("fruit")?.table("apple")?.table("texture")?.bool("smooth") == true)
    }
}

@Suite struct TOMLErrorTests {
    @Test func descriptionNamesFileLineAndKey() {
        #expect(TOMLError(file: "a.toml", line: 3, key: "items[2].minutes", message: "boom").description
                == "a.toml:3: key 'items[2].minutes': boom")
        #expect(TOMLError(file: "a.toml", line: 3, message: "boom").description == "a.toml:3: boom")
        #expect(TOMLError(file: "a.toml", line: 0, message: "no such file").description == "a.toml: no such file")
    }

    @Test func duplicateKey() {
        #expect(parseError("a = 1\nb = 2\na = 3") == TOMLError(
            file: "t.toml", line: 3, key: "a", message: "duplicate key (first defined on line 1)"))
    }

    @Test func duplicateKeyInTable() {
        #expect(parseError("[t]\nx = 1\n\nx = 2") == TOMLError(
            file: "t.toml", line: 4, key: "t.x", message: "duplicate key (first defined on line 2)"))
    }

    @Test func redefinedTable() {
        #expect(parseError("[t]\nx = 1\n[t]") == TOMLError(
            file: "t.toml", line: 3, key: "t", message: "table [t] is defined twice (first on line 1)"))
    }

    @Test func tableOverDottedKeys() {
        #expect(parseError("a.b.c = 1\n[a.b]") == TOMLError(
            file: "t.toml", line: 2, key: "a.b", message: "table [a.b] is already a table made by dotted keys (line 1)"))
    }

    @Test func tableOverArrayOfTables() {
        #expect(parseError("[[a]]\n[a]") == TOMLError(
            file: "t.toml", line: 2, key: "a", message: "table [a] is already an array of tables (line 1)"))
    }

    @Test func arrayOfTablesOverStaticArray() {
        #expect(parseError("a = [1]\n[[a]]") == TOMLError(
            file: "t.toml", line: 2, key: "a", message: "[[a]] cannot extend an array defined on line 1"))
    }

    @Test func extendingInlineTable() {
        #expect(parseError("p = { x = 1 }\np.y = 2") == TOMLError(
            file: "t.toml", line: 2, key: "p",
            message: "cannot add keys with a dotted key: already an inline table (line 1)"))
    }

    @Test func unterminatedString() {
        #expect(parseError("a = 1\ntitle = \"Rapat") == TOMLError(
            file: "t.toml", line: 2, key: "title", message: "unterminated string: missing the closing '\"'"))
    }

    @Test func unterminatedMultiLineStringNamesItsStart() {
        #expect(parseError("\ns = \"\"\"\nabc\n") == TOMLError(
            file: "t.toml", line: 2, key: "s", message: "unterminated multi-line string (opened on line 2)"))
    }

    @Test func badEscape() {
        #expect(parseError(#"[t]"# + "\n" + #"s = "a\qb""#) == TOMLError(
            file: "t.toml", line: 2, key: "t.s",
            message: #"invalid escape '\q'; use \b \t \n \f \r \" \\ \uXXXX or \UXXXXXXXX"#))
    }

    @Test func surrogateEscape() {
        #expect(parseError(#"s = "\uD800""#) == TOMLError(
            file: "t.toml", line: 1, key: "s", message: "invalid escape: U+D800 is not a Unicode scalar value"))
    }

    @Test func junkAfterValue() {
        #expect(parseError("a = 1\nb = \"x\" y") == TOMLError(
            file: "t.toml", line: 2, key: "b", message: "unexpected 'y' after the value; expected the end of the line"))
    }

    @Test func controlCharacterInString() {
        #expect(parseError("a = \"x\u{1B}[31m\"") == TOMLError(
            file: "t.toml", line: 1, key: "a", message: "control character U+001B in a string; write it as an escape"))
    }

    @Test func unquotedTime() {
        #expect(parseError("start = 09:00") == TOMLError(
            file: "t.toml", line: 1, key: "start",
            message: "dates and times are not supported here; write it as a string in quotes, e.g. \"09:00\""))
    }

    @Test func unquotedString() {
        #expect(parseError("kind = opening") == TOMLError(
            file: "t.toml", line: 1, key: "kind", message: "invalid value opening; a string must be in quotes"))
    }

    @Test func badNumbers() {
        #expect(parseError("n = 0123")?.message == "invalid value 0123")
        #expect(parseError("n = 1__0")?.message == "invalid value 1__0")
        #expect(parseError("n = 99999999999999999999")?.message == "integer 99999999999999999999 is out of range")
        #expect(parseError("n = 1.")?.message == "invalid value 1.")
    }

    @Test func unterminatedArray() {
        #expect(parseError("a = [1,\n2\n") == TOMLError(
            file: "t.toml", line: 1, key: "a", message: "unterminated array (opened on line 1)"))
    }

    @Test func inlineTableOnOneLine() {
        #expect(parseError("p = { x = 1,\n y = 2 }") == TOMLError(
            file: "t.toml", line: 1, key: "p", message: "an inline table must stay on one line; use a [table] instead"))
    }

    @Test func missingValue() {
        #expect(parseError("a =\n") == TOMLError(file: "t.toml", line: 1, key: "a", message: "missing value after '='"))
    }

    @Test func missingEquals() {
        #expect(parseError("\ntitle \"x\"") == TOMLError(
            file: "t.toml", line: 2, key: "title", message: "expected '=' after the key, found '\"'"))
    }

    @Test func invalidUTF8NamesTheLine() {
        let bytes: [UInt8] = Array("a = 1\nb = \"".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)
        #expect(throws: TOMLError(file: "x.toml", line: 2, message: "the file is not valid UTF-8")) {
            try TOML.decodeUTF8(bytes, file: "x.toml")
        }
    }

    @Test func byteOrderMarkIsDropped() throws {
        #expect(try TOML.decodeUTF8([0xEF, 0xBB, 0xBF] + Array("a = 1".utf8), file: "x") == "a = 1")
    }

    @Test func missingFile() {
        #expect(throws: TOMLError(file: "/nonexistent/x.toml", line: 0, message: "no such file")) {
            try TOML.load(path: "/nonexistent/x.toml")
        }
    }
}

@Suite struct TOMLAccessorTests {
    let doc = """
    title = 5
    [[items]]
    minutes = 10
    [[items]]
    minutes = "ten"
    """

    @Test func typeMismatchNamesFullKeyAndLine() throws {
        let root = try parse(doc)
        #expect(throws: TOMLError(file: "t.toml", line: 1, key: "title", message: "expected a string, found an integer")) {
            try root.string("title")
        }
        let items = try #require(try root.tables("items"))
        #expect(try items[0].integer("minutes") == 10)
        #expect(throws: TOMLError(file: "t.toml", line: 5, key: "items[2].minutes",
                                  message: "expected an integer, found a string")) {
            try items[1].integer("minutes")
        }
    }

    @Test func missingRequiredKeyPointsAtTable() throws {
        let items = try #require(try parse(doc).tables("items"))
        #expect(throws: TOMLError(file: "t.toml", line: 4, key: "items[2].title", message: "missing required key")) {
            try items[1].requiredString("title")
        }
    }

    @Test func tablesRejectsNonTables() throws {
        #expect(throws: TOMLError(file: "t.toml", line: 1, key: "items[2]", message: "expected a table, found an integer")) {
            try parse("items = [{}, 3]").tables("items")
        }
    }

    @Test func unknownKeySuggestsNearest() throws {
        let root = try parse("title = \"x\"\ntilte = \"y\"")
        #expect(throws: TOMLError(file: "t.toml", line: 2, key: "tilte", message: "unknown key; did you mean 'title'?")) {
            try root.checkKeys(allowed: ["title", "venue"])
        }
    }

    @Test func unknownKeyListsAllowed() throws {
        let root = try parse("[[items]]\nspeaker_count = 3")
        let item = try #require(try root.tables("items")?.first)
        #expect(throws: TOMLError(file: "t.toml", line: 2, key: "items[1].speaker_count",
                                  message: "unknown key; expected one of: title, kind")) {
            try item.checkKeys(allowed: ["title", "kind"])
        }
    }
}
