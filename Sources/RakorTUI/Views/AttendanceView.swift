import RakorCore

/// The daftar hadir overlay: the counts, the search line, the matching people, the keys.
enum AttendanceView {
    static func draw(into c: inout Canvas, _ area: Rect, _ a: AttendanceScreen, _ ctx: ViewContext) {
        if let f = a.adding {
            Overlays.form(into: &c, area, f, ctx)
            return
        }
        let s = ctx.state
        let present = s.attendees.present
        let online = present.filter(\.info.isOnline).count
        let waiting = s.attendees.awaited.count
        let title = ctx.t("Daftar hadir — \(present.count) hadir (\(present.count - online) luring, \(online) daring) · \(waiting) belum hadir",
                          "Attendance — \(present.count) present (\(present.count - online) in person, \(online) online) · \(waiting) awaited")
        let inner = Overlays.panel(into: &c, area, width: min(area.width - 2, 96), height: area.height - 2, title: title)
        guard inner.height >= 4 else { return }
        let label = ctx.t("Cari: ", "Search: ")
        c.put(label, x: inner.x, y: inner.y, role: "panel.title", maxWidth: inner.width)
        let fieldX = inner.x + label.displayWidth
        let fieldW = max(4, inner.maxX - fieldX)
        c.fill(Rect(x: fieldX, y: inner.y, width: fieldW, height: 1), role: "input")
        let r = a.search.render(width: fieldW)
        c.put(r.lines.first ?? "", x: fieldX, y: inner.y, role: "input", maxWidth: fieldW)
        c.cursor = Point(x: fieldX + r.cursorCol, y: inner.y)

        let found = a.matches(s)
        let listTop = inner.y + 2
        let rows = inner.maxY - 1 - listTop
        if found.isEmpty {
            let none = s.attendees.isEmpty
                ? ctx.t("Daftar masih kosong: Ctrl-N menambah orang, atau `rakor attendance import LOG undangan.csv`.",
                        "The list is empty: Ctrl-N adds someone, or `rakor attendance import LOG invitees.csv`.")
                : ctx.t("Tidak ada yang cocok. Enter atau Ctrl-N: catat sebagai orang baru.", "No match. Enter or Ctrl-N: record someone new.")
            c.put(none, x: inner.x, y: listTop, role: "muted", maxWidth: inner.width)
        }
        let selected = min(a.selection, max(0, found.count - 1))
        let first = max(0, min(selected - rows / 2, found.count - rows))
        let zone = ZoneClock(header: s.header)
        for row in 0..<max(0, min(rows, found.count - first)) {
            let i = first + row
            let p = found[i]
            let y = listTop + row
            var mark = "  · "
            var note = ctx.t("belum hadir", "awaited")
            if let t = p.presentT {
                mark = "  ✓ "
                note = (p.info.isOnline ? ctx.t("daring", "online") : ctx.t("luring", "in person")) + " " + zone.clock(t, separator: ctx.lang == .id ? "." : ":")
                if let l = p.leftT { note += ctx.t(", pulang ", ", left ") + zone.clock(l, separator: ctx.lang == .id ? "." : ":") }
            }
            let who = [p.info.name, p.info.role, p.info.org].compactMap { $0 }.map { inert($0) }.joined(separator: " · ")
            let noteW = note.displayWidth
            c.put(mark + who, x: inner.x, y: y, role: p.isPresent ? "help" : "muted", maxWidth: max(1, inner.width - noteW - 1))
            c.put(note, x: inner.maxX - noteW, y: y, role: p.isPresent ? "rundown.done" : "muted", maxWidth: noteW)
            if i == selected { c.setRole(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: "selected") }
        }
        c.put(ctx.t("Enter hadir · ↑↓ pilih · Ctrl-O luring/daring · Ctrl-N baru · Ctrl-X pulang · Esc tutup",
                    "Enter present · ↑↓ select · Ctrl-O in person/online · Ctrl-N new · Ctrl-X left · Esc close"),
              x: inner.x, y: inner.maxY - 1, role: "muted", maxWidth: inner.width)
    }
}
