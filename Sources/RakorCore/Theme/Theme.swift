/// A colour as a theme file names it, before it is fitted to the terminal.
public enum ThemeColor: Equatable, Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(Int)
    /// An index into the xterm 256-colour palette.
    case indexed(Int)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
}

/// How one style role looks: colours and attributes.
public struct ThemeStyle: Equatable, Hashable, Sendable {
    public var fg: ThemeColor
    public var bg: ThemeColor
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool
    public var blink: Bool

    public init(fg: ThemeColor = .terminalDefault, bg: ThemeColor = .terminalDefault,
                bold: Bool = false, dim: Bool = false, underline: Bool = false,
                reverse: Bool = false, blink: Bool = false) {
        self.fg = fg; self.bg = bg; self.bold = bold; self.dim = dim
        self.underline = underline; self.reverse = reverse; self.blink = blink
    }
}

/// A named set of style roles (`timer.warning`, `panel.border`, …).
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [String: ThemeStyle]

    public init(name: String, styles: [String: ThemeStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The style of a role; a role the theme lacks falls back to its parent (`timer.warning` → `timer`), then to plain text.
    public func style(_ role: String) -> ThemeStyle {
        if let s = styles[role] { return s }
        var r = Substring(role)
        while let dot = r.lastIndex(of: ".") {
            r = r[..<dot]
            if let s = styles[String(r)] { return s }
        }
        return styles["text"] ?? ThemeStyle()
    }
}

/// Every style role the views use; theme files name these.
public enum StyleRole {
    public static let all: [String] = [
        "text", "muted", "header", "header.title", "header.state", "panel.border", "panel.title",
        "selected", "timer.normal", "timer.warning", "timer.danger", "timer.overtime", "timer.paused",
        "suspended", "banner.error", "banner.warning", "status", "status.key", "status.message",
        "rundown.running", "rundown.done", "rundown.ahead", "rundown.behind",
        "queue.interruption", "progress.fill", "progress.empty",
        "minutes.note", "minutes.decision", "minutes.action", "minutes.conclusion",
        "timeline", "timeline.chapter", "timeline.cursor", "timeline.damage", "help", "input",
    ]
}
