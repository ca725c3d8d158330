// The susunan acara as the panitia typed it into a spreadsheet, turned into an agenda file.
//
// Columns are found by their header (waktu/jam, acara/kegiatan, pengisi/narasumber/petugas,
// keterangan), in any order, under a title row or two. Times are "08.00 – 08.30", "08.00-08.30",
// "08.00 s.d. 08.30" or "08.00" (the length then runs to the next row's start). Kinds are guessed
// from the words and shown for checking. A row that cannot be read is named with its number.

/// A rundown read from a spreadsheet, ready to be written as an agenda file.
public struct AgendaImport: Equatable, Sendable {
    /// One row of the rundown.
    public struct Row: Equatable, Sendable {
        /// The row's number in the sheet (1-based).
        public var sheetRow: Int
        public var title: String
        /// "08:00".
        public var start: String
        public var minutes: Int
        public var kind: ItemKind
        /// The word the kind was guessed from, or nil when none matched (kind `other`).
        public var guessedFrom: String?
        public var speaker: String?
        public var note: String?
    }

    /// A row that was not taken, and why.
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public var row: Int
        public var message: String
        public var description: String { "row \(row): \(message)" }
    }

    /// The title row above the header, if the sheet has one ("SUSUNAN ACARA RAKOR …").
    public var title: String?
    public var rows: [Row]
    public var problems: [Problem]

    enum Column: Hashable { case time, title, speaker, note }

    static let headers: [Column: [String]] = [
        .time: ["waktu", "jam", "pukul", "time", "wita", "wib", "wit", "waktuwib", "waktuwita", "waktuwit"],
        .title: ["acara", "kegiatan", "agenda", "materi", "uraian", "uraianacara", "item", "activity", "susunanacara"],
        .speaker: ["pengisi", "narasumber", "pengisinarasumber", "pengisiacara", "petugas", "pembicara", "penanggungjawab",
                   "pj", "speaker", "presenter", "by"],
        .note: ["keterangan", "ket", "catatan", "note", "notes", "remarks"],
    ]

    /// The kinds and the words that give them, first match wins (so "Penutupan dan doa" is closing).
    static let kindWords: [(ItemKind, [String])] = [
        (.break, ["ishoma", "istirahat", "coffee break", "rehat", "makan siang", "break", "lunch"]),
        (.qa, ["tanya jawab", "diskusi", "dialog", "q&a", "question", "discussion"]),
        (.conclusion, ["kesimpulan", "rumusan", "perumusan", "conclusion", "resolution"]),
        (.closing, ["penutupan", "penutup", "closing"]),
        (.opening, ["pembukaan", "pembuka", "registrasi", "opening", "registration", "lagu indonesia raya", "doa"]),
        (.report, ["laporan", "report"]),
        (.remarks, ["sambutan", "arahan", "pengarahan", "remarks", "keynote", "welcome"]),
        (.presentation, ["paparan", "pemaparan", "presentasi", "materi", "narasumber", "sesi", "presentation", "session"]),
    ]

    /// Reads the rundown from a sheet; `name` names the file when no header is found.
    public static func read(_ table: SpreadsheetTable, name: String) throws(SpreadsheetError) -> AgendaImport {
        guard let (headerRow, cols) = table.header(headers, required: .title), cols[.time] != nil else {
            throw SpreadsheetError(message: "\(name): no header row with a waktu column (waktu, jam or time) and an acara "
                                   + "column (acara, kegiatan or agenda) in its first 20 rows")
        }
        var out = AgendaImport(title: nil, rows: [], problems: [])
        // A title row: the first non-empty cell above the header.
        for row in table.rows.prefix(headerRow) {
            if let first = row.first(where: { !$0.trimmingWhitespace.isEmpty }), out.title == nil {
                out.title = first.trimmingWhitespace
            }
        }
        struct Pending { var row: Int; var title: String; var start: Int; var end: Int?; var speaker: String?; var note: String? }
        var pending: [Pending] = []
        for (i, row) in table.rows.enumerated() where i > headerRow {
            func cell(_ c: Column) -> String? {
                guard let k = cols[c], k < row.count else { return nil }
                let v = row[k].trimmingWhitespace
                return v.isEmpty ? nil : v
            }
            if row.allSatisfy({ $0.trimmingWhitespace.isEmpty }) { continue }
            let n = i + 1
            guard let title = cell(.title) else {
                out.problems.append(Problem(row: n, message: "no acara (the waktu or other cells are filled, the acara is empty)"))
                continue
            }
            guard let w = cell(.time) else {
                out.problems.append(Problem(row: n, message: "no waktu for \"\(title)\""))
                continue
            }
            guard let (start, end) = timeRange(w) else {
                out.problems.append(Problem(row: n, message: "waktu \"\(w)\" is not a time such as 08.00 – 08.30, 08.00-08.30 or 08.00"))
                continue
            }
            if let end, end <= start {
                out.problems.append(Problem(row: n, message: "waktu \"\(w)\" ends before it starts"))
                continue
            }
            if let last = pending.last, start < last.start {
                out.problems.append(Problem(row: n, message: "starts at \(clock(start)), before the row above (\(clock(last.start)))"))
                continue
            }
            pending.append(Pending(row: n, title: title, start: start, end: end, speaker: cell(.speaker), note: cell(.note)))
        }
        for (k, p) in pending.enumerated() {
            let end = p.end ?? (k + 1 < pending.count ? pending[k + 1].start : nil)
            guard let end, end > p.start else {
                out.problems.append(Problem(row: p.row, message: "\"\(p.title)\" has only a start time and no row after it: "
                                            + "write its end (\(clock(p.start)) – …)"))
                continue
            }
            let (kind, word) = guessKind(p.title)
            out.rows.append(Row(sheetRow: p.row, title: p.title, start: clock(p.start).replacingOccurrences(of: ".", with: ":"),
                                minutes: end - p.start, kind: kind, guessedFrom: word, speaker: p.speaker, note: p.note))
        }
        return out
    }

    /// Minutes of the day from "08.00 – 08.30", "08.00-08.30", "08:00 s.d. 08:30", "08.00 WIB" or a spreadsheet time (0.333…).
    static func timeRange(_ s: String) -> (Int, Int?)? {
        if let d = Double(s), d >= 0, d < 1, s.contains(".") || s == "0" {
            let m = Int((d * 24 * 60).rounded())
            return (m, nil)
        }
        var t = s.lowercased()
        for zone in ["wib", "wita", "wit"] { t = t.replacingOccurrences(of: zone, with: "") }
        for sep in ["s.d.", "s/d", "sd", "sampai", "until", "–", "—", "−", "~", " to "] { t = t.replacingOccurrences(of: sep, with: "-") }
        let parts = t.split(separator: "-").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        guard (1...2).contains(parts.count), let a = minutes(parts[0]) else { return nil }
        if parts.count == 1 { return (a, nil) }
        guard let b = minutes(parts[1]) else { return nil }
        return (a, b)
    }

    /// "08.00", "8:00", "08.00.00" as minutes of the day.
    static func minutes(_ s: String) -> Int? {
        let p = s.split(whereSeparator: { $0 == "." || $0 == ":" }).map(String.init)
        guard (2...3).contains(p.count), p.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }),
              let h = Int(p[0]), let m = Int(p[1]), (0..<24).contains(h) || (h == 24 && m == 0), (0..<60).contains(m) else { return nil }
        return h * 60 + m
    }

    static func clock(_ m: Int) -> String {
        let h = m / 60, mm = m % 60
        return (h < 10 ? "0" : "") + "\(h)." + (mm < 10 ? "0" : "") + "\(mm)"
    }

    /// The kind a title's words suggest, and the word; `other` and nil when none does.
    static func guessKind(_ title: String) -> (ItemKind, String?) {
        let t = " " + title.lowercased() + " "
        for (kind, words) in kindWords {
            for w in words where t.contains(w) { return (kind, w) }
        }
        return (.other, nil)
    }
}

extension AgendaImport {
    /// The agenda file (docs/agenda.md): a comment on where it came from, each item with its guessed kind said in a comment.
    public func agendaFile(source: String, title fallback: String) -> String {
        func q(_ s: String) -> String { TOMLQuote.string(s) }
        var out = "# Susunan acara imported by `rakor agenda import` from \(TOMLQuote.comment(source)).\n"
        out += "# Check each item's kind (guessed from its words) and the title before the meeting; then\n"
        out += "# `rakor run --agenda FILE` starts a session on it.\n\n"
        out += "title = \(q(title ?? fallback))\n"
        out += "lang = \"id\"\n"
        for r in rows {
            out += "\n[[items]]\n"
            out += "# row \(r.sheetRow): kind \(r.kind.rawValue)"
                + (r.guessedFrom.map { " (guessed from \"\(TOMLQuote.comment($0))\")" } ?? " (no word matched: check it)") + "\n"
            if let note = r.note { out += "# keterangan: \(TOMLQuote.comment(note))\n" }
            out += "title = \(q(r.title))\n"
            out += "kind = \"\(r.kind.rawValue)\"\n"
            out += "start = \"\(r.start)\"\n"
            out += "minutes = \(r.minutes)\n"
            if let sp = r.speaker, r.kind != .break {
                out += "\n[[items.speakers]]\nname = \(q(sp))\n"
            } else if let sp = r.speaker {
                out += "# pengisi: \(TOMLQuote.comment(sp))\n"
            }
        }
        return out
    }
}

/// Quoting for the TOML rakor writes.
enum TOMLQuote {
    /// A basic string (the one quoting `TOML` also writes keys with).
    static func string(_ s: String) -> String { TOML.quote(s) }

    /// Text for a comment: one line, no control characters.
    static func comment(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}
