import Testing
@testable import RakorCore
@testable import RakorTUI

/// The views' memos (ViewMemo) give what making the value again gives, through every kind of
/// change, and tell lists apart by storage.
@Suite("View memos")
struct ViewMemoTests {
    @Test func arraysAreTheSameOnlyWhenTheyShareStorageOrAreEmpty() {
        let a = ["s1", "s2"]
        let copy = a
        var apart = ["s1"]
        apart.append("s2")
        #expect(sameStorage(a, copy))
        #expect(!sameStorage(a, apart))
        #expect(a == apart)
        #expect(sameStorage([String](), []))
        var changed = copy
        changed[1] = "s3"
        #expect(!sameStorage(a, changed))
    }

    @Test func theQueuesRowsFollowEveryChange() {
        var sc = Fixtures.queueByItem()
        var states = [sc.state]
        sc.run(.floor(.queueSpeaker(name: Who.interupsi, allottedS: 120, interruption: true)), at: tm(46))
        states.append(sc.state)
        sc.run(.floor(.queueSpeaker(name: "Ir. Budi Santoso", allottedS: 300, item: "a8")), at: tm(46, 10))
        states.append(sc.state)
        sc.run(.floor(.startNextSpeaker()), at: tm(46, 20))
        states.append(sc.state)
        sc.run(.rundown(.startItem()), at: tm(47))
        states.append(sc.state)
        // Back and forth, folded and unfolded, more states than the memo keeps: each answer is
        // the one made afresh.
        for round in 0..<3 {
            for (i, s) in (round == 1 ? states.reversed() : states).enumerated() {
                for unfolded in [false, true] {
                    #expect(QueueRows.of(s, unfolded: unfolded) == QueueRows(s, unfolded: unfolded), "round \(round) state \(i) unfolded \(unfolded)")
                }
            }
        }
        // A state changed in place while the memo holds its lists.
        var s = sc.state
        _ = QueueRows.of(s, unfolded: true)
        let first = s.queue.first
        s.apply(Event(seq: s.lastSeq + 1, t: tm(48), by: "moderator", kind: .speakerRemoved(id: first ?? "")))
        #expect(QueueRows.of(s, unfolded: true) == QueueRows(s, unfolded: true))
        #expect(!QueueRows.of(s, unfolded: true).selectable.contains(first ?? ""))
    }

    @Test func theKeptValueIsTheNewestForItsKey() {
        let memo = ViewMemo<Int, String>(slots: 2)
        var made = 0
        func value(_ k: Int) -> String { memo.value(k) { made += 1; return "v\(k)" } }
        #expect(value(1) == "v1")
        #expect(value(2) == "v2")
        #expect(value(1) == "v1")
        #expect(made == 2)
        #expect(value(3) == "v3")   // drops 2, the oldest used
        #expect(value(1) == "v1")
        #expect(made == 3)
        #expect(value(2) == "v2")
        #expect(made == 4)
    }
}
