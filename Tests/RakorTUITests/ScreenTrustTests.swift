import Testing
@testable import RakorCore
@testable import RakorTUI

/// Screens that neither lie nor hide: cuts say so, the year stays, the timer goes last.
@Suite("Screens under pressure")
struct ScreenTrustTests {
    @Test func aCutEndsInAnEllipsisAtAWordBoundary() {
        #expect("Koneksi Zoom Dirjen Otonomi Daerah terputus".truncatedAtWord(toWidth: 30) == "Koneksi Zoom Dirjen Otonomi…")
        #expect("PENANYA · TERMIN 1 · segera selesai · alokasi 03:00".truncatedAtWord(toWidth: 44) == "PENANYA · TERMIN 1 · segera selesai…")
        // No space near: cut inside the word, still with the ellipsis.
        #expect("Penyetaraanjabatanadministrasi".truncatedAtWord(toWidth: 10) == "Penyetara…")
        #expect("pendek".truncatedAtWord(toWidth: 10) == "pendek")
    }

    @Test func theCanvasNeverCutsSilently() {
        var c = Canvas(width: 30, height: 1)
        c.put("Rapat dibuka pukul 09.03; peserta menyanyikan", x: 0, y: 0, maxWidth: 24)
        #expect(c.lines()[0] == "Rapat dibuka pukul…")
        // Padding that does not fit is not a cut.
        var d = Canvas(width: 10, height: 1)
        d.put("Ishoma".padded(toWidth: 20), x: 0, y: 0)
        #expect(d.lines()[0] == "Ishoma")
    }

    @Test func aLongTitleLosesItsMiddleAndKeepsItsYear() {
        let title = "Rapat Koordinasi Forum Sekretaris Daerah Provinsi se-Indonesia (Forsesdasi) Tahun 2024"
        let short = title.shortenedFromMiddle(toWidth: 50)
        #expect(short.displayWidth <= 50)
        #expect(short.hasSuffix("Tahun 2024"), "\(short)")
        #expect(short.hasPrefix("Rapat Koordinasi"))
        #expect(short.contains(" … "))
    }

    @Test func theHeaderAt120ColumnsKeepsTheYear() {
        var sc = Fixture.pembukaan.scene
        sc.run(.session(.updateSession(SessionPatch(title: "Rapat Koordinasi Forum Sekretaris Daerah Provinsi se-Indonesia (Forsesdasi) Tahun 2024 di Ruang Rapat Utama"))), at: sc.now)
        let top = sc.render(Size(width: 120, height: 40)).lines()[0]
        #expect(top.contains("Tahun 2024") || top.contains("…"), "\(top)")
        #expect(!top.contains("Tahun 2 "), "\(top)")
    }

    @Test func belowTheMinimumTheTimerIsTheLastThingToGo() {
        let c = Fixture.paparanOvertime.scene.render(Size(width: 30, height: 8))
        let lines = c.lines()
        let timer = lines.firstIndex { $0.contains("-01:35") }
        let small = lines.firstIndex { $0.contains("Terminal terlalu kecil") }
        #expect(timer != nil && small != nil && timer! < small!, "\(lines)")
        #expect(lines[timer!].contains("Drs. Bima"))
        // At 40×12 the floor shows the time too, and the queue starts at its first row.
        let tiny = Fixture.pembukaan.scene.render(Size(width: 40, height: 12)).text
        #expect(tiny.contains("03:30"))
        // (the pembukaan has nobody queued; the paparan's two are folded under it, out of room here).
        #expect(tiny.contains("Belum ada untuk acara berjalan") && !tiny.contains("2. "), "\(tiny)")
    }

    @Test func theCountdownGrowsWithThePanel() {
        #expect(BigDigits.render("12:34", style: .huge).count == 7)
        #expect(BigDigits.size(of: "12:34", style: .huge) == Size(width: 51, height: 7))
        func digitRows(_ size: Size) -> Int {
            Fixture.pembukaan.scene.render(size).lines().filter { $0.contains("███") || $0.contains("██") || $0.contains("▀") }.count
        }
        // 3 rows (half blocks) in a short panel, 5 at 120×40, 7 at 200×60.
        let small = Fixture.pembukaan.scene.render(Size(width: 80, height: 24)).lines().filter { $0.contains("▀") || $0.contains("▄") }.count
        #expect(small >= 3)
        let big = Fixture.pembukaan.scene.render(Size(width: 200, height: 60)).lines().filter { ($0.contains("███   ███") || $0.contains("█████████")) && !$0.contains("░") }
        #expect(big.count == 7, "\(big)")
        #expect(digitRows(Size(width: 200, height: 60)) > digitRows(Size(width: 120, height: 40)))
    }

    @Test func from100ColumnsTheRundownShowsPlannedActualAndOverUnder() {
        let lines = Fixture.tanyaJawab.scene.render(Size(width: 100, height: 30)).lines()
        #expect(lines[3].hasPrefix("│  renc. mulai acara"), "\(lines[3])")
        #expect(lines[3].contains("±│"))
        #expect(lines[4].hasPrefix("│✓ 09.02 09.02 Pembukaan"), "\(lines[4])")
        let en = Fixture.tanyaJawab.scene.render(Size(width: 100, height: 30), .en).lines()
        #expect(en[3].hasPrefix("│  plan  start item"), "\(en[3])")
        #expect(en[4].hasPrefix("│✓ 09:02 09:02 "), "English writes clock times with a colon: \(en[4])")
    }
}
