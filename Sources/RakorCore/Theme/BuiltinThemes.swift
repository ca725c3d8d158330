// The built-in themes, compiled in so that rakor works from any directory. The files in themes/
// are the readable source; ThemeTests fails when these texts and those files differ.

/// The text of each built-in theme file, e.g. to print one as a start for a user theme.
public enum BuiltinThemes {
    /// The text of the built-in theme `name` (one of `ThemeLoader.builtinNames`), nil for another name.
    public static func text(named name: String) -> String? {
        switch name {
        case "default": return defaultText
        case "light": return lightText
        case "high-contrast": return highContrastText
        case "mono": return monoText
        default: return nil
        }
    }

    static let defaultText = #"""
    # rakor theme: default (dark terminal background)
    #
    # A theme file gives each style role of the screen its colours and attributes.
    #
    #   name = "my-theme"             # optional; defaults to the file name without .toml
    #
    #   [roles]
    #   text = { fg = "default" }
    #   "timer.warning" = { fg = "#ffaf00", bold = true }
    #
    # Role names contain dots, so write them as quoted keys (as above) or as nested tables:
    #
    #   [roles.timer.warning]
    #   fg = "#ffaf00"
    #   bold = true
    #
    # Each role takes these keys, all optional:
    #
    #   fg, bg     a colour: "#rrggbb" (24-bit), an integer 0-255 (xterm palette),
    #              an ANSI name: "black", "red", "green", "yellow", "blue", "magenta",
    #              "cyan", "white", or one of those with "bright-" in front
    #              ("bright-red"), or "default" (the terminal's own colour)
    #   bold, dim, underline, reverse, blink
    #              true or false (default false)
    #
    # A role the file leaves out looks as it does in this default theme, so a theme may
    # set only the roles it wants to change. A role name or attribute rakor does not know,
    # or a colour it cannot read, is an error naming the file, the line and the key.
    # Colours are fitted to the terminal: 24-bit colours become the nearest of 256, 16 or
    # 8 colours when the terminal has no more.
    #
    # A theme is chosen by name: a built-in theme (default, light, high-contrast, mono)
    # or a file NAME.toml in ~/.config/rakor/themes; or by the path of its file.

    name = "default"

    [roles]
    # Plain text and the frame around it.
    text = {}
    muted = { fg = "#8a8a8a" }
    header = { fg = "#d0d0d0", bg = "#1c2833" }
    "header.title" = { fg = "#ffffff", bg = "#1c2833", bold = true }
    "header.state" = { fg = "#87d7ff", bg = "#1c2833", bold = true }
    "panel.border" = { fg = "#4e5a66" }
    "panel.title" = { fg = "#87afd7", bold = true }
    selected = { fg = "#ffffff", bg = "#30506e" }

    # The countdown: calm green, amber when time runs short, red at the end.
    "timer.normal" = { fg = "#5fd75f", bold = true }
    "timer.warning" = { fg = "#ffaf00", bold = true }
    "timer.danger" = { fg = "#ff5f5f", bold = true }
    "timer.overtime" = { fg = "#ff0000", bold = true, reverse = true, blink = true }
    "timer.paused" = { fg = "#5fd7d7" }
    suspended = { fg = "#d787d7", bold = true, reverse = true }

    # Messages and the status bar.
    "banner.error" = { fg = "#ffffff", bg = "#af0000", bold = true }
    "banner.warning" = { fg = "#1c1c1c", bg = "#ffaf00" }
    status = { fg = "#bcbcbc", bg = "#262626" }
    "status.key" = { fg = "#ffd75f", bg = "#262626", bold = true }
    "status.message" = { fg = "#eeeeee", bg = "#262626" }

    # The rundown and the speaker queue.
    "rundown.running" = { fg = "#5fd75f", bold = true }
    "rundown.done" = { fg = "#6c6c6c" }
    "rundown.ahead" = { fg = "#5fd75f" }
    "rundown.behind" = { fg = "#ff875f" }
    "queue.interruption" = { fg = "#ffaf00", bold = true }
    "progress.fill" = { fg = "#5fafd7" }
    "progress.empty" = { fg = "#3a3a3a" }

    # The minutes.
    "minutes.note" = {}
    "minutes.decision" = { fg = "#87d787", bold = true }
    "minutes.action" = { fg = "#ffd75f" }
    "minutes.conclusion" = { fg = "#87afff", bold = true }

    # Replay.
    timeline = { fg = "#6c6c6c" }
    "timeline.chapter" = { fg = "#87afd7", bold = true }
    "timeline.cursor" = { fg = "#ffffff", bold = true, reverse = true }
    "timeline.damage" = { fg = "#ff5f5f", bold = true }

    help = { fg = "#d0d0d0" }
    input = { fg = "#ffffff", underline = true }

    """#

    static let lightText = #"""
    # rakor theme: light (light terminal background)
    # The format is described at the top of default.toml.

    name = "light"

    [roles]
    text = {}
    muted = { fg = "#6c6c6c" }
    header = { fg = "#1c1c1c", bg = "#d7e3f0" }
    "header.title" = { fg = "#000000", bg = "#d7e3f0", bold = true }
    "header.state" = { fg = "#005f87", bg = "#d7e3f0", bold = true }
    "panel.border" = { fg = "#a8a8a8" }
    "panel.title" = { fg = "#005f87", bold = true }
    selected = { fg = "#000000", bg = "#bcd4ec" }

    "timer.normal" = { fg = "#008700", bold = true }
    "timer.warning" = { fg = "#af8700", bold = true }
    "timer.danger" = { fg = "#d70000", bold = true }
    "timer.overtime" = { fg = "#d70000", bold = true, reverse = true, blink = true }
    "timer.paused" = { fg = "#0087af" }
    suspended = { fg = "#870087", bold = true, reverse = true }

    "banner.error" = { fg = "#ffffff", bg = "#d70000", bold = true }
    "banner.warning" = { fg = "#000000", bg = "#ffd75f" }
    status = { fg = "#303030", bg = "#dadada" }
    "status.key" = { fg = "#005f87", bg = "#dadada", bold = true }
    "status.message" = { fg = "#000000", bg = "#dadada" }

    "rundown.running" = { fg = "#008700", bold = true }
    "rundown.done" = { fg = "#8a8a8a" }
    "rundown.ahead" = { fg = "#008700" }
    "rundown.behind" = { fg = "#d75f00" }
    "queue.interruption" = { fg = "#af8700", bold = true }
    "progress.fill" = { fg = "#0087af" }
    "progress.empty" = { fg = "#d0d0d0" }

    "minutes.note" = {}
    "minutes.decision" = { fg = "#005f00", bold = true }
    "minutes.action" = { fg = "#875f00" }
    "minutes.conclusion" = { fg = "#00005f", bold = true }

    timeline = { fg = "#8a8a8a" }
    "timeline.chapter" = { fg = "#005f87", bold = true }
    "timeline.cursor" = { fg = "#000000", bold = true, reverse = true }
    "timeline.damage" = { fg = "#d70000", bold = true }

    help = { fg = "#303030" }
    input = { fg = "#000000", underline = true }

    """#

    static let highContrastText = #"""
    # rakor theme: high-contrast (black, white and yellow; for projectors and low vision)
    # The format is described at the top of default.toml. ANSI names keep the colours
    # exact on 8- and 16-colour terminals.

    name = "high-contrast"

    [roles]
    text = { fg = "bright-white", bg = "black" }
    muted = { fg = "white", bg = "black" }
    header = { fg = "black", bg = "bright-white", bold = true }
    "header.title" = { fg = "black", bg = "bright-white", bold = true }
    "header.state" = { fg = "black", bg = "bright-yellow", bold = true }
    "panel.border" = { fg = "bright-white", bg = "black" }
    "panel.title" = { fg = "bright-yellow", bg = "black", bold = true }
    selected = { fg = "black", bg = "bright-yellow", bold = true }

    "timer.normal" = { fg = "bright-white", bg = "black", bold = true }
    "timer.warning" = { fg = "bright-yellow", bg = "black", bold = true }
    "timer.danger" = { fg = "bright-yellow", bg = "black", bold = true, underline = true }
    "timer.overtime" = { fg = "black", bg = "bright-yellow", bold = true, blink = true }
    "timer.paused" = { fg = "bright-white", bg = "black", bold = true, underline = true }
    suspended = { fg = "black", bg = "bright-white", bold = true }

    "banner.error" = { fg = "black", bg = "bright-yellow", bold = true }
    "banner.warning" = { fg = "bright-yellow", bg = "black", bold = true, underline = true }
    status = { fg = "black", bg = "bright-white", bold = true }
    "status.key" = { fg = "black", bg = "bright-yellow", bold = true }
    "status.message" = { fg = "black", bg = "bright-white", bold = true }

    "rundown.running" = { fg = "bright-yellow", bg = "black", bold = true }
    "rundown.done" = { fg = "white", bg = "black" }
    "rundown.ahead" = { fg = "bright-white", bg = "black", bold = true }
    "rundown.behind" = { fg = "bright-yellow", bg = "black", bold = true }
    "queue.interruption" = { fg = "black", bg = "bright-yellow", bold = true }
    "progress.fill" = { fg = "bright-yellow", bg = "black", bold = true }
    "progress.empty" = { fg = "white", bg = "black" }

    "minutes.note" = { fg = "bright-white", bg = "black" }
    "minutes.decision" = { fg = "bright-yellow", bg = "black", bold = true }
    "minutes.action" = { fg = "bright-white", bg = "black", bold = true, underline = true }
    "minutes.conclusion" = { fg = "bright-yellow", bg = "black", bold = true, underline = true }

    timeline = { fg = "white", bg = "black" }
    "timeline.chapter" = { fg = "bright-yellow", bg = "black", bold = true }
    "timeline.cursor" = { fg = "black", bg = "bright-white", bold = true }
    "timeline.damage" = { fg = "black", bg = "bright-yellow", bold = true, underline = true }

    help = { fg = "bright-white", bg = "black" }
    input = { fg = "bright-white", bg = "black", bold = true, underline = true }

    """#

    static let monoText = #"""
    # rakor theme: mono (no colours at all; for NO_COLOR and monochrome terminals)
    # The format is described at the top of default.toml. Only attributes tell the
    # timer states apart: normal plain, warning bold, danger bold and underlined,
    # overtime reverse and blinking, paused dim, suspended reverse.

    name = "mono"

    [roles]
    text = {}
    muted = { dim = true }
    header = { reverse = true }
    "header.title" = { bold = true, reverse = true }
    "header.state" = { reverse = true }
    "panel.border" = { dim = true }
    "panel.title" = { bold = true }
    selected = { reverse = true }

    "timer.normal" = {}
    "timer.warning" = { bold = true }
    "timer.danger" = { bold = true, underline = true }
    "timer.overtime" = { bold = true, reverse = true, blink = true }
    "timer.paused" = { dim = true }
    suspended = { reverse = true }

    "banner.error" = { bold = true, reverse = true }
    "banner.warning" = { reverse = true }
    status = { reverse = true }
    "status.key" = { bold = true, reverse = true }
    "status.message" = { reverse = true }

    "rundown.running" = { bold = true }
    "rundown.done" = { dim = true }
    "rundown.ahead" = {}
    "rundown.behind" = { bold = true }
    "queue.interruption" = { bold = true, underline = true }
    "progress.fill" = { reverse = true }
    "progress.empty" = { dim = true }

    "minutes.note" = {}
    "minutes.decision" = { bold = true }
    "minutes.action" = { underline = true }
    "minutes.conclusion" = { bold = true, underline = true }

    timeline = { dim = true }
    "timeline.chapter" = { bold = true }
    "timeline.cursor" = { reverse = true }
    "timeline.damage" = { bold = true, underline = true }

    help = {}
    input = { underline = true }

    """#
}
