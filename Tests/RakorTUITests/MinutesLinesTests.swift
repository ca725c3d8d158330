import Testing
@testable import RakorCore
@testable import RakorTUI

/// The minutes view's lines, brought up to date from the last lines made, are the lines made
/// afresh, through every kind of change: notes added, edited and deleted anywhere, speakers and
/// items renamed, moved and removed, a search and a width.
@Suite("Minutes lines")
struct MinutesLinesTests {
    typealias Rng = AllReadersFuzzTests.Rng

    static let texts = [
        "Progres fisik jalan tol mencapai 87 persen.",
        "Pemda diminta mempercepat pembebasan lahan di tiga kecamatan sebelum akhir triwulan ketiga, dengan laporan mingguan.",
        "Baris pertama\nbaris kedua",
        "Sangatpanjangsekalitanpaspasiyangharusdipotongdimanasaja",
        "Kesepakatan: anggaran ditambah Rp 2,5 miliar — disetujui.",
        "Catatan é (e + U+0301: e\u{301}) dan 日本語",
        "",
    ]

    /// Every line, the count and each entry's first line: all that the view draws.
    static func drawn(_ l: MinutesLines) -> String {
        var out = l.allLines.map { "\($0.role)|\($0.entryIndex.map(String.init) ?? "-")|\($0.text)" }
        out.append("count \(l.lineCount) entries \(l.entryCount)")
        out += (0..<l.entryCount).map { "first \($0): \(l.firstLine(ofEntry: $0).map(String.init) ?? "nil")" }
        for n in Swift.stride(from: 0, to: l.lineCount, by: 7) {
            let x = l.line(n)
            out.append("line \(n): \(x.role)|\(x.text)")
        }
        return out.joined(separator: "\n")
    }

    @Test func linesBroughtUpToDateAreTheLinesMadeAfresh() {
        let header = SessionHeader(sessionId: "t-minutes", title: "Rakor", startedAtMs: 1_602_723_600_000,
                                   tz: "Asia/Makassar", lang: "id", venue: nil, mode: "onsite", chair: nil)
        var s = SessionState(header: header)
        var rng = Rng(state: 15)
        var seq = 0, t = 0
        func apply(_ k: EventKind) {
            seq += 1; t += 30_000
            _ = s.apply(Event(seq: seq, t: t, by: "notulis", kind: k))
        }
        for i in 1...4 { apply(.itemAdded(id: "a\(i)", title: "Acara \(i)", kind: .presentation, plannedS: 600, index: nil, plannedStart: nil)) }
        for i in 1...6 {
            apply(.speakerQueued(id: "s\(i)", name: "Pembicara \(i)", role: nil, org: nil, remote: nil, allottedS: 300,
                                 item: nil, index: nil, kind: nil))
        }
        var last: (key: MinutesLines.Key, lines: MinutesLines)?
        var search: String?
        var width = 40
        var notes = 0
        var kinds = Set<Int>()
        var history: [(ViewContext, MinutesLines.Key)] = []
        for step in 0..<1_500 {
            let r = rng.int(20)
            kinds.insert(r)
            let someNote = notes > 0 ? "n\(rng.int(notes) + 1)" : "n1"
            switch r {
            case 0: apply(.noteEdited(id: someNote, text: Self.texts[rng.int(Self.texts.count)], kind: nil, owner: nil, due: nil))
            case 1: apply(.noteDeleted(id: someNote))
            case 2: apply(.noteEdited(id: someNote, text: nil, kind: .action, owner: "Bappeda", due: "2026-12-09"))
            case 3: apply(.speakerUpdated(id: "s\(rng.int(8) + 1)", name: "Nama Baru \(step)", role: nil, org: nil, remote: nil, allottedS: nil))
            case 4: apply(.itemUpdated(id: "a\(rng.int(5) + 1)", title: "Judul \(step)", kind: nil, plannedS: nil, plannedStart: nil))
            case 5: apply(.speakerMoved(id: "s\(rng.int(6) + 1)", index: rng.int(6)))
            case 6 where step % 5 == 0: apply(.speakerRemoved(id: "s\(rng.int(8) + 1)"))
            case 7: apply(.speakerQueued(id: "s\(7 + rng.int(3))", name: "Datang \(step)", role: nil, org: nil, remote: nil,
                                         allottedS: 300, item: nil, index: nil, kind: nil))
            case 8 where step % 9 == 0: search = [nil, "", "jalan", "BAPPEDA", "  baris "][rng.int(5)]
            case 9 where step % 11 == 0: width = [10, 25, 40, 73][rng.int(4)]
            default:
                notes += 1
                let kind: NoteKind = [.note, .decision, .action, .conclusion][rng.int(4)]
                // Item and speaker ids that exist, that do not yet, and none.
                let item = rng.int(6) == 0 ? nil : "a\(rng.int(5) + 1)"
                let speaker = rng.int(4) == 0 ? nil : "s\(rng.int(9) + 1)"
                apply(.noteAdded(id: "n\(notes)", kind: kind, text: Self.texts[rng.int(Self.texts.count)], item: item,
                                 speaker: speaker, owner: kind == .action ? "Dinas PU" : nil, due: nil))
            }
            var ui = UIState()
            ui.search = search
            let ctx = ViewContext(state: s, ui: ui, now: t, lang: step % 97 == 0 ? .en : .id)
            let key = MinutesLines.Key(ctx, textWidth: width)
            let updated = MinutesLines.updated(last, to: key, ctx)
            let fresh = MinutesLines.make(ctx, key: key)
            #expect(Self.drawn(updated) == Self.drawn(fresh), "step \(step), change \(r)")
            // Sometimes the state goes back (a replay seeks): from these lines to an older state's.
            if step % 13 == 12, !history.isEmpty {
                let (olderCtx, olderKey) = history[rng.int(history.count)]
                let back = MinutesLines.updated((key, updated), to: olderKey, olderCtx)
                #expect(Self.drawn(back) == Self.drawn(MinutesLines.make(olderCtx, key: olderKey)), "step \(step), back")
            }
            if step % 10 == 0 { history.append((ctx, key)) }
            last = (key, updated)
        }
        #expect(kinds.count == 20)
        #expect(notes > 500)
    }
}
