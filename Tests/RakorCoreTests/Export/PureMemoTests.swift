import Testing
@testable import RakorCore

/// The notulen's kept wording (PureMemo) answers as the wording made afresh, by the bytes it was
/// given: a kept answer for "é" must not be given for "e" + U+0301, which String holds equal.
@Suite("Kept wording")
struct PureMemoTests {
    @Test func aRoleWithItsInstansiKeepsTheBytesItWasGiven() {
        let composed = "Dinas Pariwisata Caf\u{E9}", decomposed = "Dinas Pariwisata Cafe\u{301}"
        #expect(composed == decomposed)   // String's own equality
        let a = ExportWords.roleWithOrg(role: "Kepala Bidang", org: composed)
        let b = ExportWords.roleWithOrg(role: "Kepala Bidang", org: decomposed)
        #expect(Array(a.utf8) == Array("Kepala Bidang Dinas Pariwisata Caf\u{E9}".utf8))
        #expect(Array(b.utf8) == Array("Kepala Bidang Dinas Pariwisata Cafe\u{301}".utf8))
        // Asked again, in either order and language, the same answers.
        #expect(Array(ExportWords.roleWithOrg(role: "Kepala Bidang", org: decomposed).utf8) == Array(b.utf8))
        #expect(ExportWords.roleWithOrg(role: "Kepala Badan Kepegawaian Negara", org: "BKN") == "Kepala Badan Kepegawaian Negara")
        #expect(ExportWords.roleWithOrg(role: "Analis", org: "Kementerian PANRB", lang: .en) == "Analis, Kementerian PANRB")
        #expect(ExportWords.roleWithOrg(role: "Analis", org: "Kementerian PANRB", lang: .id) == "Analis Kementerian PANRB")
        #expect(ExportWords.roleWithOrg(role: "Sekretaris Daerah", org: "Pemerintah Provinsi Papua") == "Sekretaris Daerah Provinsi Papua")
        #expect(ExportWords.roleWithOrg(role: "Sekretaris Daerah", org: nil) == "Sekretaris Daerah")
    }

    @Test func aFullMemoStartsAgainAndStillAnswers() {
        let memo = PureMemo<Int, Int>(capacity: 8)
        var made = 0
        for round in 0..<3 {
            for k in 0..<20 {
                #expect(memo.value(k) { made += 1; return $0 * $0 } == k * k, "round \(round) key \(k)")
                #expect(memo.count <= 8)
            }
        }
        #expect(made > 20)   // emptied when full, so made again
        let kept = PureMemo<Int, Int>(capacity: 8)
        var once = 0
        for _ in 0..<5 { _ = kept.value(3) { once += 1; return $0 } }
        #expect(once == 1)
    }

    @Test func theMarkOfANameIsTheSameKeptOrNot() {
        for name in ["H. Andi Sulaiman", "Hj. Nurhayati", "Ir. H. Budi", "Dr. Ir. Hj. Rini", "Tuan Guru", "Bima", "",
                     "Drs., H. Lukman", "ny. Sari"] {
            let first = FormsOfAddress.mark(name)
            #expect(FormsOfAddress.mark(name) == first, "\(name)")
        }
        #expect(FormsOfAddress.mark("Hj. Nurhayati") == .woman)
        #expect(FormsOfAddress.mark("H. Andi Sulaiman") == .man)
        #expect(FormsOfAddress.mark("Dr. Ir. Bima") == .unmarked)
    }
}
