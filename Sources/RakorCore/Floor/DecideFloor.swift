extension Decision {
    /// Decides a command on the speaker queue and the floor.
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    mutating func decide(_ command: FloorCommand) throws(RakorError) {
        switch command {
        case let .queueSpeaker(name, role, org, remote, allottedS, item, index, interruption):
            try open()
            if let item, !state.items.contains(id: item) { throw .unknownItem(item) }
            if let index, index < 0 { throw .invalidCount(field: "index") }
            emit(.speakerQueued(id: nextId("s", state.speakers), name: try text(name, "name"), role: optText(role),
                                org: optText(org), remote: remote, allottedS: try duration(allottedS, "allotted_s"),
                                item: item ?? state.runningItem, index: index,
                                kind: interruption ? .interruption : nil))

        case let .updateSpeaker(id, name, role, org, remote, allottedS):
            guard let sp = state.speakers[id: id] else { throw .unknownSpeaker(id) }
            if allottedS != nil, !sp.status.isOpenTurn { throw .speakerNotWaiting(id) }
            let newName = try name.map { (s: String) throws(RakorError) -> String in try text(s, "name") }
            let allotted = try allottedS.map { (s: Int) throws(RakorError) -> Int in try duration(s, "allotted_s") }
            guard newName != nil || role != nil || org != nil || remote != nil || allotted != nil else { throw .nothingToChange }
            emit(.speakerUpdated(id: id, name: newName, role: role?.trimmingWhitespace, org: org?.trimmingWhitespace,
                                 remote: remote, allottedS: allotted))

        case let .moveSpeaker(id, index):
            guard state.speakers.contains(id: id) else { throw .unknownSpeaker(id) }
            guard state.queue.contains(id) else { throw .speakerNotWaiting(id) }
            guard index >= 0 else { throw .invalidCount(field: "index") }
            emit(.speakerMoved(id: id, index: index))

        case .removeSpeaker(let id):
            guard state.speakers.contains(id: id) else { throw .unknownSpeaker(id) }
            guard state.queue.contains(id) else { throw .speakerNotWaiting(id) }
            emit(.speakerRemoved(id: id))

        case .startNextSpeaker(let id):
            try live()
            let next: String
            if let id {
                guard state.speakers.contains(id: id) else { throw .unknownSpeaker(id) }
                guard state.queue.contains(id) else { throw .speakerNotWaiting(id) }
                next = id
            } else if let first = state.nextSpeaker, state.speakers[id: first]?.kind == .interruption || state.held.isEmpty {
                next = first
            } else if let back = state.held.last {
                // Nobody interrupts: the floor goes back to the held turn, with the time it had left.
                endFloor()
                emit(.speakerResumed(id: back))
                return
            } else {
                throw .queueEmpty
            }
            if state.speakers[id: next]?.kind == .interruption, case .speaker(let current)? = state.floor {
                // An interupsi holds the turn on the floor; it does not end it.
                emit(.speakerHeld(id: current))
            } else {
                endFloor()
            }
            emit(.speakerStarted(id: next))

        case .togglePause:
            try open()
            guard let holder = state.floor else { throw .floorEmpty }
            guard case .speaker(let id) = holder, let clock = state.speakers[id: id]?.clock else { throw .notASpeakerTurn }
            emit(clock.paused ? .speakerResumed(id: id) : .speakerPaused(id: id))

        case let .extendSpeaker(id, byS):
            try open()
            let target: String
            if let id {
                guard let sp = state.speakers[id: id] else { throw .unknownSpeaker(id) }
                guard sp.status.isOpenTurn else { throw .speakerNotWaiting(id) }
                target = id
            } else {
                guard let holder = state.floor else { throw .floorEmpty }
                guard case .speaker(let sid) = holder else { throw .notASpeakerTurn }
                target = sid
            }
            guard byS != 0 else { throw .nothingToChange }
            guard byS.magnitude <= 86_400 else { throw .durationTooLong(field: "by_s") }
            var change = byS
            if byS < 0, let sp = state.speakers[id: target] {
                // Shortening stops at the time already spoken: a countdown never goes below it.
                let spokenS = sp.clock.map { ($0.elapsedMs(at: t) + 999) / 1000 } ?? 0
                change = max(byS, min(0, spokenS - sp.allottedS))
            }
            guard change != 0 else { throw .nothingToChange }
            emit(.speakerExtended(id: target, byS: change))

        case .endTurn:
            try open()
            guard let holder = state.floor else { throw .floorEmpty }
            endFloor()
            // The interupsi is over: the held turn gets the floor back ("silakan dilanjutkan").
            if case .speaker(let id) = holder, state.speakers[id: id]?.kind == .interruption, let back = state.held.last {
                emit(.speakerResumed(id: back))
            }
        }
    }
}
