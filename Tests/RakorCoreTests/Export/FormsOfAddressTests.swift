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

    @Test("the sets the mark looks words up in accept exactly what the table rule accepts")
    func acceptedWordsAreTheRule() {
        let tables = [FormsOfAddress.man, FormsOfAddress.woman, FormsOfAddress.neutral, FormsOfAddress.addressed]
        // Every entry, each without its dot, each cut to one letter, with a dot added, and words of no table.
        var words = ["", ".", "h", "hm", "k.h", "kh", "drs", "dra", "ir", "dr", "ny", "bpk", "sdr", "sdri", "yth", "mr", "ms",
                     "budi", "santoso", "haji.", "ibu.", "bu.", "tuan.", "x.", "hj", "hjh"]
        for t in tables {
            for e in t {
                words += [e, String(e.dropLast()), String(e.prefix(1)), e + ".", e + ","]
            }
        }
        for t in tables {
            let accepted = FormsOfAddress.acceptedWords(t)
            for w in words {
                #expect(accepted.contains(w) == FormsOfAddress.matches(w, t), "\(w) in \(t.prefix(3))…")
            }
        }
        // The sets are not empty and hold the bare forms the rule allows.
        #expect(FormsOfAddress.accepted.man.contains("hm") && FormsOfAddress.accepted.woman.contains("hj"))
        #expect(!FormsOfAddress.accepted.man.contains("h"))
    }
}
