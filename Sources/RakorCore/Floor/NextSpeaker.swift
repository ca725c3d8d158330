extension SessionState {
    /// The speaker `n` gives the floor to: the first queued for the running item, else the first
    /// queued for no item (spec: one speaker list per rundown item). An interupsi is placed first
    /// whatever item it was raised in.
    public var nextSpeaker: String? {
        if let first = queue.first, speakers[id: first]?.kind == .interruption { return first }
        if let item = runningItem, let id = queue.first(where: { speakers[id: $0]?.item == item }) { return id }
        return queue.first { speakers[id: $0]?.item == nil }
    }
}
