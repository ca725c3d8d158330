import Testing
@testable import RakorCore

// Forms of address (issue 10, item 12; domain.md): Bapak/Ibu with the jabatan for officials,
// Sdr./Sdri. for askers, read from the prefixes a name carries and never guessed.

@Suite struct FormsOfAddressTests {
    /// Name, what it marks, the official's form in Indonesian and English, the asker's form in Indonesian.
    static let table: [(String, AddressMark, String, String, String)] = [
        ("HM. Sa'bani", .man, "Bapak HM. Sa'bani", "Mr HM. Sa'bani", "Sdr. HM. Sa'bani"),
        ("HM Sa'bani", .man, "Bapak HM Sa'bani", "Mr HM Sa'bani", "Sdr. HM Sa'bani"),
        ("H. Ahmad Yani", .man, "Bapak H. Ahmad Yani", "Mr H. Ahmad Yani", "Sdr. H. Ahmad Yani"),
        ("Haji Umar", .man, "Bapak Haji Umar", "Mr Haji Umar", "Sdr. Haji Umar"),
        ("Drs. Budi, M.Si.", .man, "Bapak Drs. Budi, M.Si.", "Mr Drs. Budi, M.Si.", "Sdr. Drs. Budi, M.Si."),
        ("KH. Ma'ruf", .man, "Bapak KH. Ma'ruf", "Mr KH. Ma'ruf", "Sdr. KH. Ma'ruf"),
        ("Dr. Drs. H. Fachrori Umar, M.Hum", .man, "Bapak Dr. Drs. H. Fachrori Umar, M.Hum", "Mr Dr. Drs. H. Fachrori Umar, M.Hum",
         "Sdr. Dr. Drs. H. Fachrori Umar, M.Hum"),
        ("Hj. Siti Aminah", .woman, "Ibu Hj. Siti Aminah", "Ms Hj. Siti Aminah", "Sdri. Hj. Siti Aminah"),
        ("Hajjah Nur", .woman, "Ibu Hajjah Nur", "Ms Hajjah Nur", "Sdri. Hajjah Nur"),
        ("Dra. Siti Aminah, M.Si.", .woman, "Ibu Dra. Siti Aminah, M.Si.", "Ms Dra. Siti Aminah, M.Si.", "Sdri. Dra. Siti Aminah, M.Si."),
        ("Ny. Rahayu", .woman, "Ibu Ny. Rahayu", "Ms Ny. Rahayu", "Sdri. Ny. Rahayu"),
        ("Nyonya Rahayu", .woman, "Ibu Nyonya Rahayu", "Ms Nyonya Rahayu", "Sdri. Nyonya Rahayu"),
        ("Prof. Dr. Hj. Aida", .woman, "Ibu Prof. Dr. Hj. Aida", "Ms Prof. Dr. Hj. Aida", "Sdri. Prof. Dr. Hj. Aida"),
        // Neutral titles and plain names: nothing is added.
        ("Ir. Budi Santoso", .unmarked, "Ir. Budi Santoso", "Ir. Budi Santoso", "Ir. Budi Santoso"),
        ("Dr. Budi Santoso", .unmarked, "Dr. Budi Santoso", "Dr. Budi Santoso", "Dr. Budi Santoso"),
        ("Prof. Zudan", .unmarked, "Prof. Zudan", "Prof. Zudan", "Prof. Zudan"),
        ("Bima Haria Wibisana", .unmarked, "Bima Haria Wibisana", "Bima Haria Wibisana", "Bima Haria Wibisana"),
        ("Yuliana Pasang", .unmarked, "Yuliana Pasang", "Yuliana Pasang", "Yuliana Pasang"),
        // A name that begins like a prefix is not one.
        ("Hendra Gunawan", .unmarked, "Hendra Gunawan", "Hendra Gunawan", "Hendra Gunawan"),
        ("Drajat", .unmarked, "Drajat", "Drajat", "Drajat"),
        ("Haryomo Dwi Putranto", .unmarked, "Haryomo Dwi Putranto", "Haryomo Dwi Putranto", "Haryomo Dwi Putranto"),
        // Already addressed, or a rank: written as given.
        ("Sdr. Ahmad Fauzi", .addressed, "Sdr. Ahmad Fauzi", "Sdr. Ahmad Fauzi", "Sdr. Ahmad Fauzi"),
        ("Sdri. Rina Marlina", .addressed, "Sdri. Rina Marlina", "Sdri. Rina Marlina", "Sdri. Rina Marlina"),
        ("Ibu Sari", .addressed, "Ibu Sari", "Ibu Sari", "Ibu Sari"),
        ("Bapak H. Ahmad", .addressed, "Bapak H. Ahmad", "Bapak H. Ahmad", "Bapak H. Ahmad"),
        ("Irjen Pol. Herry Rudolf Nahak", .addressed, "Irjen Pol. Herry Rudolf Nahak", "Irjen Pol. Herry Rudolf Nahak",
         "Irjen Pol. Herry Rudolf Nahak"),
        ("Kombes H. Ade", .addressed, "Kombes H. Ade", "Kombes H. Ade", "Kombes H. Ade"),
        ("", .unmarked, "", "", ""),
    ]

    @Test func theTableOfNames() {
        for (name, mark, official, officialEn, asker) in Self.table {
            #expect(FormsOfAddress.mark(name) == mark, "\(name)")
            #expect(FormsOfAddress.official(name, .id) == official, "\(name)")
            #expect(FormsOfAddress.official(name, .en) == officialEn, "\(name)")
            #expect(FormsOfAddress.asker(name, .id) == asker, "\(name)")
        }
    }

    /// Sentences of the notulen: the jabatan, then Bapak/Ibu only where the name marks it.
    @Test func theNotulenAddressesOfficialsAndAskers() throws {
        let md = NotulenMarkdown.render(Notulen(try reading(SpeakingTimeAppendixTests.session()), lang: .id))
        #expect(md.contains("Kepala BKD Provinsi Kalimantan Timur, Bapak Drs. H. Ahmad Yani, menyampaikan paparan selama 12 menit (alokasi 10 menit)."))
        #expect(md.contains("Kepala Bidang Mutasi BKD Provinsi Kalimantan Timur, Ibu Hj. Siti Aminah, menyampaikan paparan selama 4 menit (alokasi 5 menit)."))
        #expect(md.contains("Kepala Bagian Umum Setda Kota Samarinda, Ir. Budi Santoso, menyampaikan paparan"))
        #expect(md.contains("Andi (BKPSDM Kota Samarinda) menanyakan: Kapan formasi dibuka?"))
        #expect(md.contains("Sdri. Hj. Nur (BKD Kab. Paser) menanyakan: Bagaimana dengan PPPK?"))
        let en = NotulenMarkdown.render(Notulen(try reading(SpeakingTimeAppendixTests.session()), lang: .en))
        #expect(en.contains("Mr Drs. H. Ahmad Yani (Kepala BKD Provinsi Kalimantan Timur) gave a presentation for 12 minutes"))
        #expect(en.contains("Ir. Budi Santoso (Kepala Bagian Umum, Setda Kota Samarinda) gave a presentation"))
        #expect(en.contains("Ms Hj. Nur (BKD Kab. Paser) asked: Bagaimana dengan PPPK?"))
    }

    @Test("a prefix is accepted as written, or without its dot when two letters or more remain")
    func acceptedWordsFollowTheTableRule() {
        let a = FormsOfAddress.accepted
        for (set, table) in [(a.man, FormsOfAddress.man), (a.woman, FormsOfAddress.woman),
                             (a.neutral, FormsOfAddress.neutral), (a.addressed, FormsOfAddress.addressed)] {
            for e in table { #expect(set.contains(e), "\(e)") }
        }
        for w in ["hm", "k.h", "kh", "drs", "tn"] { #expect(a.man.contains(w), "\(w)") }
        for w in ["hj", "hjh", "dra", "ny"] { #expect(a.woman.contains(w), "\(w)") }
        for w in ["ir", "dr", "prof", "drg", "apt", "ns"] { #expect(a.neutral.contains(w), "\(w)") }
        for w in ["bpk", "sdr", "sdri", "yth", "mr", "mrs", "ms"] { #expect(a.addressed.contains(w), "\(w)") }
        // "h." without its dot leaves one letter: not a prefix. An entry without a dot takes none.
        #expect(!a.man.contains("h") && !a.man.contains("haji.") && !a.addressed.contains("ibu."))
        for w in ["", ".", "budi", "santoso", "x."] {
            #expect(![a.man, a.woman, a.neutral, a.addressed].contains { $0.contains(w) }, "\(w)")
        }
    }
}
