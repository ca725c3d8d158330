import Testing
@testable import RakorCore

/// The rundown (susunan acara) commands: each states its events and the whole resulting state.
@Suite struct DecideRundownTests {
    /// Three items: a1 opening 5 min at 09:00, a2 report 10 min, a3 closing 5 min.
    static func rundown() -> TestStore {
        var store = TestStore()
        store.given(.rundown(.addItem(title: "Pembukaan", kind: .opening, plannedS: 300, plannedStart: "09:00")), at: 0)
        store.given(.rundown(.addItem(title: "Laporan Kepala BKD", kind: .report, plannedS: 600)), at: 0)
        store.given(.rundown(.addItem(title: "Penutupan", kind: .closing, plannedS: 300)), at: 0)
        return store
    }

    // MARK: addItem

    @Test func addItemTrimsTheTitleAndAppends() {
        var store = TestStore()
        store.send(.rundown(.addItem(title: "  Pembukaan \n", kind: .opening, plannedS: 300, plannedStart: "09:00")), at: 1_000,
                   emits: [.itemAdded(id: "a1", title: "Pembukaan", kind: .opening, plannedS: 300, index: nil,
                                      plannedStart: "09:00")]) {
            $0.items.append(AgendaItem(id: "a1", title: "Pembukaan", kind: .opening, plannedS: 300, plannedStart: "09:00"))
        }
        store.send(.rundown(.addItem(title: "Ishoma", kind: .break, plannedS: 3600)), at: 2_000,
                   emits: [.itemAdded(id: "a2", title: "Ishoma", kind: .break, plannedS: 3600, index: nil, plannedStart: nil)]) {
            $0.items.append(AgendaItem(id: "a2", title: "Ishoma", kind: .break, plannedS: 3600))
        }
    }

    @Test func addItemAtAnIndexInserts() {
        var store = Self.rundown()
        store.send(.rundown(.addItem(title: "Doa", kind: .other, plannedS: 120, index: 1)), at: 0,
                   emits: [.itemAdded(id: "a4", title: "Doa", kind: .other, plannedS: 120, index: 1, plannedStart: nil)]) {
            $0.items.insert(AgendaItem(id: "a4", title: "Doa", kind: .other, plannedS: 120), at: 1)
        }
        #expect(store.state.items.map(\.id) == ["a1", "a4", "a2", "a3"])
        // An index past the end is kept in the event and lands at the end.
        store.send(.rundown(.addItem(title: "Foto bersama", kind: .other, plannedS: 60, index: 99)), at: 0,
                   emits: [.itemAdded(id: "a5", title: "Foto bersama", kind: .other, plannedS: 60, index: 99, plannedStart: nil)]) {
            $0.items.append(AgendaItem(id: "a5", title: "Foto bersama", kind: .other, plannedS: 60))
        }
    }

    @Test func addItemRefusesBadInput() {
        var store = Self.rundown()
        store.sendFailing(.rundown(.addItem(title: "", kind: .report, plannedS: 60)), at: 0, expect: .emptyText(field: "title"))
        store.sendFailing(.rundown(.addItem(title: " \t\n\u{3000}", kind: .report, plannedS: 60)), at: 0, expect: .emptyText(field: "title"))
        store.sendFailing(.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: -1)), at: 0,
                          expect: .negativeDuration(field: "planned_s"))
        store.sendFailing(.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: 86_401)), at: 0,
                          expect: .durationTooLong(field: "planned_s"))
        store.sendFailing(.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: 600, plannedStart: "25:00")), at: 0,
                          expect: .invalidClockTime("25:00"))
        store.sendFailing(.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: 600, plannedStart: "9 pagi")), at: 0,
                          expect: .invalidClockTime("9 pagi"))
        store.sendFailing(.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: 600, index: -1)), at: 0,
                          expect: .invalidCount(field: "index"))
    }

    /// Ids are unique within a session for their kind (spec, "Event types"): a removed item's id
    /// must not be given to a new item, or earlier events naming it would point at the new one.
    @Test func aRemovedItemsIdIsNeverGivenAgain() {
        var store = Self.rundown()
        store.given(.rundown(.removeItem(id: "a3")), at: 0)
        let events = store.given(.rundown(.addItem(title: "Penutupan (baru)", kind: .closing, plannedS: 300)), at: 0)
        guard case .itemAdded(let id, _, _, _, _, _)? = events.first?.kind else {
            Issue.record("no item was added: \(events)")
            return
        }
        #expect(id != "a3", "the new item reuses the id of removed item a3 (Decide.swift nextId counts the live list)")
    }

    // MARK: updateItem

    @Test func updateItemChangesOnlyWhatIsGiven() {
        var store = Self.rundown()
        store.send(.rundown(.updateItem(id: "a2", title: " Laporan Sekda ", plannedS: 900, plannedStart: "09:10")), at: 0,
                   emits: [.itemUpdated(id: "a2", title: "Laporan Sekda", kind: nil, plannedS: 900, plannedStart: "09:10")]) {
            $0.items[id: "a2"]?.title = "Laporan Sekda"
            $0.items[id: "a2"]?.plannedS = 900
            $0.items[id: "a2"]?.plannedStart = "09:10"
        }
        // An empty planned start clears it.
        store.send(.rundown(.updateItem(id: "a1", plannedStart: "")), at: 0,
                   emits: [.itemUpdated(id: "a1", title: nil, kind: nil, plannedS: nil, plannedStart: "")]) {
            $0.items[id: "a1"]?.plannedStart = nil
        }
    }

    @Test func changingTheKindOfTheRunningItemChangesThePhase() {
        var store = Self.rundown()
        store.given(.rundown(.startItem()), at: 0)
        store.send(.rundown(.updateItem(id: "a1", kind: .remarks)), at: secs(30),
                   emits: [.itemUpdated(id: "a1", title: nil, kind: .remarks, plannedS: nil, plannedStart: nil)]) {
            $0.items[id: "a1"]?.kind = .remarks
            $0.machine = PhaseMachine(phase: .sambutan)
        }
    }

    @Test func updateItemRefusesBadInput() {
        var store = Self.rundown()
        store.sendFailing(.rundown(.updateItem(id: "a9", title: "X")), at: 0, expect: .unknownItem("a9"))
        store.sendFailing(.rundown(.updateItem(id: "a1")), at: 0, expect: .nothingToChange)
        store.sendFailing(.rundown(.updateItem(id: "a1", title: "   ")), at: 0, expect: .emptyText(field: "title"))
        store.sendFailing(.rundown(.updateItem(id: "a1", plannedS: -60)), at: 0, expect: .negativeDuration(field: "planned_s"))
        store.sendFailing(.rundown(.updateItem(id: "a1", plannedStart: "24:00")), at: 0, expect: .invalidClockTime("24:00"))
    }

    /// The spec writes planned starts as "HH:MM"; decide accepts "9.30" as typed, so it must
    /// write the canonical form, or a reader that follows the spec cannot read it.
    @Test func aPlannedStartIsWrittenAsHHMM() {
        var store = TestStore()
        store.send(.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: 600, plannedStart: "9.30")), at: 0,
                   emits: [.itemAdded(id: "a1", title: "Paparan", kind: .presentation, plannedS: 600, index: nil,
                                      plannedStart: "09:30")]) {
            $0.items.append(AgendaItem(id: "a1", title: "Paparan", kind: .presentation, plannedS: 600, plannedStart: "09:30"))
        }
        store.send(.rundown(.updateItem(id: "a1", plannedStart: "13.05")), at: 0,
                   emits: [.itemUpdated(id: "a1", title: nil, kind: nil, plannedS: nil, plannedStart: "13:05")]) {
            $0.items[id: "a1"]?.plannedStart = "13:05"
        }
    }

    /// The phase follows the running item's kind; a kind changed during a suspension must hold
    /// once the meeting resumes (Evolve.swift only updates the phase outside a suspension, so
    /// resume restores the phase of the old kind).
    @Test func aKindChangedDuringASuspensionHoldsAfterResume() {
        var store = Self.rundown()
        store.given(.rundown(.startItem(id: "a2")), at: 0)            // laporan
        store.given(.session(.suspend(reason: .skors)), at: secs(10))
        store.given(.rundown(.updateItem(id: "a2", kind: .presentation)), at: secs(20))
        store.given(.session(.resume), at: secs(30))
        #expect(store.state.phase == .paparan)
    }

    // MARK: moveItem

    @Test func moveItemReorders() {
        var store = Self.rundown()
        store.send(.rundown(.moveItem(id: "a3", index: 0)), at: 0, emits: [.itemMoved(id: "a3", index: 0)]) {
            $0.items.move(id: "a3", to: 0)
        }
        #expect(store.state.items.map(\.id) == ["a3", "a1", "a2"])
        store.sendFailing(.rundown(.moveItem(id: "a9", index: 0)), at: 0, expect: .unknownItem("a9"))
        store.sendFailing(.rundown(.moveItem(id: "a1", index: -1)), at: 0, expect: .invalidCount(field: "index"))
    }

    // MARK: removeItem

    @Test func removeItemThatHasNotRun() {
        var store = Self.rundown()
        store.send(.rundown(.removeItem(id: "a2")), at: 0, emits: [.itemRemoved(id: "a2")]) {
            $0.items.remove(id: "a2")
            $0.removedItems = ["a2"]
        }
        #expect(store.state.items.map(\.id) == ["a1", "a3"])
    }

    @Test func removeItemThatRanOrRunsIsRefused() {
        var store = Self.rundown()
        store.given(.rundown(.startItem()), at: 0)
        store.sendFailing(.rundown(.removeItem(id: "a1")), at: secs(10), expect: .itemAlreadyStarted("a1"))
        store.given(.rundown(.endItem), at: mins(5))
        store.sendFailing(.rundown(.removeItem(id: "a1")), at: mins(6), expect: .itemAlreadyStarted("a1"))
        store.sendFailing(.rundown(.removeItem(id: "a9")), at: mins(6), expect: .unknownItem("a9"))
    }

    // MARK: startItem

    @Test func startItemStartsTheNextOneNotRun() {
        var store = Self.rundown()
        store.send(.rundown(.startItem()), at: secs(90), emits: [.itemStarted(id: "a1")]) {
            $0.items[id: "a1"]?.clock = clock(start: secs(90), running: secs(90))
            $0.runningItem = "a1"
            $0.machine = PhaseMachine(phase: .pembukaan)
        }
    }

    @Test func startItemEndsTheRunningOneFirst() {
        var store = Self.rundown()
        store.given(.rundown(.startItem()), at: 0)
        store.send(.rundown(.startItem()), at: mins(6), emits: [.itemEnded(id: "a1"), .itemStarted(id: "a2")]) {
            $0.items[id: "a1"]?.clock = clock(start: 0, running: nil, accumulated: mins(6), ended: mins(6))
            $0.items[id: "a2"]?.clock = clock(start: mins(6), running: mins(6))
            $0.runningItem = "a2"
            $0.machine = PhaseMachine(phase: .laporan)
        }
    }

    @Test func startItemById() {
        var store = Self.rundown()
        store.send(.rundown(.startItem(id: "a3")), at: 0, emits: [.itemStarted(id: "a3")]) {
            $0.items[id: "a3"]?.clock = clock(start: 0, running: 0)
            $0.runningItem = "a3"
            $0.machine = PhaseMachine(phase: .penutupan)
        }
        // The next one not run is then a1.
        store.send(.rundown(.startItem()), at: secs(1), emits: [.itemEnded(id: "a3"), .itemStarted(id: "a1")]) {
            $0.items[id: "a3"]?.clock = clock(start: 0, running: nil, accumulated: secs(1), ended: secs(1))
            $0.items[id: "a1"]?.clock = clock(start: secs(1), running: secs(1))
            $0.runningItem = "a1"
            $0.machine = PhaseMachine(phase: .pembukaan)
        }
    }

    @Test func startItemRefusals() {
        var store = Self.rundown()
        store.sendFailing(.rundown(.startItem(id: "a9")), at: 0, expect: .unknownItem("a9"))
        store.given(.rundown(.startItem()), at: 0)
        store.sendFailing(.rundown(.startItem(id: "a1")), at: secs(5), expect: .itemAlreadyStarted("a1"))
        store.given(.session(.suspend(reason: .skors)), at: secs(10))
        store.sendFailing(.rundown(.startItem()), at: secs(20), expect: .suspended)
        store.given(.session(.resume), at: secs(30))
        store.given(.rundown(.startItem()), at: secs(40))
        store.given(.rundown(.startItem()), at: secs(50))
        // Every item has run: none is left.
        store.sendFailing(.rundown(.startItem()), at: secs(60), expect: .noNextItem)
        store.given(.session(.close), at: secs(70))
        store.sendFailing(.rundown(.startItem()), at: secs(80), expect: .sessionClosed)
    }

    // MARK: endItem

    @Test func endItemEndsTheRunningItem() {
        var store = Self.rundown()
        store.given(.rundown(.startItem()), at: secs(10))
        store.send(.rundown(.endItem), at: mins(7), emits: [.itemEnded(id: "a1")]) {
            $0.items[id: "a1"]?.clock = clock(start: secs(10), running: nil, accumulated: mins(7) - secs(10), ended: mins(7))
            $0.runningItem = nil
            $0.machine = PhaseMachine(phase: .berlangsung)
        }
        store.sendFailing(.rundown(.endItem), at: mins(8), expect: .noItemRunning)
    }

    @Test func endItemWhileSuspendedIsRefused() {
        var store = Self.rundown()
        store.given(.rundown(.startItem()), at: 0)
        store.given(.session(.suspend(reason: .technical)), at: secs(10))
        store.sendFailing(.rundown(.endItem), at: secs(20), expect: .suspended)
    }

    /// An item of kind `other` runs in `berlangsung`; ending it must end it (the event must apply).
    @Test func endItemOfKindOtherEndsIt() {
        var store = TestStore()
        store.given(.rundown(.addItem(title: "Doa bersama", kind: .other, plannedS: 120)), at: 0)
        store.given(.rundown(.startItem()), at: 0)
        store.send(.rundown(.endItem), at: secs(100), emits: [.itemEnded(id: "a1")]) {
            $0.items[id: "a1"]?.clock = clock(start: 0, running: nil, accumulated: secs(100), ended: secs(100))
            $0.runningItem = nil
            $0.machine = PhaseMachine(phase: .berlangsung)
        }
    }
}
