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
            if allottedS != nil, sp.status != .queued && sp.status != .onFloor { throw .speakerNotWaiting(id) }
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
            } else {
                guard let first = state.queue.first else { throw .queueEmpty }
                next = first
            }
            endFloor()
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
                guard sp.status == .queued || sp.status == .onFloor else { throw .speakerNotWaiting(id) }
                target = id
            } else {
                guard let holder = state.floor else { throw .floorEmpty }
                guard case .speaker(let sid) = holder else { throw .notASpeakerTurn }
                target = sid
            }
            guard byS != 0 else { throw .nothingToChange }
            if byS < 0, (state.speakers[id: target]?.allottedS ?? 0) == 0 { throw .nothingToChange }
            guard byS.magnitude <= 86_400 else { throw .durationTooLong(field: "by_s") }
            emit(.speakerExtended(id: target, byS: byS))

        case .endTurn:
            try open()
            guard state.floor != nil else { throw .floorEmpty }
            endFloor()
        }
    }
}
