// The fixed parts of a .docx that rakor writes when no template is given: content types,
// relationships, styles (Arial, Word's own heading styles), numbering for the two lists, the
// page (A4, 3 cm left margin for binding) and the document's properties.

enum DocxParts {
    static let wNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let rNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
    <Override PartName="/word/numbering.xml" ContentType="\(numberingContentType)"/>\
    <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
    <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
    <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
    </Types>
    """

    static let numberingContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
    static let numberingRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"

    static let packageRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
    </Relationships>
    """

    static let documentRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
    <Relationship Id="rId2" Type="\(numberingRelType)" Target="numbering.xml"/>\
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
    </Relationships>
    """

    static func settings(_ lang: Language) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="\(wNS)"><w:defaultTabStop w:val="720"/>\
        <w:themeFontLang w:val="\(lang == .id ? "id-ID" : "en-GB")"/><w:compat><w:compatSetting w:name="compatibilityMode" \
        w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
        """
    }

    /// A4 portrait; margins 2.5 cm top and bottom, 3 cm left (binding), 2 cm right.
    static let sectionProperties = """
    <w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
    <w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>\
    </w:sectPr>
    """

    /// The document part around a body.
    static func document(body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"\(wNS)\" xmlns:r=\"\(rNS)\"><w:body>" + body + sectionProperties + "</w:body></w:document>"
    }

    /// The styles rakor relies on, by id; a template lacking one gets rakor's.
    static let styleDefinitions: [(id: String, xml: String)] = [
        ("Normal", """
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:style>
        """),
        ("Title", """
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
        """),
        ("Heading1", """
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
        <w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/><w:caps/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
        """),
        ("Heading2", """
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
        <w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
        """),
        ("ListParagraph", """
        <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>\
        <w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
        """),
    ]

    static func styles(_ lang: Language) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="\(wNS)"><w:docDefaults><w:rPrDefault><w:rPr>\
        <w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>\
        <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="\(lang == .id ? "id-ID" : "en-GB")"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>\
        \(styleDefinitions.map(\.xml).joined())</w:styles>
        """
    }

    /// The two numbered lists (kesimpulan, keputusan): "1.", "2.", … each starting at 1.
    static let abstractNumbering = """
    <w:abstractNum w:abstractNumId="9100"><w:multiLevelType w:val="singleLevel"/>\
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>\
    <w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
    """
    static let numberingInstances = """
    <w:num w:numId="\(DocxNotulen.conclusionsNumId)"><w:abstractNumId w:val="9100"/></w:num>\
    <w:num w:numId="\(DocxNotulen.decisionsNumId)"><w:abstractNumId w:val="9100"/>\
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
    """
    static var numbering: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering xmlns:w=\"\(wNS)\">"
            + abstractNumbering + numberingInstances + "</w:numbering>"
    }

    static func core(title: String, created: String, lang: Language) -> String {
        var w = XMLWriter()
        w.start("cp:coreProperties", ["xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
                                      "xmlns:dc": "http://purl.org/dc/elements/1.1/",
                                      "xmlns:dcterms": "http://purl.org/dc/terms/",
                                      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance"])
        w.element("dc:title", text: title)
        w.element("dc:language", text: lang == .id ? "id-ID" : "en-GB")
        w.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"], text: created)
        w.end()
        return w.xml
    }

    static let app = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>rakor</Application></Properties>
    """
}
