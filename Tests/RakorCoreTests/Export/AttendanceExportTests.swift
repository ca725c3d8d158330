import Testing
@testable import RakorCore

// The daftar hadir in the text exports (the Peserta line's counts, the Lampiran) and as CSV.

struct AttendanceExportTests {
    @Test func markdownCarriesTheCountsAndTheLampiran() throws {
        let md = export(try reading(attendanceSession()), format: .md, lang: .id)
        #expect(md.contains("- **Peserta:** Daftar hadir: 4 orang hadir (2 luring, 2 daring) dari 4 orang yang diundang.\n"))
        // The daftar hadir, then the speaking-time appendix (Lampiran II) last.
        #expect(md.contains("""
            ## Lampiran I: Daftar Hadir

            Daftar hadir: 4 orang hadir (2 luring, 2 daring) dari 4 orang yang diundang.

            | No | Nama | NIP | Jabatan | Instansi | Keterangan | Tanda tangan |
            |---:|---|---|---|---|---|---|
            | 1 | Drs. H. Ahmad Yani, M.Si. | 19680505 199003 1 010 | Kepala BKD | BKD Provinsi Kalimantan Timur | Luring · Pimpinan |  |
            | 2 | Dra. Siti Aminah, M.Si. | 19700101 199003 2 002 | Kepala Bidang Mutasi | BKD Provinsi Kalimantan Timur | Luring |  |
            | 3 | Budi Santoso | 198505152010011003 | Analis SDM Aparatur | BKPSDM Kab. Kutai Kartanegara | Daring · pulang 09.30 |  |
            | 4 | Yusuf Ali |  | Kepala Kantor | BKN Kantor Regional VIII | Daring · Narasumber |  |

            """))
        let html = export(try reading(attendanceSession()), format: .html, lang: .en)
        #expect(html.contains("<h2 class=\"attachment\">Attachment I: Attendance List</h2>"))
        let txt = export(try reading(attendanceSession()), format: .txt, lang: .id)
        #expect(txt.contains("3. Budi Santoso, NIP 198505152010011003, Analis SDM Aparatur, BKPSDM Kab. Kutai Kartanegara, Daring · pulang 09.30\n"))
    }

    @Test func bothCountsWhenTheLogHasHeadCountsToo() throws {
        var s = attendanceSession()
        s.run(.session(.reopen))
        s.run(.session(.updateAttendance(onsite: 40, online: 120, note: nil)))
        let n = Notulen(try reading(s), lang: .id)
        #expect(n.fields.first { $0.label == "Peserta" }?.value
                == "40 orang di ruang rapat dan 120 orang secara daring (seluruhnya 160 orang). Daftar hadir: 4 orang hadir (2 luring, 2 daring) dari 4 orang yang diundang.")
    }

    @Test func csvListsEveryoneWithArrivalAndLeaving() throws {
        let csv = AttendanceCSV.render(try reading(attendanceSession()))
        #expect(csv == """
            no,id,name,nip,role,org,mode,group,invited,present,arrived,left\r
            1,p1,"Drs. H. Ahmad Yani, M.Si.",19680505 199003 1 010,Kepala BKD,BKD Provinsi Kalimantan Timur,onsite,pimpinan,yes,yes,08:50,\r
            2,p2,"Dra. Siti Aminah, M.Si.",19700101 199003 2 002,Kepala Bidang Mutasi,BKD Provinsi Kalimantan Timur,onsite,peserta,yes,yes,08:50,\r
            3,p3,Budi Santoso,198505152010011003,Analis SDM Aparatur,BKPSDM Kab. Kutai Kartanegara,online,peserta,yes,yes,08:50,09:30\r
            4,p5,Yusuf Ali,,Kepala Kantor,BKN Kantor Regional VIII,online,narasumber,no,yes,08:50,\r
            5,p4,Rahmat Hidayat,,Kepala BKPSDM,BKPSDM Kota Samarinda,onsite,peserta,yes,no,,\r

            """)
    }
}
