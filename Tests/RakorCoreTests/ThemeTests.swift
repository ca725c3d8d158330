import Foundation
import Testing
@testable import RakorCore

private let repoRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func themeError(_ text: String) -> TOMLError? {
    do {
        _ = try ThemeLoader.parse(text: text, file: "my.toml")
        return nil
    } catch {
        return error
    }
}

@Suite struct ThemeFileTests {
    @Test func partialThemeKeepsTheRestFromDefault() throws {
        let theme = try ThemeLoader.parse(text: """
        name = "rapat"
        [roles]
        text = { fg = "white", bg = "#000080" }
        "timer.warning" = { fg = 214, bold = true, underline = true }
        [roles.timer.danger]
        fg = "bright-red"
        blink = true
        """, file: "rapat.toml")
        #expect(theme.name == "rapat")
        #expect(theme.styles["text"] == ThemeStyle(fg: .ansi(7), bg: .rgb(0, 0, 0x80)))
        #expect(theme.styles["timer.warning"] == ThemeStyle(fg: .indexed(214), bold: true, underline: true))
        #expect(theme.styles["timer.danger"] == ThemeStyle(fg: .ansi(9), blink: true))
        let defaults = ThemeLoader.defaultTheme
        for role in StyleRole.all where !["text", "timer.warning", "timer.danger"].contains(role) {
            #expect(theme.styles[role] == defaults.styles[role], "role \(role)")
        }
    }

    @Test func nameDefaultsToFileName() throws {
        let theme = try ThemeLoader.parse(text: "[roles]\nmuted = { dim = true }", file: "/x/y/kantor.toml")
        #expect(theme.name == "kantor")
        #expect(theme.styles["muted"] == ThemeStyle(dim: true))
    }

    @Test func quotedAndNestedRoleNamesAreTheSame() throws {
        let quoted = try ThemeLoader.parse(text: "[roles]\n\"header.title\" = { fg = \"red\", bold = true }", file: "a.toml")
        let nested = try ThemeLoader.parse(text: "[roles.header.title]\nfg = \"red\"\nbold = true", file: "a.toml")
        #expect(quoted.styles == nested.styles)
        #expect(quoted.styles["header.title"] == ThemeStyle(fg: .ansi(1), bold: true))
    }

    @Test func colourForms() {
        #expect(ThemeLoader.parseColor("#FFaf00") == .rgb(255, 175, 0))
        #expect(ThemeLoader.parseColor("default") == .terminalDefault)
        #expect(ThemeLoader.parseColor("black") == .ansi(0))
        #expect(ThemeLoader.parseColor("white") == .ansi(7))
        #expect(ThemeLoader.parseColor("bright-black") == .ansi(8))
        #expect(ThemeLoader.parseColor("bright-white") == .ansi(15))
        #expect(ThemeLoader.parseColor("#fff") == nil)
        #expect(ThemeLoader.parseColor("orange") == nil)
        #expect(ThemeLoader.parseColor("#gg0000") == nil)
    }

    @Test func unknownRole() {
        #expect(themeError("[roles]\ntext = {}\n\"timer.warnin\" = { bold = true }") == TOMLError(
            file: "my.toml", line: 3, key: "roles.\"timer.warnin\"",
            message: "unknown role 'timer.warnin'; did you mean 'timer.warning'?"))
    }

    @Test func unknownRoleAsNestedTable() {
        let error = themeError("[roles.sidebar]\nfg = \"red\"")
        #expect(error?.line == 1)
        #expect(error?.key == "roles.sidebar")
        #expect(error?.message.hasPrefix("unknown role 'sidebar'; the roles are text, muted,") == true)
    }

    @Test func unknownAttribute() {
        #expect(themeError("[roles]\nmuted = { fg = \"red\", italic = true }") == TOMLError(
            file: "my.toml", line: 2, key: "roles.muted.italic",
            message: "unknown attribute 'italic'; a role takes fg, bg, bold, dim, underline, reverse, blink"))
    }

    @Test func misspelledAttribute() {
        #expect(themeError("[roles]\n\n\"timer.danger\" = { blod = true }")?.description
                == "my.toml:3: key 'roles.\"timer.danger\".blod': unknown attribute 'blod'; did you mean 'bold'?; "
                + "a role takes fg, bg, bold, dim, underline, reverse, blink")
    }

    @Test func badColour() {
        #expect(themeError("[roles]\nmuted = { fg = \"#12345\" }") == TOMLError(
            file: "my.toml", line: 2, key: "roles.muted.fg",
            message: "bad colour '#12345'; use \"#rrggbb\", an integer 0-255, an ANSI name (black, red, green, "
                + "yellow, blue, magenta, cyan, white, or bright-red and so on) or \"default\""))
    }

    @Test func colourIndexOutOfRange() {
        #expect(themeError("[roles]\nmuted = { bg = 256 }") == TOMLError(
            file: "my.toml", line: 2, key: "roles.muted.bg", message: "colour index 256 is out of range 0-255"))
    }

    @Test func attributeOfWrongType() {
        #expect(themeError("[roles]\nmuted = { bold = \"yes\" }") == TOMLError(
            file: "my.toml", line: 2, key: "roles.muted.bold",
            message: "expected a boolean (true or false), found a string"))
    }

    @Test func roleThatIsNotATable() {
        #expect(themeError("[roles]\nmuted = \"grey\"") == TOMLError(
            file: "my.toml", line: 2, key: "roles.muted",
            message: "expected a table of attributes such as { fg = \"red\", bold = true }, found a string"))
    }

    @Test func roleSetTwice() {
        #expect(themeError("[roles]\n\"timer.paused\" = { dim = true }\n[roles.timer.paused]\nbold = true") == TOMLError(
            file: "my.toml", line: 3, key: "roles.timer.paused",
            message: "role 'timer.paused' is set twice (first on line 2)"))
    }

    @Test func unknownTopLevelKey() {
        #expect(themeError("nmae = \"x\"") == TOMLError(
            file: "my.toml", line: 1, key: "nmae", message: "unknown key; did you mean 'name'?"))
    }
}

@Suite struct BuiltinThemeTests {
    @Test(arguments: ThemeLoader.builtinNames)
    func builtinTextMatchesThemesFolder(name: String) throws {
        let file = repoRoot.appendingPathComponent("themes/\(name).toml")
        let onDisk = try String(contentsOf: file, encoding: .utf8)
        #expect(BuiltinThemes.text(named: name) == onDisk, "themes/\(name).toml and BuiltinThemes.swift differ")
    }

    @Test(arguments: ThemeLoader.builtinNames)
    func builtinSetsEveryRoleItself(name: String) throws {
        let text = try #require(BuiltinThemes.text(named: name))
        let own = try ThemeLoader.parse(text: text, file: "\(name).toml", base: nil)
        #expect(own.name == name)
        #expect(Set(own.styles.keys) == Set(StyleRole.all))
        #expect(ThemeLoader.builtin(named: name) == own)
    }

    @Test func timerStatesDifferInEveryBuiltin() throws {
        let roles = ["timer.normal", "timer.warning", "timer.danger", "timer.overtime", "timer.paused", "suspended"]
        for name in ThemeLoader.builtinNames {
            let theme = try #require(ThemeLoader.builtin(named: name))
            let styles = roles.map { theme.style($0) }
            #expect(Set(styles).count == roles.count, "theme \(name)")
        }
    }

    @Test(arguments: ThemeLoader.builtinNames, [8, 16, 256])
    func timerStatesStayApartWhenFitted(name: String, colorCount: Int) throws {
        let theme = try #require(ThemeLoader.builtin(named: name))
        let roles = ["timer.normal", "timer.warning", "timer.danger", "timer.overtime", "timer.paused", "suspended"]
        let fitted = roles.map { role -> [Int] in
            let style = theme.style(role)
            return [style.fg.paletteIndex(colorCount: colorCount), style.bg.paletteIndex(colorCount: colorCount),
                    style.bold ? 1 : 0, style.dim ? 1 : 0, style.underline ? 1 : 0, style.reverse ? 1 : 0,
                    style.blink ? 1 : 0]
        }
        #expect(Set(fitted).count == roles.count, "theme \(name) on \(colorCount) colours")
    }

    @Test func monoUsesNoColour() throws {
        let mono = try #require(ThemeLoader.builtin(named: "mono"))
        for role in StyleRole.all {
            let style = mono.style(role)
            #expect(style.fg == .terminalDefault && style.bg == .terminalDefault, "role \(role)")
        }
        #expect(mono.style("timer.normal") == ThemeStyle())
        #expect(mono.style("timer.warning") == ThemeStyle(bold: true))
        #expect(mono.style("timer.danger") == ThemeStyle(bold: true, underline: true))
        #expect(mono.style("timer.overtime") == ThemeStyle(bold: true, reverse: true, blink: true))
        #expect(mono.style("timer.paused") == ThemeStyle(dim: true))
        #expect(mono.style("suspended") == ThemeStyle(reverse: true))
    }

    @Test func defaultLooksAsDesigned() throws {
        let theme = ThemeLoader.defaultTheme
        #expect(theme.name == "default")
        #expect(theme.style("timer.normal").fg == .rgb(0x5f, 0xd7, 0x5f))
        #expect(theme.style("timer.warning").fg == .rgb(0xff, 0xaf, 0x00))
        #expect(theme.style("timer.danger") == ThemeStyle(fg: .rgb(0xff, 0x5f, 0x5f), bold: true))
        let overtime = theme.style("timer.overtime")
        #expect(overtime.reverse && overtime.blink && overtime.fg == .rgb(0xff, 0, 0))
        #expect(theme.style("suspended").reverse)
        #expect(!theme.style("timer.paused").reverse)
    }

    @Test func highContrastUsesOnlyBlackWhiteAndYellow() throws {
        let theme = try #require(ThemeLoader.builtin(named: "high-contrast"))
        let allowed: Set<ThemeColor> = [.ansi(0), .ansi(7), .ansi(11), .ansi(15)]
        for role in StyleRole.all {
            #expect(allowed.contains(theme.style(role).fg) && allowed.contains(theme.style(role).bg), "role \(role)")
        }
    }
}

@Suite struct ThemeLoadingTests {
    @Test func loadsBuiltinByName() throws {
        #expect(try ThemeLoader.load(nameOrPath: "light", searchDirectories: []) == ThemeLoader.builtin(named: "light"))
    }

    @Test func loadsFromSearchDirectoryAndPath() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("rakor-theme-test-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("kantor.toml")
        try "[roles]\n\"timer.normal\" = { fg = \"blue\" }\n".write(to: file, atomically: true, encoding: .utf8)

        let byName = try ThemeLoader.load(nameOrPath: "kantor", searchDirectories: ["/nonexistent", directory.path])
        #expect(byName.name == "kantor")
        #expect(byName.style("timer.normal") == ThemeStyle(fg: .ansi(4)))
        #expect(byName.style("timer.danger") == ThemeLoader.defaultTheme.style("timer.danger"))
        #expect(try ThemeLoader.load(nameOrPath: file.path, searchDirectories: []) == byName)
        #expect(ThemeLoader.availableNames(searchDirectories: [directory.path])
                == ["default", "light", "high-contrast", "mono", "kantor"])
    }

    @Test func unknownNameListsAvailableThemes() {
        #expect(throws: TOMLError(file: "ligth", line: 0,
                                  message: "no such theme; available: default, light, high-contrast, mono (did you mean 'light'?)")) {
            try ThemeLoader.load(nameOrPath: "ligth", searchDirectories: ["/nonexistent"])
        }
    }

    @Test func missingPath() {
        #expect(throws: TOMLError(file: "/nonexistent/t.toml", line: 0, message: "no such file")) {
            try ThemeLoader.load(nameOrPath: "/nonexistent/t.toml", searchDirectories: [])
        }
    }
}

@Suite struct ColorFittingTests {
    @Test func pureRed() {
        let red = ThemeColor.rgb(255, 0, 0)
        #expect(red.paletteIndex(colorCount: 256) == 196)
        #expect(red.paletteIndex(colorCount: 1 << 24) == 196)
        #expect(red.paletteIndex(colorCount: 16) == 9)
        #expect(red.paletteIndex(colorCount: 8) == 1)
    }

    @Test func greysGoToTheGreyRamp() {
        #expect(ThemeColor.rgb(128, 128, 128).paletteIndex(colorCount: 256) == 244)
        #expect(ThemeColor.rgb(18, 18, 18).paletteIndex(colorCount: 256) == 233)
        #expect(ThemeColor.rgb(0x8a, 0x8a, 0x8a).paletteIndex(colorCount: 256) == 245)
        #expect(ThemeColor.rgb(128, 128, 128).paletteIndex(colorCount: 16) == 8)
        #expect(ThemeColor.rgb(128, 128, 128).paletteIndex(colorCount: 8) == 7)
        #expect(ThemeColor.rgb(40, 40, 40).paletteIndex(colorCount: 8) == 0)
    }

    @Test func cubeColours() {
        #expect(ThemeColor.rgb(0, 0, 0).paletteIndex(colorCount: 256) == 16)
        #expect(ThemeColor.rgb(255, 255, 255).paletteIndex(colorCount: 256) == 231)
        #expect(ThemeColor.rgb(0xff, 0xaf, 0x00).paletteIndex(colorCount: 256) == 214)
        #expect(ThemeColor.rgb(0x5f, 0x87, 0xaf).paletteIndex(colorCount: 256) == 67)
    }

    @Test func amberOnFewColours() {
        #expect(ThemeColor.rgb(0xff, 0xaf, 0x00).paletteIndex(colorCount: 16) == 3)
        #expect(ThemeColor.rgb(0xff, 0xaf, 0x00).paletteIndex(colorCount: 8) == 3)
    }

    @Test func indexedAndAnsiColours() {
        #expect(ThemeColor.indexed(196).paletteIndex(colorCount: 256) == 196)
        #expect(ThemeColor.indexed(196).paletteIndex(colorCount: 16) == 9)
        #expect(ThemeColor.indexed(196).paletteIndex(colorCount: 8) == 1)
        #expect(ThemeColor.indexed(244).paletteIndex(colorCount: 16) == 8)
        #expect(ThemeColor.indexed(12).paletteIndex(colorCount: 8) == 4)
        #expect(ThemeColor.ansi(9).paletteIndex(colorCount: 256) == 9)
        #expect(ThemeColor.ansi(9).paletteIndex(colorCount: 16) == 9)
        #expect(ThemeColor.ansi(9).paletteIndex(colorCount: 8) == 1)
        #expect(ThemeColor.ansi(3).paletteIndex(colorCount: 8) == 3)
    }

    @Test func terminalDefaultAndMonochrome() {
        #expect(ThemeColor.terminalDefault.paletteIndex(colorCount: 256) == -1)
        #expect(ThemeColor.rgb(255, 0, 0).paletteIndex(colorCount: 2) == -1)
        #expect(ThemeColor.ansi(1).paletteIndex(colorCount: 0) == -1)
    }
}
