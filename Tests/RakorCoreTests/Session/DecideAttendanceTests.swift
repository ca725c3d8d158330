import Testing
@testable import RakorCore

// The daftar hadir through decide and evolve: the invitation list, ticking people off, walk-ins,
// amendments, leaving early, removing a mistake; and the log round trip of its events.

struct DecideAttendanceTests {
    static let siti = AttendeeInfo(name: "Siti Aminah", nip: "19700101 199003 2 002", role: "Kepala Bidang", org: "BKD")
    static let budi = AttendeeInfo(name: "Budi Santoso", org: "BKPSDM Kukar")

    @Test func invitesTicksOffAndNeverAddsSomeoneTwice() {
        var store = TestStore()
        store.send(.attendance(.invite([Self.siti, Self.budi, AttendeeInfo(name: "  siti   aminah ", nip: "197001011990032002")])),
                   at: mins(1), by: "notulis",
                   emits: [.attendance(.invited(id: "p1", info: Self.siti)), .attendance(.invited(id: "p2", info: Self.budi))]) {
            $0.attendees.people.append(Attendee(id: "p1", info: Self.siti, invited: true))
            $0.attendees.people.append(Attendee(id: "p2", info: Self.budi, invited: true))
        }
        // The same list again adds no one.
        store.sendFailing(.attendance(.invite([Self.budi])), at: mins(2), expect: .nothingToChange)
        var online = Self.budi
        online.mode = "online"
        store.send(.attendance(.arrive(id: "p2", mode: "daring")), at: mins(3), by: "notulis",
                   emits: [.attendance(.added(id: "p2", info: online))]) {
            $0.attendees.people.update(id: "p2") { $0.info.mode = "online"; $0.presentT = mins(3) }
        }
        store.sendFailing(.attendance(.arrive(id: "p2")), at: mins(4), expect: .alreadyPresent("Budi Santoso"))
        store.sendFailing(.attendance(.arrive(id: "p9")), at: mins(4), expect: .unknownAttendee("p9"))
        store.sendFailing(.attendance(.add(AttendeeInfo(name: "Andi", mode: "zoom"))), at: mins(4),
                          expect: .invalidValue(field: "mode", value: "zoom"))
        let walkIn = AttendeeInfo(name: "Andi Lubis", role: "Camat", group: "narasumber")
        store.send(.attendance(.add(AttendeeInfo(name: " Andi Lubis ", role: "Camat", group: "Narasumber"))), at: mins(5),
                   emits: [.attendance(.added(id: "p3", info: walkIn))]) {
            $0.attendees.people.append(Attendee(id: "p3", info: walkIn, presentT: mins(5)))
        }
        store.send(.attendance(.update(id: "p3", AttendeePatch(nip: "", org: "Kecamatan"))), at: mins(6),
                   emits: [.attendance(.updated(id: "p3", patch: AttendeePatch(nip: "", org: "Kecamatan")))]) {
            $0.attendees.people.update(id: "p3") { $0.info.org = "Kecamatan" }
        }
        store.send(.attendance(.leave(id: "p2")), at: mins(7), emits: [.attendance(.left(id: "p2"))]) {
            $0.attendees.people.update(id: "p2") { $0.leftT = mins(7) }
        }
        store.sendFailing(.attendance(.leave(id: "p1")), at: mins(8), expect: .notPresent("Siti Aminah"))
        store.send(.attendance(.remove(id: "p3")), at: mins(8), emits: [.attendance(.removed(id: "p3"))]) {
            $0.attendees.people.remove(id: "p3")
            $0.attendees.retired.insert("p3")
        }
        // A removed entry's id is not given again.
        let late = AttendeeInfo(name: "Rahmat")
        store.send(.attendance(.add(late)), at: mins(9), emits: [.attendance(.added(id: "p4", info: late))]) {
            $0.attendees.people.append(Attendee(id: "p4", info: late, presentT: mins(9)))
        }
        #expect(store.state.attendees.present.map(\.id) == ["p2", "p4"])
        #expect(store.state.attendees.awaited.map(\.id) == ["p1"])
    }

    @Test func eventsRoundTripThroughTheLogAndBadOnesChangeNothing() throws {
        let kinds: [EventKind] = [
            .attendance(.invited(id: "p1", info: Self.siti)),
            .attendance(.added(id: "p1", info: Self.siti)),
            .attendance(.added(id: "p2", info: AttendeeInfo(name: "X", mode: "online", group: "panitia"))),
            .attendance(.updated(id: "p2", patch: AttendeePatch(role: "Staf"))),
            .attendance(.left(id: "p1")),
            .attendance(.removed(id: "p2")),
        ]
        for (i, k) in kinds.enumerated() {
            let line = LogLine.encode(Event(seq: i + 1, t: 1000, kind: k))
            let decoded = try EventKind.decode(type: k.typeName, data: k.data)
            #expect(decoded == k, "\(line)")
        }
        var s = TestHeader.state()
        #expect(s.apply(Event(seq: 1, t: 0, kind: .attendance(.left(id: "p7")))) == "attendee p7 is not present")
        #expect(s.apply(Event(seq: 2, t: 0, kind: .attendance(.updated(id: "p7", patch: AttendeePatch(name: "Y"))))) == "no attendee p7")
        #expect(s.attendees == AttendanceList())
    }
}
