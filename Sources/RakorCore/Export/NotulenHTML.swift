// The notulen as one self-contained HTML file: inline CSS, no scripts, no external resources.
// It prints on A4 (serif type, ruled tables, the signature block kept on one page) and opens in
// a word processor. Every piece of text, generated or from the log, goes through `esc`, and the
// log's text was made inert before it got here, so no control character reaches the file.

/// Renders a notulen as a printable HTML document.
public enum NotulenHTML {
    static let style = """
    @page { size: A4; margin: 2.5cm 2cm 2.5cm 2.5cm; }
    body { font-family: "Times New Roman", Times, "Liberation Serif", "DejaVu Serif", serif; font-size: 12pt; line-height: 1.4; color: #000; background: #fff; max-width: 17cm; margin: 1em auto; }
    h1 { font-size: 14pt; text-align: center; text-transform: uppercase; margin: 0 0 1em 0; }
    h2 { font-size: 12pt; text-transform: uppercase; margin: 1.4em 0 0.5em 0; }
    h3 { font-size: 12pt; margin: 1em 0 0.3em 0; page-break-after: avoid; break-after: avoid; }
    h3 .time { font-weight: normal; }
    p { margin: 0.3em 0; text-align: justify; }
    table { border-collapse: collapse; width: 100%; }
    table.header td { border: none; padding: 0.1em 0.3em; vertical-align: top; }
    table.header td.label { width: 9em; white-space: nowrap; }
    table.header td.colon { width: 0.8em; }
    table.header ol { margin: 0; padding-left: 1.4em; }
    table.actions th, table.actions td { border: 1px solid #000; padding: 0.2em 0.4em; vertical-align: top; text-align: left; }
    table.actions th { background: #eee; }
    table.actions td.no { width: 2.5em; text-align: right; }
    ul.notes { margin: 0.2em 0 0.5em 0; padding-left: 1.4em; }
    ul.notes .clock { font-variant-numeric: tabular-nums; }
    ol.questions { margin: 0.3em 0; padding-left: 1.6em; }
    .label { font-weight: bold; }
    .closing { margin-top: 1.2em; }
    .signatures { margin-top: 1.5em; page-break-inside: avoid; break-inside: avoid; }
    .signatures table td { border: none; width: 50%; vertical-align: top; padding: 0 0.5em; }
    .signatures .space { height: 5em; }
    .signatures .place { text-align: left; padding-left: 50%; margin-bottom: 0.8em; }
    .signatures .name { font-weight: bold; text-decoration: underline; }
    """

    /// The notulen as a complete HTML document, ending in a newline.
    public static func render(_ n: Notulen) -> String {
        ExportWriter.collect { render(n, to: $0) }
    }

    /// The notulen as HTML, written to `writer` as it is laid out.
    public static func render(_ n: Notulen, to writer: ExportWriter) {
        let l = n.labels
        var h = ExportText(writer)
        h += "<!DOCTYPE html>\n"
        h += "<html lang=\"\(n.lang.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        let title = n.fields.first?.value ?? l.heading
        h += "<title>\(esc(l.heading)) — \(esc(title))</title>\n"
        h += "<style>\n\(style)\n</style>\n</head>\n<body>\n"
        h += "<h1>\(esc(l.heading))</h1>\n"

        h += "<table class=\"header\">\n"
        for f in n.fields {
            h += "<tr><td class=\"label\">\(esc(f.label))</td><td class=\"colon\">:</td><td>\(esc(f.value))</td></tr>\n"
        }
        h += "<tr><td class=\"label\">\(esc(l.agenda))</td><td class=\"colon\">:</td><td>"
        if n.agenda.isEmpty {
            h += "—"
        } else {
            h += "<ol>" + n.agenda.map { "<li>\(esc($0))</li>" }.joined() + "</ol>"
        }
        h += "</td></tr>\n</table>\n"

        h += "<h2>\(esc(l.proceedings))</h2>\n"
        n.proceedings.forEachSection { s in
            let title = s.number > 0 ? "\(s.number). \(s.title)" : s.title
            h += "<h3>\(esc(title))"
            if let r = s.timeRange { h += " <span class=\"time\">(\(esc(r)))</span>" }
            h += "</h3>\n"
            var inList = false
            for p in s.paragraphs {
                if p.kind == .question {
                    if !inList {
                        h += "<ol class=\"questions\" start=\"\(p.number ?? 1)\">\n"
                        inList = true
                    }
                    h += "<li value=\"\(p.number ?? 1)\">"
                    h += esc(p.text)
                    writeEntries(p.entries, labels: l, to: &h)
                    h += "</li>\n"
                    continue
                }
                if inList { h += "</ol>\n"; inList = false }
                if !p.text.isEmpty {
                    h += "<p class=\""
                    h += p.role.rawValue
                    h += "\">"
                    h += esc(p.text)
                    h += "</p>\n"
                }
                writeEntries(p.entries, labels: l, to: &h)
            }
            if inList { h += "</ol>\n" }
        }

        // Asked once, now the sections are written and gone.
        let summary = n.summary()
        for (title, list) in [(l.conclusions, summary.conclusions), (l.decisions, summary.decisions)] {
            h += "<h2>\(esc(title))</h2>\n"
            if list.isEmpty {
                h += "<p>\(esc(l.noneRecorded))</p>\n"
            } else {
                h += "<ol>\n"
                for e in list { h += "<li>\(multiline(e.text))</li>\n" }
                h += "</ol>\n"
            }
        }

        h += "<h2>\(esc(l.actions))</h2>\n"
        if summary.actions.isEmpty {
            h += "<p>\(esc(l.noneRecorded))</p>\n"
        } else {
            h += "<table class=\"actions\">\n<thead><tr>"
            h += l.actionColumns.map { "<th>\(esc($0))</th>" }.joined()
            h += "</tr></thead>\n<tbody>\n"
            for a in summary.actions {
                h += "<tr><td class=\"no\">\(a.number)</td><td>\(multiline(a.text))</td>"
                h += "<td>\(esc(a.owner ?? "—"))</td><td>\(esc(a.due ?? "—"))</td></tr>\n"
            }
            h += "</tbody>\n</table>\n"
        }

        h += "<p class=\"closing\">\(esc(n.closing))</p>\n"
        h += "<div class=\"signatures\">\n"
        h += "<p class=\"place\">\(esc(n.placeDate))</p>\n<table>\n"
        h += "<tr>" + n.signatures.map { "<td>\(esc($0.title))</td>" }.joined() + "</tr>\n"
        h += "<tr>" + n.signatures.map { _ in "<td class=\"space\"></td>" }.joined() + "</tr>\n"
        h += "<tr>" + n.signatures.map { "<td class=\"name\">\(esc($0.name ?? l.blank))</td>" }.joined() + "</tr>\n"
        h += "<tr>" + n.signatures.map { "<td>\(esc(l.position)): \(esc($0.position ?? l.blank))</td>" }.joined() + "</tr>\n"
        if n.signatures.contains(where: { $0.nip != nil }) {
            h += "<tr>" + n.signatures.map { "<td>" + ($0.nip.map { "\(esc(l.nip)). \(esc($0))" } ?? "") + "</td>" }.joined() + "</tr>\n"
        }
        h += "</table>\n</div>\n"
        h += NotulenAttachment.html(n)
        h += SpeakingTimeAppendix.html(n)
        h += "</body>\n</html>\n"
    }

    /// The entries under a paragraph as a list, each with its clock time, written a piece at a
    /// time: each entry's markup built as one String first cost thousands of instructions an entry.
    static func writeEntries(_ es: [Proceedings.Entry], labels: Notulen.Labels, to h: inout ExportText) {
        guard !es.isEmpty else { return }
        h.writer.write(literal: "<ul class=\"notes\">\n")
        for e in es {
            h.writer.write(literal: "<li class=\"")
            h += e.kind.rawValue
            h.writer.write(literal: "\"><span class=\"clock\">")
            h += esc(e.clock)
            h.writer.write(literal: "</span> — ")
            if let label = labels.entryLabel(e) {
                h.writer.write(literal: "<span class=\"label\">")
                h += esc(label)
                h.writer.write(literal: ":</span> ")
            }
            h += multiline(e.text)
            if e.kind == .action { h += esc(labels.actionDetails(e)) }
            h.writer.write(literal: "</li>\n")
        }
        h.writer.write(literal: "</ul>\n")
    }

    /// Escaped text whose line breaks become `<br>`.
    static func multiline(_ text: String) -> String {
        // One scan says most texts are one line with nothing to escape: they are written as they are.
        if isPlain(text, newlines: false) { return text }
        // One line (no newline byte): the split, grapheme by grapheme, would give the text whole.
        guard text.anyByte({ $0 == 0x0A }) else { return esc(text) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { esc(String($0)) }.joined(separator: "<br>\n")
    }

    /// The words that may hold a byte `isPlain` looks for.
    static let notPlainWords = ByteWordFilter(controls: true, ranges: [0x22...0x27, 0x3C...0x3E])

    /// Whether `s` is its own escape, found on its bytes: nothing to escape or make inert, and no
    /// line break unless `newlines`. (0xC2 leads the C1 controls, 0xE2 the bidi controls: text
    /// with them takes the full pass.)
    @inline(__always)
    static func isPlain(_ s: String, newlines: Bool) -> Bool {
        !s.anyByte(notPlainWords) { b in
            (b < 0x20 && (b != 0x0A || !newlines)) || b == 0x7F || b == 0xC2 || b == 0xE2
                || b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27
        }
    }

    /// Escapes text for HTML content and attribute values: & < > " ' become references, and any
    /// control character still left (none should be) becomes U+FFFD.
    public static func esc(_ s: String) -> String {
        // Most text holds nothing to escape or make inert: one pass over its bytes says so.
        if isPlain(s, newlines: true) { return s }
        let clean = inert(s, keepNewlines: true)
        // Inert text holds no control but the line break (C0 became pictures, DEL and C1 U+FFFD):
        // the five characters are then replaced byte by byte (no byte of a multi-byte character
        // is ASCII), where appending scalar by scalar cost a tenth of the HTML export.
        if !clean.anyByte({ ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F || $0 == 0xC2 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(clean.utf8.count + 16)
            for b in clean.utf8 {
                switch b {
                case 0x26: bytes.append(contentsOf: "&amp;".utf8)
                case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
                case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
                case 0x22: bytes.append(contentsOf: "&quot;".utf8)
                case 0x27: bytes.append(contentsOf: "&#39;".utf8)
                default: bytes.append(b)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return escapedScalars(clean)
    }

    /// Inert text escaped scalar by scalar: the general path, which any control still left (none
    /// should be) turns into U+FFFD.
    static func escapedScalars(_ clean: String) -> String {
        var out = ""
        out.reserveCapacity(clean.utf8.count)
        for u in clean.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "\n"
            default:
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) { out += "\u{FFFD}" } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }
}
