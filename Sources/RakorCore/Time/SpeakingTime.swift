/// Speaking time of one person over the whole meeting: turns, minutes, over or under the allotted.
public struct SpeakingTimeRow: Equatable, Sendable {
    public var name: String
    /// Instansi, from the person's first turn that gives one.
    public var org: String?
    public var turns: Int
    public var ms: Int
    /// The time allotted over the turns that had an allotment.
    public var allottedMs: Int
    /// Spoken minus allotted (positive = over), nil when nothing was allotted.
    public var overMs: Int? { allottedMs > 0 ? ms - allottedMs : nil }
}

extension SessionState {
    /// Speaking time per person at `now`, longest first (turns, questions and answers; a held
    /// turn counts once, without its interruptions). OpenSlides users asked for this list.
    public func speakingTime(now: Int) -> [SpeakingTimeRow] {
        var rows: [SpeakingTimeRow] = []
        var index: [String: Int] = [:]
        func add(_ name: String, _ org: String?, _ ms: Int, allottedS: Int?) {
            let i = index[name] ?? { rows.append(SpeakingTimeRow(name: name, org: nil, turns: 0, ms: 0, allottedMs: 0)); index[name] = rows.count - 1; return rows.count - 1 }()
            rows[i].turns += 1
            rows[i].ms += ms
            rows[i].allottedMs += (allottedS ?? 0) * 1000
            if rows[i].org == nil, let org, !org.isEmpty { rows[i].org = org }
        }
        for sp in speakers { if let c = sp.clock { add(sp.name, sp.org, c.elapsedMs(at: c.endedT ?? now), allottedS: sp.allottedS) } }
        for q in questions { if let c = q.clock { add(q.asker, q.org, c.elapsedMs(at: c.endedT ?? now), allottedS: q.allottedS) } }
        for a in answers {
            let sp = speakers[id: a.by]
            add(sp?.name ?? a.by, sp?.org, a.clock.elapsedMs(at: a.clock.endedT ?? now), allottedS: a.allottedS)
        }
        return rows.enumerated().sorted { $0.element.ms != $1.element.ms ? $0.element.ms > $1.element.ms : $0.offset < $1.offset }.map(\.element)
    }
}

/// Speaking time of one instansi: its people's turns and time added up.
public struct SpeakingTimeOrgRow: Equatable, Sendable {
    public var org: String
    /// How many people of the instansi spoke.
    public var people: Int
    public var turns: Int
    public var ms: Int
}

extension SpeakingTimeRow {
    /// The rows added up per instansi, longest first (the first to speak first among equals);
    /// people with no instansi are in no row. The `W` overlay and the notulen appendix both read this.
    public static func byOrg(_ rows: [SpeakingTimeRow]) -> [SpeakingTimeOrgRow] {
        var out: [SpeakingTimeOrgRow] = []
        var index: [String: Int] = [:]
        for r in rows {
            guard let o = r.org else { continue }
            if let i = index[o] {
                out[i].people += 1; out[i].turns += r.turns; out[i].ms += r.ms
            } else {
                index[o] = out.count
                out.append(SpeakingTimeOrgRow(org: o, people: 1, turns: r.turns, ms: r.ms))
            }
        }
        return out.enumerated().sorted { $0.element.ms != $1.element.ms ? $0.element.ms > $1.element.ms : $0.offset < $1.offset }.map(\.element)
    }
}
