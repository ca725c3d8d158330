import Foundation
import ZIPFoundation

/// Why a .docx could not be made: a template that is not a Word document, or the archive failed.
public struct DocxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// The notulen as a Word document (.docx, WordprocessingML in a ZIP package).
public enum Docx {
    /// The notulen of a read log as .docx bytes, on rakor's own A4 page or inside an office's
    /// letterhead template (its headers, footers, page setup and styles are kept).
    public static func notulen(_ reading: LogReading, lang: Language, template: Data? = nil,
                               templateName: String = "template") throws(DocxError) -> Data {
        let n = Notulen(reading, lang: lang)
        let body = DocxNotulen.body(n, timing: TimingAppendix(reading.state, lang: lang))
        let created = String(reading.header.startedAt.prefix(19)) + "Z"
        let title = n.fields.first?.value ?? DocumentWords.of(lang).documentTitle
        var parts: [(String, Data)]
        if let template {
            parts = try DocxTemplate(data: template, name: templateName).parts(body: body)
            if let i = parts.firstIndex(where: { $0.0 == "docProps/core.xml" }) {
                parts[i].1 = Data(DocxParts.core(title: title, created: created, lang: lang).utf8)
            }
        } else {
            parts = [
                ("[Content_Types].xml", DocxParts.contentTypes),
                ("_rels/.rels", DocxParts.packageRels),
                ("word/document.xml", DocxParts.document(body: body)),
                ("word/_rels/document.xml.rels", DocxParts.documentRels),
                ("word/styles.xml", DocxParts.styles(lang)),
                ("word/numbering.xml", DocxParts.numbering),
                ("word/settings.xml", DocxParts.settings(lang)),
                ("docProps/core.xml", DocxParts.core(title: title, created: created, lang: lang)),
                ("docProps/app.xml", DocxParts.app),
            ].map { ($0.0, Data($0.1.utf8)) }
        }
        return try zip(parts, date: reading.header.startedAtMs)
    }

    /// A ZIP archive of the parts, in order, deflated, all dated `date` so the same log gives the same bytes.
    static func zip(_ parts: [(String, Data)], date ms: Int) throws(DocxError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let when = Date(timeIntervalSince1970: TimeInterval(max(ms, 315_532_800_000)) / 1000)
            for (path, data) in parts {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: when,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let out = archive.data else { throw DocxError(message: "the document could not be packed") }
            return out
        } catch let e as DocxError {
            throw e
        } catch {
            throw DocxError(message: "the document could not be packed: \(error)")
        }
    }
}

/// An office's letterhead document: its parts are kept and the notulen becomes its body.
struct DocxTemplate {
    var parts: [(String, Data)] = []
    let name: String

    init(data: Data, name: String) throws(DocxError) {
        self.name = name
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw DocxError(message: "\(name) is not a .docx file (not a ZIP archive); save the letterhead from Word or LibreOffice as .docx")
        }
        for entry in archive where entry.type == .file {
            var bytes = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            } catch {
                throw DocxError(message: "\(name): \(entry.path) cannot be read from the archive (\(error))")
            }
            parts.append((entry.path, bytes))
        }
        guard part("word/document.xml") != nil else {
            throw DocxError(message: "\(name) is not a Word document: it has no word/document.xml")
        }
    }

    func part(_ path: String) -> String? {
        parts.first { $0.0 == path }.flatMap { String(data: $0.1, encoding: .utf8) }
    }

    mutating func set(_ path: String, _ text: String) {
        if let i = parts.firstIndex(where: { $0.0 == path }) { parts[i].1 = Data(text.utf8) } else { parts.append((path, Data(text.utf8))) }
    }

    /// The template's parts with `body` in its document, rakor's styles and lists added where it lacks them.
    func parts(body: String) throws(DocxError) -> [(String, Data)] {
        var t = self
        guard let doc = part("word/document.xml") else { throw DocxError(message: "\(name) has no word/document.xml") }
        guard doc.contains("xmlns:w=\"\(DocxParts.wNS)\"") else {
            throw DocxError(message: "\(name): word/document.xml is not WordprocessingML (no w: namespace)")
        }
        guard let open = doc.range(of: "<w:body>") ?? doc.range(of: "<w:body "),
              let close = doc.range(of: "</w:body>", options: .backwards) else {
            throw DocxError(message: "\(name): word/document.xml has no <w:body>")
        }
        guard let bodyStart = doc[open.lowerBound...].firstIndex(of: ">") else { throw DocxError(message: "\(name): broken <w:body>") }
        let inner = doc[doc.index(after: bodyStart)..<close.lowerBound]
        // The last section's properties hold the page setup and the header and footer references.
        let sect: Substring
        if let s = inner.range(of: "<w:sectPr", options: .backwards), inner[s.lowerBound...].contains("</w:sectPr>") {
            sect = inner[s.lowerBound...]
        } else {
            sect = Substring(DocxParts.sectionProperties)
        }
        t.set("word/document.xml", String(doc[...bodyStart]) + body + sect + String(doc[close.lowerBound...]))

        // Styles: keep the office's, add rakor's where an id is missing.
        if var styles = t.part("word/styles.xml"), let end = styles.range(of: "</w:styles>", options: .backwards) {
            let missing = DocxParts.styleDefinitions.filter { !styles.contains("w:styleId=\"\($0.id)\"") }.map(\.xml).joined()
            styles.replaceSubrange(end, with: missing + "</w:styles>")
            t.set("word/styles.xml", styles)
        }

        // Numbering: rakor's two lists beside the office's own.
        if var numbering = t.part("word/numbering.xml") {
            if let firstNum = numbering.range(of: "<w:num ") {
                numbering.insert(contentsOf: DocxParts.abstractNumbering, at: firstNum.lowerBound)
            } else if let end = numbering.range(of: "</w:numbering>", options: .backwards) {
                numbering.insert(contentsOf: DocxParts.abstractNumbering, at: end.lowerBound)
            }
            if let end = numbering.range(of: "</w:numbering>", options: .backwards) {
                numbering.insert(contentsOf: DocxParts.numberingInstances, at: end.lowerBound)
            }
            t.set("word/numbering.xml", numbering)
        } else {
            t.set("word/numbering.xml", DocxParts.numbering)
            if var types = t.part("[Content_Types].xml"), let end = types.range(of: "</Types>", options: .backwards) {
                types.insert(contentsOf: "<Override PartName=\"/word/numbering.xml\" ContentType=\"\(DocxParts.numberingContentType)\"/>",
                             at: end.lowerBound)
                t.set("[Content_Types].xml", types)
            }
            let relsPath = "word/_rels/document.xml.rels"
            var rels = t.part(relsPath) ?? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>"
            if let end = rels.range(of: "</Relationships>", options: .backwards) {
                rels.insert(contentsOf: "<Relationship Id=\"rIdRakorNumbering\" Type=\"\(DocxParts.numberingRelType)\" Target=\"numbering.xml\"/>",
                            at: end.lowerBound)
            }
            t.set(relsPath, rels)
        }
        // [Content_Types].xml first, as Word writes it.
        var out = t.parts
        if let i = out.firstIndex(where: { $0.0 == "[Content_Types].xml" }), i != 0 { out.insert(out.remove(at: i), at: 0) }
        return out
    }
}
