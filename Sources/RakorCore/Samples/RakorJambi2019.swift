/// Rapat Koordinasi Manajemen Kepegawaian se Provinsi Jambi 2019, Selasa 9 April 2019, in one room.
///
/// From the article (seed 002): the title, the date, the room (Ruang Mayang Mangurai, Bappeda
/// Provinsi Jambi), the theme, 130 participants and who they were, Kepala BKD Husairi's report
/// (coordination between the province and the regencies, 8.900 tenaga kontrak/honorer, their
/// status to be discussed), and Gubernur Fachrori Umar's remarks and opening. Everything else
/// (clock times, the chair, the askers, their questions, the answers, the conclusions) is made up.
/// See `sample-events/README.md`.
extension SampleSessions {
    static func makeRakorJambi2019() -> SampleSession {
        var s = SampleSession(header: SessionHeader(
            sessionId: "7d2e9b14-0a6c-4f38-b519-20190409a002",
            title: "Rapat Koordinasi Manajemen Kepegawaian se Provinsi Jambi 2019",
            startedAtMs: instant("2019-04-09T00:45:00Z"),  // 07.45 WIB
            tz: "Asia/Jakarta", lang: "id", app: app,
            venue: "Ruang Mayang Mangurai, Bappeda Provinsi Jambi",
            mode: "onsite",
            chair: "Husairi, Kepala BKD Provinsi Jambi",
            notetaker: "Tim Notulis BKD Provinsi Jambi",
            organizer: "Badan Kepegawaian Daerah (BKD) Provinsi Jambi",
            theme: "Kita bangun sinergisitas implementasi kebijakan manajemen kepegawaian untuk meningkatkan mutu dan "
                + "pelayanan publik dibidang kepegawaian dalam upaya mendukung terwujudnya Visi Jambi Tuntas 2021"))

        // MARK: Susunan acara.
        s.at("07.45")
        s.create(.rundown(.addItem(title: "Pembukaan oleh MC, lagu Indonesia Raya dan doa", kind: .opening,
                          plannedS: 10 * 60, plannedStart: "08:15")))
        let laporan = s.create(.rundown(.addItem(title: "Laporan Kepala BKD Provinsi Jambi", kind: .report,
                                        plannedS: 10 * 60, plannedStart: "08:25")))
        let sambutan = s.create(.rundown(.addItem(title: "Sambutan Gubernur Jambi sekaligus membuka rakor secara resmi", kind: .remarks,
                                         plannedS: 20 * 60, plannedStart: "08:35")))
        s.create(.rundown(.addItem(title: "Rehat kopi", kind: .break, plannedS: 15 * 60, plannedStart: "08:55")))
        let paparan = s.create(.rundown(.addItem(title: "Paparan: kebijakan manajemen kepegawaian dan status tenaga kontrak/honorer daerah",
                                        kind: .presentation, plannedS: 30 * 60, plannedStart: "09:10")))
        s.create(.rundown(.addItem(title: "Diskusi dan tanya jawab", kind: .qa, plannedS: 60 * 60, plannedStart: "09:40")))
        s.create(.rundown(.addItem(title: "Rumusan dan kesimpulan", kind: .conclusion, plannedS: 20 * 60, plannedStart: "10:40")))
        s.create(.rundown(.addItem(title: "Penutupan dan doa", kind: .closing, plannedS: 10 * 60, plannedStart: "11:00")))

        s.at("07.46")
        s.create(.floor(.queueSpeaker(name: "Husairi", role: "Kepala BKD Provinsi Jambi", org: "BKD Provinsi Jambi",
                               allottedS: 10 * 60, item: laporan)))
        s.create(.floor(.queueSpeaker(name: "Dr. Drs. H. Fachrori Umar, M.Hum", role: "Gubernur Jambi", org: "Pemerintah Provinsi Jambi",
                               allottedS: 20 * 60, item: sambutan)))
        let husairi = s.create(.floor(.queueSpeaker(name: "Husairi", role: "Kepala BKD Provinsi Jambi", org: "BKD Provinsi Jambi",
                                             allottedS: 30 * 60, item: paparan)))

        // Registrasi peserta before the first item (not an item of the rundown).
        s.at("08.18")
        s.run(.session(.updateAttendance(onsite: 130, online: nil,
                                note: "Kepala BKD kabupaten/kota, Inspektur Daerah, Kepala Bagian Organisasi Setda kabupaten/kota "
                                    + "dan Kepala Bagian Hukum Setda kabupaten/kota")))

        // MARK: Pembukaan.
        s.at("08.20")
        s.run(.rundown(.startItem()))

        // MARK: Laporan Kepala BKD.
        s.at("08.29")
        s.run(.rundown(.startItem()))
        s.at("08.29.20")
        s.run(.floor(.startNextSpeaker()))
        s.at("08.31")
        s.note(.note, "Kepala BKD Provinsi Jambi melaporkan bahwa rakor diselenggarakan untuk meningkatkan jalinan koordinasi "
            + "pemerintah provinsi dan pemerintah kabupaten/kota serta sinkronisasi program kegiatan administrasi kepegawaian "
            + "guna pembangunan Provinsi Jambi.")
        s.at("08.34")
        s.note(.note, "Pemerintah Provinsi Jambi melaporkan ada 8.900 orang tenaga kontrak atau honorer.")
        s.at("08.36")
        s.note(.note, "Status dan kedudukan tenaga kontrak/honorer daerah pada pemerintah kabupaten/kota menjadi pembahasan "
            + "rakor untuk mencari solusi dan status kedudukan hukumnya.")
        s.at("08.38.40")
        s.run(.floor(.endTurn))

        // MARK: Sambutan Gubernur and the official opening.
        s.at("08.39")
        s.run(.rundown(.startItem()))
        s.at("08.39.30")
        s.run(.floor(.startNextSpeaker()))
        s.at("08.41")
        s.note(.note, "Gubernur Jambi menyambut baik rakor dan berharap rakor berkontribusi dalam meningkatkan sinkronisasi dan "
            + "sinergitas program dan kegiatan di bidang administrasi pelayanan kepegawaian di Provinsi Jambi.")
        s.at("08.44")
        s.note(.note, "Rakor harus mendukung penyelenggaraan pemerintahan untuk mewujudkan Visi Misi Jambi Tuntas 2021, misi "
            + "pertama: tata kelola pemerintahan daerah yang bersih, transparan, akuntabel, partisipatif dan berorientasi "
            + "pada pelayanan publik.")
        s.at("08.48")
        s.note(.note, "Seluruh ASN dalam melaksanakan tugas dan tanggung jawab mendahulukan kepentingan tugas di atas "
            + "kepentingan pribadi dan golongan, tidak terlepas dari norma, standar, prosedur dan ketentuan yang diatur "
            + "pemerintah.")
        s.at("08.52")
        s.note(.note, "Masalah kepegawaian mengalami berbagai dinamika, termasuk kehadiran tenaga honorer yang membantu kinerja "
            + "pemerintah, sehingga diperlukan penyesuaian dan langkah antisipasi.")
        s.at("08.55")
        s.note(.note, "Gubernur meminta peserta memanfaatkan rakor secara sungguh-sungguh dengan masukan dan saran konstruktif "
            + "agar rakor menghasilkan rumusan yang berkontribusi bagi Jambi.")
        s.at("08.57.10")
        s.run(.floor(.endTurn))
        s.at("08.57.30")
        s.run(.session(.addMarker(label: "Rakor dibuka secara resmi oleh Gubernur Jambi")))

        // MARK: Rehat.
        s.at("08.58")
        s.run(.rundown(.startItem()))

        // MARK: Paparan.
        s.at("09.14")
        s.run(.rundown(.startItem()))
        s.at("09.14.30")
        s.run(.floor(.startNextSpeaker(id: husairi)))
        s.at("09.20")
        s.note(.note, "Kepala BKD memaparkan sebaran 8.900 tenaga kontrak/honorer dan permasalahan status serta kedudukan "
            + "hukum mereka di provinsi dan kabupaten/kota.")
        s.at("09.42.50")
        s.run(.floor(.endTurn))

        // MARK: Diskusi dan tanya jawab, termin I.
        s.at("09.43.30")
        s.run(.rundown(.startItem()))
        s.at("09.44")
        s.create(.qa(.openRound(maxQuestions: 3)))
        s.at("09.44.30")
        let q1 = s.create(.qa(.queueQuestion(asker: "Sdr. Syamsul Bahri", org: "BKD Kab. Muaro Jambi", to: husairi,
                                         text: "Bagaimana status tenaga honorer yang sudah mengabdi lebih dari sepuluh tahun "
                                             + "tetapi belum terdata?", allottedS: 180)))
        s.at("09.45")
        let q2 = s.create(.qa(.queueQuestion(asker: "Sdr. Dedi Irawan", org: "Inspektorat Daerah Kab. Merangin", to: husairi,
                                         text: "Bagaimana pengawasan pembayaran honorarium tenaga kontrak dari APBD agar sesuai "
                                             + "ketentuan?", allottedS: 180)))
        s.at("09.45.30")
        let q3 = s.create(.qa(.queueQuestion(asker: "Sdri. Nurhayati", org: "Bagian Hukum Setda Kab. Tanjung Jabung Barat",
                                         text: "Apa dasar hukum bagi daerah untuk tetap mempekerjakan tenaga kontrak sambil "
                                             + "menunggu kebijakan pemerintah pusat?", allottedS: 180)))
        s.at("09.46")
        s.run(.qa(.startQuestion()))
        s.at("09.48.40")
        s.run(.qa(.endQuestion(outcome: .asked)))
        s.at("09.49")
        s.run(.qa(.startQuestion()))
        s.at("09.51.30")
        s.run(.qa(.endQuestion(outcome: .asked)))
        s.at("09.51.50")
        s.run(.qa(.startQuestion()))
        s.at("09.54.20")
        s.run(.qa(.endQuestion(outcome: .asked)))
        s.at("09.55")
        s.create(.qa(.startAnswer(by: husairi, allottedS: 600, questions: [q1, q2])))
        s.at("09.58")
        s.note(.note, "Kepala BKD: tenaga honorer yang belum terdata diverifikasi ulang oleh kabupaten/kota; pembayaran "
            + "honorarium diawasi bersama Inspektorat sesuai ketentuan pengelolaan keuangan daerah.")
        s.at("10.04")
        s.create(.qa(.startAnswer(by: "Kepala Bagian Hukum Setda Provinsi Jambi", allottedS: 300, questions: [q3])))
        s.at("10.06")
        s.note(.note, "Bagian Hukum Setda Provinsi: daerah berpedoman pada ketentuan yang telah diatur pemerintah pusat dan "
            + "tidak mengangkat tenaga honorer baru tanpa dasar hukum.")
        s.at("10.09")
        s.run(.qa(.closeRound))

        // MARK: Termin II.
        s.at("10.09.30")
        s.create(.qa(.openRound(maxQuestions: 3)))
        s.at("10.10")
        s.create(.qa(.queueQuestion(asker: "Sdr. Hasan Basri", org: "Bagian Organisasi Setda Kota Jambi", to: husairi,
                                text: "Apakah analisis jabatan dan beban kerja dapat menjadi dasar kebutuhan tenaga kontrak?",
                                allottedS: 180)))
        s.at("10.10.20")
        s.create(.qa(.queueQuestion(asker: "Sdr. Ridwan Saputra", org: "BKPSDM Kab. Kerinci", to: husairi,
                                text: "Kapan format pendataan tenaga kontrak/honorer dari provinsi dikirim ke kabupaten/kota?",
                                allottedS: 180)))
        s.at("10.11")
        s.run(.qa(.startQuestion()))
        s.at("10.13.20")
        s.run(.qa(.endQuestion(outcome: .asked)))
        s.at("10.13.30")
        s.run(.qa(.startQuestion()))
        s.at("10.15.10")
        s.run(.qa(.endQuestion(outcome: .asked)))
        s.at("10.15.30")
        s.create(.qa(.startAnswer(by: husairi, allottedS: 600)))
        s.at("10.18")
        s.note(.note, "Kepala BKD: analisis jabatan dan analisis beban kerja menjadi dasar penghitungan kebutuhan; format "
            + "pendataan dikirim BKD Provinsi setelah rakor.")
        s.at("10.24")
        s.run(.qa(.closeRound))
        s.at("10.24.30")
        s.run(.rundown(.endItem))

        // MARK: Rumusan dan kesimpulan.
        s.at("10.26")
        s.run(.rundown(.startItem()))
        s.at("10.28")
        s.note(.conclusion, "Rakor meningkatkan koordinasi dan sinkronisasi program administrasi kepegawaian pemerintah "
            + "provinsi dan kabupaten/kota se-Provinsi Jambi dalam mendukung Visi Jambi Tuntas 2021.")
        s.at("10.31")
        s.note(.conclusion, "Penyelesaian status dan kedudukan hukum tenaga kontrak/honorer daerah dilakukan berdasarkan data "
            + "yang terverifikasi dan ketentuan pemerintah pusat.")
        s.at("10.34")
        s.note(.decision, "Pemerintah provinsi dan kabupaten/kota memutakhirkan data tenaga kontrak/honorer dengan satu format.")
        s.at("10.36")
        s.note(.action, "Mengirim format pendataan tenaga kontrak/honorer kepada kabupaten/kota.",
               owner: "BKD Provinsi Jambi", due: "2019-04-19")
        s.at("10.38")
        s.note(.action, "Menyampaikan data tenaga kontrak/honorer yang telah diverifikasi kepada BKD Provinsi Jambi.",
               owner: "BKD/BKPSDM kabupaten/kota se-Provinsi Jambi", due: "2019-05-31")
        s.at("10.40")
        s.note(.action, "Menyampaikan rumusan rakor dan usulan penyelesaian status tenaga kontrak/honorer kepada pemerintah pusat.",
               owner: "BKD Provinsi Jambi", due: "2019-06-28")

        // MARK: Penutupan.
        s.at("10.45")
        s.run(.rundown(.startItem()))
        s.at("10.52")
        s.run(.session(.close))
        return s
    }
}
