import Testing
@testable import RakorCore

// The notulen's speaking-time appendix (issue 10, item 9): per person and per instansi, the
// figures of SessionState.speakingTime (the W overlay's and the CSV's), in every format.

@Suite struct SpeakingTimeAppendixTests {
    /// Three presentations (over, under, no allotment shown), two questions, then closed.
    static func session() -> SampleSession {
        var s = SampleSession(header: SessionHeader(
            sessionId: "test-time-1", title: "Rakor Kepegawaian 2024",
            startedAtMs: RFC3339.parse("2024-03-14T00:30:00Z")!, tz: "Asia/Makassar", lang: "id",
            venue: "Ruang Rapat BKD, Samarinda", mode: "onsite", chair: "Rina", notetaker: "Rina Wulandari"))
        s.create(.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: 1800)))
        s.create(.rundown(.addItem(title: "Tanya jawab", kind: .qa, plannedS: 1800)))
        s.at("09.00")
        s.run(.rundown(.startItem()))
        s.run(.floor(.queueSpeaker(name: "Drs. H. Ahmad Yani", role: "Kepala BKD Provinsi Kalimantan Timur",
                                   org: "BKD Provinsi Kalimantan Timur", allottedS: 600)))
        s.run(.floor(.startNextSpeaker()))
        s.at("09.12")
        s.run(.floor(.endTurn))
        s.run(.floor(.queueSpeaker(name: "Hj. Siti Aminah", role: "Kepala Bidang Mutasi", org: "BKD Provinsi Kalimantan Timur",
                                   allottedS: 300)))
        s.run(.floor(.startNextSpeaker()))
        s.at("09.16")
        s.run(.floor(.endTurn))
        s.run(.floor(.queueSpeaker(name: "Ir. Budi Santoso", role: "Kepala Bagian Umum", org: "Setda Kota Samarinda",
                                   allottedS: 60)))
        s.run(.floor(.startNextSpeaker()))
        s.at("09.17")
        s.run(.floor(.endTurn))
        s.run(.rundown(.startItem()))
        s.run(.qa(.openRound(maxQuestions: 3)))
        s.run(.qa(.queueQuestion(asker: "Andi", org: "BKPSDM Kota Samarinda", text: "Kapan formasi dibuka?", allottedS: 180)))
        s.run(.qa(.queueQuestion(asker: "Hj. Nur", org: "BKD Kab. Paser", text: "Bagaimana dengan PPPK?", allottedS: 180)))
        s.run(.qa(.startQuestion()))
        s.at("09.20")
        s.run(.floor(.endTurn))
        s.run(.qa(.startQuestion()))
        s.at("09.21")
        s.run(.floor(.endTurn))
        s.run(.session(.close))
        return s
    }

    @Test func peopleAndInstansiLongestFirstWithOverAndUnder() throws {
        let r = try reading(Self.session())
        let a = try #require(SpeakingTimeAppendix(r.state, lang: .id))
        #expect(a.personColumns == ["No", "Nama", "Instansi", "Giliran", "Waktu bicara", "Alokasi", "Selisih"])
        #expect(a.people == [
            ["1", "Drs. H. Ahmad Yani", "BKD Provinsi Kalimantan Timur", "1", "12 menit", "10 menit", "+2 menit"],
            ["2", "Hj. Siti Aminah", "BKD Provinsi Kalimantan Timur", "1", "4 menit", "5 menit", "−1 menit"],
            ["3", "Andi", "BKPSDM Kota Samarinda", "1", "3 menit", "3 menit", "±0"],
            ["4", "Ir. Budi Santoso", "Setda Kota Samarinda", "1", "1 menit", "1 menit", "±0"],
            ["5", "Hj. Nur", "BKD Kab. Paser", "1", "1 menit", "3 menit", "−2 menit"],
        ])
        #expect(a.orgs == [
            ["1", "BKD Provinsi Kalimantan Timur", "2", "2", "16 menit"],
            ["2", "BKPSDM Kota Samarinda", "1", "1", "3 menit"],
            ["3", "Setda Kota Samarinda", "1", "1", "1 menit"],
            ["4", "BKD Kab. Paser", "1", "1", "1 menit"],
        ])
        // The same figures as the W overlay and the CSV: one computation.
        let rows = r.state.speakingTime(now: r.state.closedT ?? r.state.lastT)
        #expect(a.people.map { $0[1] } == rows.map(\.name))
        #expect(SpeakingTimeRow.byOrg(rows).map(\.org) == a.orgs.map { $0[1] })
    }

    @Test func everyFormatEndsWithTheAppendix() throws {
        let r = try reading(Self.session())
        let id = Notulen(r, lang: .id), en = Notulen(r, lang: .en)
        let md = NotulenMarkdown.render(id)
        #expect(md.contains("\n## Lampiran I: Catatan Waktu Bicara\n"))
        #expect(md.contains("| 1 | Drs. H. Ahmad Yani | BKD Provinsi Kalimantan Timur | 1 | 12 menit | 10 menit | +2 menit |"))
        #expect(md.contains("### Waktu bicara per instansi"))
        #expect(md.hasSuffix("| 4 | BKD Kab. Paser | 1 | 1 | 1 menit |\n"))
        let txt = NotulenText.render(id)
        #expect(txt.contains("LAMPIRAN I: CATATAN WAKTU BICARA"))
        #expect(txt.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(txt.contains("|  1 | Drs. H. Ahmad Yani       |       1 |     12 menit | 10 menit | +2 menit |\n|    | BKD Provinsi Kalimantan  |"))
        let html = NotulenHTML.render(id)
        #expect(html.contains("<h2 class=\"attachment\">Lampiran I: Catatan Waktu Bicara</h2>"))
        #expect(html.contains("<td>Hj. Siti Aminah</td>"))
        #expect(NotulenMarkdown.render(en).contains("## Attachment I: Speaking Time"))
        #expect(NotulenMarkdown.render(en).contains("| 1 | Drs. H. Ahmad Yani | BKD Provinsi Kalimantan Timur | 1 | 12 minutes | 10 minutes | +2 minutes |"))
    }

    @Test func afterTheDaftarHadirItIsLampiranII() throws {
        let md = NotulenMarkdown.render(Notulen(try reading(attendanceSession()), lang: .id))
        let hadir = try #require(md.range(of: "## Lampiran I: Daftar Hadir"))
        let time = try #require(md.range(of: "## Lampiran II: Catatan Waktu Bicara"))
        #expect(hadir.lowerBound < time.lowerBound)
        #expect(md.contains("| 1 | Yusuf Ali | BKN Kantor Regional VIII | 1 | 35 menit | 25 menit | +10 menit |"))
    }

    @Test func nobodySpokeNoAppendix() throws {
        var s = SampleSession(header: SessionHeader(sessionId: "t", title: "Rapat", startedAtMs: 0, tz: "Asia/Jakarta"))
        s.create(.rundown(.addItem(title: "Pembukaan", kind: .opening, plannedS: 600)))
        s.run(.rundown(.startItem()))
        let n = Notulen(try reading(s), lang: .id)
        #expect(n.speakingTime == nil)
        #expect(!NotulenMarkdown.render(n).contains("Catatan Waktu Bicara"))
    }
}
