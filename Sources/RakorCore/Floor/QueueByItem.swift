// The speaker queue as a moderator reads it (issue 10, one speaker list per rundown item): the
// list `n` takes from first, then the lists of the other items, each under its item's name.

/// The queue split by rundown item: the running list, then one list per other item.
public struct QueueByItem: Equatable, Sendable {
    /// The speakers booked under one rundown item that is not running.
    public struct Group: Equatable, Sendable {
        /// The item's id.
        public var item: String
        /// Speaker ids in queue order.
        public var speakers: [String]
    }

    /// The speakers `n` takes from, in the order it takes them: interupsi first, then those booked
    /// under the running item, then those booked under no item (spec: `n` falls back to them).
    public var running: [String]
    /// The other items' lists, in rundown order (an item id no longer in the rundown last).
    public var others: [Group]

    /// Which list a speaker moves within: an interupsi, an item's list, or the list of no item.
    /// Moving a speaker past one of another list would not change the order `n` takes them in.
    public enum Section: Hashable, Sendable {
        case interruption
        case item(String)
        case noItem
    }
}

extension SessionState {
    /// The queue split by rundown item; `running.first` is always `nextSpeaker`.
    public var queueByItem: QueueByItem {
        let running = runningItem
        var interruptions: [String] = [], own: [String] = [], unbooked: [String] = []
        var byItem: [String: [String]] = [:]
        var order: [String] = []
        for id in queue {
            // Only the kind and the item, read in place: the queue is split every frame.
            guard let (kind, booked) = speakers.read(id: id, { ($0.kind, $0.item) }) else { continue }
            if kind == .interruption { interruptions.append(id); continue }
            switch booked {
            case nil: unbooked.append(id)
            case let item? where item == running: own.append(id)
            case let item?:
                if byItem[item] == nil { order.append(item) }
                byItem[item, default: []].append(id)
            }
        }
        let rank = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($0.element.id, $0.offset) })
        let groups = order.enumerated().sorted { a, b in
            (rank[a.element] ?? Int.max, a.offset) < (rank[b.element] ?? Int.max, b.offset)
        }.map { QueueByItem.Group(item: $0.element, speakers: byItem[$0.element] ?? []) }
        return QueueByItem(running: interruptions + own + unbooked, others: groups)
    }

    /// The list a queued speaker belongs to (see `QueueByItem.Section`).
    public func queueSection(of id: String) -> QueueByItem.Section {
        guard let sp = speakers[id: id] else { return .noItem }
        if sp.kind == .interruption { return .interruption }
        return sp.item.map { .item($0) } ?? .noItem
    }
}
