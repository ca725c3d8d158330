import RakorCore

extension FormFactory {
    /// The items the speakers booked under `item` can move to when it is removed: the running
    /// one and those still to come.
    static func moveTargets(from item: AgendaItem, _ s: SessionState) -> [AgendaItem] {
        s.items.filter { $0.id != item.id && ($0.isRunning || !$0.hasStarted) }
    }

    /// Removing `item` and moving its booked speakers: ← → choose the item they go to, as in
    /// the `a` form; the next item still to come is chosen first. nil when there is none.
    static func moveSpeakers(from item: AgendaItem, _ s: SessionState) -> Form? {
        let targets = moveTargets(from: item, s)
        guard !targets.isEmpty else { return nil }
        let index = s.items.firstIndex { $0.id == item.id } ?? 0
        let after = targets.firstIndex { t in (s.items.firstIndex { $0.id == t.id } ?? 0) > index }
        return Form(purpose: .moveSpeakers(item: item.id),
                    title: ("Hapus \"\(item.title)\", pindahkan pembicaranya", "Remove \"\(item.title)\", move its speakers"),
                    fields: [FormField(key: "to", label: ("Pindahkan ke", "Move to"),
                                       kind: .choice(targets.map(\.id), labelsID: targets.map(\.title), labelsEN: targets.map(\.title)),
                                       selected: after ?? targets.count - 1)])
    }
}
