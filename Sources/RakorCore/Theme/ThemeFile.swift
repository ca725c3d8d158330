import Foundation

/// Reads theme files (format: the comment at the top of `themes/default.toml`) and finds themes by name.
public enum ThemeLoader {
    /// The themes compiled into rakor, in the order they are offered.
    public static let builtinNames: [String] = ["default", "light", "high-contrast", "mono"]

    /// The attributes a role may set.
    public static let attributeNames: [String] = ["fg", "bg", "bold", "dim", "underline", "reverse", "blink"]

    /// The built-in default theme; every other theme falls back to it for roles it leaves out.
    public static let defaultTheme: Theme = builtinThemes["default"] ?? Theme(name: "default", styles: [:])

    private static let builtinThemes: [String: Theme] = {
        var themes: [String: Theme] = [:]
        var base: Theme?
        for name in builtinNames {
            guard let text = BuiltinThemes.text(named: name) else { continue }
            do {
                let theme = try parse(text: text, file: "themes/\(name).toml", base: base)
                themes[name] = theme
                if name == "default" { base = theme }
            } catch {
                // The tests parse every built-in theme, so this only fires on a broken build.
                preconditionFailure("built-in theme is invalid: \(error)")
            }
        }
        return themes
    }()

    /// A built-in theme by name, nil for an unknown name.
    public static func builtin(named name: String) -> Theme? {
        builtinThemes[name]
    }

    /// Parses a theme file; roles it does not set are taken from the built-in default theme.
    public static func parse(text: String, file: String) throws(TOMLError) -> Theme {
        try parse(text: text, file: file, base: defaultTheme)
    }

    /// Parses a theme file over `base` (nil: only the roles the file sets).
    static func parse(text: String, file: String, base: Theme?) throws(TOMLError) -> Theme {
        let root = try TOML.parse(text, file: file)
        try root.checkKeys(allowed: ["name", "roles"])
        let name = try root.string("name") ?? defaultName(forFile: file)
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw root.error("name", "the theme name must not be empty")
        }
        var found: [String: (style: ThemeStyle, line: Int)] = [:]
        if let roles = try root.table("roles") {
            try collectRoles(in: roles, prefix: [], into: &found)
        }
        var styles = base?.styles ?? [:]
        for (role, entry) in found { styles[role] = entry.style }
        return Theme(name: name, styles: styles)
    }

    /// Finds a theme: a file NAME.toml in one of `searchDirectories` (first match wins, so a user
    /// may replace a built-in theme), then a built-in name, then a path to a `.toml` file.
    public static func load(nameOrPath: String, searchDirectories: [String]) throws(TOMLError) -> Theme {
        let looksLikePath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
        if !looksLikePath {
            for directory in searchDirectories {
                let candidate = (directory as NSString).appendingPathComponent(nameOrPath + ".toml")
                if FileManager.default.fileExists(atPath: candidate) {
                    return try parse(text: TOML.readText(path: candidate), file: candidate)
                }
            }
            if let theme = builtin(named: nameOrPath) { return theme }
            let available = availableNames(searchDirectories: searchDirectories)
            var message = "no such theme; available: " + available.joined(separator: ", ")
            if let near = TOML.suggestion(for: nameOrPath, among: available) {
                message += " (did you mean '\(near)'?)"
            }
            throw TOMLError(file: nameOrPath, line: 0, message: message)
        }
        return try parse(text: TOML.readText(path: nameOrPath), file: nameOrPath)
    }

    /// The built-in theme names followed by the NAME.toml files found in `searchDirectories`.
    public static func availableNames(searchDirectories: [String]) -> [String] {
        var names = builtinNames
        for directory in searchDirectories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                if !names.contains(name) { names.append(name) }
            }
        }
        return names
    }

    // MARK: Roles

    private static func defaultName(forFile file: String) -> String {
        let base = (file as NSString).lastPathComponent
        return base.hasSuffix(".toml") ? String(base.dropLast(5)) : base
    }

    /// Walks `[roles]`: a table holding attributes is a role; nested tables extend the role name,
    /// so `"timer.warning" = {…}` and `[roles.timer.warning]` mean the same.
    private static func collectRoles(in table: TOMLTable, prefix: [String],
                                     into found: inout [String: (style: ThemeStyle, line: Int)]) throws(TOMLError) {
        var style = ThemeStyle()
        var hasAttributes = false
        for key in table.keys {
            guard let node = table[key] else { continue }
            if !prefix.isEmpty, attributeNames.contains(key) {
                try apply(key, of: table, to: &style)
                hasAttributes = true
            } else if case .table(let child) = node.value {
                try collectRoles(in: child, prefix: prefix + key.split(separator: ".", omittingEmptySubsequences: false).map(String.init),
                                 into: &found)
            } else if prefix.isEmpty {
                let role = key
                if StyleRole.all.contains(role) {
                    throw table.error(key, "expected a table of attributes such as { fg = \"red\", bold = true }, "
                                      + "found \(node.value.typeDescription)")
                }
                throw unknownRole(role, table: table, key: key)
            } else {
                var message = "unknown attribute '\(key)'"
                if let near = TOML.suggestion(for: key, among: attributeNames) { message += "; did you mean '\(near)'?" }
                throw table.error(key, message + "; a role takes " + attributeNames.joined(separator: ", "))
            }
        }
        guard !prefix.isEmpty, hasAttributes || table.count == 0 else { return }
        let role = prefix.joined(separator: ".")
        guard StyleRole.all.contains(role) else {
            throw TOMLError(file: table.file, line: table.line, key: table.path,
                            message: unknownRoleMessage(role))
        }
        if let earlier = found[role] {
            throw TOMLError(file: table.file, line: table.line, key: table.path,
                            message: "role '\(role)' is set twice (first on line \(earlier.line))")
        }
        found[role] = (style, table.line)
    }

    private static func unknownRole(_ role: String, table: TOMLTable, key: String) -> TOMLError {
        table.error(key, unknownRoleMessage(role))
    }

    private static func unknownRoleMessage(_ role: String) -> String {
        if let near = TOML.suggestion(for: role, among: StyleRole.all) {
            return "unknown role '\(role)'; did you mean '\(near)'?"
        }
        return "unknown role '\(role)'; the roles are " + StyleRole.all.joined(separator: ", ")
    }

    private static func apply(_ key: String, of table: TOMLTable, to style: inout ThemeStyle) throws(TOMLError) {
        switch key {
        case "fg": style.fg = try color(key, of: table)
        case "bg": style.bg = try color(key, of: table)
        case "bold": style.bold = try table.bool(key) ?? false
        case "dim": style.dim = try table.bool(key) ?? false
        case "underline": style.underline = try table.bool(key) ?? false
        case "reverse": style.reverse = try table.bool(key) ?? false
        case "blink": style.blink = try table.bool(key) ?? false
        default: break
        }
    }

    private static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    private static let colorForms = "use \"#rrggbb\", an integer 0-255, an ANSI name (black, red, green, yellow, "
        + "blue, magenta, cyan, white, or bright-red and so on) or \"default\""

    private static func color(_ key: String, of table: TOMLTable) throws(TOMLError) -> ThemeColor {
        guard let node = table[key] else { return .terminalDefault }
        switch node.value {
        case .integer(let index):
            guard (0...255).contains(index) else {
                throw table.error(key, "colour index \(index) is out of range 0-255")
            }
            return .indexed(index)
        case .string(let text):
            if let parsed = parseColor(text) { return parsed }
            throw table.error(key, "bad colour '\(text)'; " + colorForms)
        default:
            throw table.error(key, "expected a colour (a string or an integer), found \(node.value.typeDescription)")
        }
    }

    /// Reads a colour as theme files write it: `#rrggbb`, an ANSI name, `bright-NAME` or `default`.
    public static func parseColor(_ text: String) -> ThemeColor? {
        if text == "default" { return .terminalDefault }
        if let index = ansiNames.firstIndex(of: text) { return .ansi(index) }
        if text.hasPrefix("bright-"), let index = ansiNames.firstIndex(of: String(text.dropFirst(7))) {
            return .ansi(index + 8)
        }
        let hex = Array(text.utf8)
        guard hex.count == 7, hex[0] == UInt8(ascii: "#") else { return nil }
        var channels: [UInt8] = []
        for start in stride(from: 1, to: 7, by: 2) {
            guard let high = hexValue(hex[start]), let low = hexValue(hex[start + 1]) else { return nil }
            channels.append(high * 16 + low)
        }
        return .rgb(channels[0], channels[1], channels[2])
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
