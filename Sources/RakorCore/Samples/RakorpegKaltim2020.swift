/// Rapat Koordinasi Kepegawaian (Rakorpeg) se Kalimantan Timur 2020, Kamis 15 Oktober 2020, online via Zoom.
///
/// From the articles (seeds 000 and 001): the title, the date, one day, held virtually on Zoom
/// with the organizer's base at Hotel Novotel Balikpapan, a target of more than 200 participants
/// from the province's and the regencies' and cities' offices, BKD Provinsi Kaltim as organizer,
/// Sekda HM. Sa'bani opening with his remarks on ASN neutrality in the pilkada, Kepala BKD Diddy
/// Rusdiansyah's five points, the five narasumber and who took part. Everything else (clock times,
/// the askers, their questions, the answers, the notes and the conclusions) is made up, plausibly.
/// See `sample-events/README.md`.
extension SampleSessions {
    static func makeRakorpegKaltim2020() -> SampleSession {
        var s = SampleSession(header: SessionHeader(
            sessionId: "c0a8f3e2-5b1d-4e7a-9c20-20201015a001",
            title: "Rapat Koordinasi Kepegawaian se Kalimantan Timur 2020",
            startedAtMs: instant("2020-10-15T00:30:00Z"),  // 08.30 WITA
            tz: "Asia/Makassar", lang: "id", app: app,
            venue: "Daring melalui Zoom Cloud Meeting (penyelenggara di Hotel Novotel Balikpapan)",
            mode: "online",
            chair: "HM. Sa'bani, Sekretaris Daerah Provinsi Kalimantan Timur",
            notetaker: "Tim Notulis BKD Provinsi Kalimantan Timur",
            organizer: "Badan Kepegawaian Daerah (BKD) Provinsi Kalimantan Timur",
            warningS: 180, dangerS: 60))

        // MARK: Susunan acara, set up before the start.
        s.at("08.30")
        s.create(.rundown(.addItem(title: "Pembukaan oleh MC, lagu Indonesia Raya dan doa", kind: .opening,
                          plannedS: 10 * 60, plannedStart: "09:00")))
        let laporan = s.create(.rundown(.addItem(title: "Laporan Kepala BKD Provinsi Kalimantan Timur", kind: .report,
                                        plannedS: 10 * 60, plannedStart: "09:10")))
        let sambutan = s.create(.rundown(.addItem(title: "Sambutan dan pembukaan resmi oleh Sekretaris Daerah Provinsi Kalimantan Timur",
                                         kind: .remarks, plannedS: 15 * 60, plannedStart: "09:20")))
        let sesi1 = s.create(.rundown(.addItem(title: "Paparan narasumber sesi I: manajemen talenta dan pengisian jabatan pada masa pilkada",
                                      kind: .presentation, plannedS: 40 * 60, plannedStart: "09:35")))
        let sesi2 = s.create(.rundown(.addItem(title: "Paparan narasumber sesi II: perangkat daerah, penyederhanaan birokrasi dan KORPRI",
                                      kind: .presentation, plannedS: 55 * 60, plannedStart: "10:15")))
        s.create(.rundown(.addItem(title: "Tanya jawab", kind: .qa, plannedS: 60 * 60, plannedStart: "11:10")))
        s.create(.rundown(.addItem(title: "Rumusan dan kesimpulan", kind: .conclusion, plannedS: 15 * 60, plannedStart: "12:10")))
        s.create(.rundown(.addItem(title: "Penutupan dan doa", kind: .closing, plannedS: 5 * 60, plannedStart: "12:25")))

        // MARK: The speakers booked for their items.
        s.at("08.31")
        s.create(.floor(.queueSpeaker(name: "Diddy Rusdiansyah", role: "Kepala BKD Provinsi Kalimantan Timur",
                               org: "BKD Provinsi Kalimantan Timur", remote: true, allottedS: 10 * 60, item: laporan)))
        s.create(.floor(.queueSpeaker(name: "HM. Sa'bani", role: "Sekretaris Daerah Provinsi Kalimantan Timur",
                               org: "Pemerintah Provinsi Kalimantan Timur", remote: true, allottedS: 15 * 60, item: sambutan)))
        let bima = s.create(.floor(.queueSpeaker(name: "Bima Haria Wibisana", role: "Kepala Badan Kepegawaian Negara",
                                          org: "BKN", remote: true, allottedS: 20 * 60, item: sesi1)))
        let haryomo = s.create(.floor(.queueSpeaker(name: "Haryomo Dwi Putranto", role: "Deputi Bidang Manajemen Kepegawaian",
                                             org: "BKN", remote: true, allottedS: 20 * 60, item: sesi1)))
        let akmal = s.create(.floor(.queueSpeaker(name: "Akmal Malik", role: "Direktur Jenderal Otonomi Daerah",
                                           org: "Kementerian Dalam Negeri", remote: true, allottedS: 20 * 60, item: sesi2)))
        let diah = s.create(.floor(.queueSpeaker(name: "Diah Ipma Fithria Laela Hidayati", role: "Analis Kebijakan Ahli Muda",
                                          org: "Kementerian PANRB", remote: true, allottedS: 15 * 60, item: sesi2)))
        let zudan = s.create(.floor(.queueSpeaker(name: "Zudan Arif Fakrullah", role: "Ketua Dewan Pengurus Nasional KORPRI",
                                           org: "DPN KORPRI", remote: true, allottedS: 20 * 60, item: sesi2)))

        // MARK: Registrasi and Zoom checks before the first item (not an item of the rundown).
        s.at("08.45")
        s.run(.session(.updateAttendance(onsite: nil, online: 118, note: "Peserta mulai bergabung di Zoom")))
        s.at("08.58")
        s.run(.session(.updateAttendance(onsite: nil, online: 196, note: nil)))

        // MARK: Pembukaan (three minutes late).
        s.at("09.03")
        s.run(.rundown(.startItem()))
        s.at("09.04")
        s.run(.session(.addMarker(label: "Menyanyikan lagu kebangsaan Indonesia Raya")))
        s.at("09.08.30")
        s.run(.session(.updateAttendance(onsite: nil, online: 214,
                                note: "Sekkab/Sekkot, BKPSDM, Biro/Bagian Organisasi, Inspektur kabupaten/kota dan OPD se-Kaltim mengikuti melalui Zoom")))

        // MARK: Laporan Kepala BKD.
        s.at("09.12")
        s.run(.rundown(.startItem()))
        s.at("09.12.20")
        s.run(.floor(.startNextSpeaker()))
        s.at("09.13.30")
        s.note(.note, "Kepala BKD Provinsi Kaltim menyampaikan lima hal penting yang menjadi dasar pelaksanaan rakor: "
            + "(1) kebijakan pemangkasan anggaran, (2) manajemen talenta, (3) PP 71/2019 perubahan PP 18/2015 tentang "
            + "perangkat daerah, (4) eksistensi KORPRI, dan (5) profesionalitas ASN.")
        s.at("09.17")
        s.note(.note, "Pemangkasan birokrasi sulit dihindari; bila diterapkan, pemerintah daerah mau tidak mau harus menyesuaikan.")
        s.at("09.19.40")
        s.note(.note, "Idealnya manajemen kepegawaian sudah dapat memprediksi jenjang karier seseorang (misalnya siapa yang akan "
            + "menjadi Sekda atau Kepala BKD); pendekatan ini perlu dilakukan ke depan.")
        s.at("09.21.50")
        s.run(.floor(.endTurn))

        // MARK: Sambutan dan pembukaan resmi oleh Sekda.
        s.at("09.22.10")
        s.run(.rundown(.startItem()))
        s.at("09.22.30")
        s.run(.floor(.startNextSpeaker()))
        s.at("09.25")
        s.note(.note, "Sekda Provinsi Kaltim menegaskan tantangan ASN di masa pilkada cukup berat: peraturan perundang-undangan "
            + "mewajibkan ASN netral, sementara ASN menjadi sorotan sebagai kekuatan besar dalam mendulang suara.")
        s.at("09.28.10")
        s.note(.note, "ASN boleh mendukung salah satu calon hanya di dalam hati, tidak boleh mengajak orang lain mendukung "
            + "pilihannya, dan tidak boleh memberi \"like\" di media sosial.")
        s.at("09.31.40")
        s.note(.note, "Ke depan manajemen kepegawaian perlu bersinergi dengan sistem politik di Indonesia.")
        s.at("09.33.20")
        s.note(.note, "Sekda berharap melalui rakor ini eksistensi KORPRI bertransformasi menjadi wadah ekstra bagi ASN "
            + "untuk meningkatkan pelayanan dan kesejahteraan ASN.")
        s.at("09.36")
        s.run(.floor(.endTurn))
        s.at("09.36.10")
        s.run(.session(.addMarker(label: "Rakorpeg se-Kaltim 2020 dibuka secara resmi oleh Sekda Provinsi Kaltim")))

        // MARK: Paparan sesi I. The Kepala BKN overruns, even after an extension.
        s.at("09.37")
        s.run(.rundown(.startItem(id: sesi1)))
        s.at("09.37.40")
        s.run(.floor(.startNextSpeaker(id: bima)))
        s.at("09.42")
        s.note(.note, "Kepala BKN memaparkan manajemen talenta ASN: pemetaan talenta menjadi dasar pengisian jabatan "
            + "sehingga jenjang karier ASN dapat direncanakan.")
        s.at("09.50")
        s.note(.note, "Penyederhanaan birokrasi menuntut pemerintah daerah menyiapkan peta jabatan dan kesiapan ASN "
            + "yang jabatannya disetarakan.")
        s.at("09.56.30")
        s.run(.floor(.extendSpeaker(byS: 5 * 60)))
        s.at("10.05.50")
        s.run(.floor(.endTurn))
        s.at("10.06.20")
        s.run(.floor(.startNextSpeaker(id: haryomo)))
        s.at("10.12")
        s.note(.note, "Deputi Bidang Manajemen Kepegawaian BKN menjelaskan pengisian dan seleksi jabatan pada masa pilkada "
            + "serentak 2020, yang tetap harus mengikuti ketentuan netralitas dan pembatasan penggantian pejabat.")
        s.at("10.25.40")
        s.run(.floor(.endTurn))

        // MARK: Paparan sesi II: a dropped connection; an interupsi holds the Dirjen's paparan and gives it back.
        s.at("10.26")
        s.run(.rundown(.startItem(id: sesi2)))
        s.at("10.26.30")
        s.run(.floor(.startNextSpeaker(id: akmal)))
        s.at("10.31")
        s.note(.note, "Dirjen Otonomi Daerah menjelaskan penataan perangkat daerah sesuai PP 71/2019 perubahan PP 18/2015 "
            + "tentang perangkat daerah.")
        s.at("10.35.20")
        s.run(.floor(.togglePause))
        s.at("10.35.40")
        s.note(.note, "Koneksi Zoom Dirjen Otonomi Daerah terputus; paparan dijeda sampai tersambung kembali.")
        s.at("10.37.50")
        s.run(.floor(.togglePause))
        s.at("10.40")
        s.create(.floor(.queueSpeaker(name: "Rahmat Hidayat", role: "Kepala BKPSDM", org: "Kab. Mahakam Ulu",
                               remote: true, allottedS: 60, interruption: true)))
        s.at("10.40.10")
        s.run(.floor(.startNextSpeaker()))        // holds the Dirjen's paparan
        s.at("10.41.20")
        s.note(.action, "Membagikan bahan paparan seluruh narasumber kepada peserta melalui tautan di kanal Zoom "
            + "dan grup koordinasi BKPSDM se-Kaltim (interupsi peserta: bahan belum diterima).",
               owner: "Sekretariat BKD Provinsi Kalimantan Timur", due: "2020-10-16")
        s.at("10.41.30")
        s.run(.floor(.endTurn))                   // the Dirjen goes on with the time left
        s.at("10.49.30")
        s.run(.floor(.endTurn))
        s.at("10.49.50")
        s.run(.floor(.startNextSpeaker(id: diah)))
        s.at("10.55")
        s.note(.note, "Analis Kebijakan Ahli Muda KemenPANRB memaparkan penyederhanaan birokrasi melalui penyetaraan jabatan "
            + "administrasi ke dalam jabatan fungsional, serta profesionalitas ASN.")
        s.at("11.04.30")
        s.run(.floor(.endTurn))
        s.at("11.04.50")
        s.run(.floor(.startNextSpeaker(id: zudan)))
        s.at("11.10")
        s.note(.note, "Ketua DPN KORPRI memaparkan transformasi KORPRI sebagai wadah bagi ASN untuk meningkatkan pelayanan "
            + "dan kesejahteraan anggota.")
        s.at("11.17")
        s.note(.note, "KORPRI mengingatkan anggotanya menjaga netralitas selama pilkada serentak dan siap mendampingi anggota.")
        s.at("11.24.20")
        s.run(.floor(.endTurn))

        // MARK: Tanya jawab, termin I.
        s.at("11.25")
        s.run(.rundown(.startItem()))
        s.at("11.25.30")
        s.create(.qa(.openRound(maxQuestions: 3)))
        s.at("11.26")
        let q1 = s.create(.qa(.queueQuestion(asker: "Sdr. Ahmad Fauzi", org: "BKPSDM Kab. Kutai Kartanegara", to: bima,
                                         text: "Bagaimana kabupaten yang belum memiliki sistem informasi talenta memulai pemetaan "
                                             + "talenta, dan apakah hasilnya dapat dipakai untuk seleksi jabatan tahun depan?",
                                         allottedS: 180, remote: true)))
        s.at("11.26.20")
        let q2 = s.create(.qa(.queueQuestion(asker: "Sdri. Rina Marlina", org: "Sekretariat Daerah Kota Samarinda", to: akmal,
                                         text: "Kapan kabupaten/kota harus menyesuaikan peraturan daerah tentang perangkat daerah, "
                                             + "dan bagaimana dengan jabatan yang nomenklaturnya berubah?",
                                         allottedS: 180, remote: true)))
        s.at("11.26.40")
        let q3 = s.create(.qa(.queueQuestion(asker: "Sdr. Bambang Sutrisno", org: "Inspektorat Kota Balikpapan", to: haryomo,
                                         text: "Pada masa pilkada, apakah pejabat hasil seleksi terbuka yang sudah selesai "
                                             + "boleh dilantik, dan izin siapa yang diperlukan?",
                                         allottedS: 180, remote: true)))
        s.at("11.27")
        s.run(.qa(.startQuestion()))
        s.at("11.29.20")
        s.run(.qa(.endQuestion(outcome: .asked)))
        s.at("11.29.30")
        s.run(.qa(.startQuestion()))
        s.at("11.32")
        s.run(.qa(.endQuestion(outcome: .asked)))
        s.at("11.32.10")
        s.run(.qa(.startQuestion()))
        s.at("11.34.30")
        s.run(.qa(.endQuestion(outcome: .asked)))
        s.at("11.35")
        s.create(.qa(.startAnswer(by: bima, allottedS: 300, questions: [q1])))
        s.at("11.37")
        s.note(.note, "Kepala BKN: pemetaan talenta dapat dimulai dari data kepegawaian dan hasil penilaian kinerja yang ada; "
            + "BKN siap mendampingi kabupaten yang belum siap.")
        s.at("11.40.10")
        s.create(.qa(.startAnswer(by: akmal, allottedS: 300, questions: [q2])))
        s.at("11.42.30")
        s.note(.note, "Dirjen Otonomi Daerah: penyesuaian peraturan daerah dilakukan bertahap dan dikonsultasikan dengan "
            + "Kemendagri; pejabat tetap melaksanakan tugas sampai penataan selesai.")
        s.at("11.45")
        s.create(.qa(.startAnswer(by: haryomo, allottedS: 300, questions: [q3])))
        s.at("11.47.10")
        s.note(.note, "Deputi Bidang Manajemen Kepegawaian BKN: pelantikan pejabat pada masa pilkada harus memperhatikan "
            + "ketentuan pembatasan penggantian pejabat dan memperoleh izin sesuai ketentuan.")
        s.at("11.49.30")
        s.run(.qa(.closeRound))

        // MARK: Tanya jawab, termin II.
        s.at("11.50")
        s.create(.qa(.openRound(maxQuestions: 4)))
        s.at("11.50.20")
        s.create(.qa(.queueQuestion(asker: "Sdri. Siti Rahmawati", org: "BKPSDM Kab. Berau", to: zudan,
                                         text: "Bagaimana KORPRI mendampingi ASN yang dilaporkan melanggar netralitas?",
                                         allottedS: 180, remote: true)))
        s.at("11.50.40")
        s.create(.qa(.queueQuestion(asker: "Sdr. Muhammad Yusuf", org: "Sekretariat Daerah Kab. Paser", to: diah,
                                         text: "Apakah hak keuangan pejabat administrasi yang disetarakan ke jabatan fungsional "
                                             + "tetap dipertahankan?",
                                         allottedS: 180, remote: true)))
        s.at("11.50.45")
        let absent = s.create(.qa(.queueQuestion(asker: "Sdr. Andi Saputra", org: "BKPSDM Kab. Kutai Timur", to: zudan,
                                             text: "Bagaimana status anggota KORPRI yang menjadi calon kepala daerah?",
                                             allottedS: 180, remote: true)))
        s.at("11.50.50")
        s.create(.qa(.queueQuestion(asker: "Sdr. Hendra Gunawan", org: "Inspektorat Kota Bontang", to: haryomo,
                                         text: "Bagaimana pengawasan ASN yang memberi \"like\" atau komentar pada unggahan "
                                             + "calon kepala daerah di media sosial?",
                                         allottedS: 180, remote: true)))
        s.at("11.51")
        s.run(.qa(.startQuestion()))
        s.at("11.53.10")
        s.run(.qa(.endQuestion(outcome: .asked)))
        s.at("11.53.20")
        s.run(.qa(.startQuestion()))
        s.at("11.55.30")
        s.run(.qa(.endQuestion(outcome: .asked)))
        s.at("11.55.35")
        s.run(.qa(.endQuestion(id: absent, outcome: .skipped)))   // called, not in the Zoom room
        s.at("11.55.40")
        s.run(.qa(.startQuestion()))
        s.at("11.56")
        let duplicate = s.note(.note, "Peserta termin II menyoroti netralitas ASN di media sosial.")
        s.at("11.56.20")
        s.note(.note, "Peserta termin II menyoroti netralitas ASN di media sosial dan dampak penyetaraan jabatan.")
        s.at("11.57.50")
        s.run(.qa(.endQuestion(outcome: .asked)))
        s.at("11.58.10")
        s.run(.minutes(.deleteNote(id: duplicate)), by: "notulis")
        s.at("11.58.20")
        s.create(.qa(.startAnswer(by: zudan, allottedS: 240)))
        s.at("12.00")
        s.note(.note, "Ketua DPN KORPRI: KORPRI memberikan pendampingan dan bantuan hukum, namun anggota yang terbukti "
            + "melanggar netralitas tetap dikenai sanksi.")
        s.at("12.02")
        s.create(.qa(.startAnswer(by: diah, allottedS: 240)))
        s.at("12.03.40")
        s.note(.note, "KemenPANRB: penyetaraan jabatan tidak boleh mengurangi penghasilan pejabat yang disetarakan.")
        s.at("12.05.30")
        s.create(.qa(.startAnswer(by: haryomo, allottedS: 240)))
        s.at("12.07")
        s.note(.note, "BKN: pelanggaran netralitas di media sosial dilaporkan dan ditindaklanjuti bersama KASN dan Bawaslu.")
        s.at("12.09")
        s.run(.qa(.closeRound))
        s.at("12.09.30")
        s.run(.rundown(.endItem))

        // MARK: Ishoma; the tim perumus drafts the conclusions.
        s.at("12.10")
        s.run(.session(.suspend(reason: .ishoma, note: "Ishoma dan sholat Zuhur; tim perumus menyusun rumusan hasil rakor",
                       resumeAfterS: 20 * 60)))
        s.at("12.31")
        s.run(.session(.resume))

        // MARK: Rumusan dan kesimpulan.
        s.at("12.31.30")
        s.run(.rundown(.startItem()))
        s.at("12.31.40")
        s.create(.floor(.queueSpeaker(name: "Nina Dewi", role: "Sekretaris BKD Provinsi Kalimantan Timur",
                               org: "BKD Provinsi Kalimantan Timur", allottedS: 10 * 60)))
        s.at("12.32")
        s.run(.floor(.startNextSpeaker()))
        s.at("12.33")
        s.note(.conclusion, "Rakorpeg menyamakan persepsi pemerintah provinsi dan kabupaten/kota se-Kaltim tentang manajemen "
            + "talenta, penyederhanaan birokrasi, netralitas ASN, penataan perangkat daerah dan eksistensi KORPRI.")
        s.at("12.35")
        s.note(.conclusion, "ASN se-Kaltim wajib menjaga netralitas selama pilkada serentak 2020, termasuk di media sosial.")
        s.at("12.37")
        s.note(.conclusion, "Manajemen talenta disiapkan sebagai dasar pengisian jabatan di provinsi dan kabupaten/kota.")
        s.at("12.38")
        s.note(.decision, "Rumusan hasil Rakorpeg disampaikan kepada Sekda kabupaten/kota se-Kaltim untuk ditindaklanjuti.")
        s.at("12.39")
        s.note(.decision, "Rakorpeg dan kegiatan KORPRI tetap dilaksanakan dalam satu rangkaian kegiatan.")
        s.at("12.40")
        s.note(.action, "Menerbitkan surat edaran netralitas ASN selama pilkada serentak 2020 kepada kabupaten/kota.",
               owner: "BKD Provinsi Kalimantan Timur", due: "2020-10-23")
        s.at("12.41")
        let petaJabatan = s.note(.action, "Menghimpun peta jabatan dan usulan penyetaraan jabatan administrasi ke jabatan "
            + "fungsional dari kabupaten/kota.", owner: "BKD Provinsi Kalimantan Timur", due: "2020-10-30")
        s.at("12.42")
        s.note(.action, "Menyusun rencana penerapan manajemen talenta di masing-masing daerah.",
               owner: "BKPSDM kabupaten/kota se-Kalimantan Timur", due: "2020-12-31")
        s.at("12.43.30")
        s.run(.floor(.endTurn))
        s.at("12.44")
        s.run(.minutes(.editNote(id: petaJabatan, owner: "BKD Provinsi Kalimantan Timur bersama BKPSDM kabupaten/kota",
                        due: "2020-11-13")), by: "notulis")

        // MARK: Penutupan.
        s.at("12.45")
        s.run(.rundown(.startItem()))
        s.at("12.45.30")
        s.run(.session(.addMarker(label: "Doa penutup")))
        s.at("12.49")
        s.run(.session(.close))
        return s
    }
}
