import RakorCore

/// The pure render target: a grid of cells that views draw into and the backend copies to
/// the terminal. Tests render into one and compare `lines()`.
///
/// Every write is clipped to the grid, and all text goes through `inert(_:keepNewlines:)`
/// first, so a Canvas never holds a control character and whatever a log or agenda says,
/// drawing it cannot make the terminal do anything. Graphemes the C library cannot measure
/// show as `�`; zero-width ones (a lone combining mark) are dropped.
public struct Canvas: Equatable, Sendable {
    /// Columns.
    public private(set) var width: Int
    /// Rows.
    public private(set) var height: Int
    /// Row-major cells, `width * height` of them.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (a focused text field), or nil to hide it.
    public var cursor: Point?
    /// Draw lines and boxes with ASCII `+ - |` instead of Unicode box drawing
    /// (for terminals or fonts without it); set once by whoever creates the canvas.
    public var asciiLines: Bool
    /// Whether `put` stores runs of one-column text in one pass (always, but for the test that
    /// checks those passes against the cell-by-cell writes they stand for).
    var storesInBulk = true

    /// A blank canvas: spaces in `role`.
    public init(width: Int, height: Int, role: String = "text", asciiLines: Bool = false) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(CellRole.id(role)), count: self.width * self.height)
        self.cursor = nil
        self.asciiLines = asciiLines
    }

    /// A blank canvas of the given size.
    public init(size: Size, role: String = "text", asciiLines: Bool = false) {
        self.init(width: size.width, height: size.height, role: role, asciiLines: asciiLines)
    }

    /// Makes the canvas blank (spaces in `role`, no cursor) at `size`, keeping its storage,
    /// so a run loop can draw every frame into one canvas instead of allocating a new one.
    public mutating func reset(size: Size, role: String = "text") {
        let w = max(0, size.width), h = max(0, size.height)
        let blank = Cell.blank(CellRole.id(role))
        if w * h == cells.count {
            cells.withUnsafeMutableBufferPointer { $0.update(repeating: blank) }
        } else {
            cells = Array(repeating: blank, count: w * h)
        }
        width = w
        height = h
        cursor = nil
    }

    /// The top-left part of the canvas that fits in `size` (a wide grapheme cut by the new
    /// right edge becomes spaces), with the cursor when it is inside.
    func cropped(to size: Size) -> Canvas {
        var c = Canvas(width: min(width, size.width), height: min(height, size.height), asciiLines: asciiLines)
        for y in 0..<c.height {
            for x in 0..<c.width {
                var cell = cells[y * width + x]
                if cell.columns > 1 && x + Int(cell.columns) > c.width { cell = .blank(cell.roleID) }
                if cell.columns == 0, x > 0, c.cells[y * c.width + x - 1].columns != 0, c.cells[y * c.width + x - 1].columns < 2 {
                    cell = .blank(cell.roleID)
                }
                c.cells[y * c.width + x] = cell
            }
        }
        c.cursor = cursor.flatMap { $0.x < c.width && $0.y < c.height ? $0 : nil }
        return c
    }

    /// The whole canvas as a rectangle at the origin.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }
    /// Width and height.
    public var size: Size { Size(width: width, height: height) }

    /// The cell at column `x`, row `y` (which must lie inside the canvas).
    public subscript(x: Int, y: Int) -> Cell {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "cell (\(x),\(y)) outside \(width)×\(height)")
        return cells[y * width + x]
    }

    // MARK: Text

    /// Writes one line of text at (x, y) and returns the columns it took from `x`.
    ///
    /// The text is clipped at the canvas edges and to `maxWidth` columns; a wide grapheme
    /// that does not fit at the right limit becomes a space (likewise one cut by the left
    /// edge), so a grapheme is never split. Newlines and tabs become spaces. Returns 0 when
    /// the row is outside the canvas; otherwise `x + result` is where following text goes.
    /// Text wider than its room ends in "…" at a word boundary, never silently mid-word;
    /// trailing spaces (padding) may be clipped without one.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: String = "text", maxWidth: Int? = nil) -> Int {
        guard y >= 0 && y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        let room = limit - max(x, 0)
        // The room a text wider than it is cut to (with "…", at a word), or -1: none is cut
        // when the text starts left of the canvas.
        let cut = room > 0 && x >= 0 ? room : -1
        var col = x
        let rid = CellRole.id(role)
        if cut < 0 || text.utf8.count <= cut, text.isPrintableASCII {
            // Printable ASCII that fits (most labels, names and numbers): already inert, one
            // grapheme and one column per byte. Over cells of one column each (nearly always)
            // there is no wide grapheme to break, and the bytes are stored in one pass.
            let n = text.utf8.count
            let lo = max(x, 0), hi = min(limit, x + n)
            let stored = storesInBulk && (lo >= hi || text.utf8.withContiguousStorageIfAvailable { b -> Bool in
                let row = y * width
                return cells.withUnsafeMutableBufferPointer { cb -> Bool in
                    for col in lo..<hi where cb[row + col].columns != 1 { return false }
                    for col in lo..<hi { cb[row + col] = Cell(glyph: UInt32(b[col - x]), roleID: rid, columns: 1) }
                    return true
                }
            } == true)
            if stored { return min(n, max(0, limit - x)) }
            for b in text.utf8 {
                if col >= limit { break }
                if col >= 0 { write(col, y, Cell(glyph: UInt32(b), roleID: rid, columns: 1)) }
                col += 1
            }
            return max(0, col - x)
        }
        // Anything else (a name's "é", a cut line's "…", a text too wide for its room) is
        // worked out once and kept: see PreparedText.
        let glyphs = PreparedText.glyphs(text, cut: cut)
        var next = 0
        if storesInBulk, x >= 0, x < limit {
            // The leading one-column graphemes over one-column cells, stored in one pass: what
            // the loop below does for them, without breaking what is not there to break.
            let row = y * width
            next = glyphs.withUnsafeBufferPointer { g in
                cells.withUnsafeMutableBufferPointer { cb in
                    var k = 0
                    while k < g.count, x + k < limit, g[k].columns == 1, cb[row + x + k].columns == 1 {
                        cb[row + x + k] = Cell(glyph: g[k].glyph, roleID: rid, columns: 1)
                        k += 1
                    }
                    return k
                }
            }
            col = x + next
        }
        for p in glyphs[next...] {
            if col >= limit { break }
            let w = Int(p.columns)
            if col + w > limit {
                // Would straddle the limit: pad with spaces instead of splitting it.
                // (A limit left of the canvas, from text begun left of it, pads nothing.)
                if limit > max(col, 0) { for cx in max(col, 0)..<limit { write(cx, y, Cell.blank(rid)) } }
                col = limit
                break
            }
            if col < 0 {
                // Cut by the left edge: show the visible part as spaces.
                if col + w > 0 { for cx in 0..<(col + w) { write(cx, y, Cell.blank(rid)) } }
                col += w
                continue
            }
            write(col, y, Cell(glyph: p.glyph, roleID: rid, columns: p.columns))
            col += w
        }
        return max(0, col - x)
    }

    /// Writes each line of `lines` on successive rows from (x, y); returns the rows used.
    @discardableResult
    public mutating func put(lines: [String], x: Int, y: Int, role: String = "text", maxWidth: Int? = nil) -> Int {
        for (i, line) in lines.enumerated() { put(line, x: x, y: y + i, role: role, maxWidth: maxWidth) }
        return lines.count
    }

    /// Fills a rectangle (clipped to the canvas) with one grapheme, spaces by default.
    /// A wide grapheme fills pairs of columns; an odd column left at the right gets a space.
    public mutating func fill(_ rect: Rect, char: Character = " ", role: String = "text") {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        let text = inert(String(char))
        let rid = CellRole.id(role)
        let (g, w) = text.count == 1 ? Canvas.measure(text.first!) : (0x20, 1)
        let cell = w == 0 ? Cell.blank(rid) : Cell(glyph: g, roleID: rid, columns: UInt16(clamping: w))
        for y in r.y..<r.maxY {
            var x = r.x
            while x < r.maxX {
                if x + cell.width <= r.maxX {
                    write(x, y, cell)
                    x += cell.width
                } else {
                    write(x, y, .blank(rid))
                    x += 1
                }
            }
        }
    }

    /// Gives every cell of a rectangle a new role, keeping its text (a selection bar).
    /// A wide grapheme partly inside takes the role whole, so its cells never disagree.
    public mutating func setRole(_ rect: Rect, role: String) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        let rid = CellRole.id(role)
        for y in r.y..<r.maxY {
            let lo = glyphStart(r.x, y)
            var hi = r.maxX
            while hi < width && cells[y * width + hi].isContinuation { hi += 1 }
            for x in lo..<hi { cells[y * width + x].roleID = rid }
        }
    }

    // MARK: Lines and boxes

    /// The line-drawing set of a box.
    public enum BoxStyle: Sendable, CaseIterable {
        case single, rounded, double, heavy, ascii

        // topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical,
        // teeLeft (├), teeRight (┤), teeTop (┬), teeBottom (┴)
        var glyphs: [String] {
            switch self {
            case .single: return ["┌", "┐", "└", "┘", "─", "│", "├", "┤", "┬", "┴"]
            case .rounded: return ["╭", "╮", "╰", "╯", "─", "│", "├", "┤", "┬", "┴"]
            case .double: return ["╔", "╗", "╚", "╝", "═", "║", "╠", "╣", "╦", "╩"]
            case .heavy: return ["┏", "┓", "┗", "┛", "━", "┃", "┣", "┫", "┳", "┻"]
            case .ascii: return ["+", "+", "+", "+", "-", "|", "+", "+", "+", "+"]
            }
        }
    }

    private func glyphs(_ style: BoxStyle) -> [String] {
        (asciiLines ? BoxStyle.ascii : style).glyphs
    }

    /// Draws a frame around the edge of `rect` with an optional title in its top border
    /// (`┌─ Title ──┐`, cut with "…" to fit). The inside is left as it was; it is
    /// `rect.inset(by: 1)`. A rectangle narrower or shorter than 2 gets no frame.
    public mutating func box(_ rect: Rect, title: String? = nil, role: String = "panel.border",
                             titleRole: String = "panel.title", style: BoxStyle = .single) {
        guard rect.width >= 2 && rect.height >= 2 else { return }
        let g = glyphs(style)
        let (x0, y0, x1, y1) = (rect.x, rect.y, rect.maxX - 1, rect.maxY - 1)
        put(g[0], x: x0, y: y0, role: role)
        put(g[1], x: x1, y: y0, role: role)
        put(g[2], x: x0, y: y1, role: role)
        put(g[3], x: x1, y: y1, role: role)
        hline(x: x0 + 1, y: y0, length: rect.width - 2, role: role, style: style)
        hline(x: x0 + 1, y: y1, length: rect.width - 2, role: role, style: style)
        vline(x: x0, y: y0 + 1, length: rect.height - 2, role: role, style: style)
        vline(x: x1, y: y0 + 1, length: rect.height - 2, role: role, style: style)
        if let title, !title.isEmpty {
            // "┌─ " + title + " " + at least nothing + "┐": the title gets width - 5 columns.
            let room = rect.width - 5
            if room >= 1 {
                let shown = inert(title).truncated(toWidth: room)
                put(" " + shown + " ", x: x0 + 2, y: y0, role: titleRole)
            }
        }
    }

    /// A horizontal line of `length` cells from (x, y).
    public mutating func hline(x: Int, y: Int, length: Int, role: String = "panel.border", style: BoxStyle = .single) {
        guard length > 0 else { return }
        let g = glyphs(style)[4]
        if let cell = Canvas.narrowCell(g, role: role) {
            // What `put` does with `length` copies of a one-column glyph, without measuring each.
            guard y >= 0 && y < height else { return }
            for col in max(0, x)..<max(max(0, x), min(width, x + length)) { write(col, y, cell) }
            return
        }
        put(String(repeating: g, count: length), x: x, y: y, role: role)
    }

    /// The cell `put` would write for `glyph` when it is one printable ASCII or box-drawing
    /// scalar (copies of those never join into one grapheme) one column wide, else nil.
    private static func narrowCell(_ glyph: String, role: String) -> Cell? {
        let scalars = glyph.unicodeScalars
        guard scalars.count == 1, let v = scalars.first?.value,
              (0x20..<0x7F).contains(v) || (0x2500...0x257F).contains(v) else { return nil }
        let (g, w) = measure(glyph.first!)
        return w == 1 ? Cell(glyph: g, roleID: CellRole.id(role), columns: 1) : nil
    }

    /// A vertical line of `length` cells down from (x, y).
    public mutating func vline(x: Int, y: Int, length: Int, role: String = "panel.border", style: BoxStyle = .single) {
        guard length > 0 else { return }
        let v = glyphs(style)[5]
        if let cell = Canvas.narrowCell(v, role: role) {
            // What `put(v, …)` does on each row, measured once.
            guard x >= 0 && x < width else { return }
            for row in max(0, y)..<max(max(0, y), min(height, y + length)) { write(x, row, cell) }
            return
        }
        for row in y..<(y + length) { put(v, x: x, y: row, role: role) }
    }

    /// A horizontal divider across a box drawn on `rect`, joined to its sides: `├────┤` at row `y`.
    public mutating func divider(in rect: Rect, y: Int, role: String = "panel.border", style: BoxStyle = .single) {
        guard rect.width >= 2 else { return }
        let g = glyphs(style)
        put(g[6], x: rect.x, y: y, role: role)
        hline(x: rect.x + 1, y: y, length: rect.width - 2, role: role, style: style)
        put(g[7], x: rect.maxX - 1, y: y, role: role)
    }

    /// A vertical divider down a box drawn on `rect`, joined to its top and bottom: `┬ │ ┴` at column `x`.
    public mutating func verticalDivider(in rect: Rect, x: Int, role: String = "panel.border", style: BoxStyle = .single) {
        guard rect.height >= 2 else { return }
        let g = glyphs(style)
        put(g[8], x: x, y: rect.y, role: role)
        vline(x: x, y: rect.y + 1, length: rect.height - 2, role: role, style: style)
        put(g[9], x: x, y: rect.maxY - 1, role: role)
    }

    // MARK: Reading back

    /// The frame as plain text, one string per row, wide graphemes once each.
    /// With `trimmingTrailingSpaces` (the default) each row loses its trailing spaces.
    public func lines(trimmingTrailingSpaces: Bool = true) -> [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width {
                let c = cells[y * width + x]
                if c.isContinuation { continue }
                if let v = c.scalarValue, let u = Unicode.Scalar(v) { s.unicodeScalars.append(u) } else { s += c.grapheme }
            }
            if trimmingTrailingSpaces {
                while s.last == " " { s.removeLast() }
            }
            return s
        }
    }

    /// The frame as one string: `lines()` joined by newlines (trailing spaces trimmed).
    public var text: String { lines().joined(separator: "\n") }

    /// The role of every column of row `y`, for tests of styling.
    public func roles(row y: Int) -> [String] {
        (0..<width).map { cells[y * width + $0].role }
    }

    // MARK: Internals

    /// A grapheme as the canvas stores it: its glyph id and width, `�` when not displayable.
    static func measure(_ c: Character) -> (UInt32, Int) {
        if let a = c.asciiValue, a >= 0x20 && a < 0x7F { return (UInt32(a), 1) }
        guard let w = c.displayWidth else { return (0xFFFD, 1) }
        return (CellGlyph.id(String(c)), w)
    }

    /// The column where the grapheme covering (x, y) begins.
    private func glyphStart(_ x: Int, _ y: Int) -> Int {
        var lx = x
        while lx > 0 && cells[y * width + lx].isContinuation { lx -= 1 }
        return lx
    }

    /// Turns the whole grapheme covering (x, y) into spaces of its role.
    private mutating func breakGlyph(_ x: Int, _ y: Int) {
        let c = cells[y * width + x]
        if c.width == 1 { return }
        let lead = glyphStart(x, y)
        let w = max(1, cells[y * width + lead].width)
        for cx in lead..<min(width, lead + w) {
            cells[y * width + cx] = .blank(cells[y * width + cx].roleID)
        }
    }

    /// Stores a cell (and its continuations), first breaking any wide grapheme it overlaps
    /// in part, so no half of a wide grapheme is ever left behind.
    @inline(__always)
    private mutating func write(_ x: Int, _ y: Int, _ cell: Cell) {
        guard y >= 0 && y < height && x >= 0 && x + max(1, cell.width) <= width else { return }
        // Nearly every write: one column over one column, where there is nothing to break.
        if cell.columns == 1, cells[y * width + x].columns == 1 {
            cells[y * width + x] = cell
            return
        }
        let w = max(1, cell.width)
        breakGlyph(x, y)
        if w > 1 { breakGlyph(x + w - 1, y) }
        cells[y * width + x] = cell
        for cx in (x + 1)..<(x + w) {
            cells[y * width + cx] = Cell(glyph: 0, roleID: cell.roleID, columns: 0)
        }
    }
}
