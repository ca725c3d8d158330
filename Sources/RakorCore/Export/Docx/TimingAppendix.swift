// The timing appendix of the .docx notulen: each rundown item, planned against held.

/// One row per rundown item: planned start and length, when it ran, how long, and the difference.
struct TimingAppendix {
    var rows: [[String]]

    init(_ state: SessionState, lang: Language) {
        let zone = ZoneClock(header: state.header)
        let w = ExportWords(lang: lang, zone: zone)
        let sep = lang == .id ? "." : ":"
        let now = state.closedT ?? state.lastT
        rows = state.items.enumerated().map { i, item in
            let minutes = lang == .id ? "\(item.plannedS / 60) mnt" : "\(item.plannedS / 60) min"
            let planned = item.plannedStart.map { "\($0.replacingOccurrences(of: ":", with: sep)) · \(minutes)" } ?? minutes
            guard let c = item.clock else { return ["\(i + 1)", inert(item.title), planned, "—", "—", "—"] }
            let end = c.endedT
            let held = "\(zone.clock(c.startedT, separator: sep))–\(end.map { zone.clock($0, separator: sep) } ?? "…")"
            let used = ExportWords.seconds(c.elapsedMs(at: end ?? now))
            let diff = used - item.plannedS
            let sign = diff > 0 ? "+" : (diff < 0 ? "−" : "±")
            return ["\(i + 1)", inert(item.title), planned, held, w.duration(ms: used * 1000),
                    diff == 0 ? "±0" : sign + w.duration(ms: abs(diff) * 1000)]
        }
    }
}
