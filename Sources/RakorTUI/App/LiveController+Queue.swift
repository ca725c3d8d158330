import RakorCore

// The queue panel's keys (issue 10): the selection indexes the speakers as the panel shows them.
extension LiveController {
    /// The queue panel's rows for the current state and fold.
    var queueRows: QueueRows { QueueRows.of(state, unfolded: ui.queueUnfolded) }

    /// K / J: moves the selected speaker past the one above or below it in the same list. A
    /// speaker of another list (an interupsi, another item, no item) is not passed: `n` takes the
    /// lists in a fixed order, so the move would change nothing and look as if it had.
    func moveSelectedSpeaker(by delta: Int) {
        let rows = queueRows
        guard let id = rows.selected(ui.queueSelection), let at = rows.selectable.firstIndex(of: id) else { return }
        let to = at + delta
        guard rows.selectable.indices.contains(to) else { return }
        let neighbour = rows.selectable[to]
        guard state.queueSection(of: neighbour) == state.queueSection(of: id) else {
            let name = state.speakers[id: id]?.name ?? id
            ui.message = StatusMessage(lang == .id ? "\(name) sudah di ujung daftarnya; pembicara hanya dipindah dalam daftar acaranya."
                                                   : "\(name) is at the end of their list; a speaker moves only within their item's list.",
                                       kind: .info, t: now)
            return
        }
        guard let index = state.queue.firstIndex(of: neighbour) else { return }
        if send(.floor(.moveSpeaker(id: id, index: index))) == nil { ui.queueSelection = to }
    }

    /// z: unfolds or folds the other items' lists, keeping the same speaker selected.
    func toggleQueueFold() {
        let id = queueRows.selected(ui.queueSelection)
        ui.queueUnfolded.toggle()
        if let id, let i = queueRows.selectable.firstIndex(of: id) { ui.queueSelection = i }
        clampSelection()
    }
}
