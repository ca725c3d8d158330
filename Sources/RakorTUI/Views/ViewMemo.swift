import RakorCore
import Synchronization

// A view redrawn every second at rest asks the same questions of the same state each time: how
// the queue splits by item, what the on-time advice is. With 500 queued that was most of a
// frame. A memo keeps the last answer with what it was made from, and gives it again while
// those inputs are the same: the lists compared by storage (O(1): a state that did not change
// shares its lists with the one before), the rest by value. Lists equal in content but stored
// apart count as a change, and the answer is made again, which is right, only slower.

/// The last few values made, with the keys they were made from: a few, since one process may
/// draw several screens of one session (the moderator's, and each joiner's over ssh).
final class ViewMemo<Key: Equatable & Sendable, Value: Sendable>: Sendable {
    private let kept = Mutex<[(key: Key, value: Value)]>([])
    private let slots: Int

    init(slots: Int = 4) { self.slots = max(1, slots) }

    /// The value for `key`: a kept one when its key is the same, else `make()`, kept in place of the oldest.
    func value(_ key: Key, _ make: () -> Value) -> Value {
        if let hit = kept.withLock({ k -> Value? in
            guard let i = k.firstIndex(where: { $0.key == key }) else { return nil }
            if i != k.count - 1 { k.append(k.remove(at: i)) }   // newest last
            return k[k.count - 1].value
        }) { return hit }
        let made = make()
        kept.withLock { k in
            if k.count >= slots { k.removeFirst() }
            k.append((key, made))
        }
        return made
    }
}

/// Whether two arrays certainly hold the same elements, known in O(1): both are empty, or both
/// share one storage. False says nothing. A memo's key keeps its array alive, so the storage
/// cannot be reused or changed in place while the key may still be compared.
func sameStorage<T>(_ a: [T], _ b: [T]) -> Bool {
    guard a.count == b.count else { return false }
    if a.isEmpty { return true }
    return a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
}

/// What the queue's split by item depends on.
struct QueueMemoKey: Equatable, Sendable {
    var queue: [String]
    var speakers: IdentifiedList<Speaker>
    var items: IdentifiedList<AgendaItem>
    var running: String?
    var unfolded: Bool

    init(_ s: SessionState, unfolded: Bool) {
        queue = s.queue
        speakers = s.speakers
        items = s.items
        running = s.runningItem
        self.unfolded = unfolded
    }

    static func == (a: Self, b: Self) -> Bool {
        a.unfolded == b.unfolded && a.running == b.running && sameStorage(a.queue, b.queue)
            && a.speakers.sharesStorage(with: b.speakers) && a.items.sharesStorage(with: b.items)
    }
}

/// What the on-time advice depends on, the schedule's offset and planned end given.
struct AdviceMemoKey: Equatable, Sendable {
    var queue: [String]
    var speakers: IdentifiedList<Speaker>
    var running: String?
    var closed: Bool
    var minSpeakerS: Int
    var behindS: Int
    var plannedEndT: Int

    init(_ s: SessionState, _ sched: RundownSchedule) {
        queue = s.queue
        speakers = s.speakers
        running = s.runningItem
        closed = s.isClosed
        minSpeakerS = s.minSpeakerS
        behindS = sched.offsetMs / 1000
        plannedEndT = sched.plannedEndT
    }

    static func == (a: Self, b: Self) -> Bool {
        a.behindS == b.behindS && a.plannedEndT == b.plannedEndT && a.running == b.running && a.closed == b.closed
            && a.minSpeakerS == b.minSpeakerS && sameStorage(a.queue, b.queue) && a.speakers.sharesStorage(with: b.speakers)
    }
}

/// What the time booked by the speakers waiting for an item depends on.
struct QueuedMsMemoKey: Equatable, Sendable {
    var queue: [String]
    var speakers: IdentifiedList<Speaker>
    var item: String

    static func == (a: Self, b: Self) -> Bool {
        a.item == b.item && sameStorage(a.queue, b.queue) && a.speakers.sharesStorage(with: b.speakers)
    }
}
