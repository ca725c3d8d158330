import Testing
import RakorCore
@testable import RakorTUI

/// A small ANSI terminal: enough of one to check that what the painter sends shows the canvas.
private struct MiniTerminal {
    var width: Int, height: Int
    var glyphs: [[String]]
    var inks: [[CellLook]]
    var look = CellLook.plain
    var x = 0, y = 0
    /// SGR sequences received.
    var sgrCount = 0

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        glyphs = Array(repeating: Array(repeating: " ", count: width), count: height)
        inks = Array(repeating: Array(repeating: .plain, count: width), count: height)
    }

    mutating func feed(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        var it = Array(text.unicodeScalars)[...]
        while let s = it.popFirst() {
            switch s {
            case "\u{1B}":
                guard it.popFirst() == "[" else { continue }
                var params = ""
                while let p = it.popFirst() {
                    if p.properties.numericType != nil || p == ";" { params.unicodeScalars.append(p); continue }
                    control(p, params.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 })
                    break
                }
            case "\u{8}": x = max(0, x - 1)
            default:
                let w = String(s).displayWidth
                if y < height && x < width {
                    glyphs[y][x] = String(s)
                    inks[y][x] = look
                    if w == 2 && x + 1 < width { glyphs[y][x + 1] = ""; inks[y][x + 1] = look }
                }
                x = min(width - 1, x + max(1, w))
            }
        }
    }

    private mutating func control(_ final: Unicode.Scalar, _ p: [Int]) {
        let n = max(1, p.first ?? 1)
        switch final {
        case "H": y = max(0, (p.first ?? 1) - 1); x = max(0, (p.count > 1 ? p[1] : 1) - 1)
        case "A": y -= n
        case "B": y += n
        case "C": x += n
        case "D": x -= n
        case "J":
            glyphs = Array(repeating: Array(repeating: " ", count: width), count: height)
            inks = Array(repeating: Array(repeating: .plain, count: width), count: height)
        case "m":
            sgrCount += 1
            for v in p {
                switch v {
                case 0: look = .plain
                case 1: look.bold = true
                case 7: look.reverse = true
                case 30...37: look.fg = v - 30
                case 39: look.fg = -1
                case 40...47: look.bg = v - 40
                case 49: look.bg = -1
                default: break
                }
            }
        default: break
        }
    }

    var lines: [String] { glyphs.map { $0.joined() } }
}

@Suite("Screen painter")
struct ScreenPainterTests {
    static var caps: TerminalCaps { TerminalCaps(
        cup: { y, x in Array("\u{1B}[\(y + 1);\(x + 1)H".utf8) },
        cuf: { Array("\u{1B}[\($0)C".utf8) }, cub: { Array("\u{1B}[\($0)D".utf8) },
        cuu: { Array("\u{1B}[\($0)A".utf8) }, cud: { Array("\u{1B}[\($0)B".utf8) }, cub1: [8],
        sgr0: Array("\u{1B}[0m".utf8),
        attributeOn: ["\u{1B}[1m", "\u{1B}[2m", "\u{1B}[4m", "\u{1B}[7m", "\u{1B}[5m"].map { Array($0.utf8) },
        setaf: { Array("\u{1B}[3\($0)m".utf8) }, setab: { Array("\u{1B}[4\($0)m".utf8) },
        op: Array("\u{1B}[39;49m".utf8), clear: Array("\u{1B}[H\u{1B}[2J".utf8), safeLastCell: true) }

    static func look(_ role: UInt16) -> CellLook {
        switch CellRole.name(role) {
        case "timer.normal": return CellLook(bold: true, fg: 2)
        case "panel.border": return CellLook(fg: 4)
        case "selected": return CellLook(reverse: true)
        case "status": return CellLook(bg: 4)
        default: return .plain
        }
    }

    /// A dashboard-like frame: a box, a label, a countdown in big digits and a status line.
    static func frame(_ countdown: String, selected: Bool = false) -> Canvas {
        var c = Canvas(width: 44, height: 12)
        c.box(Rect(x: 0, y: 0, width: 44, height: 10), title: "Lantai")
        c.put("Drs. H. Muhammad Sa'bani · 漢字", x: 2, y: 1, role: "text")
        CountdownDigits.put(countdown, into: &c, x: 4, y: 3, style: .wide, role: "timer.normal")
        c.put("sisa waktu", x: 2, y: 8, role: selected ? "selected" : "text")
        c.fill(Rect(x: 0, y: 11, width: 44, height: 1), role: "status")
        c.put("q keluar", x: 1, y: 11, role: "status")
        return c
    }

    fileprivate func check(_ term: MiniTerminal, shows c: Canvas) {
        #expect(term.lines == c.lines(trimmingTrailingSpaces: false))
        for y in 0..<c.height {
            for x in 0..<c.width where !c[x, y].isContinuation {
                let want = Self.look(c[x, y].roleID)
                let got = term.inks[y][x]
                if c[x, y].grapheme == " " {
                    #expect(got.bg == want.bg && got.reverse == want.reverse, "space at \(x),\(y)")
                } else {
                    #expect(got.fg == want.fg && got.bold == want.bold && got.reverse == want.reverse, "\(c[x, y].grapheme) at \(x),\(y)")
                }
            }
        }
    }

    @Test func theBytesShowEveryFrameWithItsColours() {
        var painter = ScreenPainter(caps: Self.caps)
        var term = MiniTerminal(width: 44, height: 12)
        for (i, t) in ["10:00", "09:59", "09:58", "09:50", "09:49", "08:00", "00:01", "-00:05"].enumerated() {
            let c = Self.frame(t, selected: i == 4)
            term.feed(painter.paint(c, look: Self.look))
            check(term, shows: c)
        }
    }

    @Test func aTickOfTheSecondsSendsNoAttributesAndFewBytes() {
        var painter = ScreenPainter(caps: Self.caps)
        var term = MiniTerminal(width: 44, height: 12)
        term.feed(painter.paint(Self.frame("04:30"), look: Self.look))
        var sizes: [Int] = []
        for s in stride(from: 29, through: 20, by: -1) {
            let c = Self.frame("04:\(s)")
            let before = term.sgrCount
            let bytes = painter.paint(c, look: Self.look)
            term.feed(bytes)
            check(term, shows: c)
            // The colour of the digits is still set from the last tick: no SGR at all.
            if s != 29 { #expect(term.sgrCount == before, "tick to 04:\(s)") }
            sizes.append(bytes.count)
        }
        // Seconds in the smaller style: about 20 bytes a tick on average (curses sent ~65 a second).
        #expect(Double(sizes.reduce(0, +)) / Double(sizes.count) < 30, "\(sizes)")
    }

    @Test func anUnchangedFrameSendsNothing() {
        var painter = ScreenPainter(caps: Self.caps)
        _ = painter.paint(Self.frame("04:30"), look: Self.look)
        #expect(painter.paint(Self.frame("04:30"), look: Self.look).isEmpty)
    }

    @Test func aWideGlyphReplacedByNarrowOnesLeavesNoHalf() {
        var painter = ScreenPainter(caps: Self.caps)
        var term = MiniTerminal(width: 10, height: 2)
        var a = Canvas(width: 10, height: 2)
        a.put("ab漢cd", x: 0, y: 0)
        term.feed(painter.paint(a, look: Self.look))
        var b = Canvas(width: 10, height: 2)
        b.put("abxycd", x: 0, y: 0)
        term.feed(painter.paint(b, look: Self.look))
        check(term, shows: b)
    }
}
