// The notulen as plain text, 80 columns wide, for a terminal, an e-mail or a printer.
//
// Lines are wrapped by display width (a wide character counts two columns), headings are
// underlined with = and -, and the follow-up actions are a ruled table whose cells wrap.

/// Renders a notulen as plain text.
public enum NotulenText {
    /// The notulen wrapped at `width` columns (80 by default), ending in a newline.
    public static func render(_ n: Notulen, width: Int = 80) -> String {
        ExportWriter.collect { render(n, width: width, to: $0) }
    }

    /// The notulen wrapped at `width` columns, written to `writer` line by line as it is laid out.
    public static func render(_ n: Notulen, width: Int = 80, to writer: ExportWriter) {
        let width = max(40, width)
        var out = ExportLines(writer, each: { $0.trailingSpacesDropped })
        let l = n.labels

        out.append(contentsOf: heading(l.heading, "=", width: width))
        out.append("")
        let labelWidth = (n.fields.map(\.label) + [l.agenda]).map(\.displayWidth).max() ?? 0
        for f in n.fields {
            let lead = f.label.padded(toWidth: labelWidth) + " : "
            out.append(contentsOf: hanging(f.value, first: lead, rest: String.repeated(" ", count: lead.displayWidth), width: width))
        }
        let agendaLead = l.agenda.padded(toWidth: labelWidth) + " : "
        let pad = String.repeated(" ", count: agendaLead.displayWidth)
        if n.agenda.isEmpty { out.append(agendaLead + "—") }
        for (i, a) in n.agenda.enumerated() {
            let num = "\(i + 1). ".padded(toWidth: n.agenda.count >= 10 ? 4 : 3)
            out.append(contentsOf: hanging(a, first: (i == 0 ? agendaLead : pad) + num,
                                           rest: pad + String.repeated(" ", count: num.displayWidth), width: width))
        }
        out.append("")
        out.append("")

        out.append(contentsOf: heading(l.proceedings.uppercased(), "=", width: width))
        var scratch = EntryScratch()
        n.proceedings.forEachSection { s in
            out.append("")
            var title = s.number > 0 ? "\(s.number). \(s.title)" : s.title
            if let r = s.timeRange { title += " (\(r))" }
            out.append(contentsOf: heading(title, "-", width: width))
            var previousWasQuestion = false
            for p in s.paragraphs {
                if p.kind == .question {
                    if !previousWasQuestion { out.append("") }
                    let num = "\(p.number ?? 1). "
                    let indent = "   " + String.repeated(" ", count: num.count)
                    appendHanging(p.text, first: "   " + num, indent: indent.count, width: width, to: &out)
                    entries(p.entries, labels: l, indent: indent, width: width, to: &out, scratch: &scratch)
                    previousWasQuestion = true
                    continue
                }
                previousWasQuestion = false
                if !p.text.isEmpty {
                    out.append("")
                    appendHanging(p.text, first: "", indent: 0, width: width, to: &out)
                }
                if !p.entries.isEmpty {
                    out.append("")
                    entries(p.entries, labels: l, indent: "", width: width, to: &out, scratch: &scratch)
                }
            }
        }
        out.append("")
        out.append("")
        // Asked once, now the sections are written and gone.
        let summary = n.summary()
        for (title, list) in [(l.conclusions, summary.conclusions), (l.decisions, summary.decisions)] {
            out.append(contentsOf: heading(title.uppercased(), "=", width: width))
            out.append("")
            if list.isEmpty { out.append(l.noneRecorded) }
            for (i, e) in list.enumerated() {
                let num = "\(i + 1). "
                appendHanging(e.text, first: num, indent: num.count, width: width, to: &out)
            }
            out.append("")
            out.append("")
        }
        out.append(contentsOf: heading(l.actions.uppercased(), "=", width: width))
        out.append("")
        if summary.actions.isEmpty {
            out.append(l.noneRecorded)
        } else {
            actionTable(summary.actions, columns: l.actionColumns, width: width, to: &out)
        }
        out.append("")
        out.append("")
        out.append(contentsOf: hanging(n.closing, first: "", rest: "", width: width))
        out.append("")
        out.append(contentsOf: signatures(n, width: width))
        out.append(contentsOf: NotulenAttachment.text(n))
        out.append(contentsOf: SpeakingTimeAppendix.text(n, width: width))
    }

    /// A heading and its underline, as wide as its longest line.
    static func heading(_ text: String, _ rule: Character, width: Int) -> [String] {
        let lines = text.wrapped(toWidth: width)
        let w = lines.map(\.displayWidth).max() ?? 0
        return lines + [.repeated(rule, count: max(1, w))]
    }

    /// Text wrapped with a first-line lead and a hanging indent for the rest, line breaks in it kept.
    static func hanging(_ text: String, first: String, rest: String, width: Int) -> [String] {
        let room = max(10, width - rest.displayWidth)
        let firstRoom = max(10, width - first.displayWidth)
        var out: [String] = []
        let paragraphs = text.lineParts
        for (pi, para) in paragraphs.enumerated() {
            if para.isEmpty {
                out.append("")
                continue
            }
            // Wrap the first line to the room after the lead, the rest to the room after the indent.
            let isFirst = pi == 0
            let lines = String(para).wrapped(toWidth: isFirst ? firstRoom : room)
            guard isFirst, lines.count > 1, firstRoom != room else {
                for (i, line) in lines.enumerated() { out.append((isFirst && i == 0 ? first : rest) + line) }
                continue
            }
            let head = lines[0]
            out.append(first + head)
            let remainder = String(String(para).dropFirst(head.count)).drop { $0 == " " }
            for line in String(remainder).wrapped(toWidth: room) { out.append(rest + line) }
        }
        if out.isEmpty { out.append(first) }
        return out
    }

    /// The entries under a paragraph: "- 09.41  text", wrapped under their text.
    static func entries(_ es: [Proceedings.Entry], labels: Notulen.Labels, indent: String, width: Int) -> [String] {
        var out: [String] = []
        for e in es {
            let lead = "\(indent)- \(e.clock)  "
            var text = e.text
            if let label = labels.entryLabel(e) { text = "\(label): " + text }
            text += labels.actionDetails(e)
            out.append(contentsOf: hanging(text, first: lead, rest: String.repeated(" ", count: lead.displayWidth), width: width))
        }
        return out
    }

    /// The bytes an entry's lead and text are put together in, kept from one entry to the next.
    struct EntryScratch {
        var lead: [UInt8] = []
        var text: [UInt8] = []
    }

    /// `entries(_:labels:indent:width:)` appended to `out`, each lead and text put together as
    /// bytes in `scratch` and written from there where they can be (HangingLines.swift).
    static func entries(_ es: [Proceedings.Entry], labels: Notulen.Labels, indent: String, width: Int,
                        to out: inout ExportLines, scratch: inout EntryScratch) {
        for e in es {
            scratch.lead.removeAll(keepingCapacity: true)
            scratch.lead.appendUTF8(indent)
            scratch.lead.append(0x2D); scratch.lead.append(0x20)    // "- "
            scratch.lead.appendUTF8(e.clock)
            scratch.lead.append(0x20); scratch.lead.append(0x20)
            let written: Bool
            if e.kind == .note {
                var text = e.text
                written = text.withUTF8 { t in scratch.lead.withUnsafeBufferPointer { out.writeHanging(t, first: $0, width: width) } }
            } else {
                scratch.text.removeAll(keepingCapacity: true)
                labels.appendEntryLabel(e, to: &scratch.text)
                scratch.text.appendUTF8(e.text)
                labels.appendActionDetails(e, to: &scratch.text)
                written = scratch.text.withUnsafeBufferPointer { t in
                    scratch.lead.withUnsafeBufferPointer { out.writeHanging(t, first: $0, width: width) }
                }
            }
            if !written { out.append(contentsOf: entries([e], labels: labels, indent: indent, width: width)) }
        }
    }

    /// The follow-up actions as a ruled table whose cells wrap.
    static func actionTable(_ actions: [Notulen.Action], columns: [String], width: Int) -> [String] {
        let (widths, rule) = actionTableLayout(numberWidth: actions.map { "\($0.number)".count }.max(), width: width)
        var out = [rule]
        out.append(contentsOf: tableRow(columns, widths: widths))
        out.append(rule.replacingDashes(with: "="))
        for a in actions {
            out.append(contentsOf: tableRow(actionCells(a), widths: widths))
            out.append(rule)
        }
        return out
    }

    /// `actionTable(_:columns:width:)` appended to `out`, each row written from its cells' bytes where it can be.
    static func actionTable(_ actions: SummaryList<Notulen.Action>, columns: [String], width: Int, to out: inout ExportLines) {
        let (widths, rule) = actionTableLayout(numberWidth: actions.indices.map { "\(actions.number(at: $0))".count }.max(), width: width)
        out.append(rule)
        out.append(contentsOf: tableRow(columns, widths: widths))
        out.append(rule.replacingDashes(with: "="))
        var row = TableRowWriter()
        for a in actions {
            let cells = actionCells(a)
            if !row.write(cells, widths: widths, to: out.writer) {
                out.append(contentsOf: tableRow(cells, widths: widths))
            }
            out.append(rule)
        }
    }

    /// The columns' widths and the rule between rows: No. | Uraian | Penanggung jawab | Batas waktu,
    /// with borders and padding taking 13 columns.
    static func actionTableLayout(numberWidth: Int?, width: Int) -> (widths: [Int], rule: String) {
        let numW = max(3, numberWidth ?? 1)
        let dueW = 17
        let ownerW = 17
        let textW = max(10, width - 13 - numW - dueW - ownerW)
        let widths = [numW, textW, ownerW, dueW]
        let rule = "+" + widths.map { String.repeated("-", count: $0 + 2) }.joined(separator: "+") + "+"
        return (widths, rule)
    }

    /// An action's cells: its number, its text, who is responsible and when it is due ("—" for none).
    static func actionCells(_ a: Notulen.Action) -> [String] {
        ["\(a.number)", a.text, a.owner ?? "—", a.due ?? "—"]
    }

    /// One row of a ruled table: "| a | b |", each cell wrapped and padded to its width.
    static func tableRow(_ cells: [String], widths: [Int]) -> [String] {
        let wrapped = zip(cells, widths).map { cell, w in
            cell.lineParts.flatMap { String($0).wrapped(toWidth: w) }
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { i in
            "| " + zip(wrapped, widths).map { lines, w in
                (i < lines.count ? lines[i] : "").padded(toWidth: w)
            }.joined(separator: " | ") + " |"
        }
    }

    /// Place and date, then the pimpinan rapat and the notulis side by side.
    static func signatures(_ n: Notulen, width: Int) -> [String] {
        let l = n.labels
        let col = width / 2
        let colW = col - 2
        var out: [String] = []
        for line in n.placeDate.wrapped(toWidth: width - col) { out.append(String.repeated(" ", count: col) + line) }
        out.append("")
        func cell(_ s: String) -> [String] { s.wrapped(toWidth: colW) }
        let rows: [[String]] = [
            n.signatures.map(\.title),
            n.signatures.map { _ in "" }, n.signatures.map { _ in "" }, n.signatures.map { _ in "" },
            n.signatures.map { $0.name ?? l.blank },
            n.signatures.map { "\(l.position): " + ($0.position ?? l.blank) },
        ] + (n.signatures.contains { $0.nip != nil } ? [n.signatures.map { $0.nip.map { "\(l.nip). \($0)" } ?? "" }] : [])
        for r in rows {
            let cells = r.map(cell)
            let height = cells.map(\.count).max() ?? 1
            for i in 0..<height {
                let left = i < cells[0].count ? cells[0][i] : ""
                let right = cells.count > 1 && i < cells[1].count ? cells[1][i] : ""
                out.append(left.padded(toWidth: col) + right)
            }
        }
        return out
    }
}

extension String {
    var trailingSpacesDropped: String {
        // A last byte other than a space: no last grapheme is a space.
        guard utf8.last == 0x20 else { return self }
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    func replacingDashes(with c: Character) -> String {
        String(map { $0 == "-" ? c : $0 })
    }
}
