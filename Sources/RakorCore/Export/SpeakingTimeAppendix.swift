// The notulen's speaking-time appendix (issue 10, item 9): per person (name, instansi, turns,
// time spoken, allotted, over or under) longest first, then per instansi. The figures are the
// ones the `W` overlay and the CSV's `person` rows show (SessionState.speakingTime); this file
// only words and lays them out. The md, txt and html notulen put it last, after the daftar hadir;
// the .docx puts it inside its "Lampiran I: Catatan Waktu", under the rundown's timing.

/// The speaking-time appendix of a notulen, worded and inert, ready for each format.
public struct SpeakingTimeAppendix: Equatable, Sendable {
    public var title: String
    public var intro: String
    public var personHeading: String
    public var personColumns: [String]
    /// "Nama / Instansi": the plain text's one column for both.
    public var personAndOrg: String
    /// One row per person: number, name, instansi, turns, time, allotted, difference.
    public var people: [[String]]
    public var orgHeading: String
    public var orgColumns: [String]
    /// One row per instansi: number, instansi, people, turns, time.
    public var orgs: [[String]]

    /// The appendix from the final state; nil when nobody spoke.
    public init?(_ state: SessionState, lang: Language) {
        let rows = state.speakingTime(now: state.closedT ?? state.lastT)
        guard !rows.isEmpty else { return nil }
        let w = ExportWords(lang: lang, zone: ZoneClock(header: state.header))
        let words = SpeakingTimeWords.of(lang)
        title = words.title; intro = words.intro
        personHeading = words.personHeading; personColumns = words.personColumns; personAndOrg = words.personAndOrg
        orgHeading = words.orgHeading; orgColumns = words.orgColumns
        people = rows.enumerated().map { i, r in
            let spoken = ExportWords.seconds(r.ms)
            let allotted = ExportWords.seconds(r.allottedMs)
            let diff: String
            if r.allottedMs == 0 { diff = "—" } else {
                let d = spoken - allotted
                diff = d == 0 ? "±0" : (d > 0 ? "+" : "−") + w.duration(ms: abs(d) * 1000)
            }
            return ["\(i + 1)", inert(r.name).exportTrimmed, r.org.map { inert($0).exportTrimmed } ?? "—", "\(r.turns)",
                    w.duration(ms: spoken * 1000), r.allottedMs == 0 ? "—" : w.duration(ms: allotted * 1000), diff]
        }
        orgs = SpeakingTimeRow.byOrg(rows).enumerated().map { i, o in
            ["\(i + 1)", inert(o.org).exportTrimmed, "\(o.people)", "\(o.turns)", w.duration(ms: ExportWords.seconds(o.ms) * 1000)]
        }
    }

    /// Columns whose figures are set right.
    static let personRight: Set<Int> = [0, 3, 4, 5, 6]
    static let orgRight: Set<Int> = [0, 2, 3, 4]

    /// "Lampiran II: Catatan Waktu Bicara": numbered after the daftar hadir when there is one.
    static func heading(_ n: Notulen, _ a: SpeakingTimeAppendix) -> String {
        "\(DocumentWords.of(n.lang).attachment) \(n.attachment == nil ? "I" : "II"): \(a.title)"
    }

    // MARK: Formats

    /// The appendix as Markdown lines, to put after everything else.
    public static func markdown(_ n: Notulen) -> [String] {
        guard let a = n.speakingTime else { return [] }
        func table(_ cols: [String], _ rows: [[String]], right: Set<Int>) -> [String] {
            var out = ["| " + cols.map(NotulenMarkdown.cell).joined(separator: " | ") + " |"]
            out.append("|" + cols.indices.map { right.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|")
            for r in rows { out.append("| " + r.map(NotulenMarkdown.cell).joined(separator: " | ") + " |") }
            return out
        }
        var out = ["", "## \(NotulenMarkdown.esc(heading(n, a)))", "", NotulenMarkdown.esc(a.intro), "",
                   "### \(NotulenMarkdown.esc(a.personHeading))", ""]
        out += table(a.personColumns, a.people, right: personRight)
        if !a.orgs.isEmpty {
            out += ["", "### \(NotulenMarkdown.esc(a.orgHeading))", ""]
            out += table(a.orgColumns, a.orgs, right: orgRight)
        }
        return out
    }

    /// The appendix as plain-text lines no wider than `width`, ruled tables whose name cells wrap.
    public static func text(_ n: Notulen, width: Int) -> [String] {
        guard let a = n.speakingTime else { return [] }
        var out = ["", heading(n, a).uppercased()]
        out += a.intro.wrapped(toWidth: width)
        out += ["", a.personHeading]
        // The name above its instansi in one column, so both have room in 80 columns.
        let cols = [a.personColumns[0], a.personAndOrg] + a.personColumns[3...]
        let rows = a.people.map { r in [r[0], r[2] == "—" ? r[1] : r[1] + "\n" + r[2]] + r[3...] }
        out += ruled(cols, rows, right: [0, 2, 3, 4, 5], flexible: [1], width: width)
        if !a.orgs.isEmpty {
            out += ["", a.orgHeading]
            out += ruled(a.orgColumns, a.orgs, right: orgRight, flexible: [1], width: width)
        }
        return out
    }

    /// A ruled table: fixed columns as wide as their widest cell, the `flexible` ones share the rest and wrap.
    static func ruled(_ cols: [String], _ rows: [[String]], right: Set<Int>, flexible: [Int], width: Int) -> [String] {
        func lines(_ cell: String) -> [String] { cell.lineParts.map(String.init) }
        var widths = cols.indices.map { i in ([cols[i]] + rows.map { $0[i] }).flatMap(lines).map(\.displayWidth).max() ?? 1 }
        let frame = 3 * cols.count + 1
        let fixed = widths.enumerated().filter { !flexible.contains($0.offset) }.map(\.element).reduce(0, +)
        let room = max(10 * flexible.count, width - frame - fixed)
        let wanted = flexible.map { widths[$0] }.reduce(0, +)
        if wanted > room {
            // Shares of the room in proportion to what each flexible column would take, at least 8.
            var left = room
            for (k, i) in flexible.enumerated() {
                let share = k == flexible.count - 1 ? left : max(8, room * widths[i] / max(1, wanted))
                widths[i] = max(8, min(widths[i], share))
                left -= widths[i]
            }
        }
        let rule = "+" + widths.map { String.repeated("-", count: $0 + 2) }.joined(separator: "+") + "+"
        func row(_ cells: [String]) -> [String] {
            let wrapped = zip(cells, widths).map { cell, w in lines(cell).flatMap { $0.wrapped(toWidth: w) } }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { line in
                "| " + wrapped.enumerated().map { i, lines in
                    (line < lines.count ? lines[line] : "").padded(toWidth: widths[i], alignment: right.contains(i) && line == 0 ? .right : .left)
                }.joined(separator: " | ") + " |"
            }
        }
        var out = [rule]
        out += row(cols)
        out.append(String(rule.map { $0 == "-" ? "=" : $0 }))
        for r in rows { out += row(r); out.append(rule) }
        return out
    }

    /// The appendix as HTML, to put after everything else in the body.
    public static func html(_ n: Notulen) -> String {
        guard let a = n.speakingTime else { return "" }
        let esc = NotulenHTML.esc
        func table(_ cols: [String], _ rows: [[String]], right: Set<Int>) -> String {
            var h = "<table class=\"actions speaking-time\">\n<thead><tr>" + cols.map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for r in rows {
                h += "<tr>" + r.enumerated().map { i, v in
                    right.contains(i) ? "<td style=\"text-align: right\">\(esc(v))</td>" : "<td>\(esc(v))</td>"
                }.joined() + "</tr>\n"
            }
            return h + "</tbody>\n</table>\n"
        }
        var h = "<h2 class=\"attachment\">\(esc(heading(n, a)))</h2>\n<p>\(esc(a.intro))</p>\n"
        h += "<h3>\(esc(a.personHeading))</h3>\n" + table(a.personColumns, a.people, right: personRight)
        if !a.orgs.isEmpty { h += "<h3>\(esc(a.orgHeading))</h3>\n" + table(a.orgColumns, a.orgs, right: orgRight) }
        return h
    }

    /// The two tables inside the .docx's timing attachment, after the rundown's, each under a
    /// bold line (not a heading: Word's navigation pane lists the items and the attachments only).
    static func docx(_ n: Notulen, into b: inout DocxBody) {
        guard let a = n.speakingTime else { return }
        func cells(_ rows: [[String]], right: Set<Int>) -> [[DocxCell]] {
            rows.map { r in r.enumerated().map { i, v in DocxCell(v, DocxParagraphStyle(align: right.contains(i) ? "right" : nil, size: 18)) } }
        }
        let small = DocxParagraphStyle(size: 18)
        b.paragraph(a.personHeading, DocxParagraphStyle(bold: true, keepNext: true, spaceBefore: 240))
        b.table(widths: [500, 2600, 2171, 800, 1100, 1000, 900],
                header: a.personColumns.map { DocxCell($0, small) }, rows: cells(a.people, right: personRight))
        guard !a.orgs.isEmpty else { return }
        b.paragraph(a.orgHeading, DocxParagraphStyle(bold: true, keepNext: true, spaceBefore: 240))
        b.table(widths: [500, 4871, 1000, 1000, 1700],
                header: a.orgColumns.map { DocxCell($0, small) }, rows: cells(a.orgs, right: orgRight))
    }
}
