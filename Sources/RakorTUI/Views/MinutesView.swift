import RakorCore

/// The notulis's view: every entry grouped by rundown item with its clock time; selection and search.
enum MinutesView {
    /// The entries the view lists, oldest first, filtered by the search text.
    static func entries(_ s: SessionState, search: String?) -> [MinutesEntry] {
        let q = query(search)
        return s.entries.filter { lists($0, query: q) }
    }

    /// The search as matched: trimmed and lowercased, nil when there is nothing to match.
    static func query(_ search: String?) -> String? {
        guard let q = search?.trimmingWhitespace.lowercased(), !q.isEmpty else { return nil }
        return q
    }

    /// Whether the view lists this entry: not deleted, and its text or owner holds the query.
    static func lists(_ e: MinutesEntry, query q: String?) -> Bool {
        guard !e.deleted else { return false }
        guard let q else { return true }
        return e.text.lowercased().contains(q) || (e.owner?.lowercased().contains(q) ?? false)
    }

    static func draw(into c: inout Canvas, _ r: Rect, _ ctx: ViewContext) {
        let s = ctx.state
        let inner = r.inset(top: 1, left: 1, bottom: 1, right: 1)
        let area = inner.inset(top: 2)
        let layout = MinutesLines.lines(ctx, textWidth: max(10, area.width - 12))
        var title = ctx.t("Notulen", "Minutes") + " (\(layout.entryCount))"
        if let q = ctx.ui.search, !q.isEmpty { title += ctx.t(" · cari: ", " · search: ") + q }
        c.box(r, title: title)
        guard inner.height >= 2, inner.width >= 20 else { return }
        // Context line: where a new entry would go.
        let item = s.runningItem.flatMap { s.items[id: $0]?.title } ?? "—"
        let who = s.floorSpeakerContext.map { s.speakers[id: $0]?.name ?? $0 } ?? "—"
        c.put(ctx.t("Entri baru: acara ", "New entry: item ") + item + ctx.t(" · pembicara ", " · speaker ") + who,
              x: inner.x, y: inner.y, role: "muted", maxWidth: inner.width)
        if layout.entryCount == 0 {
            let searching = !(ctx.ui.search?.isEmpty ?? true)
            let text = searching
                ? ctx.t("Tidak ada entri yang cocok · / cari lagi", "No entry matches · / searches again")
                : ctx.t("Belum ada entri · c menulis entri baru", "No entries · c writes a new one")
            c.put(text, x: area.x, y: area.y, role: "muted", maxWidth: area.width)
            return
        }
        // Only the rows shown are drawn: the cost of a frame stays with the screen, not the minutes.
        let lineCount = layout.lineCount
        let selectedEntry = max(0, layout.entryCount - 1 - min(ctx.ui.entrySelection, layout.entryCount - 1))
        let selectedLine = layout.firstLine(ofEntry: selectedEntry) ?? (lineCount - 1)
        let first = max(0, min(selectedLine - area.height / 2, lineCount - area.height))
        for row in 0..<max(0, min(area.height, lineCount - first)) {
            let l = layout.line(first + row)
            let y = area.y + row
            c.put(l.text, x: area.x, y: y, role: l.role, maxWidth: area.width)
            if l.entryIndex == selectedEntry {
                c.setRole(Rect(x: area.x, y: y, width: area.width, height: 1), role: "selected")
            }
        }
    }
}
