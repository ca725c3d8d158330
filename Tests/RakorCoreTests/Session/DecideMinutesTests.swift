import Testing
@testable import RakorCore

/// The minutes (notulen): notes, decisions, actions with owner and due date, conclusions.
@Suite struct DecideMinutesTests {
    /// a1 (report) running since 0; s1 Budi (BKD Kaltim) speaking since 1 min.
    static func speakerOnFloor() -> TestStore {
        var store = TestStore()
        store.given(.rundown(.addItem(title: "Laporan", kind: .report, plannedS: 900)), at: 0)
        store.given(.rundown(.addItem(title: "Kesimpulan", kind: .conclusion, plannedS: 600)), at: 0)
        store.given(.rundown(.startItem()), at: 0)
        store.given(.floor(.queueSpeaker(name: "Budi", org: "BKD Kaltim", allottedS: 300)), at: 0)
        store.given(.floor(.startNextSpeaker()), at: mins(1))
        return store
    }

    // MARK: addNote

    @Test func aNoteRecordsTheRunningItemAndTheFloorSpeaker() {
        var store = Self.speakerOnFloor()
        store.send(.minutes(.addNote(kind: .note, text: "  Formasi CPNS 2021 diusulkan 1.200. \n")), at: mins(2), by: "notulis",
                   emits: [.noteAdded(id: "n1", kind: .note, text: "Formasi CPNS 2021 diusulkan 1.200.", item: "a1",
                                      speaker: "s1", owner: nil, due: nil)]) {
            $0.entries.append(MinutesEntry(id: "n1", kind: .note, text: "Formasi CPNS 2021 diusulkan 1.200.", item: "a1",
                                           speaker: "s1", addedT: mins(2), by: "notulis"))
        }
        #expect(store.state.liveEntries.map(\.id) == ["n1"])
    }

    @Test func anActionWithOwnerAndDueDate() {
        var store = Self.speakerOnFloor()
        store.send(.minutes(.addNote(kind: .action, text: "Kirim data honorer K2", owner: " BKD Kab. Kutai Kartanegara ", due: " 2020-10-30 ")),
                   at: mins(3), by: "notulis",
                   emits: [.noteAdded(id: "n1", kind: .action, text: "Kirim data honorer K2", item: "a1", speaker: "s1",
                                      owner: "BKD Kab. Kutai Kartanegara", due: "2020-10-30")]) {
            $0.entries.append(MinutesEntry(id: "n1", kind: .action, text: "Kirim data honorer K2", item: "a1", speaker: "s1",
                                           owner: "BKD Kab. Kutai Kartanegara", due: "2020-10-30", addedT: mins(3),
                                           by: "notulis"))
        }
        // A leap day is a date.
        store.send(.minutes(.addNote(kind: .action, text: "Evaluasi", due: "2024-02-29")), at: mins(4),
                   emits: [.noteAdded(id: "n2", kind: .action, text: "Evaluasi", item: "a1", speaker: "s1", owner: nil,
                                      due: "2024-02-29")]) {
            $0.entries.append(MinutesEntry(id: "n2", kind: .action, text: "Evaluasi", item: "a1", speaker: "s1",
                                           due: "2024-02-29", addedT: mins(4)))
        }
    }

    @Test func anExplicitItemAndSpeakerWin() {
        var store = Self.speakerOnFloor()
        store.send(.minutes(.addNote(kind: .decision, text: "Disepakati", item: "a2", speaker: "Gubernur")), at: mins(2),
                   emits: [.noteAdded(id: "n1", kind: .decision, text: "Disepakati", item: "a2", speaker: "Gubernur",
                                      owner: nil, due: nil)]) {
            $0.entries.append(MinutesEntry(id: "n1", kind: .decision, text: "Disepakati", item: "a2", speaker: "Gubernur",
                                           addedT: mins(2)))
        }
    }

    @Test func duringAnAnswerTheAnswererIsTheContext() {
        var store = Self.speakerOnFloor()
        store.given(.qa(.openRound()), at: mins(2))
        store.given(.qa(.startAnswer(by: "s1")), at: mins(3))
        store.send(.minutes(.addNote(kind: .conclusion, text: "Honorer K2 diprioritaskan")), at: mins(4),
                   emits: [.noteAdded(id: "n1", kind: .conclusion, text: "Honorer K2 diprioritaskan", item: "a1",
                                      speaker: "s1", owner: nil, due: nil)]) {
            $0.entries.append(MinutesEntry(id: "n1", kind: .conclusion, text: "Honorer K2 diprioritaskan", item: "a1",
                                           speaker: "s1", addedT: mins(4)))
        }
        // An asker on the floor is no speaker context; no item running, no item context.
        store.given(.qa(.closeRound), at: mins(5))
        store.given(.rundown(.endItem), at: mins(5))
        store.given(.qa(.openRound()), at: mins(5))
        store.given(.qa(.queueQuestion(asker: "Andi")), at: mins(5))
        store.given(.qa(.startQuestion()), at: mins(5))
        store.send(.minutes(.addNote(kind: .note, text: "Pertanyaan soal PPPK")), at: mins(6),
                   emits: [.noteAdded(id: "n2", kind: .note, text: "Pertanyaan soal PPPK", item: nil, speaker: nil,
                                      owner: nil, due: nil)]) {
            $0.entries.append(MinutesEntry(id: "n2", kind: .note, text: "Pertanyaan soal PPPK", addedT: mins(6)))
        }
    }

    @Test func anEmptyItemOrSpeakerRecordsNone() {
        var store = Self.speakerOnFloor()
        store.send(.minutes(.addNote(kind: .note, text: "Catatan umum", item: "", speaker: "")), at: mins(2),
                   emits: [.noteAdded(id: "n1", kind: .note, text: "Catatan umum", item: nil, speaker: nil, owner: nil, due: nil)]) {
            $0.entries.append(MinutesEntry(id: "n1", kind: .note, text: "Catatan umum", addedT: mins(2)))
        }
    }

    /// An answer by a name (not a queued speaker) gives no speaker id to record.
    @Test func anAnswerByANameIsNoSpeakerContext() {
        var store = Self.speakerOnFloor()
        store.given(.qa(.openRound()), at: mins(2))
        store.given(.qa(.startAnswer(by: "Kepala BKN")), at: mins(3))
        store.send(.minutes(.addNote(kind: .note, text: "Jawaban soal PPPK")), at: mins(4),
                   emits: [.noteAdded(id: "n1", kind: .note, text: "Jawaban soal PPPK", item: "a1", speaker: nil, owner: nil,
                                      due: nil)]) {
            $0.entries.append(MinutesEntry(id: "n1", kind: .note, text: "Jawaban soal PPPK", item: "a1", addedT: mins(4)))
        }
    }

    @Test func addNoteRefusals() {
        var store = Self.speakerOnFloor()
        store.sendFailing(.minutes(.addNote(kind: .note, text: "")), at: mins(2), expect: .emptyText(field: "text"))
        store.sendFailing(.minutes(.addNote(kind: .note, text: " \n\t ")), at: mins(2), expect: .emptyText(field: "text"))
        store.sendFailing(.minutes(.addNote(kind: .action, text: "X", due: "2024-02-30")), at: mins(2), expect: .invalidDate("2024-02-30"))
        store.sendFailing(.minutes(.addNote(kind: .action, text: "X", due: "2023-02-29")), at: mins(2), expect: .invalidDate("2023-02-29"))
        store.sendFailing(.minutes(.addNote(kind: .action, text: "X", due: "30/10/2020")), at: mins(2), expect: .invalidDate("30/10/2020"))
        store.sendFailing(.minutes(.addNote(kind: .action, text: "X", due: "besok")), at: mins(2), expect: .invalidDate("besok"))
        store.sendFailing(.minutes(.addNote(kind: .note, text: "X", item: "a9")), at: mins(2), expect: .unknownItem("a9"))
    }

    // MARK: editNote

    @Test func editNote() {
        var store = Self.speakerOnFloor()
        store.given(.minutes(.addNote(kind: .note, text: "Kirim data", owner: "BKD", due: "2020-10-30")), at: mins(2), by: "notulis")
        store.send(.minutes(.editNote(id: "n1", text: " Kirim data honorer ", kind: .action, due: "2020-11-06")), at: mins(3),
                   emits: [.noteEdited(id: "n1", text: "Kirim data honorer", kind: .action, owner: nil, due: "2020-11-06")]) {
            $0.entries[id: "n1"]?.text = "Kirim data honorer"
            $0.entries[id: "n1"]?.kind = .action
            $0.entries[id: "n1"]?.due = "2020-11-06"
            $0.entries[id: "n1"]?.editedT = mins(3)
        }
        // Empty owner and due clear them.
        store.send(.minutes(.editNote(id: "n1", owner: "", due: "")), at: mins(4),
                   emits: [.noteEdited(id: "n1", text: nil, kind: nil, owner: "", due: "")]) {
            $0.entries[id: "n1"]?.owner = nil
            $0.entries[id: "n1"]?.due = nil
            $0.entries[id: "n1"]?.editedT = mins(4)
        }
    }

    @Test func editNoteRefusals() {
        var store = Self.speakerOnFloor()
        store.given(.minutes(.addNote(kind: .note, text: "Kirim data")), at: mins(2))
        store.sendFailing(.minutes(.editNote(id: "n9", text: "x")), at: mins(3), expect: .unknownNote("n9"))
        store.sendFailing(.minutes(.editNote(id: "n1")), at: mins(3), expect: .nothingToChange)
        store.sendFailing(.minutes(.editNote(id: "n1", text: "  ")), at: mins(3), expect: .emptyText(field: "text"))
        store.sendFailing(.minutes(.editNote(id: "n1", due: "2024-02-30")), at: mins(3), expect: .invalidDate("2024-02-30"))
        store.given(.minutes(.deleteNote(id: "n1")), at: mins(4))
        store.sendFailing(.minutes(.editNote(id: "n1", text: "x")), at: mins(5), expect: .unknownNote("n1"))
    }

    // MARK: deleteNote

    @Test func deleteNoteKeepsItButHidesIt() {
        var store = Self.speakerOnFloor()
        store.given(.minutes(.addNote(kind: .note, text: "Salah ketik")), at: mins(2))
        store.given(.minutes(.addNote(kind: .note, text: "Benar")), at: mins(2))
        store.send(.minutes(.deleteNote(id: "n1")), at: mins(3), emits: [.noteDeleted(id: "n1")]) {
            $0.entries[id: "n1"]?.deleted = true
        }
        #expect(store.state.liveEntries.map(\.id) == ["n2"])
        store.sendFailing(.minutes(.deleteNote(id: "n1")), at: mins(4), expect: .unknownNote("n1"))
        store.sendFailing(.minutes(.deleteNote(id: "n7")), at: mins(4), expect: .unknownNote("n7"))
        // A deleted entry's id is not given again.
        store.send(.minutes(.addNote(kind: .note, text: "Baru")), at: mins(5),
                   emits: [.noteAdded(id: "n3", kind: .note, text: "Baru", item: "a1", speaker: "s1", owner: nil, due: nil)]) {
            $0.entries.append(MinutesEntry(id: "n3", kind: .note, text: "Baru", item: "a1", speaker: "s1", addedT: mins(5)))
        }
    }
}
