import RakorCore

/// Two header rows: title and place; date, clock, state and log health.
enum HeaderView {
    static func draw(into c: inout Canvas, _ r: Rect, _ ctx: ViewContext) {
        guard r.height >= 1 else { return }
        let s = ctx.state
        let h = s.header
        c.fill(Rect(x: r.x, y: r.y, width: r.width, height: 1), role: "header")
        // Narrow windows keep the clock and give the date's room to the title.
        let clock = (r.width >= 80 ? "\(ctx.zone.longDate(ctx.now, ctx.lang))  " : "") + "\(ctx.hm(ctx.now)) \(ctx.zone.label)"
        let clockW = clock.displayWidth
        let place: String
        if h.mode == "online" {
            // A venue like "Daring melalui Zoom" already says it; else say it.
            place = h.venue ?? ctx.t("daring", "online")
        } else if h.mode == "hybrid" {
            place = (h.venue ?? "") + ctx.t(" · hibrida", " · hybrid")
        } else {
            place = h.venue ?? ""
        }
        let titleRoom = max(0, r.width - clockW - 3)
        var x = r.x + 1
        // A long title loses its middle, not its end: a year cut to "Tahun 2" reads as a wrong year.
        x += c.put(h.title.shortenedFromMiddle(toWidth: titleRoom), x: x, y: r.y, role: "header.title", maxWidth: titleRoom)
        if !place.isEmpty, x + 4 < r.x + titleRoom {
            c.put(" · " + place, x: x, y: r.y, role: "header", maxWidth: r.x + titleRoom - x)
        }
        c.put(clock, x: r.maxX - clockW - 1, y: r.y, role: "header", maxWidth: clockW)

        guard r.height >= 2 else { return }
        let y = r.y + 1
        var stateText: String
        var stateRole: String
        if s.isClosed {
            stateText = ctx.t("SELESAI", "CLOSED"); stateRole = "muted"
        } else if let susp = s.currentSuspension {
            var text = ctx.t("DISKORS", "SUSPENDED") + " · " + susp.reason.label(ctx.lang)
            text += " · " + ctx.t("sejak", "since") + " " + ctx.hm(susp.startT)
            if let rt = susp.resumeT { text += " · " + ctx.t("lanjut", "resumes") + " " + ctx.projected(rt) }
            stateText = text; stateRole = "suspended"
        } else if s.phase == .belumMulai {
            stateText = ctx.t("BELUM MULAI", "NOT STARTED"); stateRole = "muted"
        } else {
            // "berlangsung" under "BERJALAN" says nothing: say where the meeting is instead.
            let phase = s.phase != .berlangsung ? s.phase.label(ctx.lang)
                : (s.runningItem == nil ? ctx.t("antar acara", "between items") : ctx.t("acara lain", "other item"))
            stateText = ctx.t("BERJALAN", "IN SESSION") + " · " + phase; stateRole = "header.state"
        }
        // A replay says so first, then the same state a live session shows: the frame is a
        // function of the state, however the replay reached it.
        var replayMark = ""
        if let rp = ctx.replay {
            replayMark = ctx.t("PUTAR ULANG", "REPLAY") + (rp.playing ? " ▶ \(rp.speed)×" : " ❚❚")
            if stateRole == "header.state" || stateRole == "muted" {
                stateText = replayMark + " · " + stateText
                replayMark = ""
                stateRole = "header.state"
            } else {
                replayMark += " · "
            }
        }
        let health: String
        let healthRole: String
        switch ctx.logHealth {
        case .ok:
            health = ctx.replay != nil ? ctx.t("hanya baca", "read-only") : ctx.t("log ✓ tersimpan", "log ✓ saved")
            healthRole = "muted"
        case .failing(_, let n):
            health = ctx.t("LOG GAGAL: \(n) belum tersimpan", "LOG FAILING: \(n) unsaved")
            healthRole = "banner.error"
        }
        let peers = PeerHeader.text(ctx)
        let hw = health.displayWidth + peers.displayWidth
        var sx = r.x + 1
        if !replayMark.isEmpty { sx += c.put(replayMark, x: sx, y: y, role: "header.state", maxWidth: max(0, r.width - hw - 4)) }
        sx += c.put(stateText, x: sx, y: y, role: stateRole, maxWidth: max(0, r.x + r.width - hw - 3 - sx))
        let limit = r.maxX - hw - 3
        if let a = attendance(ctx), limit - sx >= min(a.displayWidth + 2, 16) {
            c.put("  " + a, x: sx, y: y, role: "muted", maxWidth: limit - sx)
        }
        c.put(peers, x: r.maxX - hw - 1, y: y, role: "header.state")
        c.put(health, x: r.maxX - health.displayWidth - 1, y: y, role: healthRole, maxWidth: hw)
    }

    static func attendance(_ ctx: ViewContext) -> String? {
        let a = ctx.state.attendance
        guard a.onsite != nil || a.online != nil else { return nil }
        var parts: [String] = []
        if let on = a.onsite { parts.append(ctx.t("\(on) luring", "\(on) in room")) }
        if let ol = a.online { parts.append(ctx.t("\(ol) daring", "\(ol) online")) }
        return ctx.t("peserta: ", "attendance: ") + parts.joined(separator: ", ")
    }
}
