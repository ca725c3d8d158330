extension Decision {
    /// The speakers waiting under item `from`, re-booked under `to`: for each, in queue order,
    /// `speaker.removed` and then `speaker.queued` with the same name, jabatan, instansi, remote,
    /// allotment and kind, a new id, at the place in the queue it left.
    mutating func moveBookedSpeakers(from: String, to: String) throws(RakorError) {
        let booked = state.queue.compactMap { state.speakers[id: $0] }.filter { $0.item == from && $0.status == .queued }
        for sp in booked {
            applyEmitted()
            guard let at = state.queue.firstIndex(of: sp.id) else { throw .speakerNotWaiting(sp.id) }
            emit(.speakerRemoved(id: sp.id))
            applyEmitted()
            emit(.speakerQueued(id: nextId("s", state.speakers), name: sp.name, role: sp.role, org: sp.org,
                                remote: sp.remote, allottedS: sp.allottedS, item: to, index: at,
                                kind: sp.kind == .interruption ? .interruption : nil))
        }
    }

    /// Applies the last event emitted to the working state now (an id or a place read next
    /// must see it); `emit` then does not apply it again.
    private mutating func applyEmitted() {
        guard let u = unapplied else { return }
        state.apply(u)
        unapplied = nil
    }
}
