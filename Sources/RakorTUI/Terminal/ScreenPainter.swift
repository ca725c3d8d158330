import RakorCore

/// How a cell looks on the terminal: the attributes and colours a role comes to under a theme.
/// Two roles with the same look are the same to the terminal, so the painter compares looks.
struct CellLook: Hashable, Sendable {
    var bold = false, dim = false, underline = false, reverse = false, blink = false
    /// Palette indices, -1 for the terminal's own colour.
    var fg = -1, bg = -1

    /// The terminal's state after sgr0.
    static let plain = CellLook()

    /// Whether a space drawn in `self` looks the same as one drawn in `other`: only what
    /// shows on an empty cell counts (its background, reverse, underline), not the ink.
    func spaceLooksLike(_ other: CellLook) -> Bool {
        !underline && !other.underline && !reverse && !other.reverse && bg == other.bg
    }

    fileprivate var attributes: [Bool] { [bold, dim, underline, reverse, blink] }
}

/// The terminal's control strings the painter uses, already instantiated by terminfo
/// (`NcursesBackend` fills them from `tigetstr`/`tiparm`; tests give ANSI ones).
struct TerminalCaps {
    /// Moves to (row, column).
    var cup: (Int, Int) -> [UInt8]
    /// Relative moves by n > 0 cells (right, left, up, down); nil when the terminal has none.
    var cuf: ((Int) -> [UInt8])?
    var cub: ((Int) -> [UInt8])?
    var cuu: ((Int) -> [UInt8])?
    var cud: ((Int) -> [UInt8])?
    /// One column left, when it is a single byte such as ^H.
    var cub1: [UInt8]?
    /// All attributes and colours off.
    var sgr0: [UInt8]
    /// bold, dim, underline, reverse, blink on (empty when the terminal has none).
    var attributeOn: [[UInt8]]
    /// Foreground and background colour by palette index (nil: no colours).
    var setaf: ((Int) -> [UInt8])?
    var setab: ((Int) -> [UInt8])?
    /// Both colours back to the terminal's own.
    var op: [UInt8]?
    /// Clears the screen, cursor home.
    var clear: [UInt8]
    /// Whether writing the bottom-right cell is safe (the cursor waits instead of scrolling).
    var safeLastCell: Bool
}

/// Turns one canvas into the bytes that change the terminal from the last canvas to it.
///
/// Unlike curses it keeps the terminal's attributes set from one frame to the next (curses
/// resets them after every refresh, about 25 bytes a tick for a coloured countdown), moves
/// the cursor by the shortest of absolute and relative moves from where the last frame left
/// it, and skips a space whose change of role does not show.
struct ScreenPainter {
    private(set) var caps: TerminalCaps
    /// What is on the terminal: a glyph id, its look's index, and its width, per cell.
    private var shown: [Shown] = []
    private var width = 0, height = 0
    private var looks: [CellLook] = [.plain]
    private var lookIndex: [CellLook: UInt16] = [.plain: 0]
    /// The look the terminal is in, nil when not known.
    private var current: CellLook?
    /// Where the cursor is, nil when not known (after a glyph whose width the terminal may
    /// measure differently, or at the right margin).
    private var cursor: (x: Int, y: Int)?
    private var out: [UInt8] = []

    private struct Shown: Equatable {
        var glyph: UInt32
        var look: UInt16
        var width: UInt16
    }

    init(caps: TerminalCaps) {
        self.caps = caps
    }

    /// Forgets what is on the terminal: the next frame clears it and draws every cell.
    mutating func invalidate() {
        shown = []
        width = 0
        height = 0
    }

    /// The bytes that show `canvas`, each cell in `look(roleID)`. Empty when nothing changed.
    mutating func paint(_ canvas: Canvas, look: (UInt16) -> CellLook) -> [UInt8] {
        out.removeAll(keepingCapacity: true)
        var lookOfRole = [UInt16](repeating: .max, count: 64)
        func lookID(_ role: UInt16) -> UInt16 {
            let r = Int(role)
            if r < lookOfRole.count, lookOfRole[r] != .max { return lookOfRole[r] }
            let l = look(role)
            let id: UInt16
            if let known = lookIndex[l] { id = known } else {
                id = UInt16(clamping: looks.count)
                looks.append(l)
                lookIndex[l] = id
            }
            if r >= lookOfRole.count { lookOfRole += Array(repeating: .max, count: r + 1 - lookOfRole.count) }
            lookOfRole[r] = id
            return id
        }
        if canvas.width != width || canvas.height != height || shown.isEmpty {
            // A new screen: clear it (in plain attributes, so the clear leaves no colour behind).
            emitLook(.plain, force: true)
            out += caps.clear
            cursor = (0, 0)
            width = canvas.width
            height = canvas.height
            shown = Array(repeating: Shown(glyph: 0x20, look: 0, width: 1), count: width * height)
        }
        let cells = canvas.cells
        var row = [Shown](repeating: Shown(glyph: 0, look: 0, width: 0), count: width)
        var changed = [Bool](repeating: false, count: width)
        for y in 0..<height {
            var any = false
            for x in 0..<width {
                let c = cells[y * width + x]
                let s = Shown(glyph: c.glyph, look: lookID(c.roleID), width: c.columns)
                row[x] = s
                let old = shown[y * width + x]
                var differs = old != s
                if differs, s.glyph == 0x20, old.glyph == 0x20, s.width == 1, old.width == 1,
                   looks[Int(s.look)].spaceLooksLike(looks[Int(old.look)]) {
                    differs = false
                }
                changed[x] = differs
                any = any || differs
            }
            guard any else { continue }
            // A wide glyph is written whole: mark every column of an old or new wide glyph touched.
            for x in 0..<width where changed[x] {
                for r in [shownSpan(at: x, y: y), rowSpan(at: x, row)] {
                    for cx in r where !changed[cx] { changed[cx] = true }
                }
            }
            paintRow(y, row: row, changed: changed)
            for x in 0..<width where changed[x] { shown[y * width + x] = row[x] }
        }
        return out
    }

    /// Moves the cursor to (x, y) and shows it, or hides it; returns those bytes.
    mutating func place(cursor to: Point?, show: [UInt8], hide: [UInt8], visible: inout Bool?) -> [UInt8] {
        out.removeAll(keepingCapacity: true)
        if let to {
            move(to.x, to.y)
            if visible != true { out += show; visible = true }
        } else if visible != false {
            out += hide
            visible = false
        }
        return out
    }

    // MARK: Internals

    private func shownSpan(at x: Int, y: Int) -> Range<Int> {
        var lead = x
        while lead > 0 && shown[y * width + lead].width == 0 { lead -= 1 }
        let w = max(1, Int(shown[y * width + lead].width))
        return lead..<min(width, lead + w)
    }

    private func rowSpan(at x: Int, _ row: [Shown]) -> Range<Int> {
        var lead = x
        while lead > 0 && row[lead].width == 0 { lead -= 1 }
        let w = max(1, Int(row[lead].width))
        return lead..<min(width, lead + w)
    }

    private mutating func paintRow(_ y: Int, row: [Shown], changed: [Bool]) {
        var x = 0
        while x < width {
            guard changed[x] else { x += 1; continue }
            let s = row[x]
            if s.width == 0 { x += 1; continue }   // a continuation: written with its lead
            let w = Int(s.width)
            if x + w > width { break }
            if y == height - 1 && x + w == width && !caps.safeLastCell { break }
            // Bridge a short gap of unchanged cells by writing them again when that is cheaper than a move.
            if let c = cursor, c.y == y, c.x < x, bridgeable(y, from: c.x, to: x, row: row) {
                for bx in c.x..<x { emitCell(row[bx], x: bx, y: y) }
            } else {
                move(x, y)
            }
            emitCell(s, x: x, y: y)
            x += w
        }
    }

    /// Whether rewriting columns `from..<to` of row `y` (unchanged, plain ASCII, in a look
    /// that needs no change) costs fewer bytes than moving over them.
    private func bridgeable(_ y: Int, from: Int, to: Int, row: [Shown]) -> Bool {
        let n = to - from
        guard n <= 4, let cur = current else { return false }
        let moveCost = caps.cuf?(n).count ?? caps.cup(y, to).count
        guard n < moveCost else { return false }
        for bx in from..<to {
            let s = row[bx]
            guard s.width == 1, s.glyph >= 0x20, s.glyph < 0x7F else { return false }
            let l = looks[Int(s.look)]
            if l != cur && !(s.glyph == 0x20 && l.spaceLooksLike(cur)) { return false }
        }
        return true
    }

    /// Writes one cell with the cursor already at (x, y).
    private mutating func emitCell(_ s: Shown, x: Int, y: Int) {
        let l = looks[Int(s.look)]
        if s.glyph == 0x20, let cur = current, l.spaceLooksLike(cur) {
            // A space shows the same in the look the terminal is in: no attribute change.
        } else {
            emitLook(l, force: false)
        }
        let w = max(1, Int(s.width))
        if s.glyph == 0 || s.glyph & CellGlyph.internedBit != 0 {
            // A cluster of scalars: each terminal run (spacing scalar and its marks, at most 5
            // scalars, as curses takes them) at its own column, short columns as spaces, and
            // the cursor placed absolutely afterwards, since the terminal may count otherwise.
            var col = x
            if let c = CellGlyph.string(s.glyph).first, let runs = terminalRuns(of: c) {
                for run in runs where run.width > 0 && col + run.width <= x + w {
                    if col != x { cursor = nil; move(col, y) }
                    for u in run.scalars.prefix(5) { out += Array(String(u).utf8) }
                    col += run.width
                }
            }
            while col < x + w {
                cursor = nil
                move(col, y)
                out.append(0x20)
                col += 1
            }
            cursor = nil
            return
        }
        let v = s.glyph
        if v < 0x80 {
            out.append(UInt8(v))
        } else if let u = Unicode.Scalar(v) {
            out += Array(String(u).utf8)
        }
        if var c = cursor {
            c.x += w
            // Past the last column the cursor waits at the margin: its place is not certain.
            // Wide glyphs and scalars outside the narrow ranges every terminal agrees on: likewise.
            cursor = c.x >= width || !(v < 0x300 || (0x2500...0x259F).contains(v)) ? nil : c
        }
    }

    private mutating func emitLook(_ l: CellLook, force: Bool) {
        if !force, let cur = current, cur == l { return }
        let cur = force ? nil : current
        let adding = cur.map { c in zip(c.attributes, l.attributes).allSatisfy { !$0.0 || $0.1 } } ?? false
        var colours: CellLook
        if let c = cur, adding {
            for (i, (was, now)) in zip(c.attributes, l.attributes).enumerated() where now && !was {
                if i < caps.attributeOn.count { out += caps.attributeOn[i] }
            }
            colours = c
        } else {
            out += caps.sgr0
            for (i, on) in l.attributes.enumerated() where on && i < caps.attributeOn.count { out += caps.attributeOn[i] }
            colours = .plain
        }
        if let setaf = caps.setaf, let setab = caps.setab {
            if (l.fg < 0 && colours.fg >= 0) || (l.bg < 0 && colours.bg >= 0) {
                if let op = caps.op { out += op } else {
                    out += caps.sgr0
                    for (i, on) in l.attributes.enumerated() where on && i < caps.attributeOn.count { out += caps.attributeOn[i] }
                }
                colours.fg = -1
                colours.bg = -1
            }
            if l.fg >= 0 && l.fg != colours.fg { out += setaf(l.fg) }
            if l.bg >= 0 && l.bg != colours.bg { out += setab(l.bg) }
        }
        current = l
    }

    /// The cursor to (x, y) by the shortest way the terminal offers.
    private mutating func move(_ x: Int, _ y: Int) {
        if let c = cursor, c.x == x, c.y == y { return }
        var best = caps.cup(y, x)
        if let c = cursor {
            var rel: [UInt8] = []
            var ok = true
            if y < c.y { if let f = caps.cuu { rel += f(c.y - y) } else { ok = false } }
            if y > c.y { if let f = caps.cud { rel += f(y - c.y) } else { ok = false } }
            if x > c.x { if let f = caps.cuf { rel += f(x - c.x) } else { ok = false } }
            if x < c.x {
                let n = c.x - x
                if let b = caps.cub1, n * b.count <= 4 {
                    for _ in 0..<n { rel += b }
                } else if let f = caps.cub { rel += f(n) } else { ok = false }
            }
            if ok && rel.count < best.count { best = rel }
        }
        out += best
        cursor = (x, y)
    }
}
