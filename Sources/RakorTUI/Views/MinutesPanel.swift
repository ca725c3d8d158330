import RakorCore

/// The latest minutes entries, newest last, on the dashboard.
enum MinutesPanel {
    static func draw(into c: inout Canvas, _ r: Rect, _ ctx: ViewContext) {
        let s = ctx.state
        c.box(r, title: ctx.t("Notulen", "Minutes"))
        let inner = r.inset(top: 1, left: 1, bottom: 1, right: 1)
        guard inner.height >= 1, inner.width >= 10 else { return }
        let rows = rowsMemo.value(RowsKey(entries: s.entries, count: inner.height, lang: ctx.lang, zone: ctx.zone)) {
            shownRows(s, count: inner.height, ctx)
        }
        if rows.isEmpty {
            let hint = ctx.replay == nil ? ctx.t(" · c mencatat", " · c writes one") : ""
            c.put(ctx.t("Belum ada catatan", "No entries yet") + hint, x: inner.x, y: inner.y, role: "muted", maxWidth: inner.width)
            return
        }
        for (row, line) in rows.enumerated() {
            let y = inner.y + row
            var x = inner.x
            x += c.put(line.time, x: x, y: y, role: "muted")
            x += c.put(line.tag, x: x, y: y, role: line.tagRole)
            c.put(line.text, x: x, y: y, role: "text", maxWidth: inner.maxX - x)
        }
    }

    /// One shown entry's texts: its time, its tag, its text on one line.
    struct Row: Sendable {
        var time: String
        var tag: String
        var tagRole: String
        var text: String
    }

    /// What the shown rows depend on: the entries (by storage, see ViewMemo), how many rows, the
    /// language of the tags and the zone of the times.
    struct RowsKey: Equatable, Sendable {
        var entries: IdentifiedList<MinutesEntry>
        var count: Int
        var lang: Language
        var zone: ZoneClock

        static func == (a: Self, b: Self) -> Bool {
            a.count == b.count && a.lang == b.lang && a.zone == b.zone && a.entries.sharesStorage(with: b.entries)
        }
    }

    private static let rowsMemo = ViewMemo<RowsKey, [Row]>()

    /// The newest `count` live entries, oldest first, as drawn. Walks back from the newest: the
    /// cost stays with what is shown, not with the whole minutes.
    static func shownRows(_ s: SessionState, count: Int, _ ctx: ViewContext) -> [Row] {
        var shown: [MinutesEntry] = []
        var i = s.entries.count - 1
        while i >= 0 && shown.count < count {
            let e = s.entries[i]
            if !e.deleted { shown.append(e) }
            i -= 1
        }
        return shown.reversed().map { e in
            var text = e.text.utf8.contains(10) ? e.text.replacingOccurrences(of: "\n", with: " ⏎ ") : e.text
            if e.kind == .action {
                let extra = [e.owner, e.due].compactMap { $0 }.joined(separator: ", ")
                if !extra.isEmpty { text += " [\(extra)]" }
            }
            return Row(time: ctx.hm(e.addedT) + " ", tag: tag(e.kind, ctx) + " ", tagRole: "minutes.\(e.kind.rawValue)", text: text)
        }
    }

    /// A short bracketed tag for an entry's kind.
    static func tag(_ kind: NoteKind, _ ctx: ViewContext) -> String {
        switch kind {
        case .note: return ctx.t("[C]", "[N]")
        case .decision: return ctx.t("[KP]", "[D]")
        case .action: return ctx.t("[TL]", "[A]")
        case .conclusion: return ctx.t("[KS]", "[C]")
        }
    }
}
