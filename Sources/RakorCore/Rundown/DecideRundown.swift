extension Decision {
    /// Decides a command on the rundown.
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    mutating func decide(_ command: RundownCommand) throws(RakorError) {
        switch command {
        case let .addItem(title, kind, plannedS, index, plannedStart):
            try open()
            if let index, index < 0 { throw .invalidCount(field: "index") }
            emit(.itemAdded(id: nextId("a", state.items, retired: state.removedItems), title: try text(title, "title"), kind: kind,
                            plannedS: try duration(plannedS, "planned_s"), index: index,
                            plannedStart: try clockTime(plannedStart)))

        case let .updateItem(id, title, kind, plannedS, plannedStart):
            guard state.items.contains(id: id) else { throw .unknownItem(id) }
            let newTitle = try title.map { (s: String) throws(RakorError) -> String in try text(s, "title") }
            let newPlanned = try plannedS.map { (s: Int) throws(RakorError) -> Int in try duration(s, "planned_s") }
            let start = plannedStart == "" ? "" : try clockTime(plannedStart)
            guard newTitle != nil || kind != nil || newPlanned != nil || start != nil else { throw .nothingToChange }
            emit(.itemUpdated(id: id, title: newTitle, kind: kind, plannedS: newPlanned, plannedStart: start))

        case let .moveItem(id, index):
            guard state.items.contains(id: id) else { throw .unknownItem(id) }
            guard index >= 0 else { throw .invalidCount(field: "index") }
            emit(.itemMoved(id: id, index: index))

        case .removeItem(let id):
            guard let item = state.items[id: id] else { throw .unknownItem(id) }
            guard !item.hasStarted else { throw .itemAlreadyStarted(id) }
            emit(.itemRemoved(id: id))

        case let .removeItemMovingSpeakers(id, to):
            guard let item = state.items[id: id] else { throw .unknownItem(id) }
            guard !item.hasStarted else { throw .itemAlreadyStarted(id) }
            guard let target = state.items[id: to], to != id else { throw .unknownItem(to) }
            guard target.isRunning || !target.hasStarted else { throw .itemAlreadyStarted(to) }
            try moveBookedSpeakers(from: id, to: to)
            emit(.itemRemoved(id: id))

        case let .startItem(id, holdFloor):
            try live()
            let item: AgendaItem
            if let id {
                guard let it = state.items[id: id] else { throw .unknownItem(id) }
                guard !it.hasStarted else { throw .itemAlreadyStarted(id) }
                item = it
            } else {
                guard let it = state.items.first(where: { !$0.hasStarted }) else { throw .noNextItem }
                item = it
            }
            try phaseAllows(.itemStarted(item.kind), "start an item")
            if item.kind == .break, let holder = state.floor {
                // A break stops every clock: the turn on the floor is held or ended first (spec).
                if holdFloor, case .speaker(let id) = holder { emit(.speakerHeld(id: id)) } else { endFloor() }
            }
            if let running = state.runningItem { emit(.itemEnded(id: running)) }
            emit(.itemStarted(id: item.id))

        case .endItem:
            try live()
            guard let id = state.runningItem else { throw .noItemRunning }
            emit(.itemEnded(id: id))

        case .shorten(let changes):
            try live()
            guard !changes.isEmpty else { throw .nothingToChange }
            for c in changes {
                let to = try duration(c.toS, "planned_s")
                switch c.target {
                case .speaker(let id):
                    guard let sp = state.speakers[id: id] else { throw .unknownSpeaker(id) }
                    guard sp.status.isOpenTurn else { throw .speakerNotWaiting(id) }
                    if to != sp.allottedS { emit(.speakerExtended(id: id, byS: to - sp.allottedS)) }
                case .item(let id):
                    guard let item = state.items[id: id] else { throw .unknownItem(id) }
                    if to != item.plannedS { emit(.itemUpdated(id: id, title: nil, kind: nil, plannedS: to, plannedStart: nil)) }
                }
            }
            guard !events.isEmpty else { throw .nothingToChange }
        }
    }
}
