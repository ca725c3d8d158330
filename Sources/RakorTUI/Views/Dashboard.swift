import RakorCore

/// The moderator's dashboard: header, rundown, floor, queue and termin, minutes, status bar.
public enum Dashboard {
    /// The smallest terminal the dashboard draws in.
    public static let minimum = Size(width: 40, height: 12)

    /// Renders one frame of the whole screen into a new canvas.
    public static func render(_ ctx: ViewContext, size: Size) -> Canvas {
        var c = Canvas(width: max(1, size.width), height: max(1, size.height))
        draw(ctx, into: &c)
        return c
    }

    /// Renders one frame into `c`, blanked and resized to `size` first: a caller that keeps
    /// one canvas draws frame after frame without allocating.
    public static func render(_ ctx: ViewContext, into c: inout Canvas, size: Size) {
        c.reset(size: Size(width: max(1, size.width), height: max(1, size.height)))
        draw(ctx, into: &c)
    }

    private static func draw(_ ctx: ViewContext, into c: inout Canvas) {
        let size = c.size
        guard size.width >= minimum.width, size.height >= minimum.height else {
            TooSmall.draw(into: &c, ctx)
            return
        }
        let area = c.bounds
        let (status, rest0) = area.splitBottom(ctx.replay == nil ? 1 : 3)
        let (header, body) = rest0.splitTop(2)
        HeaderView.draw(into: &c, header, ctx)
        if ctx.replay != nil {
            StatusBar.drawReplay(into: &c, status, ctx)
        } else {
            StatusBar.draw(into: &c, status, ctx)
        }
        if ctx.ui.screen == .minutes && ctx.replay == nil {
            MinutesView.draw(into: &c, body, ctx)
        } else if size.width >= 120 && size.height >= 30 {
            wide(into: &c, body, ctx)
        } else if size.width >= 80 && size.height >= 20 {
            normal(into: &c, body, ctx)
        } else {
            narrow(into: &c, body, ctx)
        }
        Overlays.draw(into: &c, area, ctx)
    }

    /// 120+ columns: rundown | floor over queue | termin over minutes.
    static func wide(into c: inout Canvas, _ body: Rect, _ ctx: ViewContext) {
        let cols = body.split(columns: [.fraction(0.30), .fill(1), .fraction(0.30)])
        RundownPanel.draw(into: &c, cols[0], ctx)
        let mid = cols[1].split(rows: [.fixed(floorHeight(cols[1])), .fill(1)])
        FloorPanel.draw(into: &c, mid[0], ctx)
        QueuePanel.draw(into: &c, mid[1], ctx)
        let right = cols[2].split(rows: [.fraction(0.45), .fill(1)])
        TerminPanel.draw(into: &c, right[0], ctx)
        MinutesPanel.draw(into: &c, right[1], ctx)
    }

    /// 80×24: rundown | floor over queue (with termin), minutes along the bottom.
    static func normal(into c: inout Canvas, _ body: Rect, _ ctx: ViewContext) {
        let minutesRows = body.height >= 28 ? 8 : 5
        let (bottom, top) = body.splitBottom(minutesRows)
        let cols = top.split(columns: [.fraction(0.42), .fill(1)])
        RundownPanel.draw(into: &c, cols[0], ctx)
        let right = cols[1].split(rows: [.fixed(floorHeight(cols[1])), .fill(1)])
        FloorPanel.draw(into: &c, right[0], ctx)
        if ctx.state.openRound != nil || ctx.state.phase == .tanyaJawab {
            let halves = right[1].split(columns: [.fraction(0.5), .fill(1)])
            QueuePanel.draw(into: &c, halves[0], ctx)
            TerminPanel.draw(into: &c, halves[1], ctx)
        } else {
            QueuePanel.draw(into: &c, right[1], ctx)
        }
        MinutesPanel.draw(into: &c, bottom, ctx)
    }

    /// Narrow terminals: the floor first, then the queue, the rundown as one line.
    static func narrow(into c: inout Canvas, _ body: Rect, _ ctx: ViewContext) {
        let (line, rest) = body.splitTop(1)
        RundownPanel.drawSummaryLine(into: &c, line, ctx)
        let floorH = min(rest.height - 3, max(7, rest.height / 2))
        let parts = rest.split(rows: [.fixed(floorH), .fill(1)])
        FloorPanel.draw(into: &c, parts[0], ctx)
        if ctx.state.openRound != nil {
            TerminPanel.draw(into: &c, parts[1], ctx)
        } else {
            QueuePanel.draw(into: &c, parts[1], ctx)
        }
    }

    /// Rows for the floor panel: room for big digits when the area is tall enough.
    static func floorHeight(_ r: Rect) -> Int {
        // Room for the 7-row digits when the panel is wide and tall enough (a laptop turned to the room).
        let huge = BigDigits.size(of: "-00:00", style: .huge)
        if r.height >= 34, r.width - 6 >= huge.width { return huge.height + 7 }
        if r.height >= 22 { return 12 }
        if r.height >= 16 { return 10 }
        return min(r.height, 8)
    }
}

/// What shows instead of a garbled layout when the terminal is too small.
///
/// The countdown is the last thing to go: the first line is who holds the floor and the time
/// left, so a moderator who shrank the window still sees the clock.
enum TooSmall {
    static func draw(into c: inout Canvas, _ ctx: ViewContext) {
        var lines: [(String, String)] = []
        if let line = FloorPanel.oneLine(ctx, width: c.width) { lines.append(line) }
        lines.append((ctx.t("Terminal terlalu kecil", "Terminal too small"), "banner.warning"))
        lines.append(("\(c.width)×\(c.height) < \(Dashboard.minimum.width)×\(Dashboard.minimum.height)", "text"))
        lines.append((ctx.t("Log aman.", "The log is safe."), "text"))
        let top = max(0, min(c.height - lines.count, c.height / 2 - 1))
        for (i, l) in lines.enumerated() {
            let w = min(l.0.displayWidth, c.width)
            c.put(l.0, x: max(0, (c.width - w) / 2), y: top + i, role: l.1, maxWidth: c.width)
        }
    }
}
