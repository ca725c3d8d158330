import Testing
@testable import RakorCore

/// Issue 10 items 10 and 11: everything in an item reads in time order, and the opening says who
/// opened what.
@Suite struct ChronologyTests {
    @Test func aSkorsDuringASpeechIsToldInsideItBeforeLaterEntries() {
        var store = TestStore()
        store.given(.rundown(.addItem(title: "Pembukaan oleh MC", kind: .opening, plannedS: 300)), at: 0)
        store.given(.rundown(.addItem(title: "Sambutan dan pembukaan resmi", kind: .remarks, plannedS: 1200)), at: 0)
        store.given(.rundown(.startItem()), at: 0)
        store.given(.rundown(.startItem()), at: mins(5))
        store.given(.floor(.queueSpeaker(name: "HM. Sa'bani", role: "Sekretaris Daerah Provinsi Kalimantan Timur", allottedS: 900)), at: mins(5))
        store.given(.floor(.startNextSpeaker()), at: mins(5))
        store.given(.session(.suspend(reason: .skors)), at: mins(10))
        store.given(.session(.resume), at: mins(12))
        store.given(.minutes(.addNote(kind: .action, text: "Menyusun surat edaran", owner: "BKD")), at: mins(13), by: "notulis")
        store.given(.floor(.endTurn), at: mins(20))
        let p = Proceedings(header: store.state.header, events: store.events, lang: .id)
        let sambutan = p.sections[1]
        #expect(sambutan.paragraphs.map(\.kind) == [.speech])
        let speech = sambutan.paragraphs[0]
        #expect(speech.text.contains("dan membuka rapat secara resmi. Rapat diskors pukul 09.10 WITA dan dilanjutkan pukul 09.12 WITA."))
        #expect(speech.entries.map(\.text) == ["Menyusun surat edaran"])
        // The MC's item opens the programme; the meeting is opened formally once, in the sambutan.
        #expect(p.sections[0].paragraphs.first?.text == "Pukul 09.00 WITA pembawa acara membuka acara.")
        #expect(p.allParagraphs.filter { $0.text.contains("membuka rapat") }.count == 1)
    }
}
