import RakorCore

/// The rundown: planned and actual starts, the running item, over/under, offset and projected end.
enum RundownPanel {
    /// The on-time advice, kept while what it is made from is the same (see ViewMemo).
    private static let adviceMemo = ViewMemo<AdviceMemoKey, OnTimeAdvice?>()
    /// The time booked by the running item's waiting speakers, kept likewise.
    private static let queuedMemo = ViewMemo<QueuedMsMemoKey, Int>()
    /// The advice's changes in words (names, titles), kept likewise.
    private static let adviceWordsMemo = ViewMemo<AdviceWordsKey, String>()

    /// What the advice's words depend on: the advice's own inputs (its speakers' names among
    /// them), the rundown's titles and the language.
    struct AdviceWordsKey: Equatable, Sendable {
        var advice: AdviceMemoKey
        var items: IdentifiedList<AgendaItem>
        var lang: Language

        static func == (a: Self, b: Self) -> Bool {
            a.lang == b.lang && a.advice == b.advice && a.items.sharesStorage(with: b.items)
        }
    }

    static func draw(into c: inout Canvas, _ r: Rect, _ ctx: ViewContext) {
        c.box(r, title: ctx.t("Susunan acara", "Rundown"))
        let inner = r.inset(by: 1)
        guard inner.height >= 1, inner.width >= 10 else { return }
        let s = ctx.state
        let sched = s.schedule(now: ctx.now) { item in
            queuedMemo.value(QueuedMsMemoKey(queue: s.queue, speakers: s.speakers, item: item)) { s.queuedMs(for: item) }
        }
        let adviceKey = AdviceMemoKey(s, sched)
        let advice = ctx.replay == nil ? adviceMemo.value(adviceKey) { s.onTimeAdvice(now: ctx.now, schedule: sched) } : nil
        let (footer, list0) = inner.splitBottom(min(advice == nil ? 2 : 3, inner.height - 1))
        // From 100 columns: planned start, actual start and over/under, under a header row.
        let wideRows = inner.width >= 36
        var list = list0
        if wideRows, list0.height >= 4 {
            let header = ctx.t("  renc. mulai acara", "  plan  start item")
            c.put(header, x: list0.x, y: list0.y, role: "muted", maxWidth: list0.width - 2)
            c.put("±", x: list0.maxX - 1, y: list0.y, role: "muted")
            list = list0.splitTop(1).rest
        }
        // Keep the running item in view.
        let runningIndex = ctx.ui.rundownSelection ?? s.items.firstIndex { $0.isRunning } ?? s.items.firstIndex { !$0.hasStarted } ?? 0
        let visible = list.height
        let first = max(0, min(runningIndex - visible / 3, s.items.count - visible))
        for (row, i) in (first..<min(s.items.count, first + visible)).enumerated() {
            let item = s.items[i]
            let sr = sched.rows[i]
            let y = list.y + row
            let mark: String
            let role: String
            if item.isRunning { mark = "▶"; role = "rundown.running" }
            else if item.isDone { mark = "✓"; role = "rundown.done" }
            else { mark = " "; role = "text" }
            // Narrow: one time, the actual start once the item has started (the footer has the plan).
            var line = mark + " " + ctx.hm(wideRows ? sr.plannedStartT : (sr.actualStartT ?? sr.plannedStartT))
            if wideRows { line += " " + (sr.actualStartT.map { ctx.hm($0) } ?? "  -  ") }
            // A start still to come on another day says so ("00.10 besok"), after the columns.
            if sr.actualStartT == nil { line += ctx.zone.dayNote(sr.plannedStartT, from: ctx.now, ctx.lang) }
            line += " "
            var right = ""
            var rightRole = "muted"
            if let over = sr.overMs {
                let m = DurationText.minutes(over)
                right = m == 0 ? "±0" : (m > 0 ? "+\(m)" : "\(m)")
                rightRole = m > 0 ? "rundown.behind" : "rundown.ahead"
            } else if item.isRunning {
                right = "\(DurationText.minutes(sr.elapsedMs))/\(item.plannedS / 60)"
                rightRole = sr.elapsedMs > sr.plannedMs ? "rundown.behind" : "rundown.running"
            } else {
                right = "\(item.plannedS / 60)'"
            }
            if item.isRunning { c.fill(Rect(x: list.x, y: y, width: list.width, height: 1), role: "rundown.running") }
            let used = c.put(line, x: list.x, y: y, role: role)
            let rw = right.displayWidth
            c.put(item.title, x: list.x + used, y: y, role: role, maxWidth: list.width - used - rw - 1)
            c.put(right, x: list.maxX - rw, y: y, role: item.isRunning ? "rundown.running" : rightRole)
            if i == ctx.ui.rundownSelection && ctx.replay == nil {
                c.setRole(Rect(x: list.x, y: y, width: list.width, height: 1), role: "selected")
            }
        }
        guard footer.height >= 1 else { return }
        let behind = sched.offsetMs > 59_999
        c.put(ctx.offsetText(sched.offsetMs), x: footer.x, y: footer.y,
              role: behind ? "rundown.behind" : (sched.offsetMs < -59_999 ? "rundown.ahead" : "text"), maxWidth: footer.width)
        if footer.height >= 2 {
            var end = ctx.t("selesai", "ends") + " ≈ " + ctx.clock(sched.projectedEndT)
                + ctx.t(" (rencana ", " (plan ") + ctx.projected(sched.plannedEndT) + ")"
            if end.isWider(than: footer.width) {
                end = ctx.t("selesai ", "ends ") + ctx.projected(sched.projectedEndT) + ctx.t(", rencana ", ", plan ") + ctx.projected(sched.plannedEndT)
            }
            c.put(end, x: footer.x, y: footer.y + 1, role: "muted", maxWidth: footer.width)
        }
        if footer.height >= 3, let advice {
            let changes = adviceWordsMemo.value(AdviceWordsKey(advice: adviceKey, items: s.items, lang: ctx.lang)) {
                adviceChanges(advice, s, ctxLang: ctx.lang, short: true).joined(separator: "; ")
            }
            var line = adviceLine(advice, changes: changes, ctx)
            if line.isWider(than: footer.width) {
                // Narrow: the key and the target; the confirmation lists the changes.
                let key = Keymap.binding(.applyAdvice, in: .live)?.keyLabel ?? ""
                line = ctx.t("saran \(key): selesai ", "advice \(key): end ") + ctx.projected(advice.targetEndT)
            }
            c.put(line, x: footer.x, y: footer.y + 2, role: "rundown.behind", maxWidth: footer.width)
        }
    }

    /// "agar selesai 12.30: sisa 4 pembicara @ 6 mnt (rencana 10) · O"
    static func adviceLine(_ a: OnTimeAdvice, _ s: SessionState, _ ctx: ViewContext) -> String {
        adviceLine(a, changes: adviceChanges(a, s, ctxLang: ctx.lang, short: true).joined(separator: "; "), ctx)
    }

    /// The advice line with its changes already in words: the short `adviceChanges`, joined by "; ".
    static func adviceLine(_ a: OnTimeAdvice, changes: String, _ ctx: ViewContext) -> String {
        let head = ctx.t("agar selesai ", "to end at ") + ctx.projected(a.targetEndT) + ": "
        let key = Keymap.binding(.applyAdvice, in: .live).map { " · " + $0.keyLabel } ?? ""
        return head + changes + (a.reachesTarget ? "" : ctx.t(" (belum cukup)", " (not enough)")) + key
    }

    /// The changes in words: the waiting speakers together when they all go the same way, then the items.
    static func adviceChanges(_ a: OnTimeAdvice, _ s: SessionState, ctxLang lang: Language, short: Bool = false) -> [String] {
        let id = lang == .id
        var out: [String] = []
        let sp = a.speakerChanges
        if !sp.isEmpty {
            if let c = sp.first, sp.allSatisfy({ $0.fromS == c.fromS && $0.toS == c.toS }) {
                out.append(id ? "sisa \(sp.count) pembicara @ \(c.toS / 60) mnt (rencana \(c.fromS / 60))"
                              : "\(sp.count) speakers left @ \(c.toS / 60) min (plan \(c.fromS / 60))")
            } else {
                // The short line names a few; the confirmation (not short) lists every change.
                let shown = short ? sp.prefix(3) : sp[...]
                for c in shown {
                    guard case .speaker(let sid) = c.target else { continue }
                    let name = s.speakers[id: sid]?.name ?? sid
                    out.append("\(name) \(c.toS / 60) \(id ? "mnt" : "min") (\(id ? "rencana" : "plan") \(c.fromS / 60))")
                }
                if shown.count < sp.count {
                    out.append(id ? "\(sp.count - shown.count) pembicara lain" : "\(sp.count - shown.count) other speakers")
                }
            }
        }
        for c in a.itemChanges {
            guard case .item(let iid) = c.target, let item = s.items[id: iid] else { continue }
            // The running item's plan follows its speakers: said once, by them.
            if short, item.isRunning, !sp.isEmpty { continue }
            out.append("\(item.title) \(c.toS / 60) \(id ? "mnt" : "min") (\(id ? "rencana" : "plan") \(c.fromS / 60))")
        }
        return out
    }

    /// One line for narrow screens: the running item, the offset and the projected end.
    static func drawSummaryLine(into c: inout Canvas, _ r: Rect, _ ctx: ViewContext) {
        let s = ctx.state
        let sched = s.schedule(now: ctx.now)
        let title = s.runningItem.flatMap { s.items[id: $0]?.title } ?? "—"
        let tail = " · " + ctx.offsetText(sched.offsetMs) + " · " + ctx.t("selesai ", "ends ") + ctx.projected(sched.projectedEndT)
        let tw = tail.displayWidth
        let used = c.put("▶ " + title, x: r.x + 1, y: r.y, role: "rundown.running", maxWidth: max(0, r.width - tw - 2))
        c.put(tail, x: r.x + 1 + used, y: r.y, role: sched.offsetMs > 59_999 ? "rundown.behind" : "muted")
    }
}
