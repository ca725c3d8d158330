// The words of the office documents (the notulen as .docx, the daftar hadir, the tindak lanjut
// table, the timing appendix) in Indonesian and English, kept here so a notulis can review them.

/// Fixed words of the .docx notulen and its attachments, in one language.
public struct DocumentWords: Sendable {
    /// Column heads of the tindak lanjut table.
    public var actionColumns: [String]
    /// "Lampiran I: Catatan Waktu".
    public var timingTitle: String
    /// Column heads of the timing appendix.
    public var timingColumns: [String]
    /// "Lampiran II: Daftar Hadir" (or "Lampiran I" when there is no timing appendix).
    public var attendanceTitle: @Sendable (_ number: String) -> String
    /// Column heads of the daftar hadir.
    public var attendanceColumns: [String]
    /// "Luring" / "In person".
    public var onsite: String
    /// "Daring" / "Online".
    public var online: String
    /// "pulang 11.30" / "left 11:30".
    public var left: @Sendable (_ clock: String) -> String
    /// "Lampiran" numerals.
    public var attachment: String
    /// "Peserta" counts from the list: present, in the room, online, invited.
    public var listCounts: @Sendable (_ present: Int, _ onsite: Int, _ online: Int, _ invited: Int) -> String
    /// The title of the document's properties (docProps).
    public var documentTitle: String

    public static func of(_ lang: Language) -> DocumentWords {
        switch lang {
        case .id:
            return DocumentWords(
                actionColumns: ["No", "Tindak lanjut", "Penanggung jawab", "Batas waktu"],
                timingTitle: "Catatan Waktu",
                timingColumns: ["No", "Acara", "Rencana", "Pelaksanaan", "Durasi", "Selisih"],
                attendanceTitle: { "Lampiran \($0): Daftar Hadir" },
                attendanceColumns: ["No", "Nama", "NIP", "Jabatan", "Instansi", "Keterangan", "Tanda tangan"],
                onsite: "Luring", online: "Daring",
                left: { "pulang \($0)" },
                attachment: "Lampiran",
                listCounts: { present, onsite, online, invited in
                    var s = "Daftar hadir: \(present) orang hadir"
                    if onsite > 0 && online > 0 { s += " (\(onsite) luring, \(online) daring)" }
                    else if online > 0 { s += " (daring)" } else if onsite > 0 { s += " (luring)" }
                    if invited > 0 { s += " dari \(invited) orang yang diundang" }
                    return s
                },
                documentTitle: "Notulen Rapat")
        case .en:
            return DocumentWords(
                actionColumns: ["No", "Action", "Responsible", "Due"],
                timingTitle: "Timing",
                timingColumns: ["No", "Item", "Planned", "Held", "Duration", "Difference"],
                attendanceTitle: { "Attachment \($0): Attendance List" },
                attendanceColumns: ["No", "Name", "NIP", "Position", "Organisation", "Note", "Signature"],
                onsite: "In person", online: "Online",
                left: { "left \($0)" },
                attachment: "Attachment",
                listCounts: { present, onsite, online, invited in
                    var s = "Attendance list: \(present) present"
                    if onsite > 0 && online > 0 { s += " (\(onsite) in person, \(online) online)" }
                    else if online > 0 { s += " (online)" } else if onsite > 0 { s += " (in person)" }
                    if invited > 0 { s += " of \(invited) invited" }
                    return s
                },
                documentTitle: "Minutes of Meeting")
        }
    }

    /// A group's name as the daftar hadir shows it ("Narasumber"); nil for ordinary peserta.
    public static func group(_ g: String?, _ lang: Language) -> String? {
        guard let g, !g.isEmpty, g != "peserta" else { return nil }
        switch (g, lang) {
        case ("narasumber", .en): return "Speaker"
        case ("pimpinan", .en): return "Chair"
        case ("panitia", .en): return "Organising committee"
        default: return g.prefix(1).uppercased() + g.dropFirst()
        }
    }
}
