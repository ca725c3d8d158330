import RakorCore

/// The bottom line: the last message, then the keys that matter now, from the keymap.
enum StatusBar {
    /// How long a message stays in the status bar.
    static let messageMs = 8_000

    static func draw(into c: inout Canvas, _ r: Rect, _ ctx: ViewContext) {
        guard r.height >= 1 else { return }
        c.fill(r, role: "status")
        var x = r.x
        if let m = ctx.ui.message, ctx.now - m.t < messageMs || m.kind == .error && ctx.now - m.t < messageMs * 2 {
            let role = m.kind == .error ? "banner.error" : (m.kind == .warning ? "banner.warning" : "status.message")
            // Leave room for the help and quit keys, which always show.
            let keep = min(r.width / 3, 24)
            x += c.put(" " + m.text + " ", x: x, y: r.y, role: role, maxWidth: max(10, r.width - keep))
            x += 1
        }
        let context = ctx.ui.keyContext
        for b in hints(context, ctx.state) {
            let key = Keymap.label(b.keys[0])
            var text = b.hint(ctx.lang)
            let on = (b.action == .togglePause && ctx.state.floorClock?.paused == true)
                || (b.action == .suspendResume && ctx.state.isSuspended)
            if on, let active = b.activeHint(ctx.lang) { text = active }
            let need = key.displayWidth + 1 + text.displayWidth + 2
            if x + need > r.maxX { break }
            x += c.put(key, x: x, y: r.y, role: "status.key")
            x += c.put(" " + text + "  ", x: x, y: r.y, role: "status")
        }
    }

    /// The bindings worth a place in the status bar now, most useful first.
    static func hints(_ context: KeyContext, _ s: SessionState) -> [KeyBinding] {
        // Filtering the keymap is the same every second until one of these changes.
        let floor: Int
        switch s.floor {
        case nil: floor = 0
        case .speaker?: floor = 1
        default: floor = 2
        }
        return hintsMemo.value(HintsKey(context: context, floor: floor, openRound: s.openRound != nil)) { makeHints(context, s) }
    }

    /// What the hints depend on: the key context, who holds the floor (nobody, a speaker, another turn), whether a termin is open.
    private struct HintsKey: Equatable, Sendable {
        var context: KeyContext
        var floor: Int
        var openRound: Bool
    }

    private static let hintsMemo = ViewMemo<HintsKey, [KeyBinding]>()

    private static func makeHints(_ context: KeyContext, _ s: SessionState) -> [KeyBinding] {
        var list = Keymap.bindings.filter { $0.contexts.contains(context) && $0.inStatusBar }
        if context == .live {
            if s.floor == nil { list.removeAll { [.togglePause, .plusMinute, .endTurn].contains($0.action) } }
            if let f = s.floor, case .speaker = f {} else { list.removeAll { [.togglePause, .plusMinute].contains($0.action) } }
            if s.openRound != nil, let k = Keymap.binding(.addQuestion, in: .live), let g = Keymap.binding(.nextQuestion, in: .live) {
                list.insert(contentsOf: [k, g], at: min(2, list.count))
            }
        }
        // The help and quit keys always fit: they go first when space is short.
        let tail = list.filter { $0.action == .help || $0.action == .quit }
        return tail + list.filter { $0.action != .help && $0.action != .quit }
    }

    /// Replay: the timeline bar, the position, and the replay keys.
    static func drawReplay(into c: inout Canvas, _ r: Rect, _ ctx: ViewContext) {
        guard let rp = ctx.replay, r.height >= 1 else { return }
        c.fill(r, role: "status")
        // Row 1: the timeline.
        let bar = Rect(x: r.x + 1, y: r.y, width: max(0, r.width - 2), height: 1)
        if bar.width > 4 {
            let frac = rp.count <= 0 ? 0 : Double(rp.position) / Double(max(1, rp.count))
            let cursor = min(bar.width - 1, Int(Double(bar.width - 1) * frac))
            c.put(String(repeating: c.asciiLines ? "-" : "─", count: bar.width), x: bar.x, y: bar.y, role: "timeline")
            for ch in rp.chapters {
                let cx = bar.x + min(bar.width - 1, Int(Double(bar.width - 1) * ch))
                c.put(c.asciiLines ? "|" : "┼", x: cx, y: bar.y, role: "timeline.chapter")
            }
            for d in rp.damage {
                let dx = bar.x + min(bar.width - 1, Int(Double(bar.width - 1) * d))
                c.put("✗", x: dx, y: bar.y, role: "timeline.damage")
            }
            c.put(c.asciiLines ? "O" : "●", x: bar.x + cursor, y: bar.y, role: "timeline.cursor")
        }
        // Row 2: where we are.
        if r.height >= 2 {
            var info = ctx.t("peristiwa", "event") + " \(rp.position)/\(rp.count) · "
            info += ctx.clock(ctx.now) + " · " + DurationText.hms(ctx.now) + " / " + DurationText.hms(rp.durationMs)
            info += " · " + (rp.playing ? "▶ \(rp.speed)×" : ctx.t("❚❚ jeda", "❚❚ paused") + " (\(rp.speed)×)")
            if rp.atEnd { info += ctx.t(" · akhir rekaman", " · end of recording") }
            if let m = ctx.ui.message, ctx.now >= 0 {
                info += " · " + m.text
            }
            c.put(info, x: r.x + 1, y: r.y + 1, role: "status.message", maxWidth: r.width - 2)
        }
        // Row 3: keys.
        if r.height >= 3 {
            var x = r.x
            let list = Keymap.bindings.filter { $0.contexts.contains(.replay) && $0.inStatusBar }
            for b in list {
                let key = b.keys.count > 1 && b.action == .jumpPercent ? "0–9" : Keymap.label(b.keys[0])
                let text = b.hint(ctx.lang)
                let need = key.displayWidth + 1 + text.displayWidth + 2
                if x + need > r.maxX { break }
                x += c.put(key, x: x, y: r.y + 2, role: "status.key")
                x += c.put(" " + text + "  ", x: x, y: r.y + 2, role: "status")
            }
        }
    }
}
