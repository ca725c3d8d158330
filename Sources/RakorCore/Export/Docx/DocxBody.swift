// Paragraphs, runs and tables of WordprocessingML, written through XMLWriter so every string is
// escaped. Only this program's own markup is ever emitted: no fields, no hyperlinks, no
// embedded objects, whatever the text holds.

/// A paragraph's look: a style of the document and a few direct settings.
struct DocxParagraphStyle {
    var style: String?
    var align: String?
    var bold = false
    var italic = false
    var keepNext = false
    /// A numbered list: the `w:numId` of numbering.xml.
    var numId: Int?
    var spaceAfter: Int?
    var spaceBefore: Int?
    /// Left indent in twentieths of a point.
    var indent: Int?
    var hanging: Int?
    var pageBreakBefore = false
    /// Font size in half-points.
    var size: Int?
}

/// One table cell: its paragraphs and look.
struct DocxCell {
    var paragraphs: [(String, DocxParagraphStyle)]
    var shade = false

    init(_ text: String, _ style: DocxParagraphStyle = DocxParagraphStyle()) {
        paragraphs = [(text, style)]
    }

    init(paragraphs: [(String, DocxParagraphStyle)]) {
        self.paragraphs = paragraphs
    }
}

/// Builds the inside of `<w:body>`.
struct DocxBody {
    var w = XMLWriter(declaration: false)

    /// A paragraph of text; line breaks in `text` become `<w:br/>` and tabs `<w:tab/>`.
    mutating func paragraph(_ text: String, _ s: DocxParagraphStyle = DocxParagraphStyle()) {
        w.start("w:p")
        properties(s)
        runs(text, bold: s.bold, italic: s.italic, size: s.size)
        w.end()
    }

    /// A paragraph of runs, each with its own weight: `[("Keputusan 1: ", true), (text, false)]`.
    mutating func paragraph(runs parts: [(String, Bool)], _ s: DocxParagraphStyle = DocxParagraphStyle()) {
        w.start("w:p")
        properties(s)
        for (text, bold) in parts { runs(text, bold: bold || s.bold, italic: s.italic, size: s.size) }
        w.end()
    }

    /// An empty paragraph that starts a new page.
    mutating func pageBreak() {
        w.raw("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>")
    }

    private mutating func properties(_ s: DocxParagraphStyle) {
        w.start("w:pPr")
        if let style = s.style { w.empty("w:pStyle", ["w:val": style]) }
        if s.keepNext { w.empty("w:keepNext") }
        if s.pageBreakBefore { w.empty("w:pageBreakBefore") }
        if let n = s.numId {
            w.start("w:numPr"); w.empty("w:ilvl", ["w:val": "0"]); w.empty("w:numId", ["w:val": "\(n)"]); w.end()
        }
        if s.spaceAfter != nil || s.spaceBefore != nil {
            w.empty("w:spacing", ["w:before": "\(s.spaceBefore ?? 0)", "w:after": "\(s.spaceAfter ?? 0)"])
        }
        if let i = s.indent {
            if let h = s.hanging { w.empty("w:ind", ["w:left": "\(i)", "w:hanging": "\(h)"]) } else { w.empty("w:ind", ["w:left": "\(i)"]) }
        }
        if let a = s.align { w.empty("w:jc", ["w:val": a]) }
        w.end()
    }

    private mutating func runs(_ text: String, bold: Bool, italic: Bool, size: Int?) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        w.start("w:r")
        if bold || italic || size != nil {
            w.start("w:rPr")
            if bold { w.empty("w:b") }
            if italic { w.empty("w:i") }
            if let size { w.empty("w:sz", ["w:val": "\(size)"]); w.empty("w:szCs", ["w:val": "\(size)"]) }
            w.end()
        }
        for (i, line) in lines.enumerated() {
            if i > 0 { w.empty("w:br") }
            let pieces = line.split(separator: "\t", omittingEmptySubsequences: false)
            for (j, piece) in pieces.enumerated() {
                if j > 0 { w.empty("w:tab") }
                if !piece.isEmpty { w.element("w:t", ["xml:space": "preserve"], text: String(piece)) }
            }
        }
        w.end()
    }

    /// A table with fixed column widths (twips); `header` rows repeat on every page.
    mutating func table(widths: [Int], header: [DocxCell]?, rows: [[DocxCell]], borders: Bool = true,
                        rowHeight: Int? = nil) {
        w.start("w:tbl")
        w.start("w:tblPr")
        w.empty("w:tblW", ["w:w": "\(widths.reduce(0, +))", "w:type": "dxa"])
        w.empty("w:tblLayout", ["w:type": "fixed"])
        w.start("w:tblBorders")
        for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
            if borders { w.empty(side, ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"]) }
            else { w.empty(side, ["w:val": "nil"]) }
        }
        w.end()
        w.start("w:tblCellMar")
        w.empty("w:left", ["w:w": "80", "w:type": "dxa"]); w.empty("w:right", ["w:w": "80", "w:type": "dxa"])
        w.end()
        w.end()
        w.start("w:tblGrid")
        for width in widths { w.empty("w:gridCol", ["w:w": "\(width)"]) }
        w.end()
        if let header { row(header, widths: widths, header: true, height: nil) }
        for r in rows { row(r, widths: widths, header: false, height: rowHeight) }
        w.end()
    }

    private mutating func row(_ cells: [DocxCell], widths: [Int], header: Bool, height: Int?) {
        w.start("w:tr")
        if header || height != nil {
            w.start("w:trPr")
            w.empty("w:cantSplit")
            if header { w.empty("w:tblHeader") }
            if let height { w.empty("w:trHeight", ["w:val": "\(height)", "w:hRule": "atLeast"]) }
            w.end()
        } else {
            w.raw("<w:trPr><w:cantSplit/></w:trPr>")
        }
        for (i, c) in cells.enumerated() {
            w.start("w:tc")
            w.start("w:tcPr")
            w.empty("w:tcW", ["w:w": "\(i < widths.count ? widths[i] : 1000)", "w:type": "dxa"])
            if header || c.shade { w.empty("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": "E7E6E6"]) }
            w.end()
            for (text, style) in c.paragraphs {
                var s = style
                if header { s.bold = true; s.keepNext = true }
                paragraph(text, s)
            }
            if c.paragraphs.isEmpty { paragraph("") }
            w.end()
        }
        w.end()
    }
}
