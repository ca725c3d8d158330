import RakorCore

/// The stage view (layar): what the person speaking, or the room on a projector, must read from 10 m.
///
/// Full screen, no panels: who speaks, their time left in the largest digits that fit, in the
/// colour of the timer's phase; the moderator's message; the clock of the day; who is next.
public enum StageView {
    /// Renders a frame. `flash` inverts the frame border in the phase colour (the controller
    /// turns it on for 3 s after a phase change and every other half second in overtime).
    public static func render(_ ctx: ViewContext, size: Size, flash: Bool = false) -> Canvas {
        var c = Canvas(width: max(1, size.width), height: max(1, size.height))
        let s = ctx.state
        let lang = ctx.lang
        let area = c.bounds
        guard area.width >= 20, area.height >= 8 else {
            c.put(timerText(ctx) ?? ctx.zone.clock(ctx.now), x: 0, y: 0, role: phaseRole(ctx), maxWidth: area.width)
            return c
        }
        let role = phaseRole(ctx)
        if flash { drawFrame(into: &c, area, role: role) }
        let inner = area.inset(by: flash || area.width >= 60 ? 1 : 0).inset(top: 0, left: 1, bottom: 0, right: 1)

        // Top line: the item, and the clock of the day with its zone (WIB/WITA/WIT).
        let clock = ctx.zone.clock(ctx.now) + " " + ctx.zone.label
        var y = inner.y
        let item = s.runningItem.flatMap { s.items[id: $0]?.title } ?? s.header.title
        c.put(item, x: inner.x, y: y, role: "muted", maxWidth: max(0, inner.width - clock.displayWidth - 2))
        c.put(clock, x: inner.maxX - clock.displayWidth, y: y, role: "header.title")
        y += 1
        if ctx.logHealth != .ok || ctx.ui.message?.kind == .error {
            centred(&c, PeerText.logLost(lang), inner, y, role: "banner.error")
            y += 1
        }

        // Bottom lines, from the bottom up: next speaker, then the stage message.
        var bottom = inner.maxY
        if let next = nextName(s), !s.isClosed {
            bottom -= 1
            c.put(PeerText.next(next, lang), x: inner.x, y: bottom, role: "text", maxWidth: inner.width)
        }
        if let m = s.stageMessage {
            let band = inner.height >= 30 ? 3 : 1
            bottom -= band + (inner.height >= 16 ? 1 : 0)
            let r = Rect(x: inner.x, y: bottom, width: inner.width, height: band)
            let mrole = m.tone == .danger ? "banner.error" : (m.tone == .warning ? "banner.warning" : "status.message")
            c.fill(r, role: mrole)
            centred(&c, m.text, r, r.y + band / 2, role: mrole)
        }

        // The middle: who speaks, then the digits.
        if s.isClosed {
            middle(&c, Rect(x: inner.x, y: y, width: inner.width, height: bottom - y),
                   title: PeerText.closed(lang), detail: nil, digits: ctx.zone.clock(ctx.now, separator: ":"), status: nil, role: "muted")
        } else if let susp = s.currentSuspension {
            let until = susp.resumeT.map { ctx.projected($0) }
            let digits = susp.resumeT.map { DurationText.countdown(max(0, $0 - ctx.now)) } ?? ctx.zone.clock(ctx.now, separator: ":")
            middle(&c, Rect(x: inner.x, y: y, width: inner.width, height: bottom - y),
                   title: PeerText.suspended(susp.reason, until: until, lang), detail: susp.note, digits: digits, status: nil,
                   role: "suspended", banner: true)
        } else if let holder = s.floor, let timing = s.floorTiming(now: ctx.now) {
            let (name, detail, kind) = FloorPanel.describe(holder, s, ctx)
            var status = FloorPanel.statusWord(timing, "", ctx)
            if let held = heldSpeaker(s, now: ctx.now), kind == PeerText.interruption(lang) {
                status = PeerText.heldSpeaker(held.name, left: held.left, lang)
            }
            var top = y
            if !kind.isEmpty {
                centred(&c, kind, inner, top, role: kind == PeerText.interruption(lang) ? "banner.warning" : "header.state")
                top += 1
            }
            middle(&c, Rect(x: inner.x, y: top, width: inner.width, height: bottom - top),
                   title: name, detail: detail.isEmpty ? nil : detail, digits: timerText(ctx) ?? "", status: status, role: role)
        } else {
            let title = s.phase == .belumMulai ? PeerText.notStarted(lang) : PeerText.nobodySpeaking(lang)
            middle(&c, Rect(x: inner.x, y: y, width: inner.width, height: bottom - y),
                   title: title, detail: nil, digits: ctx.zone.clock(ctx.now, separator: ":"), status: nil, role: "muted")
        }
        return c
    }

    /// Title, detail, the digits as large as fit, and a status line, centred in `r`.
    static func middle(_ c: inout Canvas, _ r: Rect, title: String, detail: String?, digits: String, status: String?,
                       role: String, banner: Bool = false) {
        guard r.height >= 1 else { return }
        var y = r.y
        let gap = r.height >= 20 ? 1 : 0
        y += gap
        if banner {
            c.fill(Rect(x: r.x, y: y, width: r.width, height: 1), role: role)
        }
        centred(&c, title, r, y, role: banner ? role : "header.title")
        y += 1
        if let detail, y < r.maxY {
            centred(&c, detail, r, y, role: "muted")
            y += 1
        }
        let statusRows = status == nil ? 0 : 1 + gap
        let room = Size(width: r.width, height: max(0, r.maxY - y - statusRows - gap))
        if !digits.isEmpty, let scale = StageDigits.bestScale(for: digits, fitting: room) {
            let size = StageDigits.size(of: digits, scale: scale)
            let top = y + gap + max(0, (room.height - size.height) / 2)
            let rows = StageDigits.render(digits, scale: scale, ascii: c.asciiLines)
            for (i, row) in rows.enumerated() { c.put(row, x: r.x + (r.width - size.width) / 2, y: top + i, role: banner ? "suspended" : role) }
            y = top + size.height + gap
        } else if !digits.isEmpty, y < r.maxY {
            centred(&c, digits, r, y, role: role)
            y += 1
        }
        if let status, y < r.maxY { centred(&c, status, r, y, role: role) }
    }

    static func centred(_ c: inout Canvas, _ text: String, _ r: Rect, _ y: Int, role: String) {
        guard y >= r.y, y < r.maxY else { return }
        let w = min(text.displayWidth, r.width)
        c.put(text, x: r.x + (r.width - w) / 2, y: y, role: role, maxWidth: r.width)
    }

    static func drawFrame(into c: inout Canvas, _ r: Rect, role: String) {
        let glyph = c.asciiLines ? "#" : "█"
        c.put(String(repeating: glyph, count: r.width), x: r.x, y: r.y, role: role)
        c.put(String(repeating: glyph, count: r.width), x: r.x, y: r.maxY - 1, role: role)
        for y in r.y..<r.maxY {
            c.put(glyph, x: r.x, y: y, role: role)
            c.put(glyph, x: r.maxX - 1, y: y, role: role)
        }
    }

    /// The floor's countdown ("04:59", "-00:12"), or its elapsed time when nothing was allotted.
    static func timerText(_ ctx: ViewContext) -> String? {
        guard let t = ctx.state.floorTiming(now: ctx.now) else { return nil }
        return DurationText.countdown(t.remainingMs ?? t.elapsedMs)
    }

    /// The colour role of the timer's phase now.
    public static func phaseRole(_ ctx: ViewContext) -> String {
        if ctx.state.isSuspended { return "suspended" }
        guard let t = ctx.state.floorTiming(now: ctx.now) else { return "muted" }
        return FloorPanel.timerRole(t)
    }

    /// The timer's phase now, for the controller's flash on a change (nil when nobody speaks).
    public static func phase(_ ctx: ViewContext) -> TimerPhase? {
        ctx.state.floorTiming(now: ctx.now)?.phase
    }

    /// The next speaker's name: the next in the queue.
    static func nextName(_ s: SessionState) -> String? {
        s.queuedSpeakers.first?.name
    }

    /// A speaker whose turn is held for an interupsi: their clock runs no more, has not ended, and they do not hold the floor.
    static func heldSpeaker(_ s: SessionState, now: Int) -> (name: String, left: String)? {
        for sp in s.speakers.reversed() where sp.kind != .interruption {
            guard let clock = sp.clock, !clock.isEnded, s.floor != .speaker(sp.id) else { continue }
            let t = s.timing(clock, allottedS: sp.allottedS, now: now)
            return (sp.name, DurationText.countdown(t.remainingMs ?? t.elapsedMs))
        }
        return nil
    }
}
