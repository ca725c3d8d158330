// Forms of address in the notulen (domain.md): "Bapak/Ibu" with the jabatan for officials
// ("Sekretaris Daerah Provinsi Kalimantan Timur, Bapak HM. Sa'bani"), "Sdr./Sdri." for those who
// ask. The log has no honorific field (speaker.queued gives name, jabatan, instansi), so the form
// is read from the prefixes an Indonesian name carries; a name that carries none gets none, since
// a wrong "Bapak" before a woman's name is worse than none. A notulis reviews the tables here.

/// What the prefixes of a name say about how to address the person.
public enum AddressMark: Equatable, Sendable {
    /// A prefix marks a man (H., Haji, HM., Drs., KH., Kyai, Tn.).
    case man
    /// A prefix marks a woman (Hj., Hajjah, Dra., Ny., Nyonya).
    case woman
    /// The name opens with its own form of address or a rank (Bapak, Ibu, Sdr., Kombes): written as given.
    case addressed
    /// Nothing marks it: no honorific is added.
    case unmarked
}

/// The prefix tables and the words of address, in Indonesian and English.
public enum FormsOfAddress {
    /// Prefixes that mark a man, compared without case; a dot may be left off ("HM Sa'bani").
    public static let man: [String] = ["h.", "hm.", "haji", "drs.", "kh.", "k.h.", "kyai", "tn.", "tuan"]
    /// Prefixes that mark a woman.
    public static let woman: [String] = ["hj.", "hjh.", "hajjah", "hajah", "dra.", "ny.", "nyonya"]
    /// Titles that say nothing of whom they name: passed over while looking for one that does
    /// ("Dr. Drs. H. Fachrori Umar" is marked by its "Drs." and "H.").
    public static let neutral: [String] = ["ir.", "dr.", "prof.", "drg.", "apt.", "ns."]
    /// Words that already address the person, and military and police ranks (the rank is the form of address).
    public static let addressed: [String] = [
        "bapak", "bpk.", "pak", "ibu", "bu", "sdr.", "sdri.", "saudara", "saudari", "yth.", "mr.", "mrs.", "ms.",
        "jenderal", "letjen", "mayjen", "brigjen", "kolonel", "letkol", "mayor", "kapten", "lettu", "letda",
        "komjen", "irjen", "kombes", "akbp", "kompol", "akp", "iptu", "ipda", "laksamana", "laksda",
        "laksma", "marsekal", "marsda", "marsma",
    ]

    /// The words put before an official's name: "Bapak" / "Ibu"; "Mr" / "Ms" in English.
    public static func officialWord(_ mark: AddressMark, _ lang: Language) -> String? {
        switch (mark, lang) {
        case (.man, .id): return "Bapak"
        case (.woman, .id): return "Ibu"
        case (.man, .en): return "Mr"
        case (.woman, .en): return "Ms"
        default: return nil
        }
    }

    /// The words put before an asker's name: "Sdr." / "Sdri."; "Mr" / "Ms" in English.
    public static func askerWord(_ mark: AddressMark, _ lang: Language) -> String? {
        switch (mark, lang) {
        case (.man, .id): return "Sdr."
        case (.woman, .id): return "Sdri."
        case (.man, .en): return "Mr"
        case (.woman, .en): return "Ms"
        default: return nil
        }
    }

    /// What the leading words of `name` say: the first prefix that marks a man or a woman, or
    /// that addresses the person, after any neutral titles; unmarked when the name begins otherwise.
    public static func mark(_ name: String) -> AddressMark {
        marks.value(ExactText(name)) { markOnce($0.text) }
    }

    private static let marks = PureMemo<ExactText, AddressMark>()

    private static func markOnce(_ name: String) -> AddressMark {
        for word in name.split(separator: " ") {
            let w = word.lowercased().trimmingSuffix(",")
            if accepted.addressed.contains(w) { return .addressed }
            if accepted.woman.contains(w) { return .woman }
            if accepted.man.contains(w) { return .man }
            if accepted.neutral.contains(w) { continue }
            return .unmarked
        }
        return .unmarked
    }

    /// The words each table accepts, built once: an export asks the mark of every speaker's name in
    /// every paragraph.
    static let accepted = (addressed: acceptedWords(addressed), woman: acceptedWords(woman), man: acceptedWords(man),
                           neutral: acceptedWords(neutral))

    /// A word matches an entry as written, or without the entry's dot when two letters or more remain.
    static func acceptedWords(_ table: [String]) -> Set<String> {
        var words = Set(table)
        for e in table where e.hasSuffix(".") {
            let bare = String(e.dropLast())
            if bare.count >= 2 { words.insert(bare) }
        }
        return words
    }

    /// "Bapak HM. Sa'bani" for an official, the name alone when nothing marks it.
    public static func official(_ name: String, _ lang: Language) -> String {
        officialWord(mark(name), lang).map { "\($0) \(name)" } ?? name
    }

    /// "Sdri. Hj. Nurhayati" for an asker, the name alone when nothing marks it.
    public static func asker(_ name: String, _ lang: Language) -> String {
        askerWord(mark(name), lang).map { "\($0) \(name)" } ?? name
    }
}

private extension String {
    func trimmingSuffix(_ s: String) -> String { hasSuffix(s) ? String(dropLast(s.count)) : self }
}
