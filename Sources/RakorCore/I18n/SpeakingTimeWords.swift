// The words of the notulen's speaking-time appendix (issue 10), in Indonesian and English, kept
// here so a notulis can review them.

/// Fixed words of the speaking-time appendix in one language.
public struct SpeakingTimeWords: Sendable {
    /// "Catatan Waktu Bicara", after "Lampiran II: ".
    public var title: String
    /// The sentence under the title: what is counted and how it is sorted.
    public var intro: String
    /// The per-person table's heading (a sub-heading in the .docx's Lampiran I).
    public var personHeading: String
    /// Column heads of the per-person table.
    public var personColumns: [String]
    /// The name and instansi in one column, as the plain-text notulen prints them (80 columns).
    public var personAndOrg: String
    /// The per-instansi table's heading.
    public var orgHeading: String
    /// Column heads of the per-instansi table.
    public var orgColumns: [String]

    public static func of(_ lang: Language) -> SpeakingTimeWords {
        switch lang {
        case .id:
            return SpeakingTimeWords(
                title: "Catatan Waktu Bicara",
                intro: "Waktu bicara setiap orang selama rapat (paparan, sambutan, pertanyaan, tanggapan, dan interupsi), "
                    + "dari yang terlama; selisih dihitung terhadap alokasi waktu yang diberikan.",
                personHeading: "Waktu bicara per orang",
                personColumns: ["No", "Nama", "Instansi", "Giliran", "Waktu bicara", "Alokasi", "Selisih"],
                personAndOrg: "Nama / Instansi",
                orgHeading: "Waktu bicara per instansi",
                orgColumns: ["No", "Instansi", "Orang", "Giliran", "Waktu bicara"])
        case .en:
            return SpeakingTimeWords(
                title: "Speaking Time",
                intro: "Each person's speaking time in the meeting (presentations, remarks, questions, answers and points of order), "
                    + "longest first; the difference is against the time allotted.",
                personHeading: "Speaking time per person",
                personColumns: ["No", "Name", "Organisation", "Turns", "Speaking time", "Allotted", "Difference"],
                personAndOrg: "Name / Organisation",
                orgHeading: "Speaking time per organisation",
                orgColumns: ["No", "Organisation", "People", "Turns", "Speaking time"])
        }
    }
}
