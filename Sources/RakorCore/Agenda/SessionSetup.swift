/// A new session from an agenda: its header and the events that lay out the rundown and the booked speakers.
public enum SessionSetup {
    /// The header of a session started at `startedAtMs` on this plan.
    public static func header(for plan: AgendaPlan, sessionId: String, startedAtMs: Int, app: String) -> SessionHeader {
        var h = SessionHeader(sessionId: sessionId, title: plan.title, startedAtMs: startedAtMs, tz: plan.tz, lang: plan.lang,
                      app: app, venue: plan.venue, mode: plan.mode, chair: plan.chair, notetaker: plan.notetaker,
                      organizer: plan.organizer, theme: plan.theme,
                      warningS: plan.warningS == 120 ? nil : plan.warningS, dangerS: plan.dangerS == 30 ? nil : plan.dangerS)
        // An extension field of the header (kept by every reader as an unknown field).
        if let m = plan.minSpeakerS { h.extra.append(("min_speaker_s", .int(m))) }
        return h
    }

    /// The events at t = 0 that add every item and queue every booked speaker, in rundown order.
    public static func events(for plan: AgendaPlan, header: SessionHeader, by: String? = "moderator") -> [Event] {
        var state = SessionState(header: header)
        var out: [Event] = []
        func run(_ c: Command) -> [Event] {
            guard case .success(let events) = decide(c, state, now: 0, by: by) else { return [] }
            for e in events { state.apply(e) }
            out.append(contentsOf: events)
            return events
        }
        for item in plan.items {
            let added = run(.rundown(.addItem(title: item.title, kind: item.kind, plannedS: item.plannedS, plannedStart: item.plannedStart)))
            guard case .itemAdded(let id, _, _, _, _, _)? = added.first?.kind else { continue }
            for sp in item.speakers {
                _ = run(.floor(.queueSpeaker(name: sp.name, role: sp.role, org: sp.org, remote: sp.remote,
                                      allottedS: sp.allottedS, item: id)))
            }
        }
        return out
    }
}
