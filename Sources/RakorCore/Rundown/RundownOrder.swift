/// Fixed start times that run backwards: `later` is listed after `earlier` but starts first.
public struct StartTimeInversion: Equatable, Sendable {
    public var earlier: AgendaItem
    public var later: AgendaItem
}

/// The first pair of items whose fixed start times are out of order (19.20 listed above 19.10).
public func firstStartTimeInversion<C: Collection>(_ items: C) -> StartTimeInversion? where C.Element == AgendaItem {
    var last: (item: AgendaItem, minutes: Int)?
    for item in items {
        guard let text = item.plannedStart, let t = ClockTime.parse(text) else { continue }
        if let l = last, t.minutesOfDay < l.minutes { return StartTimeInversion(earlier: l.item, later: item) }
        last = (item, t.minutesOfDay)
    }
    return nil
}
