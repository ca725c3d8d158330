import Foundation
import SwiftCSV

/// Why a spreadsheet could not be read at all (a row that cannot be read is a problem, not this).
public struct SpreadsheetError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// A sheet as rows of text cells, whether it came from a CSV file or an .xlsx workbook.
public struct SpreadsheetTable: Equatable, Sendable {
    /// The rows in order, each padded to the same width; row 1 is `rows[0]`.
    public var rows: [[String]]

    public init(rows: [[String]]) {
        let width = rows.map(\.count).max() ?? 0
        self.rows = rows.map { $0 + Array(repeating: "", count: width - $0.count) }
    }

    /// Reads `path` as CSV or, when it ends in .xlsx, as the first sheet of a workbook.
    public static func load(path: String) throws(SpreadsheetError) -> SpreadsheetTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SpreadsheetError(message: "\(path): cannot read the file (no such file, or not readable)")
        }
        if path.lowercased().hasSuffix(".xlsx") { return try XLSXReader.firstSheet(data, name: path) }
        if path.lowercased().hasSuffix(".xls") || path.lowercased().hasSuffix(".ods") {
            throw SpreadsheetError(message: "\(path): save the sheet as .xlsx or .csv first (this reads CSV and .xlsx)")
        }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try XLSXReader.firstSheet(data, name: path) }
        return try csv(data, name: path)
    }

    /// CSV as Excel and LibreOffice write it: UTF-8 with or without a byte-order mark, `,` or `;` between cells.
    public static func csv(_ data: Data, name: String) throws(SpreadsheetError) -> SpreadsheetTable {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            throw SpreadsheetError(message: "\(name): not UTF-8 text; save it as \"CSV UTF-8\" (Excel) or with the UTF-8 character set (LibreOffice)")
        }
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        guard !text.trimmingWhitespace.isEmpty else { throw SpreadsheetError(message: "\(name): the file is empty") }
        let delimiter = guessDelimiter(text)
        do {
            let csv = try EnumeratedCSV(string: text, delimiter: delimiter, loadColumns: false)
            return SpreadsheetTable(rows: [csv.header] + csv.rows)
        } catch {
            throw SpreadsheetError(message: "\(name): cannot be read as CSV (\(error))")
        }
    }

    /// `;` where the first lines hold more of them than of `,` (Excel in an Indonesian locale writes `;`).
    static func guessDelimiter(_ text: String) -> CSVDelimiter {
        var semicolons = 0, commas = 0, tabs = 0, inQuotes = false, lines = 0
        for c in text {
            switch c {
            case "\"": inQuotes.toggle()
            case ";" where !inQuotes: semicolons += 1
            case "," where !inQuotes: commas += 1
            case "\t" where !inQuotes: tabs += 1
            case "\n" where !inQuotes:
                lines += 1
                if lines >= 10 { break }
            default: break
            }
            if lines >= 10 { break }
        }
        if tabs > semicolons && tabs > commas { return .tab }
        return semicolons > commas ? .semicolon : .comma
    }
}

extension SpreadsheetTable {
    /// A header cell folded for matching: lower case, letters and digits only ("Pengisi / Narasumber" gives "pengisinarasumber").
    static func fold(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// The first row (of the first twenty) in which `required` names a column, and every column it names:
    /// a title row or two above the header are common.
    func header<Field: Hashable>(_ names: [Field: [String]], required: Field) -> (row: Int, columns: [Field: Int])? {
        for (r, row) in rows.prefix(20).enumerated() {
            var found: [Field: Int] = [:]
            for (c, cell) in row.enumerated() {
                let f = Self.fold(cell)
                guard !f.isEmpty else { continue }
                for (field, aliases) in names where found[field] == nil && aliases.contains(f) {
                    found[field] = c
                    break
                }
            }
            if found[required] != nil, found.count >= 2 { return (r, found) }
        }
        return nil
    }
}
