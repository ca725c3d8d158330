// The invitation list (daftar undangan) from a spreadsheet: headers in Indonesian or English, in
// any order, a title row or two above them allowed. Each person becomes an invitee not yet
// present; a row that cannot be read is named with its number and why, and nothing is guessed.

/// People read from an invitation list, and the rows that could not be read.
public struct InvitationList: Equatable, Sendable {
    /// A row that was not taken, with its number in the sheet (1-based) and why.
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public var row: Int
        public var message: String
        public var description: String { "row \(row): \(message)" }
    }

    public var people: [AttendeeInfo]
    public var problems: [Problem]

    enum Column: Hashable { case name, nip, role, org, mode, group }

    /// Header names (folded: lower case, letters and digits only) that name each column.
    static let headers: [Column: [String]] = [
        .name: ["nama", "namalengkap", "namapeserta", "name", "fullname"],
        .nip: ["nip", "nipnrp", "nrp", "nik", "employeeid", "idnumber"],
        .role: ["jabatan", "position", "role", "jobtitle", "title"],
        .org: ["instansi", "unitkerja", "satker", "opd", "asalinstansi", "organisasi", "organisation", "organization", "org",
               "agency", "institution"],
        .mode: ["kehadiran", "luringdaring", "mode", "attendance", "hadir"],
        .group: ["kelompok", "kategori", "group", "category"],
    ]

    /// Reads the list from a sheet; `name` names the file in the error when no header is found.
    public static func read(_ table: SpreadsheetTable, name: String) throws(SpreadsheetError) -> InvitationList {
        guard let (headerRow, cols) = table.header(headers, required: .name) else {
            throw SpreadsheetError(message: "\(name): no header row with a name column (nama or name) and one more "
                                   + "(nip, jabatan, instansi) in its first 20 rows")
        }
        var out = InvitationList(people: [], problems: [])
        for (i, row) in table.rows.enumerated() where i > headerRow {
            func cell(_ c: Column) -> String? {
                guard let k = cols[c], k < row.count else { return nil }
                let v = row[k].trimmingWhitespace
                return v.isEmpty ? nil : v
            }
            if row.allSatisfy({ $0.trimmingWhitespace.isEmpty }) { continue }
            guard let person = cell(.name) else {
                out.problems.append(Problem(row: i + 1, message: "no name (the other cells are not empty)"))
                continue
            }
            var mode: String?
            if let m = cell(.mode) {
                switch SpreadsheetTable.fold(m) {
                case "luring", "onsite", "offline", "langsung", "tatapmuka": mode = "onsite"
                case "daring", "online", "virtual", "zoom": mode = "online"
                default:
                    out.problems.append(Problem(row: i + 1, message: "kehadiran \"\(m)\" is neither luring nor daring"))
                    continue
                }
            }
            out.people.append(AttendeeInfo(name: person, nip: cell(.nip), role: cell(.role), org: cell(.org),
                                           mode: mode, group: cell(.group)?.lowercased()))
        }
        return out
    }
}
