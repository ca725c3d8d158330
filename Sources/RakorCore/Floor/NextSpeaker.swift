extension SessionState {
    /// The speaker `n` gives the floor to: the first queued for the running item, else the first
    /// queued for no item (spec: one speaker list per rundown item).
    public var nextSpeaker: String? {
        if let item = runningItem, let id = queue.first(where: { speakers[id: $0]?.item == item }) { return id }
        return queue.first { speakers[id: $0]?.item == nil }
    }
}
