import RakorCore

/// The notulis's own terminal: the minutes view, with the floor and the running item in a strip on top.
public enum NotulisView {
    /// Renders one frame.
    public static func render(_ ctx: ViewContext, size: Size) -> Canvas {
        var c = Canvas(width: max(1, size.width), height: max(1, size.height))
        guard size.width >= Dashboard.minimum.width, size.height >= Dashboard.minimum.height else {
            TooSmall.draw(into: &c, ctx)
            return c
        }
        let area = c.bounds
        let (status, rest0) = area.splitBottom(1)
        let (header, rest1) = rest0.splitTop(2)
        let (strip, body) = rest1.splitTop(2)
        HeaderView.draw(into: &c, header, ctx)
        drawStrip(into: &c, strip, ctx)
        MinutesView.draw(into: &c, body, ctx)
        StatusBar.draw(into: &c, status, ctx)
        Overlays.draw(into: &c, area, ctx)
        return c
    }

    /// Two rows: who holds the floor and their time; the running item and who is next.
    static func drawStrip(into c: inout Canvas, _ r: Rect, _ ctx: ViewContext) {
        guard r.height >= 1 else { return }
        let s = ctx.state
        c.fill(r, role: "status")
        var x = r.x + 1
        if let holder = s.floor, let timing = s.floorTiming(now: ctx.now) {
            let (name, detail, kind) = FloorPanel.describe(holder, s, ctx)
            let time = DurationText.countdown(timing.remainingMs ?? timing.elapsedMs)
            let role = FloorPanel.timerRole(timing)
            x += c.put("▶ ", x: x, y: r.y, role: "status")
            x += c.put(time, x: x, y: r.y, role: role)
            x += c.put("  " + (kind.isEmpty ? "" : kind + " · ") + name, x: x, y: r.y, role: "header.title", maxWidth: r.maxX - x - 1)
            if !detail.isEmpty, x + 4 < r.maxX { c.put(" · " + detail, x: x, y: r.y, role: "status", maxWidth: r.maxX - x - 1) }
        } else if let susp = s.currentSuspension {
            let until = susp.resumeT.map { ctx.projected($0) }
            c.put(PeerText.suspended(susp.reason, until: until, ctx.lang), x: x, y: r.y, role: "suspended", maxWidth: r.width - 2)
        } else {
            let text = s.isClosed ? PeerText.closed(ctx.lang) : (s.phase == .belumMulai ? PeerText.notStarted(ctx.lang) : PeerText.nobodySpeaking(ctx.lang))
            c.put(text, x: x, y: r.y, role: "muted", maxWidth: r.width - 2)
        }
        guard r.height >= 2 else { return }
        let item = s.runningItem.flatMap { s.items[id: $0] }
        var line = ctx.t("Acara: ", "Item: ") + (item?.title ?? "—")
        if let next = s.queuedSpeakers.first { line += " · " + PeerText.next(next.name, ctx.lang) }
        if let r0 = s.openRound { line += ctx.t(" · termin \(r0.number) dibuka", " · termin \(r0.number) open") }
        if let m = s.stageMessage { line += ctx.t(" · layar: «", " · stage: «") + m.text + "»" }
        c.put(line, x: r.x + 1, y: r.y + 1, role: "status", maxWidth: r.width - 2)
    }
}
