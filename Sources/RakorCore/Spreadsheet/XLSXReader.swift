import Foundation
import SWXMLHash
import ZIPFoundation

/// Reads the first sheet of an .xlsx workbook (Office Open XML) into text cells.
///
/// Shared and inline strings, numbers and booleans are read as the text they hold; a merged
/// range's value is carried down its first column (a narasumber spanning two rows) but not across
/// (a title merged over the header keeps its other cells blank).
enum XLSXReader {
    static func firstSheet(_ data: Data, name: String) throws(SpreadsheetError) -> SpreadsheetTable {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch {
            throw SpreadsheetError(message: "\(name): not an .xlsx workbook (not a ZIP archive)")
        }
        func part(_ path: String) throws(SpreadsheetError) -> Data? {
            guard let entry = archive[path] else { return nil }
            var out = Data()
            do { _ = try archive.extract(entry) { out.append($0) } } catch {
                throw SpreadsheetError(message: "\(name): \(path) cannot be read (\(error))")
            }
            return out
        }
        guard let workbook = try part("xl/workbook.xml") else {
            throw SpreadsheetError(message: "\(name): not an .xlsx workbook (no xl/workbook.xml)")
        }
        // The first sheet in the workbook's order, found through its relationship.
        let wb = XMLHash.parse(workbook)
        var sheetPath = "xl/worksheets/sheet1.xml"
        if let rid = wb["workbook"]["sheets"]["sheet"].all.first?.element?.attribute(by: "r:id")?.text,
           let rels = try part("xl/_rels/workbook.xml.rels") {
            for rel in XMLHash.parse(rels)["Relationships"]["Relationship"].all {
                guard rel.element?.attribute(by: "Id")?.text == rid, let target = rel.element?.attribute(by: "Target")?.text else { continue }
                sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        guard let sheet = try part(sheetPath) else {
            throw SpreadsheetError(message: "\(name): the workbook has no sheet at \(sheetPath)")
        }
        var shared: [String] = []
        if let ss = try part("xl/sharedStrings.xml") {
            shared = XMLHash.parse(ss)["sst"]["si"].all.map { si in
                // Rich text runs hold the text in r/t; phonetic hints (rPh) are not part of it.
                let runs = si["r"].all
                if runs.isEmpty { return si["t"].element?.recursiveText ?? "" }
                return runs.map { $0["t"].element?.recursiveText ?? "" }.joined()
            }
        }

        let ws = XMLHash.parse(sheet)["worksheet"]
        var grid: [Int: [Int: String]] = [:]
        var maxRow = 0, maxCol = 0
        var nextRow = 1
        for row in ws["sheetData"]["row"].all {
            let r = row.element?.attribute(by: "r").flatMap { Int($0.text) } ?? nextRow
            nextRow = r + 1
            var nextCol = 1
            for c in row["c"].all {
                guard let el = c.element else { continue }
                let col = el.attribute(by: "r").flatMap { columnNumber($0.text) } ?? nextCol
                nextCol = col + 1
                let type = el.attribute(by: "t")?.text ?? "n"
                let raw = c["v"].element?.text
                let value: String
                switch type {
                case "s": value = raw.flatMap(Int.init).flatMap { $0 < shared.count ? shared[$0] : nil } ?? ""
                case "inlineStr": value = c["is"].element?.recursiveText ?? ""
                case "b": value = raw == "1" ? "TRUE" : "FALSE"
                default: value = raw ?? ""
                }
                guard !value.isEmpty else { continue }
                grid[r, default: [:]][col] = value
                maxRow = max(maxRow, r); maxCol = max(maxCol, col)
            }
        }
        for m in ws["mergeCells"]["mergeCell"].all {
            guard let ref = m.element?.attribute(by: "ref")?.text else { continue }
            let ends = ref.split(separator: ":").map(String.init)
            guard ends.count == 2, let a = cellRef(ends[0]), let b = cellRef(ends[1]), let v = grid[a.row]?[a.col] else { continue }
            if b.row > a.row {
                for r in (a.row + 1)...b.row where grid[r]?[a.col] == nil {
                    grid[r, default: [:]][a.col] = v
                    maxRow = max(maxRow, r)
                }
            }
        }
        guard maxRow > 0 else { return SpreadsheetTable(rows: []) }
        let rows = (1...maxRow).map { r in (1...max(maxCol, 1)).map { c in grid[r]?[c] ?? "" } }
        return SpreadsheetTable(rows: rows)
    }

    /// "C12" as row 12, column 3.
    static func cellRef(_ s: String) -> (row: Int, col: Int)? {
        let letters = s.prefix { $0.isLetter }
        guard let col = columnNumber(String(letters)), let row = Int(s.dropFirst(letters.count)) else { return nil }
        return (row, col)
    }

    /// "C" or "C12" as column 3; "AA" as 27.
    static func columnNumber(_ s: String) -> Int? {
        var n = 0
        var any = false
        for ch in s.uppercased() {
            guard let a = ch.asciiValue else { return nil }
            guard a >= 65 && a <= 90 else { break }
            n = n * 26 + Int(a - 64)
            any = true
        }
        return any ? n : nil
    }
}
