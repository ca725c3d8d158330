import RakorCore

/// The queue panel's rows as drawn: the running item's list, then each other item's list folded
/// to one header row (or unfolded with `z`). The selection indexes `selectable`, the speakers in
/// the order shown, so x, r, Enter, K and J act on the highlighted row and never on a hidden one.
struct QueueRows: Equatable, Sendable {
    enum Row: Equatable, Sendable {
        /// A queued speaker, numbered within their list (the running list in the order `n` takes it).
        case speaker(id: String, number: Int)
        /// Another item's list: its item, how many are queued under it, and whether it is unfolded.
        case header(item: String, count: Int, open: Bool)
        /// Nobody queued for the running item (or for no item), while other items have speakers.
        case runningEmpty
    }

    var rows: [Row]
    /// Speaker ids in display order: what `UIState.queueSelection` indexes.
    var selectable: [String]

    init(_ s: SessionState, unfolded: Bool) {
        let q = s.queueByItem
        rows = q.running.enumerated().map { .speaker(id: $0.element, number: $0.offset + 1) }
        selectable = q.running
        if q.running.isEmpty, !q.others.isEmpty { rows.append(.runningEmpty) }
        for g in q.others {
            rows.append(.header(item: g.item, count: g.speakers.count, open: unfolded))
            guard unfolded else { continue }
            rows += g.speakers.enumerated().map { .speaker(id: $0.element, number: $0.offset + 1) }
            selectable += g.speakers
        }
    }

    private static let memo = ViewMemo<QueueMemoKey, QueueRows>()

    /// The rows for `s`, kept while the queue, its speakers, the rundown and the folding are
    /// the same (see ViewMemo): the panel asks every frame and every key.
    static func of(_ s: SessionState, unfolded: Bool) -> QueueRows {
        memo.value(QueueMemoKey(s, unfolded: unfolded)) { QueueRows(s, unfolded: unfolded) }
    }

    /// The selected speaker, the selection clamped to what is shown.
    func selected(_ index: Int) -> String? {
        selectable.isEmpty ? nil : selectable[max(0, min(index, selectable.count - 1))]
    }
}
