import RakorCore

/// The speakers waiting: the running item's list first, next first, with their allotted time
/// (an interupsi marked); the other items' lists folded under their item's name.
enum QueuePanel {
    static func draw(into c: inout Canvas, _ r: Rect, _ ctx: ViewContext) {
        let s = ctx.state
        c.box(r, title: ctx.t("Antrean", "Queue") + " (\(s.queue.count))")
        let inner = r.inset(top: 1, left: 1, bottom: 1, right: 1)
        guard inner.height >= 1, inner.width >= 6 else { return }
        if s.queue.isEmpty {
            let hint = ctx.replay == nil ? ctx.t("Kosong · a tambah pembicara", "Empty · a adds a speaker") : ctx.t("Kosong", "Empty")
            c.put(hint, x: inner.x, y: inner.y, role: "muted", maxWidth: inner.width)
            return
        }
        let list = QueueRows.of(s, unfolded: ctx.ui.queueUnfolded)
        let lines = linesMemo.value(LinesKey(queue: QueueMemoKey(s, unfolded: ctx.ui.queueUnfolded), lang: ctx.lang)) {
            list.rows.map { line($0, s, ctx) }
        }
        let selectedID = list.selected(ctx.ui.queueSelection)
        let selectedRow = list.rows.firstIndex { if case .speaker(let id, _) = $0 { return id == selectedID }; return false } ?? 0
        // One row of look-ahead below the selection when there is room; a one-row panel shows the selection itself.
        let lookAhead = inner.height >= 3 ? 1 : 0
        let first = max(0, min(selectedRow - inner.height + 1 + lookAhead, list.rows.count - inner.height))
        for row in 0..<min(inner.height, list.rows.count - first) {
            let y = inner.y + row
            switch lines[first + row] {
            case .runningEmpty:
                c.put(ctx.t("Belum ada untuk acara berjalan", "None for the running item"), x: inner.x, y: y, role: "muted", maxWidth: inner.width)
            case let .header(mark, title, tail, tailWidth):
                var x = inner.x
                x += c.put(mark, x: x, y: y, role: "muted")
                x += c.put(title, x: x, y: y, role: "muted", maxWidth: max(1, inner.maxX - x - tailWidth))
                c.put(tail, x: x, y: y, role: "muted", maxWidth: max(0, inner.maxX - x))
            case .missing:
                continue
            case let .speaker(id, lead, role, who, mins, minsWidth):
                var x = inner.x
                x += c.put(lead, x: x, y: y, role: role)
                c.put(who, x: x, y: y, role: role, maxWidth: inner.maxX - x - minsWidth - 1)
                c.put(mins, x: inner.maxX - minsWidth, y: y, role: "muted")
                if id == selectedID && ctx.replay == nil && ctx.ui.screen == .dashboard {
                    c.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: "selected")
                }
            }
        }
    }

    /// A row's texts, made once per change of the queue (see ViewMemo): 500 queued speakers are
    /// not formatted again every second for the 50 rows shown.
    enum Line: Sendable {
        case runningEmpty
        case header(mark: String, title: String, tail: String, tailWidth: Int)
        /// A speaker no longer in the state: the row stays empty.
        case missing
        case speaker(id: String, lead: String, role: String, who: String, mins: String, minsWidth: Int)
    }

    struct LinesKey: Equatable, Sendable {
        var queue: QueueMemoKey
        var lang: Language
    }

    private static let linesMemo = ViewMemo<LinesKey, [Line]>()

    static func line(_ row: QueueRows.Row, _ s: SessionState, _ ctx: ViewContext) -> Line {
        switch row {
        case .runningEmpty:
            return .runningEmpty
        case let .header(item, count, open):
            let tail = " · \(count)"
            return .header(mark: open ? "▾ " : "▸ ", title: s.items[id: item]?.title ?? item, tail: tail, tailWidth: tail.displayWidth)
        case let .speaker(id, number):
            guard let sp = s.speakers[id: id] else { return .missing }
            let mins = DurationText.countdown(sp.allottedS * 1000)
            let isInterruption = sp.kind == .interruption
            var who = sp.name
            if let org = sp.org, !org.isEmpty { who += " · " + org }
            if sp.remote { who += ctx.t(" (daring)", " (remote)") }
            return .speaker(id: id, lead: "\(number)." + (isInterruption ? "⚑" : " "), role: isInterruption ? "queue.interruption" : "text",
                            who: who, mins: mins, minsWidth: mins.displayWidth)
        }
    }
}

/// The Q&A termin: askers in order, whom they address, and who has answered.
enum TerminPanel {
    static func draw(into c: inout Canvas, _ r: Rect, _ ctx: ViewContext) {
        let s = ctx.state
        let round = s.openRound ?? s.rounds.last
        let title: String
        if let round {
            let max = round.maxQuestions.map { "/\($0)" } ?? ""
            let count = s.questions(inRound: round.id).count
            title = ctx.t("Termin \(round.number)", "Termin \(round.number)") + " (\(count)\(max))" + (round.isOpen ? "" : ctx.t(" · ditutup", " · closed"))
        } else {
            title = ctx.t("Tanya jawab", "Q&A")
        }
        c.box(r, title: title)
        let inner = r.inset(top: 1, left: 1, bottom: 1, right: 1)
        guard inner.height >= 1, inner.width >= 6 else { return }
        guard let round else {
            let hint = ctx.replay == nil ? ctx.t(" · t membuka", " · t opens one") : ""
            c.put(ctx.t("Belum ada termin", "No termin yet") + hint, x: inner.x, y: inner.y, role: "muted", maxWidth: inner.width)
            return
        }
        var lines: [(String, String)] = []
        for (i, q) in s.questions(inRound: round.id).enumerated() {
            let mark: String
            switch (q.status, q.outcome) {
            case (.onFloor, _): mark = "▶"
            case (_, .asked?): mark = "✓"
            case (_, .skipped?): mark = "↷"
            case (_, .withdrawn?): mark = "✗"
            default: mark = " "
            }
            // Whom the question goes to comes before the instansi, so a narrow panel keeps it.
            var text = "\(mark)\(i + 1). \(q.asker)"
            if let to = q.to { text += " → " + (s.speakers[id: to]?.name ?? to) }
            if let org = q.org { text += " · \(org)" }
            lines.append((text, q.status == .onFloor ? "rundown.running" : (q.status == .done ? "muted" : "text")))
        }
        for a in s.answers where a.round == round.id {
            let who = s.speakers[id: a.by]?.name ?? a.by
            let mark = a.clock.endedT == nil ? "▶" : "✓"
            lines.append(("\(mark) " + ctx.t("Jawaban: ", "Answer: ") + who, a.clock.endedT == nil ? "rundown.running" : "muted"))
        }
        if lines.isEmpty {
            lines.append((ctx.t("Belum ada penanya", "No askers yet") + (ctx.replay == nil ? ctx.t(" · k menambah", " · k adds one") : ""), "muted"))
        }
        let start = max(0, lines.count - inner.height)
        for (row, l) in lines[start...].enumerated() {
            c.put(l.0, x: inner.x, y: inner.y + row, role: l.1, maxWidth: inner.width)
        }
    }
}
