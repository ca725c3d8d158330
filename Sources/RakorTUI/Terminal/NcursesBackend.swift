// The only file that talks to ncurses. It copies a Canvas into curses' screen and lets
// ncurses send the difference; it turns get_wch results into InputEvents.

import CNcursesw
import RakorCore
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the terminal could not be started.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// No terminal to open (no /dev/tty, or ncurses does not know `$TERM`).
    case unavailable(String)

    public var description: String {
        switch self {
        case .unavailable(let why): return "cannot use the terminal: \(why)"
        }
    }
}

/// Set by SIGCONT (the shell's fg after Ctrl-Z), taken by the next frame.
private let continuedFlag = Atomic<Bool>(false)

/// The real terminal, through ncursesw.
///
/// Start-up: signal handlers (`TerminalGuard`), `setlocale(LC_ALL, "")` (falling back to a
/// UTF-8 LC_CTYPE if the environment's is not UTF-8), size from the kernel (stale
/// LINES/COLUMNS dropped), `newterm` on /dev/tty, `cbreak`, `noecho`, `keypad`, `set_escdelay(25)`,
/// cursor hidden, colours with the terminal's default background unless `NO_COLOR` is set
/// or the terminal has none, XON/XOFF flow control off (so Ctrl-S and Ctrl-Q are keys, not
/// a frozen screen), bracketed paste on. The caller checks `isatty` first.
public final class NcursesBackend: TerminalBackend {
    private var screen: OpaquePointer?
    private var tty: UnsafeMutablePointer<FILE>?
    private var ttyFD: Int32 = -1
    private var active = false

    /// Colours the terminal offers to us: 0 when drawing with attributes only.
    public private(set) var colorCount = 0
    private var defaultColors = false

    private var lastCanvas: Canvas?
    private var lastTheme: Theme?
    private var lookCache: [CellLook?] = []
    private var needsFullRedraw = true
    private var cursorShown: Bool?
    private let bracketedPaste: Bool
    /// Writes the frames: curses reads the keys, the painter sends the cells.
    private var painter = ScreenPainter(caps: TerminalCaps(cup: { _, _ in [] }, sgr0: [], attributeOn: [], clear: [], safeLastCell: false))
    private var cursorOn: [UInt8] = []
    private var cursorOff: [UInt8] = []

    // Key codes we teach ncurses for the bracketed-paste markers; far above KEY_MAX and the
    // codes ncurses hands out to extended terminfo keys.
    private static let pasteStartCode: Int32 = 0x7F00
    private static let pasteEndCode: Int32 = 0x7F01
    /// Bytes a paste may hold; the rest is read and dropped.
    private static let pasteLimit = 1 << 20

    /// Starts curses on the controlling terminal.
    ///
    /// - Parameters:
    ///   - color: false draws with attributes only; nil decides by `NO_COLOR` and the terminal.
    ///   - bracketedPaste: ask the terminal to mark pastes, so they arrive as one `.paste`.
    public init(color: Bool? = nil, bracketedPaste: Bool = true) throws {
        self.bracketedPaste = bracketedPaste
        TerminalGuard.install()

        setlocale(LC_ALL, "")
        // Without a UTF-8 LC_CTYPE ncursesw cannot read or draw non-ASCII text at all.
        if !Self.codesetIsUTF8() {
            for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil { break }
        }

        // /dev/tty rather than stdin/stdout, so redirected standard streams do not matter.
        var file = fopen("/dev/tty", "r+")
        if file == nil, isatty(0) != 0, isatty(1) != 0 { file = fdopen(dup(1), "r+") }
        guard let file else { throw TerminalError.unavailable("cannot open /dev/tty") }
        tty = file
        ttyFD = fileno(file)
        var shellModes = termios()
        _ = tcgetattr(ttyFD, &shellModes)

        // Size from the kernel (TIOCGWINSZ), at start and after every resize. Measured in
        // tmux: use_env(false) makes ncurses use the terminfo size (80×24) and ignore
        // resizes; exported LINES/COLUMNS (stale after any resize) pin the size for good,
        // even with use_tioctl(true). So: drop those two variables, keep use_env(true).
        unsetenv("LINES")
        unsetenv("COLUMNS")
        use_env(true)
        use_tioctl(true)
        guard let scr = newterm(nil, file, file) else {
            fclose(file)
            tty = nil
            let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            throw TerminalError.unavailable("ncurses does not know TERM=\(term)")
        }
        screen = scr
        active = true
        let win = rk_stdscr()

        cbreak()
        noecho()
        keypad(win, true)
        set_escdelay(25)
        _ = curs_set(0)
        cursorShown = false

        var modes = termios()
        if tcgetattr(ttyFD, &modes) == 0 {
            modes.c_iflag &= ~tcflag_t(IXON)
            _ = tcsetattr(ttyFD, TCSANOW, &modes)
            def_prog_mode()
        }

        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        if color ?? !noColor, has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
            // Direct-colour terminfo (COLORS = 2^24) takes RGB values, not palette indices;
            // its first 8 values are still the ANSI colours, so fit to those there.
            let n = Int(rk_colors())
            colorCount = n > 256 ? 8 : n
        }

        if bracketedPaste {
            _ = define_key("\u{1B}[200~", Self.pasteStartCode)
            _ = define_key("\u{1B}[201~", Self.pasteEndCode)
            writeRaw("\u{1B}[?2004h")
        }

        painter = ScreenPainter(caps: Self.caps())
        cursorOn = rk_tigetstr("cnorm").map { Self.stripPadding(Array(String(cString: $0).utf8)) } ?? []
        cursorOff = rk_tigetstr("civis").map { Self.stripPadding(Array(String(cString: $0).utf8)) } ?? []
        // curses clears the screen on its first refresh: let it do that now, not over our first
        // frame. After this curses only reads keys; it never refreshes a window we do not touch.
        wrefresh(win)
        // Back from Ctrl-Z, curses repaints what it holds (nothing): the next frame repaints all.
        signal(SIGCONT) { _ in continuedFlag.store(true, ordering: .relaxed) }

        TerminalGuard.arm(fd: ttyFD, modes: shellModes, restoreSequence: Self.exitSequence(bracketedPaste: bracketedPaste))
    }

    deinit { shutdown() }

    private static func codesetIsUTF8() -> Bool {
        guard let cs = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: cs).lowercased()
        return name == "utf-8" || name == "utf8"
    }

    /// What leaves curses mode without curses: bracketed paste off, the terminal's own
    /// exit-alternate-screen, normal-cursor and attributes-off strings (terminfo padding
    /// `$<…>` removed).
    private static func exitSequence(bracketedPaste: Bool) -> [UInt8] {
        var bytes: [UInt8] = bracketedPaste ? Array("\u{1B}[?2004l".utf8) : []
        for cap in ["sgr0", "cnorm", "rmcup"] {
            guard let s = rk_tigetstr(cap) else { continue }
            var cap = Array(String(cString: s).utf8)
            while let start = cap.firstIndex(of: UInt8(ascii: "$")),
                  start + 1 < cap.count, cap[start + 1] == UInt8(ascii: "<"),
                  let end = cap[start...].firstIndex(of: UInt8(ascii: ">")) {
                cap.removeSubrange(start...end)
            }
            bytes += cap
        }
        bytes += Array("\r\n".utf8)
        return bytes
    }

    private func writeRaw(_ s: String) {
        guard let tty else { return }
        fflush(tty)
        let bytes = Array(s.utf8)
        _ = bytes.withUnsafeBufferPointer { write(ttyFD, $0.baseAddress, $0.count) }
    }

    // MARK: TerminalBackend

    public var size: Size {
        guard active else { return .zero }
        // curses learns of a resize in doupdate or in a read; the painter calls neither and the
        // run loop reads only when a key is waiting, so ask the kernel at each frame.
        var ws = winsize()
        if ioctl(ttyFD, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_row > 0, ws.ws_col > 0,
           Int32(ws.ws_row) != rk_lines() || Int32(ws.ws_col) != rk_cols() {
            _ = resizeterm(Int32(ws.ws_row), Int32(ws.ws_col))
            wnoutrefresh(rk_stdscr())
            doupdate()
            needsFullRedraw = true
        }
        return Size(width: Int(rk_cols()), height: Int(rk_lines()))
    }

    public func draw(_ canvas: Canvas, theme: Theme) {
        guard active else { return }
        if theme != lastTheme {
            lookCache.removeAll()
            lastTheme = theme
            lastCanvas = nil
            needsFullRedraw = true
        }
        if continuedFlag.exchange(false, ordering: .relaxed) { needsFullRedraw = true }
        // Nothing visible changed (a tick of a screen with no running clock): not a byte written.
        if !needsFullRedraw, let last = lastCanvas, last == canvas { return }
        if needsFullRedraw {
            // Whole-screen repaint: only at start, on resize, a theme change or after fg. A tick
            // draws onto what is there and sends only the changed cells.
            painter.invalidate()
            needsFullRedraw = false
        }
        let rows = min(canvas.height, Int(rk_lines()))
        let cols = min(canvas.width, Int(rk_cols()))
        // The terminal is smaller than the canvas for a moment around a resize: draw what fits.
        let shown = rows == canvas.height && cols == canvas.width ? canvas : canvas.cropped(to: Size(width: cols, height: rows))
        var bytes = painter.paint(shown) { [unowned self] in self.look($0, theme: theme) }
        var visible = cursorShown
        let cursorAt = shown.cursor.flatMap { c in c.x >= 0 && c.y >= 0 && c.x < cols && c.y < rows ? c : nil }
        bytes += painter.place(cursor: cursorAt, show: cursorOn, hide: cursorOff, visible: &visible)
        cursorShown = visible
        send(bytes)
        lastCanvas = canvas
    }

    /// What `ScreenPainter` writes with: this terminal's control strings from terminfo.
    private static func caps() -> TerminalCaps {
        func cap(_ name: String) -> [UInt8]? {
            guard let s = rk_tigetstr(name) else { return nil }
            return stripPadding(Array(String(cString: s).utf8))
        }
        func param(_ name: String) -> ((Int) -> [UInt8])? {
            guard let raw = rk_tigetstr(name) else { return nil }
            let template = String(cString: raw)
            return { n in
                template.withCString { t in
                    rk_tiparm2(t, Int32(clamping: n), 0).map { stripPadding(Array(String(cString: $0).utf8)) } ?? []
                }
            }
        }
        let cupTemplate = rk_tigetstr("cup").map { String(cString: $0) } ?? ""
        let cup: (Int, Int) -> [UInt8] = { y, x in
            cupTemplate.withCString { t in
                rk_tiparm2(t, Int32(clamping: y), Int32(clamping: x)).map { stripPadding(Array(String(cString: $0).utf8)) }
                    ?? Array("\u{1B}[\(y + 1);\(x + 1)H".utf8)
            }
        }
        let cub1 = cap("cub1").flatMap { $0.count == 1 ? $0 : nil }
        let xenl = rk_tigetflag("xenl") == 1, am = rk_tigetflag("am") == 1
        return TerminalCaps(
            cup: cup, cuf: param("cuf"), cub: param("cub"), cuu: param("cuu"), cud: param("cud"), cub1: cub1,
            sgr0: cap("sgr0") ?? Array("\u{1B}[m".utf8),
            attributeOn: ["bold", "dim", "smul", "rev", "blink"].map { cap($0) ?? [] },
            setaf: param("setaf") ?? param("setf"), setab: param("setab") ?? param("setb"), op: cap("op"),
            clear: cap("clear") ?? Array("\u{1B}[H\u{1B}[2J".utf8),
            safeLastCell: xenl || !am)
    }

    /// A capability without its terminfo padding (`$<5>`), which only tputs understands.
    private static func stripPadding(_ bytes: [UInt8]) -> [UInt8] {
        var cap = bytes
        while let start = cap.firstIndex(of: UInt8(ascii: "$")),
              start + 1 < cap.count, cap[start + 1] == UInt8(ascii: "<"),
              let end = cap[start...].firstIndex(of: UInt8(ascii: ">")) {
            cap.removeSubrange(start...end)
        }
        return cap
    }

    /// Writes bytes to the terminal after whatever curses still holds in its buffer.
    private func send(_ bytes: [UInt8]) {
        guard !bytes.isEmpty, let tty else { return }
        fflush(tty)
        bytes.withUnsafeBufferPointer { buf in
            var done = 0
            while done < buf.count {
                let n = write(ttyFD, buf.baseAddress! + done, buf.count - done)
                if n > 0 { done += n } else if n < 0 && errno == EINTR { continue } else { break }
            }
        }
    }

    /// A role's look under `theme`, worked out once per theme.
    private func look(_ roleID: UInt16, theme: Theme) -> CellLook {
        let i = Int(roleID)
        if i < lookCache.count, let l = lookCache[i] { return l }
        let st = theme.style(CellRole.name(roleID))
        var l = CellLook(bold: st.bold, dim: st.dim, underline: st.underline, reverse: st.reverse, blink: st.blink)
        if colorCount > 0 {
            l.fg = st.fg.paletteIndex(colorCount: colorCount)
            l.bg = st.bg.paletteIndex(colorCount: colorCount)
            if !defaultColors {
                // Without use_default_colors, -1 is not a colour: assume white on black.
                if l.fg < 0 { l.fg = 7 }
                if l.bg < 0 { l.bg = 0 }
            }
        }
        if i >= lookCache.count { lookCache += Array(repeating: nil, count: i + 1 - lookCache.count) }
        lookCache[i] = l
        return l
    }

    public var inputFD: Int32? { ttyFD >= 0 ? ttyFD : nil }

    public func readKey(timeoutMs: Int) -> InputEvent? {
        guard active else { return nil }
        let win = rk_stdscr()
        wtimeout(win, Int32(clamping: timeoutMs))
        var wch: wint_t = 0
        let rc = wget_wch(win, &wch)
        if rc == ERR { return nil }
        if rc == KEY_CODE_YES { return keyEvent(Int32(bitPattern: UInt32(wch))) }
        return charEvent(UInt32(wch))
    }

    public func bell() {
        guard active else { return }
        beep()
    }

    public func shutdown() {
        guard active else { return }
        active = false
        if bracketedPaste { writeRaw("\u{1B}[?2004l") }
        _ = curs_set(1)
        endwin()
        TerminalGuard.disarm()
        if let screen { delscreen(screen) }
        screen = nil
        if let tty { fclose(tty) }
        tty = nil
        ttyFD = -1
    }

    // MARK: Input decoding

    private func keyEvent(_ code: Int32) -> InputEvent? {
        switch code {
        case rk_key_resize():
            needsFullRedraw = true
            // curses has resized its windows and would refresh them before the next key, over
            // our frame: let it do that now. The next frame then clears and repaints every cell.
            wnoutrefresh(rk_stdscr())
            doupdate()
            return .resize
        case rk_key_up(): return .key(.up)
        case rk_key_down(): return .key(.down)
        case rk_key_left(): return .key(.left)
        case rk_key_right(): return .key(.right)
        case rk_key_home(), rk_key_a1(): return .key(.home)
        case rk_key_end(), rk_key_c1(): return .key(.end)
        case rk_key_ppage(), rk_key_a3(): return .key(.pageUp)
        case rk_key_npage(), rk_key_c3(): return .key(.pageDown)
        case rk_key_backspace(): return .key(.backspace)
        case rk_key_dc(): return .key(.delete)
        case rk_key_ic(): return .key(.insert)
        case rk_key_enter(): return .key(.enter)
        case rk_key_btab(): return .key(.backTab)
        case Self.pasteStartCode: return readPaste()
        case Self.pasteEndCode, rk_key_mouse(): return nil
        case rk_key_f(1)...rk_key_f(63): return .key(.f(Int(code - rk_key_f0())))
        default: return nil
        }
    }

    private func charEvent(_ v: UInt32) -> InputEvent? {
        switch v {
        case 0x09: return .key(.tab)
        case 0x0A, 0x0D: return .key(.enter)
        case 0x08, 0x7F: return .key(.backspace)
        case 0x1B: return escapeEvent()
        case 0x00: return .ctrl(" ")
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(v + 0x60)!))
        case 0x1C: return .ctrl("\\")
        case 0x1D: return .ctrl("]")
        case 0x1E: return .ctrl("^")
        case 0x1F: return .ctrl("_")
        case 0x80...0x9F: return nil
        default:
            guard let s = Unicode.Scalar(v) else { return nil }
            return .char(Character(s))
        }
    }

    /// Esc alone (nothing follows within the escape delay) is `.escape`; Esc and a character
    /// typed together is Alt with it; an escape sequence ncurses does not know is dropped
    /// whole, so its bytes are never typed into a field.
    private func escapeEvent() -> InputEvent? {
        let win = rk_stdscr()
        wtimeout(win, 0)
        var wch: wint_t = 0
        let rc = wget_wch(win, &wch)
        if rc == ERR { return .key(.escape) }
        if rc == KEY_CODE_YES {
            // Esc, then a key ncurses decoded: the Esc stands alone; keep the key for later.
            _ = ungetch(Int32(bitPattern: UInt32(wch)))
            return .key(.escape)
        }
        let v = UInt32(wch)
        switch v {
        case 0x5B, 0x4F:    // CSI "[" or SS3 "O": an unknown sequence
            discardSequence(csi: v == 0x5B)
            return nil
        case 0x1B:
            _ = unget_wch(wchar_t(bitPattern: v))
            return .key(.escape)
        case 0x0A, 0x0D: return .alt("\n")
        case 0x20...0x7E, 0xA0...:
            guard let s = Unicode.Scalar(v) else { return nil }
            return .alt(Character(s))
        default: return nil
        }
    }

    /// Reads and drops the rest of an escape sequence already waiting in the input.
    private func discardSequence(csi: Bool) {
        let win = rk_stdscr()
        wtimeout(win, 0)
        var wch: wint_t = 0
        while wget_wch(win, &wch) == OK {
            let v = UInt32(wch)
            // SS3 is one character; CSI ends at a final byte 0x40–0x7E after parameters.
            if !csi || (0x40...0x7E).contains(v) { return }
            if !(0x20...0x3F).contains(v) { return }
        }
    }

    /// Collects a bracketed paste up to its end marker. A terminal that never sends the end
    /// marker is given up on after 200 ms of silence.
    private func readPaste() -> InputEvent? {
        let win = rk_stdscr()
        wtimeout(win, 200)
        var text = String.UnicodeScalarView()
        var count = 0
        while true {
            var wch: wint_t = 0
            let rc = wget_wch(win, &wch)
            if rc == ERR { break }
            if rc == KEY_CODE_YES {
                if Int32(bitPattern: UInt32(wch)) == Self.pasteEndCode { break }
                continue    // a pasted escape sequence ncurses took for a key: drop it
            }
            guard count < Self.pasteLimit, let s = Unicode.Scalar(UInt32(wch)) else { continue }
            text.append(s)
            count += 1
        }
        // Line breaks as "\n", every other control shown inert (a tab as a space).
        let pasted = inert(String(text), keepNewlines: true)
        return pasted.isEmpty ? nil : .paste(pasted)
    }
}
