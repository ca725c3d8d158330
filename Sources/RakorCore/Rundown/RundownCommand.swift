/// Changes to the rundown (susunan acara) and its running item.
public enum RundownCommand: Equatable, Sendable {
    case addItem(title: String, kind: ItemKind, plannedS: Int, index: Int? = nil, plannedStart: String? = nil)
    case updateItem(id: String, title: String? = nil, kind: ItemKind? = nil, plannedS: Int? = nil, plannedStart: String? = nil)
    case moveItem(id: String, index: Int)
    case removeItem(id: String)
    /// Removes an item that has not started and moves the speakers booked under it to the
    /// item `to` (the running one or one still to come): each is taken off the queue and queued
    /// anew under `to` at the same place, with a new id (the log has no event that changes a
    /// speaker's item), all before `agenda.item_removed`, in one append.
    case removeItemMovingSpeakers(id: String, to: String)
    /// Starts this item, or the next one that has not run. A break item ends the turn on the
    /// floor, or holds it when `holdFloor` (the speaker goes on after the break).
    case startItem(id: String? = nil, holdFloor: Bool = false)
    case endItem
    /// Applies the on-time advice: each change becomes a `speaker.extended` or an `agenda.item_updated`.
    case shorten([OnTimeAdvice.Change])
}
