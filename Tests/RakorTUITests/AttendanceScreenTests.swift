import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

// The daftar hadir screen (`h`): search as you type, Enter ticks the one found off, Ctrl-O switches
// luring/daring, Ctrl-X records leaving, Ctrl-N (or Enter on no match) adds someone not on the list
// with the typed name; every change is a command in the log. One golden frame.

@Suite("Attendance screen")
struct AttendanceScreenTests {
    static func scene() -> Scene {
        var s = Fixture.pembukaan.scene
        s.run(.attendance(.invite([
            AttendeeInfo(name: "Dra. Siti Aminah, M.Si.", nip: "19700101 199003 2 002", role: "Kepala Bidang Mutasi", org: "BKD Provinsi Kalimantan Timur"),
            AttendeeInfo(name: "Budi Santoso", role: "Analis SDM Aparatur", org: "BKPSDM Kab. Kutai Kartanegara"),
            AttendeeInfo(name: "Rahmat Hidayat", role: "Kepala BKPSDM", org: "BKPSDM Kota Samarinda"),
        ])), at: s.now, by: "notulis")
        return s
    }

    var screen: (Harness) -> AttendanceScreen? = { h in
        if case .attendance(let a)? = h.controller.ui.overlay { return a }
        return nil
    }

    @Test func searchTicksOffTogglesLeavesAndAddsAWalkIn() throws {
        let h = Harness(Self.scene())
        h.press(.char("h"))
        #expect(screen(h) != nil)
        // Typing searches (command letters are text here): "kutai" finds Budi alone.
        h.type("kutai")
        #expect(screen(h)?.matches(h.controller.state).map(\.id) == ["p2"])
        h.press(.key(.enter))
        #expect(h.newEvents.map(\.kind) == [.attendance(.added(id: "p2", info: AttendeeInfo(
            name: "Budi Santoso", role: "Analis SDM Aparatur", org: "BKPSDM Kab. Kutai Kartanegara")))])
        #expect(h.newEvents.last?.by == "moderator")
        h.press(.ctrl("o"))
        #expect(h.controller.state.attendees.people[id: "p2"]?.info.mode == "online")
        h.press(.ctrl("x"))
        #expect(h.controller.state.attendees.people[id: "p2"]?.leftT != nil)
        // Readline editing: Ctrl-U clears the search; a name not on the list opens the form with it.
        h.press(.ctrl("u"))
        h.type("Yusuf Ali")
        #expect(screen(h)?.matches(h.controller.state).isEmpty == true)
        h.press(.key(.enter))
        let form = try #require(screen(h)?.adding)
        #expect(form.value("name") == "Yusuf Ali")
        h.press(.key(.tab), .key(.tab), .key(.tab), .key(.tab))
        h.press(.key(.right)) // daring
        h.press(.key(.enter))
        #expect(h.newEvents.last?.kind == .attendance(.added(id: "p4", info: AttendeeInfo(name: "Yusuf Ali", mode: "online", group: "peserta"))))
        #expect(screen(h)?.adding == nil)
        #expect(screen(h)?.search.text == "")
        h.press(.key(.escape))
        #expect(h.controller.ui.overlay == nil)
    }

    @Test func frame() {
        let h = Harness(Self.scene())
        h.press(.char("h"))
        h.type("bkpsdm")
        h.press(.key(.down), .key(.enter))
        let lines = Dashboard.render(h.controller.viewContext(), size: Size(width: 100, height: 30)).lines()
        #expect(lines[1] == " B┌─ Daftar hadir — 1 hadir (1 luring, 0 daring) · 2 belum hadir ────────────────────────────────┐n")
        #expect(lines[2] == "┌─│ Cari: bkpsdm                                                                                 │─┐")
        // The rundown behind the overlay shows its header row from 100 columns, so the running item is on line 4.
        #expect(lines[4] == "│▶│   · Budi Santoso · Analis SDM Aparatur · BKPSDM Kab. Kutai Kartanegara           belum hadir │ │")
        #expect(lines[5] == "│ │   ✓ Rahmat Hidayat · Kepala BKPSDM · BKPSDM Kota Samarinda                      luring 09.04 │ │")
        #expect(lines[27] == "│ │ Enter hadir · ↑↓ pilih · Ctrl-O luring/daring · Ctrl-N baru · Ctrl-X pulang · Esc tutup      │ │")
    }
}
