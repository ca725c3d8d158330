import RakorCore

/// Who holds the floor and their countdown, large enough to read from a metre away.
enum FloorPanel {
    static func draw(into c: inout Canvas, _ r: Rect, _ ctx: ViewContext) {
        let s = ctx.state
        c.box(r, title: ctx.t("Lantai", "Floor"))
        let inner = r.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard inner.height >= 1, inner.width >= 8 else { return }
        let heldLine = heldText(s, ctx)
        guard let holder = s.floor, let timing = s.floorTiming(now: ctx.now) else {
            var y = inner.y
            if let bt = breakText(s, ctx) {
                // A break item: its own countdown on the floor ("Ishoma · dilanjutkan 13.00").
                c.put(bt.line, x: inner.x, y: y, role: "header.title", maxWidth: inner.width)
                y += 1
                let room = Size(width: inner.width, height: max(0, inner.maxY - y - (heldLine == nil ? 0 : 1)))
                if let style = BigDigits.bestStyle(for: bt.countdown, fitting: room, ascii: c.asciiLines) {
                    let size = CountdownDigits.size(of: bt.countdown, style: style)
                    CountdownDigits.put(bt.countdown, into: &c, x: inner.x + (inner.width - size.width) / 2, y: y, style: style, role: "suspended")
                } else if y < inner.maxY {
                    c.put(bt.countdown, x: inner.x, y: y, role: "suspended")
                }
                if let heldLine { c.put(heldLine, x: inner.x, y: inner.maxY - 1, role: "timer.paused", maxWidth: inner.width) }
                return
            }
            c.put(ctx.t("Tidak ada yang berbicara.", "Nobody holds the floor."), x: inner.x, y: y, role: "muted", maxWidth: inner.width)
            y += 1
            if let heldLine, y < inner.maxY {
                c.put(heldLine, x: inner.x, y: y, role: "timer.paused", maxWidth: inner.width)
                y += 1
            }
            let nextId = s.nextSpeaker.flatMap { id in s.speakers[id: id]?.kind == .interruption || s.held.isEmpty ? id : nil } ?? s.held.last
            if let next = nextId.flatMap({ s.speakers[id: $0] }), y < inner.maxY, ctx.replay == nil {
                c.put(ctx.t("Berikutnya: ", "Next: ") + next.name, x: inner.x, y: y, role: "text", maxWidth: inner.width)
                y += 1
                if y < inner.maxY {
                    let hint = ctx.t("tekan n untuk memberi lantai", "press n to give the floor")
                    c.put(hint, x: inner.x, y: y, role: "muted", maxWidth: inner.width)
                }
            }
            if s.isSuspended, inner.height >= 4 { drawSuspendedBanner(into: &c, inner, ctx) }
            return
        }
        // Who.
        let (name, detail, kindLabel) = describe(holder, s, ctx)
        if inner.height < 3 {
            // Too low for the big digits: who and the time left share the first line, time kept whole.
            if let line = Self.oneLine(ctx, width: inner.width) {
                c.put(line.0, x: inner.x, y: inner.y, role: line.1, maxWidth: inner.width)
            }
            if inner.height >= 2 { drawBar(into: &c, Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1), timing) }
            return
        }
        var y = inner.y
        c.put(name, x: inner.x, y: y, role: "header.title", maxWidth: inner.width)
        y += 1
        if y < inner.maxY, !detail.isEmpty {
            c.put(detail, x: inner.x, y: y, role: "muted", maxWidth: inner.width)
            y += 1
        }
        // The countdown.
        let phaseRole = timerRole(timing)
        let text: String
        if let rem = timing.remainingMs {
            text = DurationText.countdown(rem)
        } else {
            text = DurationText.countdown(timing.elapsedMs)
        }
        let status = statusWord(timing, kindLabel, ctx)
        let roomRows = inner.maxY - y - 2 - (heldLine == nil ? 0 : 1)
        let room = Size(width: inner.width, height: max(0, roomRows))
        if let heldLine { c.put(heldLine, x: inner.x, y: inner.maxY - 1, role: "timer.paused", maxWidth: inner.width) }
        if let style = BigDigits.bestStyle(for: text, fitting: room, ascii: c.asciiLines) {
            // Small seconds while there is time (a tick then sends few bytes); in the last
            // stretch and in overtime every digit is big, since the seconds are what counts then.
            let smallSeconds = timing.phase == .normal || timing.phase == .warning
            let size = smallSeconds ? CountdownDigits.size(of: text, style: style) : BigDigits.size(of: text, style: style)
            let x = inner.x + (inner.width - size.width) / 2
            if smallSeconds {
                CountdownDigits.put(text, into: &c, x: x, y: y, style: style, role: phaseRole)
            } else {
                c.putBigDigits(text, x: x, y: y, style: style, role: phaseRole)
            }
            y += size.height
        } else if y < inner.maxY {
            c.put(text, x: inner.x, y: y, role: phaseRole)
            c.put("  " + status, x: inner.x + text.displayWidth, y: y, role: phaseRole, maxWidth: inner.width - text.displayWidth)
            y += 1
            if y < inner.maxY { drawBar(into: &c, Rect(x: inner.x, y: y, width: inner.width, height: 1), timing) }
            return
        }
        if y < inner.maxY {
            let sw = status.displayWidth
            c.put(status, x: inner.x + max(0, (inner.width - sw) / 2), y: y, role: phaseRole, maxWidth: inner.width)
            y += 1
        }
        if y < inner.maxY { drawBar(into: &c, Rect(x: inner.x, y: y, width: inner.width, height: 1), timing) }
    }

    /// "Sri Wahyuni · 04:30": who holds the floor and their time, in `width` columns, the time
    /// never cut (the name gives way first); with its style role. nil when nobody holds the floor.
    static func oneLine(_ ctx: ViewContext, width: Int) -> (String, String)? {
        guard let holder = ctx.state.floor, let timing = ctx.state.floorTiming(now: ctx.now) else { return nil }
        let time = DurationText.countdown(timing.remainingMs ?? timing.elapsedMs)
        let name = describe(holder, ctx.state, ctx).0
        let room = width - time.displayWidth - 3
        let text = room >= 4 ? name.truncatedAtWord(toWidth: room) + " · " + time : time
        return (text, timerRole(timing))
    }

    /// Name line, detail line (jabatan · instansi · where), and what kind of turn this is.
    static func describe(_ holder: FloorHolder, _ s: SessionState, _ ctx: ViewContext) -> (String, String, String) {
        switch holder {
        case .speaker(let id):
            guard let sp = s.speakers[id: id] else { return (id, "", "") }
            var parts = [sp.role, sp.org].compactMap { $0 }.filter { !$0.isEmpty }
            parts.append(sp.remote ? ctx.t("daring", "remote") : ctx.t("di ruangan", "in the room"))
            let kind = sp.kind == .interruption ? ctx.t("INTERUPSI", "POINT OF ORDER") : ""
            return ((sp.kind == .interruption ? "⚑ " : "") + sp.name, parts.joined(separator: " · "), kind)
        case .question(let id):
            guard let q = s.questions[id: id] else { return (id, "", "") }
            let number = s.rounds[id: q.round]?.number ?? 0
            var parts = [q.org].compactMap { $0 }
            if let to = q.to { parts.append(ctx.t("kepada ", "to ") + (s.speakers[id: to]?.name ?? to)) }
            parts.append(q.remote ? ctx.t("daring", "remote") : ctx.t("di ruangan", "in the room"))
            return (q.asker, parts.joined(separator: " · "), ctx.t("PENANYA · TERMIN \(number)", "ASKER · TERMIN \(number)"))
        case .answer(let id):
            guard let a = s.answers[id: id] else { return (id, "", "") }
            let sp = s.speakers[id: a.by]
            let parts = [sp?.role, sp?.org].compactMap { $0 }
            return (sp?.name ?? a.by, parts.joined(separator: " · "), ctx.t("MENJAWAB", "ANSWERING"))
        }
    }

    /// "ditahan: Akmal Malik, sisa 12:40": the turn an interupsi (or a break) holds.
    static func heldText(_ s: SessionState, _ ctx: ViewContext) -> String? {
        guard let id = s.held.last, let sp = s.speakers[id: id], let tm = s.speakerTiming(id, now: ctx.now) else { return nil }
        let left = tm.remainingMs.map { ctx.t(", sisa ", ", left ") + DurationText.countdown($0) } ?? ""
        return ctx.t("ditahan: ", "held: ") + sp.name + left
    }

    /// The running break item: "Ishoma · dilanjutkan 13.00" and its countdown.
    static func breakText(_ s: SessionState, _ ctx: ViewContext) -> (line: String, countdown: String)? {
        guard s.isBreakRunning, let id = s.runningItem, let item = s.items[id: id], let clock = item.clock else { return nil }
        let left = item.plannedS * 1000 - clock.elapsedMs(at: ctx.now)
        let until = ctx.projected(ctx.now + max(0, left))
        return (item.title + ctx.t(" · dilanjutkan ", " · resumes ") + until, DurationText.countdown(left))
    }

    static func timerRole(_ t: TurnTiming) -> String {
        if t.held { return "suspended" }
        if t.paused { return "timer.paused" }
        return "timer.\(t.phase.rawValue)"
    }

    static func statusWord(_ t: TurnTiming, _ kind: String, _ ctx: ViewContext) -> String {
        var words: [String] = []
        if !kind.isEmpty { words.append(kind) }
        if t.held {
            words.append(ctx.state.isSuspended ? ctx.t("DISKORS — WAKTU BERHENTI", "SUSPENDED — TIME STOPPED")
                                               : ctx.t("ISTIRAHAT — WAKTU BERHENTI", "BREAK — TIME STOPPED"))
        }
        else if t.paused { words.append(ctx.t("❚❚ JEDA", "❚❚ PAUSED")) }
        else {
            switch t.phase {
            case .normal: words.append(t.allottedMs == nil ? ctx.t("berjalan", "running") : ctx.t("sisa waktu", "time left"))
            case .warning: words.append(ctx.t("segera selesai", "wrap up soon"))
            case .danger: words.append(ctx.t("waktu hampir habis", "almost out of time"))
            case .overtime: words.append(ctx.t("LEWAT WAKTU", "OVERTIME"))
            }
        }
        if let a = t.allottedMs { words.append(ctx.t("alokasi ", "allotted ") + DurationText.countdown(a)) }
        return words.joined(separator: " · ")
    }

    /// The progress bar: used share of the allotted time, full and marked in overtime.
    static func drawBar(into c: inout Canvas, _ r: Rect, _ t: TurnTiming) {
        guard let allotted = t.allottedMs, allotted > 0, r.width >= 4 else { return }
        let frac = min(1, Double(t.elapsedMs) / Double(allotted))
        let filled = Int((Double(r.width) * frac).rounded(.down))
        let fillRole = t.phase == .overtime ? "timer.overtime" : (t.phase == .normal ? "progress.fill" : "timer.\(t.phase.rawValue)")
        c.put(String(repeating: c.asciiLines ? "#" : "█", count: filled), x: r.x, y: r.y, role: fillRole)
        c.put(String(repeating: c.asciiLines ? "." : "░", count: r.width - filled), x: r.x + filled, y: r.y, role: "progress.empty")
    }

    static func drawSuspendedBanner(into c: inout Canvas, _ r: Rect, _ ctx: ViewContext) {
        guard let susp = ctx.state.currentSuspension else { return }
        let text = ctx.t("RAPAT DISKORS", "MEETING SUSPENDED") + " · " + susp.reason.label(ctx.lang)
        let y = r.maxY - 1
        c.fill(Rect(x: r.x, y: y, width: r.width, height: 1), role: "suspended")
        c.put(text, x: r.x + max(0, (r.width - text.displayWidth) / 2), y: y, role: "suspended", maxWidth: r.width)
    }
}
