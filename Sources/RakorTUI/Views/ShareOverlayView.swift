import RakorCore

/// The share overlay: how to join (commands, code, fingerprint) and who is connected.
enum ShareOverlayView {
    static func draw(into c: inout Canvas, _ area: Rect, _ o: ShareOverlay, _ ctx: ViewContext) {
        var lines: [(String, String)] = []  // (text, role)
        if let s = o.status {
            let host = s.addresses.first ?? "ALAMAT"
            let port = s.port == 22 ? "" : "-p \(s.port) "
            lines.append((ctx.t("Sambung dari laptop lain (PowerShell, Terminal):", "Join from another laptop (PowerShell, Terminal):"), "help"))
            for r in s.roles { lines.append(("  ssh \(port)\(r)@\(host)", "text")) }
            if s.addresses.count > 1 {
                lines.append((ctx.t("Alamat lain: ", "Other addresses: ") + s.addresses.dropFirst().joined(separator: ", "), "muted"))
            }
            lines.append(("", "help"))
            lines.append((ctx.t("Kode gabung (kata sandi): ", "Join code (the password): ") + s.code, "rundown.running"))
            lines.append((ctx.t("Sidik jari kunci: ", "Host key fingerprint: ") + s.fingerprint, "help"))
            if s.bind == "0.0.0.0" || s.bind == "::" {
                lines.append((ctx.t("Mendengarkan di semua antarmuka jaringan.", "Listening on every network interface."), "muted"))
            }
            lines.append(("", "help"))
            lines.append((ctx.t("Tersambung (\(s.joiners.count)):", "Connected (\(s.joiners.count)):"), "help"))
            if s.joiners.isEmpty { lines.append((ctx.t("  belum ada", "  nobody yet"), "muted")) }
            for j in s.joiners {
                let via = j.via == "code" ? ctx.t("kode", "code") : ctx.t("kunci", "key")
                let since = ctx.clock(j.sinceMs - ctx.state.header.startedAtMs)
                lines.append(("  " + j.role.padded(toWidth: 10) + j.address.padded(toWidth: 17) + via.padded(toWidth: 6)
                              + ctx.t("sejak ", "since ") + since, "text"))
            }
        } else if o.starting {
            lines.append((ctx.t("Memulai berbagi…", "Starting to share…"), "help"))
        } else {
            lines.append((ctx.t("Tidak sedang berbagi.", "Not sharing."), "help"))
            if let e = o.error { lines.append((e, "banner.error")) }
        }
        let width = min(area.width - 2, max(60, (lines.map { $0.0.displayWidth }.max() ?? 0) + 6))
        let title = o.status != nil ? ctx.t("Berbagi lewat SSH — S hentikan · Esc tutup", "Sharing over SSH — S stops · Esc closes")
                                    : ctx.t("Berbagi lewat SSH — Esc tutup", "Sharing over SSH — Esc closes")
        let inner = Overlays.panel(into: &c, area, width: width, height: lines.count + 2, title: title)
        for (i, l) in lines.enumerated() where i < inner.height {
            c.put(l.0, x: inner.x, y: inner.y + i, role: l.1, maxWidth: inner.width)
        }
    }
}
