// The daftar hadir as the text formats attach it (md, txt, html), after the signatures: everyone
// present, numbered, with a blank column to sign when printed. The .docx lays it out itself.

/// The Lampiran of the text notulen formats; nothing when the log keeps no daftar hadir.
enum NotulenAttachment {
    static func title(_ n: Notulen) -> String { DocumentWords.of(n.lang).attendanceTitle("I") }

    static func cells(_ r: DaftarHadir.Row) -> [String] {
        ["\(r.number)", r.name, r.nip ?? "", r.role ?? "", r.org ?? "", r.note, ""]
    }

    static func markdown(_ n: Notulen) -> [String] {
        guard let list = n.attachment else { return [] }
        let esc = { (s: String) in NotulenMarkdown.cell(s) }
        var out = ["", "## \(NotulenMarkdown.esc(title(n)))", "", NotulenMarkdown.esc(list.counts(n.lang) + "."), ""]
        out.append("| " + list.columns.map(esc).joined(separator: " | ") + " |")
        out.append("|---:|---|---|---|---|---|---|")
        for r in list.rows { out.append("| " + cells(r).map(esc).joined(separator: " | ") + " |") }
        return out
    }

    static func text(_ n: Notulen) -> [String] {
        guard let list = n.attachment else { return [] }
        var out = ["", title(n).uppercased(), list.counts(n.lang) + ".", ""]
        for r in list.rows {
            let who = [r.name, r.nip.map { "NIP \($0)" }, r.role, r.org, r.note].compactMap { $0 }.joined(separator: ", ")
            out.append("\(r.number). \(who)")
            out.append(String.repeated(" ", count: "\(r.number). ".count) + "(\(list.columns.last ?? "")) ....................")
        }
        return out
    }

    static func html(_ n: Notulen) -> String {
        guard let list = n.attachment else { return "" }
        let esc = NotulenHTML.esc
        var h = "<h2 class=\"attachment\">\(esc(title(n)))</h2>\n<p>\(esc(list.counts(n.lang) + "."))</p>\n<table class=\"attendance\">\n"
        h += "<thead><tr>" + list.columns.map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for r in list.rows { h += "<tr>" + cells(r).map { "<td>\(esc($0))</td>" }.joined() + "</tr>\n" }
        return h + "</tbody>\n</table>\n"
    }
}
