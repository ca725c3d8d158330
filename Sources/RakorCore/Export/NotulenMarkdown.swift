// The notulen as Markdown (CommonMark with GitHub tables), the default export.
//
// Text from the log is inert already; here it is also escaped for Markdown, so a name holding
// `*`, `_`, `[`, `|`, `<script>` or `# ` reads as the characters it holds, never as markup or
// raw HTML, in any renderer. Escaping adds backslashes only: the text itself is not changed.

/// Renders a notulen as Markdown.
public enum NotulenMarkdown {
    /// The notulen as a Markdown document, ending in a newline.
    public static func render(_ n: Notulen) -> String {
        ExportWriter.collect { render(n, to: $0) }
    }

    /// The notulen as Markdown, written to `writer` line by line as it is laid out.
    public static func render(_ n: Notulen, to writer: ExportWriter) {
        var out = ExportLines(writer)
        let l = n.labels
        out.append("# \(esc(l.heading))")
        out.append("")
        for f in n.fields {
            out.append("- **\(esc(f.label, lineStart: false)):** \(esc(f.value, lineStart: false))")
        }
        out.append("- **\(esc(l.agenda)):**")
        for (i, a) in n.agenda.enumerated() {
            out.append("  \(i + 1). \(esc(a, lineStart: false))")
        }
        out.append("")
        out.append("## \(esc(l.proceedings))")
        out.append("")
        n.proceedings.forEachSection { s in
            var heading = s.number > 0 ? "\(s.number). \(esc(s.title, lineStart: false))" : esc(s.title, lineStart: false)
            if let r = s.timeRange { heading += " (\(esc(r, lineStart: false)))" }
            out.append("### \(heading)")
            out.append("")
            var inList = false
            for p in s.paragraphs {
                if p.kind == .question {
                    let num = "\(p.number ?? 1). "
                    out.append(num + esc(p.text, lineStart: false))
                    writeEntries(p.entries, labels: l, indent: String.repeated(" ", count: num.count), to: writer)
                    inList = true
                    continue
                }
                if inList { out.append(""); inList = false }
                if !p.text.isEmpty {
                    out.append(esc(p.text))
                    out.append("")
                }
                if !p.entries.isEmpty {
                    writeEntries(p.entries, labels: l, indent: "", to: writer)
                    out.append("")
                }
            }
            if inList { out.append("") }
        }
        // Asked once, now the sections are written and gone.
        let summary = n.summary()
        out.append("## \(esc(l.conclusions))")
        out.append("")
        numbered(summary.conclusions, none: l.noneRecorded, to: &out)
        out.append("")
        out.append("## \(esc(l.decisions))")
        out.append("")
        numbered(summary.decisions, none: l.noneRecorded, to: &out)
        out.append("")
        out.append("## \(esc(l.actions))")
        out.append("")
        if summary.actions.isEmpty {
            out.append(esc(l.noneRecorded))
        } else {
            out.append("| " + l.actionColumns.map { esc($0, lineStart: false) }.joined(separator: " | ") + " |")
            out.append("|---:|---|---|---|")
            for a in summary.actions {
                let cells = ["\(a.number)", cell(a.text), cell(a.owner ?? "—"), cell(a.due ?? "—")]
                out.append("| " + cells.joined(separator: " | ") + " |")
            }
        }
        out.append("")
        out.append(esc(n.closing))
        out.append("")
        out.append(esc(n.placeDate))
        out.append("")
        let sig = n.signatures
        out.append("| " + sig.map { esc($0.title, lineStart: false) }.joined(separator: " | ") + " |")
        out.append("|" + sig.map { _ in ":---" }.joined(separator: "|") + "|")
        out.append("| " + sig.map { _ in "<br><br><br>" }.joined(separator: " | ") + " |")
        out.append("| " + sig.map { "**" + esc($0.name ?? l.blank, lineStart: false) + "**" }.joined(separator: " | ") + " |")
        out.append("| " + sig.map { "\(l.position): " + esc($0.position ?? l.blank, lineStart: false) }.joined(separator: " | ") + " |")
        if sig.contains(where: { $0.nip != nil }) {
            out.append("| " + sig.map { $0.nip.map { "\(l.nip). " + esc($0, lineStart: false) } ?? "" }.joined(separator: " | ") + " |")
        }
        out.append(contentsOf: NotulenAttachment.markdown(n))
        out.append(contentsOf: SpeakingTimeAppendix.markdown(n))
    }

    /// The entries under a paragraph as a bullet list, each with its clock time, written to
    /// `w` a piece at a time: a long meeting's notes are most of its notulen, and building each
    /// line as a String first cost five thousand instructions an entry.
    static func writeEntries(_ es: [Proceedings.Entry], labels: Notulen.Labels, indent: String, to w: ExportWriter) {
        let continuation = indent + "  "
        for e in es {
            w.write(indent)
            w.write(literal: "- ")
            w.write(e.clock)
            w.write(literal: " — ")
            if let label = labels.entryLabel(e) {
                w.write(literal: "**")
                w.write(esc(label, lineStart: false))
                w.write(literal: ":** ")
            }
            w.write(multiline(e.text, indent: continuation))
            if e.kind == .action { w.write(esc(labels.actionDetails(e), lineStart: false)) }
            w.write(literal: "\n")
        }
    }

    /// A numbered list, each item written as it is reached (or `none` when there is none).
    static func numbered(_ es: some Collection<Proceedings.Entry>, none: String, to out: inout ExportLines) {
        guard !es.isEmpty else { return out.append(esc(none)) }
        for (i, e) in es.enumerated() {
            let num = "\(i + 1). "
            out.append(num + multiline(e.text, indent: String.repeated(" ", count: num.count)))
        }
    }

    /// Text with line breaks inside a list item: hard breaks, continuation lines indented.
    static func multiline(_ text: String, indent: String) -> String {
        // One scan says most texts are one line needing no escape: they are written as they are.
        if !hasInlineMarkup(text, orNewline: true) { return text }
        // One line (no newline byte): the split, grapheme by grapheme, would give the text whole.
        guard text.anyByte({ $0 == 0x0A }) else { return esc(text, lineStart: false) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out = ""
        for (i, line) in lines.enumerated() {
            if i == 0 {
                out += esc(line, lineStart: false)
            } else if line.isEmpty {
                out += "\n"
            } else {
                let prevEmpty = lines[i - 1].isEmpty
                out += (prevEmpty ? "\n" : "  \n") + indent + esc(line)
            }
        }
        return out
    }

    /// A table cell: escaped, line breaks as `<br>`.
    static func cell(_ text: String) -> String {
        guard text.anyByte({ $0 == 0x0A }) else { return esc(text, lineStart: false) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { esc(String($0), lineStart: false) }.joined(separator: "<br>")
    }

    /// Whether `s` holds a character escaped inside a line (backslash, backtick, * _ [ ] < > | ~ &),
    /// or a line break when `orNewline`, found on its bytes.
    @inline(__always)
    static func hasInlineMarkup(_ s: String, orNewline: Bool) -> Bool {
        s.anyByte { b in
            switch b {
            case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x7E, 0x26: return true
            case 0x0A: return orNewline
            default: return false
            }
        }
    }

    /// Escapes text for Markdown: inline markup characters and raw HTML everywhere, block markers at a line's start.
    static func esc(_ s: String, lineStart: Bool = true) -> String {
        // Most text holds none of the characters escaped inside a line: it is then its own escape,
        // found by one pass over the bytes instead of over the grapheme clusters.
        if !hasInlineMarkup(s, orNewline: false) { return lineStart ? escLineStart(s) : s }
        let chars = Array(s)
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for (i, c) in chars.enumerated() {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~":
                out.append("\\"); out.append(c)
            case "&":
                // Only an entity reference (`&amp;`, `&#38;`) would be read as markup.
                if i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1].isNumber || chars[i + 1] == "#" {
                    out.append("\\")
                }
                out.append(c)
            default:
                out.append(c)
            }
        }
        return lineStart ? escLineStart(out) : out
    }

    /// Escapes a block marker at the start of a line (the text is escaped inside already).
    private static func escLineStart(_ out: String) -> String {
        // A first byte that is neither a marker nor a digit cannot begin one: the first character
        // (the marker as a character of its own, or the digits) is then looked for no further.
        guard let b = out.utf8.first else { return out }
        guard b == 0x23 || b == 0x2D || b == 0x2B || b == 0x3D || (b >= 0x30 && b <= 0x39) else { return out }
        return escLineStartByCharacters(out)
    }

    /// The block-marker escape read character by character: the general path.
    static func escLineStartByCharacters(_ out: String) -> String {
        guard let first = out.first else { return out }
        // Block markers: a heading, a list item, a thematic break or a setext underline.
        if "#-+=".contains(first) { return "\\" + out }
        // An ordered list item: "1. " or "1) ".
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = out.dropFirst(digits.count)
            if let m = rest.first, m == "." || m == ")" {
                return String(digits) + "\\" + String(rest)
            }
        }
        return out
    }
}
