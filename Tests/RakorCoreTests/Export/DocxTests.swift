import Foundation
import Testing
import ZIPFoundation
@testable import RakorCore

// The .docx notulen read back by python-docx (pip), a library nobody here wrote: its paragraphs,
// styles and tables; a hostile log's document stays inert; a letterhead template keeps its header
// picture and footer. One LibreOffice conversion (soffice + pdftotext) checks the same text in PDF.
// .ci/run installs python-docx, libreoffice-writer-nogui and poppler-utils.

private let exportDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
private let repoRoot = exportDir.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

enum Tools {
    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// Runs a program; returns its exit status and standard output.
    static func run(_ exe: String, _ args: [String]) throws -> (Int32, Data) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, data)
    }

    /// python-docx can be imported (in CI it must be: .ci/run installs it).
    static let pythonDocx: Bool = {
        guard let py = which("python3"), let r = try? run(py, ["-c", "import docx"]) else { return false }
        return r.0 == 0
    }()

    static let inCI = ProcessInfo.processInfo.environment["CI"] != nil
}

/// What docx_dump.py read from a document.
struct DocxDump: Decodable {
    struct Section: Decodable {
        var page_width_cm: Double
        var page_height_cm: Double
        var left_cm: Double
        var right_cm: Double
        var header: [String]
        var footer: [String]
        var header_has_picture: Bool
    }
    var paragraphs: [[String]]
    var tables: [[[String]]]
    var sections: [Section]
    var unsafe: [String]
    var xml_errors: [String]
    var numbered: [String]
    var fonts: [String]

    func paragraphs(style: String) -> [String] { paragraphs.filter { $0[0] == style }.map { $0[1] } }
    var allText: String { (paragraphs.map { $0[1] } + tables.flatMap { $0.flatMap { $0 } }).joined(separator: "\n") }

    static func of(_ data: Data, keepAs name: String? = nil) throws -> DocxDump {
        // RAKOR_DOCX_OUT=DIR keeps the documents, to open or convert them by hand.
        if let name, let keep = ProcessInfo.processInfo.environment["RAKOR_DOCX_OUT"] {
            try? data.write(to: URL(fileURLWithPath: keep).appendingPathComponent(name))
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rakor-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("n.docx")
        try data.write(to: file)
        let (status, out) = try Tools.run(try #require(Tools.which("python3")),
                                          [exportDir.appendingPathComponent("docx_dump.py").path, file.path])
        try #require(status == 0, "docx_dump.py failed: python-docx could not read the document")
        return try JSONDecoder().decode(DocxDump.self, from: out)
    }
}

/// A meeting with a daftar hadir: invitees ticked off, one walk-in online, one who left early.
func attendanceSession(chair: String = "Drs. H. Ahmad Yani, M.Si., Kepala BKD Provinsi Kalimantan Timur",
                       names: [String] = ["Dra. Siti Aminah, M.Si.", "Budi Santoso", "Rahmat Hidayat"],
                       noteText: String = "Data kepegawaian dimutakhirkan paling lambat akhir bulan.") -> SampleSession {
    var s = SampleSession(header: SessionHeader(
        sessionId: "test-docx-1", title: "Rapat Koordinasi Kepegawaian se Kalimantan Timur 2024",
        startedAtMs: RFC3339.parse("2024-03-14T00:30:00Z")!, tz: "Asia/Makassar", lang: "id",
        venue: "Ruang Rapat BKD, Samarinda", mode: "hybrid", chair: chair, notetaker: "Rina Wulandari"))
    s.at("08.35")
    s.run(.attendance(.invite([
        AttendeeInfo(name: "Drs. H. Ahmad Yani, M.Si.", nip: "19680505 199003 1 010", role: "Kepala BKD", org: "BKD Provinsi Kalimantan Timur", group: "pimpinan"),
        AttendeeInfo(name: names[0], nip: "19700101 199003 2 002", role: "Kepala Bidang Mutasi", org: "BKD Provinsi Kalimantan Timur"),
        AttendeeInfo(name: names[1], nip: "198505152010011003", role: "Analis SDM Aparatur", org: "BKPSDM Kab. Kutai Kartanegara"),
        AttendeeInfo(name: names[2], role: "Kepala BKPSDM", org: "BKPSDM Kota Samarinda"),
    ])), by: "notulis")
    s.create(.rundown(.addItem(title: "Pembukaan", kind: .opening, plannedS: 600, plannedStart: "09:00")))
    s.create(.rundown(.addItem(title: "Paparan Kepala BKN", kind: .presentation, plannedS: 1800, plannedStart: "09:10")))
    s.create(.rundown(.addItem(title: "Penutupan", kind: .closing, plannedS: 300, plannedStart: "09:40")))
    s.at("08.50")
    s.run(.attendance(.arrive(id: "p1")), by: "notulis")
    s.run(.attendance(.arrive(id: "p2")), by: "notulis")
    s.run(.attendance(.arrive(id: "p3", mode: "online")), by: "notulis")
    s.run(.attendance(.add(AttendeeInfo(name: "Yusuf Ali", role: "Kepala Kantor", org: "BKN Kantor Regional VIII",
                                        mode: "online", group: "narasumber"))), by: "notulis")
    s.at("09.00")
    s.run(.rundown(.startItem()))
    s.at("09.10")
    s.run(.rundown(.startItem()))
    s.run(.floor(.queueSpeaker(name: "Yusuf Ali", role: "Kepala Kantor", org: "BKN Kantor Regional VIII", remote: true, allottedS: 1500)))
    s.run(.floor(.startNextSpeaker()))
    s.at("09.20")
    s.note(.conclusion, noteText)
    s.note(.decision, "Rakor berikutnya di Balikpapan.")
    s.note(.action, "Menyampaikan data formasi 2024.", owner: "BKPSDM kabupaten/kota", due: "2024-03-31")
    s.at("09.30")
    s.run(.attendance(.leave(id: "p3")), by: "notulis")
    s.at("09.40")
    s.run(.rundown(.startItem()))
    s.at("09.45")
    s.run(.session(.close))
    return s
}

func reading(_ s: SampleSession) throws -> LogReading {
    try LogReader.read(bytes: Array(s.text().utf8), path: "test.jsonl")
}

@Suite(.enabled(if: Tools.pythonDocx || Tools.inCI, "python-docx is not installed (pip install python-docx)"))
struct DocxTests {
    @Test func pythonDocxReadsTheHeaderBlockItemsTindakLanjutAndDaftarHadir() throws {
        let r = try reading(attendanceSession())
        let d = try DocxDump.of(try Docx.notulen(r, lang: .id), keepAs: "daftar-hadir.docx")

        #expect(d.paragraphs(style: "Title") == ["NOTULEN RAPAT"])
        // The header block: two columns, label and value.
        let header = d.tables[0]
        #expect(header.map { $0[0] } == ["Nama rapat", "Hari/tanggal", "Waktu", "Tempat", "Pimpinan rapat", "Notulis",
                                          "Peserta", "Narasumber", "Acara"])
        #expect(header[1][1] == "Kamis, 14 Maret 2024")
        #expect(header[2][1] == "09.00 – 09.45 WITA")
        #expect(header[6][1] == "Daftar hadir: 4 orang hadir (2 luring, 2 daring) dari 4 orang yang diundang.")
        #expect(header[8][1] == "1. Pembukaan\n2. Paparan Kepala BKN\n3. Penutupan")
        // Word's own heading styles: the navigation pane lists these.
        #expect(d.paragraphs(style: "Heading 1") == ["Jalannya Rapat", "Kesimpulan", "Keputusan", "Tindak Lanjut",
                                                     "Lampiran I: Catatan Waktu", "Lampiran II: Daftar Hadir"])
        #expect(d.paragraphs(style: "Heading 2") == ["1. Pembukaan (09.00–09.10 WITA)", "2. Paparan Kepala BKN (09.10–09.40 WITA)",
                                                     "3. Penutupan (09.40–09.45 WITA)"])
        #expect(d.numbered == ["Data kepegawaian dimutakhirkan paling lambat akhir bulan.", "Rakor berikutnya di Balikpapan."])
        // The tindak lanjut table.
        let actions = try #require(d.tables.first { $0.first?.first == "No" && $0.first?.count == 4 })
        #expect(actions == [["No", "Tindak lanjut", "Penanggung jawab", "Batas waktu"],
                            ["1", "Menyampaikan data formasi 2024.", "BKPSDM kabupaten/kota", "31 Maret 2024"]])
        // Closing, place and date, the signatures: NIP only for the signer the list gives one for.
        let texts = d.paragraphs.map { $0[1] }
        #expect(texts.contains("Rapat ditutup pukul 09.45 WITA."))
        #expect(texts.contains("Samarinda, 14 Maret 2024"))
        let signatures = try #require(d.tables.first { $0.count == 1 && $0[0].count == 2 && $0[0][0].hasPrefix("Pimpinan Rapat,") })
        #expect(signatures[0][0] == "Pimpinan Rapat,\n\n\n\n\nDrs. H. Ahmad Yani, M.Si.\nKepala BKD Provinsi Kalimantan Timur\nNIP 19680505 199003 1 010")
        #expect(signatures[0][1] == "Notulis,\n\n\n\n\nRina Wulandari")
        // The daftar hadir: everyone present, numbered, a blank to sign; the invitee who never came is not on it.
        let list = try #require(d.tables.last)
        #expect(list == [
            ["No", "Nama", "NIP", "Jabatan", "Instansi", "Keterangan", "Tanda tangan"],
            ["1", "Drs. H. Ahmad Yani, M.Si.", "19680505 199003 1 010", "Kepala BKD", "BKD Provinsi Kalimantan Timur", "Luring · Pimpinan", "1."],
            ["2", "Dra. Siti Aminah, M.Si.", "19700101 199003 2 002", "Kepala Bidang Mutasi", "BKD Provinsi Kalimantan Timur", "Luring", "2."],
            ["3", "Budi Santoso", "198505152010011003", "Analis SDM Aparatur", "BKPSDM Kab. Kutai Kartanegara", "Daring · pulang 09.30", "3."],
            ["4", "Yusuf Ali", "", "Kepala Kantor", "BKN Kantor Regional VIII", "Daring · Narasumber", "4."],
        ])
        // A4, 3 cm left margin, Arial.
        #expect(d.sections.map { [$0.page_width_cm, $0.page_height_cm, $0.left_cm, $0.right_cm] } == [[21.0, 29.7, 3.0, 2.0]])
        #expect(d.xml_errors.isEmpty && d.unsafe.isEmpty)
    }

    @Test func englishIsMinutesOfMeeting() throws {
        let d = try DocxDump.of(try Docx.notulen(try reading(attendanceSession()), lang: .en))
        #expect(d.paragraphs(style: "Title") == ["MINUTES OF MEETING"])
        #expect(d.paragraphs(style: "Heading 1") == ["Proceedings", "Conclusions", "Decisions", "Follow-up Actions",
                                                     "Attachment I: Timing", "Attachment II: Attendance List"])
        #expect(d.tables[0][6] == ["Participants", "Attendance list: 4 present (2 in person, 2 online) of 4 invited."])
        #expect(d.tables.last?.first == ["No", "Name", "NIP", "Position", "Organisation", "Note", "Signature"])
    }

    @Test func everySampleReadsBackWithItsItemsAsHeadings() throws {
        for name in ["rakorpeg-kaltim-2020", "rakor-jambi-2019", "demo"] {
            let r = try LogReader.read(path: repoRoot.appendingPathComponent("sample-events/\(name).jsonl").path)
            let n = Notulen(r, lang: r.header.language)
            let d = try DocxDump.of(try Docx.notulen(r, lang: r.header.language))
            #expect(d.xml_errors.isEmpty, "\(name)")
            #expect(d.unsafe.isEmpty, "\(name)")
            let headings = n.proceedings.sections.map { s in
                (s.number > 0 ? "\(s.number). \(s.title)" : s.title) + (s.timeRange.map { " (\($0))" } ?? "")
            }
            #expect(d.paragraphs(style: "Heading 2") == headings, "\(name)")
            #expect(d.tables[0].map { $0[0] } == n.fields.map(\.label) + [n.labels.agenda], "\(name)")
        }
    }

    /// Text that would be markup, fields or links in a careless writer, in every place a log can put text.
    @Test func aHostileLogStaysInert() throws {
        let evil = "</w:t></w:r><w:fldSimple w:instr=\"HYPERLINK &quot;http://evil.example&quot;\"><w:r><w:t>klik</w:t></w:r></w:fldSimple>"
        let field = "{ DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\" } <![CDATA[x]]> &amp; \u{0}\u{1b}[31m \u{202E}txt.exe"
        let s = attendanceSession(chair: "\(evil), Kepala <b>BKD</b>", names: [evil, field, "Rahmat \"Hidayat\" & Co"],
                                  noteText: "\(field)\n\(evil)")
        let r = try reading(s)
        let data = try Docx.notulen(r, lang: .id)
        let d = try DocxDump.of(data, keepAs: "hostile.docx")
        #expect(d.xml_errors.isEmpty)
        #expect(d.unsafe.isEmpty)
        // The text is there as the characters it holds.
        #expect(d.allText.contains("<w:fldSimple w:instr=\"HYPERLINK &quot;http://evil.example&quot;\">"))
        #expect(d.allText.contains("{ DDEAUTO c:\\\\windows"))
        #expect(d.allText.contains("Kepala <b>BKD</b>"))
        #expect(!d.allText.contains("\u{0}") && !d.allText.contains("\u{202E}"))
    }

    @Test func aTemplateKeepsItsHeaderPictureFooterPageAndStyles() throws {
        let template = try letterheadTemplate()
        let data = try Docx.notulen(try reading(attendanceSession()), lang: .id, template: template, templateName: "kop.docx")
        let d = try DocxDump.of(data, keepAs: "template.docx")
        #expect(d.sections.count == 1)
        #expect(d.sections[0].header == ["PEMERINTAH PROVINSI KALIMANTAN TIMUR", "BADAN KEPEGAWAIAN DAERAH"])
        #expect(d.sections[0].header_has_picture)
        #expect(d.sections[0].footer == ["Jl. Basuki Rahmat No. 41 Samarinda · Telp. (0541) 733333"])
        // The office's page (Letter, 2.5 cm left) and font, not rakor's.
        #expect([d.sections[0].page_width_cm, d.sections[0].left_cm] == [21.6, 2.5])
        #expect(d.fonts == ["Bookman Old Style"])
        #expect(d.paragraphs(style: "Title") == ["NOTULEN RAPAT"])
        #expect(d.paragraphs(style: "Heading 1").first == "Jalannya Rapat")
        #expect(d.numbered.count == 2)
        #expect(d.xml_errors.isEmpty)
        // The template's own body text ("Isi surat …") is replaced by the notulen.
        #expect(!d.allText.contains("Isi surat"))
        let archive = try Archive(data: data, accessMode: .read)
        #expect(archive["word/media/logo.png"] != nil)
    }

    @Test func aTemplateThatIsNotADocxIsAClearError() throws {
        let r = try reading(attendanceSession())
        #expect(throws: DocxError(message: "kop.pdf is not a .docx file (not a ZIP archive); save the letterhead from Word or LibreOffice as .docx")) {
            try Docx.notulen(r, lang: .id, template: Data("%PDF-1.4".utf8), templateName: "kop.pdf")
        }
        let zip = try Docx.zip([("hello.txt", Data("hi".utf8))], date: 0)
        #expect(throws: DocxError(message: "kop.zip is not a Word document: it has no word/document.xml")) {
            try Docx.notulen(r, lang: .id, template: zip, templateName: "kop.zip")
        }
    }

    @Test(.enabled(if: (Tools.which("soffice") != nil && Tools.which("pdftotext") != nil) || Tools.inCI,
                   "LibreOffice (libreoffice-writer-nogui) and pdftotext (poppler-utils) are not installed"))
    func libreOfficeConvertsItToAPDFWithTheSameText() throws {
        let data = try Docx.notulen(try reading(attendanceSession()), lang: .id)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rakor-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let docx = dir.appendingPathComponent("notulen.docx")
        try data.write(to: docx)
        let office = try #require(Tools.which("soffice"))
        let (status, _) = try Tools.run(office, ["-env:UserInstallation=file://\(dir.path)/profile", "--headless",
                                                 "--convert-to", "pdf", "--outdir", dir.path, docx.path])
        #expect(status == 0)
        let (st2, text) = try Tools.run(try #require(Tools.which("pdftotext")), ["-layout", dir.appendingPathComponent("notulen.pdf").path, "-"])
        #expect(st2 == 0)
        let pdf = String(decoding: text, as: UTF8.self)
        for expected in ["NOTULEN RAPAT", "JALANNYA RAPAT", "Paparan Kepala BKN", "Menyampaikan data formasi 2024.",
                         "Rapat ditutup pukul 09.45 WITA.", "LAMPIRAN II: DAFTAR HADIR", "Budi Santoso", "NIP 19680505 199003 1 010"] {
            #expect(pdf.contains(expected), "\(expected)")
        }
    }
}

/// A letterhead as an office keeps one: a header with the logo (a picture) and the kop, a footer
/// with the address, Letter paper with a 2.5 cm left margin, Bookman Old Style, and some body text.
func letterheadTemplate() throws -> Data {
    let w = DocxParts.wNS, r = DocxParts.rNS
    let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")!
    let drawing = """
    <w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="457200" cy="457200"/>\
    <wp:docPr id="1" name="Logo"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">\
    <a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">\
    <pic:nvPicPr><pic:cNvPr id="1" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
    <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="457200" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>\
    </a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
    """
    let parts: [(String, String)] = [
        ("[Content_Types].xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>
        """),
        ("_rels/.rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """),
        ("word/_rels/document.xml.rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>
        """),
        ("word/_rels/header1.xml.rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/></Relationships>
        """),
        ("word/document.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(w)" xmlns:r="\(r)"><w:body><w:p><w:r><w:t>Isi surat dinas di sini.</w:t></w:r></w:p>\
        <w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/>\
        <w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1418" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>
        """),
        ("word/styles.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="\(w)"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Bookman Old Style" w:hAnsi="Bookman Old Style"/></w:rPr></w:rPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Bookman Old Style" w:hAnsi="Bookman Old Style"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:u w:val="single"/></w:rPr></w:style></w:styles>
        """),
        ("word/header1.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:hdr xmlns:w="\(w)" xmlns:r="\(r)"><w:p>\(drawing)<w:r><w:t>PEMERINTAH PROVINSI KALIMANTAN TIMUR</w:t></w:r></w:p><w:p><w:r><w:t>BADAN KEPEGAWAIAN DAERAH</w:t></w:r></w:p></w:hdr>
        """),
        ("word/footer1.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:ftr xmlns:w="\(w)"><w:p><w:r><w:t>Jl. Basuki Rahmat No. 41 Samarinda · Telp. (0541) 733333</w:t></w:r></w:p></w:ftr>
        """),
    ]
    return try Docx.zip(parts.map { ($0.0, Data($0.1.utf8)) } + [("word/media/logo.png", png)], date: 0)
}
