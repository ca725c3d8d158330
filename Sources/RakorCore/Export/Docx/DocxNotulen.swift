// The notulen as the body of a .docx: the layout of domain.md, in Word's own styles (Title,
// Heading1, Heading2) so the navigation pane lists the items, the header block and the tindak
// lanjut as tables, numbered lists for the kesimpulan and keputusan, the signature block, and
// the attachments (timing, daftar hadir) each on a new page.

/// Lays out a notulen as WordprocessingML body content.
enum DocxNotulen {
    /// Width of the text on A4 with 3 cm left and 2 cm right margins, in twips.
    static let textWidth = 9071

    /// The numbering instances numbering.xml defines for the two numbered lists.
    static let conclusionsNumId = 9101
    static let decisionsNumId = 9102

    /// The body's paragraphs and tables (without the section properties).
    static func body(_ n: Notulen, timing: TimingAppendix?) -> String {
        var b = DocxBody()
        let l = n.labels
        let words = DocumentWords.of(n.lang)
        b.paragraph(l.heading, DocxParagraphStyle(style: "Title", align: "center"))

        // The header block: label and value in two columns, the acara as lines in its cell.
        var rows: [[DocxCell]] = n.fields.map { f in [DocxCell(f.label, DocxParagraphStyle(bold: true)), DocxCell(f.value)] }
        let agenda = n.agenda.enumerated().map { i, a in
            ("\(i + 1). \(a)", DocxParagraphStyle(spaceAfter: 40, indent: 340, hanging: 340))
        }
        rows.append([DocxCell(l.agenda, DocxParagraphStyle(bold: true)),
                     DocxCell(paragraphs: agenda.isEmpty ? [("—", DocxParagraphStyle())] : agenda)])
        b.table(widths: [2600, textWidth - 2600], header: nil, rows: rows, borders: false)

        b.paragraph(l.proceedings, DocxParagraphStyle(style: "Heading1"))
        n.proceedings.forEachSection { s in
            var heading = s.number > 0 ? "\(s.number). \(s.title)" : s.title
            if let r = s.timeRange { heading += " (\(r))" }
            b.paragraph(heading, DocxParagraphStyle(style: "Heading2"))
            for p in s.paragraphs {
                if p.kind == .question {
                    b.paragraph("\(p.number ?? 1). \(p.text)", DocxParagraphStyle(indent: 360, hanging: 360))
                    entries(p.entries, labels: l, into: &b, indent: 720)
                    continue
                }
                if !p.text.isEmpty { b.paragraph(p.text, DocxParagraphStyle(align: "both")) }
                entries(p.entries, labels: l, into: &b, indent: 360)
            }
        }

        // Asked once, now the sections are written and gone.
        let summary = n.summary()
        numbered(l.conclusions, summary.conclusions, numId: conclusionsNumId, none: l.noneRecorded, into: &b)
        numbered(l.decisions, summary.decisions, numId: decisionsNumId, none: l.noneRecorded, into: &b)

        b.paragraph(l.actions, DocxParagraphStyle(style: "Heading1"))
        if summary.actions.isEmpty {
            b.paragraph(l.noneRecorded)
        } else {
            let cells = summary.actions.map { a in
                [DocxCell("\(a.number)", DocxParagraphStyle(align: "right")), DocxCell(a.text),
                 DocxCell(a.owner ?? "—"), DocxCell(a.due ?? "—")]
            }
            b.table(widths: [700, 4371, 2200, 1800], header: words.actionColumns.map { DocxCell($0) }, rows: cells)
        }

        b.paragraph(n.closing, DocxParagraphStyle(spaceBefore: 240))
        signatures(n, into: &b)

        var attachments = 0
        func roman(_ k: Int) -> String { ["I", "II", "III", "IV"][min(k, 4) - 1] }
        if let timing, !timing.rows.isEmpty {
            attachments += 1
            b.paragraph("\(words.attachment) \(roman(attachments)): \(words.timingTitle)",
                        DocxParagraphStyle(style: "Heading1", pageBreakBefore: true))
            let cells = timing.rows.map { r in
                r.enumerated().map { i, v in DocxCell(v, DocxParagraphStyle(align: i == 0 ? "right" : nil, size: 18)) }
            }
            b.table(widths: [500, 3471, 1400, 1400, 1200, 1100],
                    header: words.timingColumns.map { DocxCell($0, DocxParagraphStyle(size: 18)) }, rows: cells)
            SpeakingTimeAppendix.docx(n, into: &b)
        }
        if let list = n.attachment {
            attachments += 1
            b.paragraph(words.attendanceTitle(roman(attachments)), DocxParagraphStyle(style: "Heading1", pageBreakBefore: true))
            b.paragraph(n.fields.first?.value ?? "", DocxParagraphStyle(bold: true))
            if let date = n.fields.first(where: { $0.label == "Hari/tanggal" || $0.label == "Date" }) {
                b.paragraph(date.value)
            }
            b.paragraph(list.counts(n.lang) + ".", DocxParagraphStyle(spaceAfter: 120))
            let small = DocxParagraphStyle(size: 18)
            let cells = list.rows.map { r in
                [DocxCell("\(r.number)", DocxParagraphStyle(align: "right", size: 18)), DocxCell(r.name, small),
                 DocxCell(r.nip ?? "", small), DocxCell(r.role ?? "", small), DocxCell(r.org ?? "", small),
                 DocxCell(r.note, small), DocxCell("\(r.number).", small)]
            }
            b.table(widths: [450, 1800, 1450, 1400, 1450, 1271, 1250],
                    header: list.columns.map { DocxCell($0, small) }, rows: cells, rowHeight: 560)
        }
        return b.w.xml
    }

    static func entries(_ es: [Proceedings.Entry], labels: Notulen.Labels, into b: inout DocxBody, indent: Int) {
        for e in es {
            var parts: [(String, Bool)] = [("\(e.clock) — ", false)]
            if let label = labels.entryLabel(e) { parts.append(("\(label): ", true)) }
            parts.append((e.text + labels.actionDetails(e), false))
            b.paragraph(runs: parts, DocxParagraphStyle(indent: indent))
        }
    }

    static func numbered(_ title: String, _ es: some Collection<Proceedings.Entry>, numId: Int, none: String, into b: inout DocxBody) {
        b.paragraph(title, DocxParagraphStyle(style: "Heading1"))
        guard !es.isEmpty else { b.paragraph(none); return }
        for e in es { b.paragraph(e.text, DocxParagraphStyle(style: "ListParagraph", align: "both", numId: numId)) }
    }

    /// Place and date on the right, then the pimpinan and the notulis side by side, NIP only where the list gives one.
    static func signatures(_ n: Notulen, into b: inout DocxBody) {
        let l = n.labels
        b.paragraph(n.placeDate, DocxParagraphStyle(align: "right", spaceAfter: 120, spaceBefore: 240))
        let cells: [DocxCell] = n.signatures.map { sig in
            var ps: [(String, DocxParagraphStyle)] = [(sig.title, DocxParagraphStyle(align: "center", keepNext: true))]
            ps.append(("\n\n\n", DocxParagraphStyle(align: "center", keepNext: true)))
            ps.append((sig.name ?? l.blank, DocxParagraphStyle(align: "center", bold: true, keepNext: true)))
            if let p = sig.position { ps.append((p, DocxParagraphStyle(align: "center", keepNext: true))) }
            if let nip = n.attachment?.nip(forName: sig.name) { ps.append(("\(l.nip) \(nip)", DocxParagraphStyle(align: "center"))) }
            return DocxCell(paragraphs: ps)
        }
        let half = textWidth / 2
        b.table(widths: [half, textWidth - half], header: nil, rows: [cells], borders: false)
    }
}
