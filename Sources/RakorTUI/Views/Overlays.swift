import RakorCore

/// Help, forms and confirmations drawn over the dashboard.
enum Overlays {
    static func draw(into c: inout Canvas, _ area: Rect, _ ctx: ViewContext) {
        if let share = ctx.ui.shareOverlay { return ShareOverlayView.draw(into: &c, area, share, ctx) }
        switch ctx.ui.overlay {
        case .help?: help(into: &c, area, ctx)
        case .form(let f)?: form(into: &c, area, f, ctx)
        case .confirm(let q)?: confirm(into: &c, area, q.question, ctx, choices: q.choices)
        case .quit?:
            if case .failing(_, let n) = ctx.logHealth {
                confirm(into: &c, area, ctx.t("PERHATIAN: \(n) peristiwa BELUM tersimpan (log gagal). Tekan tombol lain lalu L untuk menulis ke lokasi lain. Tetap keluar dan kehilangannya?",
                                             "WARNING: \(n) events are NOT saved (the log is failing). Press any other key, then L to write elsewhere. Quit anyway and lose them?"), ctx)
                return
            }
            let q = ctx.state.isClosed || ctx.replay != nil
                ? ctx.t("Keluar dari rakor?", "Quit rakor?")
                : ctx.t("Rapat masih berjalan. Keluar? Log sudah tersimpan; lanjutkan nanti dengan rakor resume.",
                        "The session is live. Quit? The log is saved; continue later with rakor resume.")
            confirm(into: &c, area, q, ctx)
        case .eventList(let list)?: eventList(into: &c, area, list, ctx)
        case .attendance(let a)?: AttendanceView.draw(into: &c, area, a, ctx)
        case .speakingTime?: speakingTime(into: &c, area, ctx)
        case nil: break
        }
    }

    static func eventList(into c: inout Canvas, _ area: Rect, _ list: EventList, _ ctx: ViewContext) {
        let width = min(area.width - 2, 100)
        let height = min(area.height - 2, max(6, list.rows.count + 2))
        let inner = panel(into: &c, area, width: width, height: height,
                          title: list.raw ? ctx.t("Peristiwa (JSON) — ↑↓ pilih · Enter lompat · r kalimat · Esc tutup", "Events (JSON) — ↑↓ select · Enter jump · r sentences · Esc close")
                              : ctx.t("Peristiwa — ↑↓ pilih · Enter lompat · r JSON · Esc tutup", "Events — ↑↓ select · Enter jump · r JSON · Esc close"))
        guard inner.height > 0, !list.rows.isEmpty else { return }
        let first = max(0, min(list.selected - inner.height / 2, list.rows.count - inner.height))
        for row in 0..<min(inner.height, list.rows.count - first) {
            let i = first + row
            let y = inner.y + row
            let mark = i == list.current ? "▶ " : "  "
            c.put(mark + (list.raw ? list.rows[i].rawText : list.rows[i].text), x: inner.x, y: y, role: i == list.current ? "rundown.running" : "help", maxWidth: inner.width)
            if i == list.selected { c.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: "selected") }
        }
    }

    /// Speaking time per person and per instansi, longest first.
    static func speakingTime(into c: inout Canvas, _ area: Rect, _ ctx: ViewContext) {
        let rows = ctx.state.speakingTime(now: ctx.now)
        let orgs = SpeakingTimeRow.byOrg(rows).map { ($0.org, $0.ms) }
        let width = min(area.width - 2, 96)
        let height = min(area.height - 2, rows.count + orgs.count + 7)
        let inner = panel(into: &c, area, width: width, height: height,
                          title: ctx.t("Waktu bicara — tombol apa saja menutup", "Speaking time — any key closes"))
        guard inner.height > 0 else { return }
        func mins(_ ms: Int) -> String { DurationText.countdown(ms) }
        let nameW = max(10, inner.width - 34)
        var y = inner.y
        func line(_ s: String, _ role: String = "help") {
            guard y < inner.maxY else { return }
            c.put(s, x: inner.x, y: y, role: role, maxWidth: inner.width)
            y += 1
        }
        line(ctx.t("Nama / instansi", "Name / organisation").padded(toWidth: nameW) + ctx.t(" giliran   waktu  lebih/kurang", "  turns    time   over/under"), "muted")
        if rows.isEmpty { line(ctx.t("Belum ada yang berbicara.", "Nobody has spoken yet."), "muted") }
        for r in rows {
            let who = r.name + (r.org.map { " · " + $0 } ?? "")
            let over = r.overMs.map { $0 >= 0 ? "+" + mins($0) : "-" + mins(-$0) } ?? ""
            line(who.truncated(toWidth: nameW).padded(toWidth: nameW) + String(r.turns).padded(toWidth: 8, alignment: .right) + mins(r.ms).padded(toWidth: 8, alignment: .right)
                 + over.padded(toWidth: 14, alignment: .right), (r.overMs ?? 0) > 0 ? "rundown.behind" : "help")
        }
        if !orgs.isEmpty {
            y += 1
            line(ctx.t("Per instansi", "Per organisation"), "muted")
            for (o, ms) in orgs { line(o.truncated(toWidth: nameW).padded(toWidth: nameW) + "".padded(toWidth: 8, alignment: .right) + mins(ms).padded(toWidth: 8, alignment: .right)) }
        }
    }

    /// A framed box centred in `area`, cleared, with a title.
    static func panel(into c: inout Canvas, _ area: Rect, width: Int, height: Int, title: String) -> Rect {
        let r = area.centered(width: min(width, area.width - 2), height: min(height, area.height - 2))
        c.fill(r, role: "help")
        c.box(r, title: title, role: "panel.border")
        return r.inset(top: 1, left: 2, bottom: 1, right: 2)
    }

    static func confirm(into c: inout Canvas, _ area: Rect, _ question: String, _ ctx: ViewContext, choices: String? = nil) {
        let width = min(area.width - 4, max(40, min(70, question.displayWidth + 6)))
        let lines = question.wrapped(toWidth: max(10, width - 4))
        let answer = (choices ?? ctx.t("y = ya · tombol lain = batal", "y = yes · any other key = no")).wrapped(toWidth: max(10, width - 4))
        let inner = panel(into: &c, area, width: width, height: lines.count + answer.count + 3, title: ctx.t("Konfirmasi", "Confirm"))
        for (i, l) in lines.enumerated() where i < inner.height {
            c.put(l, x: inner.x, y: inner.y + i, role: "help", maxWidth: inner.width)
        }
        if inner.height > lines.count {
            for (i, l) in answer.enumerated() where inner.maxY - answer.count + i > inner.y + lines.count - 1 {
                c.put(l, x: inner.x, y: inner.maxY - answer.count + i, role: "muted", maxWidth: inner.width)
            }
        }
    }

    static func help(into c: inout Canvas, _ area: Rect, _ ctx: ViewContext) {
        let context: KeyContext = ctx.replay != nil ? .replay : ctx.ui.keyContext
        var lines: [(String, String, Bool)] = []
        for group in KeyGroup.allCases {
            let rows = Keymap.bindings.filter { $0.contexts.contains(context) && $0.group == group }
            guard !rows.isEmpty else { continue }
            lines.append((group.title(ctx.lang), "", true))
            for b in rows {
                let keys = b.action == .jumpPercent ? "0–9" : b.keyLabel
                lines.append((keys, b.summary(ctx.lang), false))
            }
        }
        let width = min(area.width - 2, 112)
        let height = min(area.height - 2, lines.count + 2)
        let inner = panel(into: &c, area, width: width, height: height,
                          title: ctx.t("Tombol — ? atau Esc menutup", "Keys — ? or Esc closes"))
        guard inner.height >= 2 else { return }
        // Two columns when they fit side by side; otherwise one column that scrolls with ↑↓.
        let twoColumns = lines.count > inner.height && inner.width >= 96 && lines.count <= inner.height * 2
        let colWidth = twoColumns ? inner.width / 2 : inner.width
        var rows = inner.height
        var first = 0
        if !twoColumns && lines.count > inner.height {
            rows = inner.height - 1
            first = max(0, min(ctx.ui.helpScroll, lines.count - rows))
            let more = ctx.t("↑↓ PgUp PgDn menggulir · \(first + 1)–\(first + rows) dari \(lines.count)",
                             "↑↓ PgUp PgDn scroll · \(first + 1)–\(first + rows) of \(lines.count)")
            c.put(more, x: inner.x, y: inner.maxY - 1, role: "muted", maxWidth: inner.width)
        }
        for (k, l) in lines[first...].enumerated() {
            let col = k / rows
            if col > (twoColumns ? 1 : 0) { break }
            let x = inner.x + col * colWidth
            let y = inner.y + k % rows
            if l.2 {
                c.put(l.0, x: x, y: y, role: "panel.title", maxWidth: colWidth - 1)
            } else {
                let kw = 11
                c.put(l.0, x: x + 1, y: y, role: "status.key", maxWidth: kw)
                c.put(l.1, x: x + 1 + kw, y: y, role: "help", maxWidth: colWidth - kw - 2)
            }
        }
    }

    static func form(into c: inout Canvas, _ area: Rect, _ f: Form, _ ctx: ViewContext) {
        let width = min(area.width - 2, 76)
        // One column of space always stands between the longest label and its field.
        let labelWidth = min(20, max(8, f.fields.map { $0.label(ctx.lang).displayWidth }.max() ?? 8)) + 1
        let fieldWidth = max(4, width - 4 - labelWidth - 1)
        var rows: [Int] = f.fields.map { field in
            field.editor.multiline ? max(3, field.editor.visualLineCount(width: fieldWidth, atMost: 6)) : 1
        }
        let help = ctx.t("Tab pindah · Enter simpan · Esc batal", "Tab next field · Enter save · Esc cancel")
            + (f.fields.contains { $0.editor.multiline } ? ctx.t(" · Alt-Enter baris baru", " · Alt-Enter new line") : "")
        var height = rows.reduce(0, +) + 4 + (f.error == nil ? 0 : 1)
        if height > area.height - 2 {
            rows = rows.map { min($0, 1) }
            height = rows.reduce(0, +) + 4 + (f.error == nil ? 0 : 1)
        }
        let inner = panel(into: &c, area, width: width, height: height, title: f.title(ctx.lang))
        var y = inner.y
        var cursor: Point? = nil
        for (i, field) in f.fields.enumerated() where y < inner.maxY {
            let focused = i == f.focus
            c.put(field.label(ctx.lang), x: inner.x, y: y, role: focused ? "panel.title" : "muted", maxWidth: labelWidth)
            let fx = inner.x + labelWidth
            let box = Rect(x: fx, y: y, width: min(fieldWidth, inner.maxX - fx), height: rows[i])
            c.fill(box, role: "input")
            switch field.kind {
            case .choice(_, let ids, let ens):
                let labels = ctx.lang == .id ? ids : ens
                var x = fx
                let all = labels.reduce(0) { $0 + $1.displayWidth + 2 }
                if all > box.width, labels.indices.contains(field.selected) {
                    // Too many to show: the chosen one, with arrows that say there are more.
                    c.put("◀ " + labels[field.selected] + " ▶", x: fx, y: y, role: focused ? "selected" : "panel.title", maxWidth: box.width)
                    break
                }
                for (k, l) in labels.enumerated() {
                    let text = k == field.selected ? "[\(l)]" : " \(l) "
                    x += c.put(text, x: x, y: y, role: k == field.selected ? (focused ? "selected" : "panel.title") : "input", maxWidth: box.maxX - x)
                }
            case .toggle:
                let yes = ctx.t("ya", "yes"), no = ctx.t("tidak", "no")
                let text = field.selected == 1 ? "[\(yes)]  \(no) " : " \(yes)  [\(no)]"
                c.put(text, x: fx, y: y, role: focused ? "selected" : "input", maxWidth: box.width)
            case .text, .number:
                let r = field.editor.render(width: box.width, height: box.height)
                // A prefilled value shows selected: the first key typed replaces it.
                let role = focused && field.editor.selectsAll ? "selected" : "input"
                for (k, line) in r.lines.prefix(box.height).enumerated() {
                    c.put(line, x: fx, y: y + k, role: role, maxWidth: box.width)
                }
                if focused { cursor = Point(x: fx + r.cursorCol, y: y + min(r.cursorRow, box.height - 1)) }
            }
            y += rows[i]
        }
        if let e = f.error, y < inner.maxY {
            c.put(e, x: inner.x, y: y, role: "banner.error", maxWidth: inner.width)
            y += 1
        }
        if f.askingDiscard {
            let what: String
            if case .note = f.purpose { what = ctx.t("Buang catatan?", "Discard the note?") }
            else { what = ctx.t("Buang isian?", "Discard what was typed?") }
            c.fill(Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1), role: "banner.warning")
            c.put(what + ctx.t(" y = buang · tombol lain = kembali", " y = discard · any other key = back"),
                  x: inner.x, y: inner.maxY - 1, role: "banner.warning", maxWidth: inner.width)
        } else {
            c.put(help, x: inner.x, y: inner.maxY - 1, role: "muted", maxWidth: inner.width)
        }
        c.cursor = cursor
    }
}
