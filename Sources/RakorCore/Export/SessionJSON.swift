// The whole folded session as one JSON document, for other tools (a dashboard, a spreadsheet
// import, an archive). Keys come in a fixed order and are always present (null when the log
// does not say), so a diff of two exports shows only what changed. The output is pretty-printed
// with two-space indents (arrays of plain values on one line) and ends in a newline. Text from
// the log is made inert (line breaks kept in entries), so a tool that prints a field prints no
// terminal escape. docs/export.md lists every key.

/// Builds the JSON export of a session.
public enum SessionJSON {
    /// The version of this export's schema; bumped only for incompatible changes.
    public static let schemaVersion = 1

    /// The JSON document, pretty-printed, ending in a newline.
    public static func render(_ reading: LogReading) -> String {
        ExportWriter.collect { render(reading, to: $0) }
    }

    /// The JSON document, pretty-printed, written to `writer` as it is printed.
    public static func render(_ reading: LogReading, to writer: ExportWriter) {
        write(value(reading), indent: 0, to: writer)
        writer.write("\n")
    }

    /// The export as a JSON value, keys in their documented order.
    public static func value(_ reading: LogReading) -> JSONValue {
        let s = reading.state
        let h = s.header
        let zone = ZoneClock(header: h)
        let now = s.lastT
        func clock(_ t: Int?) -> JSONValue { t.map { .string(zone.clock($0, separator: ":")) } ?? .null }
        func int(_ v: Int?) -> JSONValue { v.map { .int($0) } ?? .null }
        func str(_ v: String?) -> JSONValue { v.map { .string(inert($0)) } ?? .null }
        func text(_ v: String?) -> JSONValue { v.map { .string(inert($0, keepNewlines: true)) } ?? .null }
        func secs(_ ms: Int?) -> JSONValue { ms.map { .int(ExportWords.seconds($0)) } ?? .null }
        func used(_ c: TurnClock?) -> Int? { c.map { ExportWords.seconds($0.elapsedMs(at: $0.endedT ?? now)) } }
        func status(_ st: TurnStatus) -> JSONValue {
            switch st {
            case .queued: return .string("queued")
            case .onFloor: return .string("on_floor")
            case .held: return .string("held")
            case .done: return .string("done")
            case .removed: return .string("removed")
            }
        }

        let firstStart = s.items.compactMap { $0.clock?.startedT }.min()
        let day = zone.date(firstStart ?? 0)
        let session: JSONValue = .object([
            ("session_id", .string(inert(h.sessionId))),
            ("title", str(h.title)),
            ("theme", str(h.theme)),
            ("organizer", str(h.organizer)),
            ("venue", str(h.venue)),
            ("mode", str(h.mode)),
            ("chair", str(h.chair)),
            ("notetaker", str(h.notetaker)),
            ("started_at", .string(inert(h.startedAt))),
            ("tz", str(h.tz)),
            ("zone", .string(zone.label)),
            ("lang", .string(h.language.rawValue)),
            ("date", .string("\(day.year)-\(pad2(day.month))-\(pad2(day.day))")),
            ("start_t", int(firstStart)),
            ("start_clock", clock(firstStart)),
            ("closed", .bool(s.isClosed)),
            ("closed_t", int(s.closedT)),
            ("closed_clock", clock(s.closedT)),
            ("last_t", .int(now)),
            ("last_clock", clock(now)),
            ("phase", .string(s.phase.rawValue)),
        ])

        let a = s.attendance
        let total: Int? = (a.onsite == nil && a.online == nil) ? nil : (a.onsite ?? 0) + (a.online ?? 0)
        let attendance: JSONValue = .object([
            ("onsite", int(a.onsite)), ("online", int(a.online)), ("total", int(total)), ("note", str(a.note)),
        ])

        let sched = s.schedule(now: now)
        let schedule: JSONValue = .object([
            ("offset_s", secs(sched.offsetMs)),
            ("planned_end_t", .int(sched.plannedEndT)),
            ("planned_end_clock", clock(sched.plannedEndT)),
            ("projected_end_t", .int(sched.projectedEndT)),
            ("projected_end_clock", clock(sched.projectedEndT)),
        ])

        let rows = Dictionary(sched.rows.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        let items: [JSONValue] = s.items.map { item in
            let r = rows[item.id]
            let c = item.clock
            let st = c == nil ? "not_started" : (c?.endedT == nil ? "running" : "done")
            let elapsed = used(c)
            return .object([
                ("id", .string(inert(item.id))),
                ("title", str(item.title)),
                ("kind", .string(item.kind.rawValue)),
                ("status", .string(st)),
                ("planned_s", .int(item.plannedS)),
                ("planned_start", str(item.plannedStart)),
                ("planned_start_t", int(r?.plannedStartT)),
                ("planned_start_clock", clock(r?.plannedStartT)),
                ("planned_end_t", int(r?.plannedEndT)),
                ("planned_end_clock", clock(r?.plannedEndT)),
                ("start_t", int(c?.startedT)),
                ("start_clock", clock(c?.startedT)),
                ("end_t", int(c?.endedT)),
                ("end_clock", clock(c?.endedT)),
                ("elapsed_s", int(elapsed)),
                ("over_s", int(c?.endedT == nil ? nil : elapsed.map { $0 - item.plannedS })),
                ("projected_start_clock", clock(r?.projectedStartT)),
                ("projected_end_clock", clock(r?.projectedEndT)),
            ])
        }

        let index = ExportItemIndex(s)
        let speakers: [JSONValue] = s.speakers.map { sp in
            let c = sp.clock
            let u = used(c)
            return .object([
                ("id", .string(inert(sp.id))),
                ("name", str(sp.name)),
                ("role", str(sp.role)),
                ("org", str(sp.org)),
                ("remote", .bool(sp.remote)),
                ("kind", .string(sp.kind.rawValue)),
                ("item", str(sp.item)),
                ("spoke_in", str(c.flatMap { index.item(at: $0.startedT, booked: sp.item) })),
                ("status", status(sp.status)),
                ("allotted_s", .int(sp.allottedS)),
                ("start_t", int(c?.startedT)),
                ("start_clock", clock(c?.startedT)),
                ("end_t", int(c?.endedT)),
                ("end_clock", clock(c?.endedT)),
                ("used_s", int(u)),
                ("overtime_s", int(u.map { max(0, $0 - sp.allottedS) })),
                ("pauses", .object([("count", .int(c?.pauseCount ?? 0)), ("paused_s", secs(c?.pausedMs ?? 0))])),
            ])
        }

        var inRound: [String: [JSONValue]] = [:]
        for q in s.questions { inRound[q.round, default: []].append(.string(inert(q.id))) }
        let rounds: [JSONValue] = s.rounds.map { r in
            .object([
                ("id", .string(inert(r.id))),
                ("number", .int(r.number)),
                ("item", str(r.item)),
                ("max_questions", int(r.maxQuestions)),
                ("opened_t", .int(r.openedT)),
                ("opened_clock", clock(r.openedT)),
                ("closed_t", int(r.closedT)),
                ("closed_clock", clock(r.closedT)),
                ("questions", .array(inRound[r.id] ?? [])),
            ])
        }

        func name(of who: String?) -> JSONValue {
            guard let who else { return .null }
            return str(s.speakers[id: who]?.name ?? who)
        }
        let questions: [JSONValue] = s.questions.map { q in
            let c = q.clock
            return .object([
                ("id", .string(inert(q.id))),
                ("round", .string(inert(q.round))),
                ("asker", str(q.asker)),
                ("org", str(q.org)),
                ("remote", .bool(q.remote)),
                ("to", str(q.to)),
                ("to_name", name(of: q.to)),
                ("text", text(q.text)),
                ("status", status(q.status)),
                ("outcome", str(q.outcome?.rawValue)),
                ("allotted_s", int(q.allottedS)),
                ("start_t", int(c?.startedT)),
                ("start_clock", clock(c?.startedT)),
                ("end_t", int(c?.endedT)),
                ("end_clock", clock(c?.endedT)),
                ("used_s", int(used(c))),
            ])
        }

        let answers: [JSONValue] = s.answers.map { w in
            let c = w.clock
            return .object([
                ("id", .string(inert(w.id))),
                ("round", .string(inert(w.round))),
                ("by", .string(inert(w.by))),
                ("by_name", name(of: w.by)),
                ("questions", .array(w.questions.map { .string(inert($0)) })),
                ("allotted_s", int(w.allottedS)),
                ("start_t", .int(c.startedT)),
                ("start_clock", clock(c.startedT)),
                ("end_t", int(c.endedT)),
                ("end_clock", clock(c.endedT)),
                ("used_s", int(used(c))),
            ])
        }

        let entries: [JSONValue] = s.liveEntries.map { e in
            .object([
                ("id", .string(inert(e.id))),
                ("kind", .string(e.kind.rawValue)),
                ("text", text(e.text)),
                ("item", str(e.item)),
                ("speaker", str(e.speaker)),
                ("owner", str(e.owner)),
                ("due", str(e.due)),
                ("t", .int(e.addedT)),
                ("clock", clock(e.addedT)),
                ("edited", .bool(e.editedT != nil)),
                ("edited_t", int(e.editedT)),
                ("by", str(e.by)),
            ])
        }

        let suspensions: [JSONValue] = s.suspensions.map { x in
            .object([
                ("reason", .string(x.reason.rawValue)),
                ("note", str(x.note)),
                ("start_t", .int(x.startT)),
                ("start_clock", clock(x.startT)),
                ("end_t", int(x.endT)),
                ("end_clock", clock(x.endT)),
                ("suspended_s", secs((x.endT ?? now) - x.startT)),
                ("planned_resume_clock", clock(x.resumeT)),
            ])
        }

        let markers: [JSONValue] = s.markers.map { m in
            .object([("t", .int(m.t)), ("clock", clock(m.t)), ("label", str(m.label))])
        }

        let totals = s.speakingTotals(now: now)
        let speakingTotals: JSONValue = .object([
            ("by_person", .array(totals.byPerson.map { .object([("name", str($0.name)), ("s", secs($0.ms))]) })),
            ("by_org", .array(totals.byOrg.map { .object([("org", str($0.org)), ("s", secs($0.ms))]) })),
        ])

        return .object([
            ("format", .string("rakor-export")),
            ("version", .int(schemaVersion)),
            ("session", session),
            ("attendance", attendance),
            ("schedule", schedule),
            ("items", .array(items)),
            ("speakers", .array(speakers)),
            ("rounds", .array(rounds)),
            ("questions", .array(questions)),
            ("answers", .array(answers)),
            ("entries", .array(entries)),
            ("suspensions", .array(suspensions)),
            ("markers", .array(markers)),
            ("speaking_totals", speakingTotals),
        ])
    }

    /// Pretty-prints a JSON value: two-space indents, one member per line, arrays of plain values on one line.
    public static func pretty(_ v: JSONValue) -> String {
        ExportWriter.collect { write(v, indent: 0, to: $0) }
    }

    private static func isPlain(_ v: JSONValue) -> Bool {
        switch v {
        case .array, .object: return false
        default: return true
        }
    }

    private static func write(_ v: JSONValue, indent: Int, to w: ExportWriter) {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch v {
        case .object(let members):
            guard !members.isEmpty else { w.write("{}"); return }
            w.write("{\n")
            for (i, (k, m)) in members.enumerated() {
                w.write(pad)
                writeString(k, to: w)
                w.write(": ")
                write(m, indent: indent + 1, to: w)
                w.write(i + 1 < members.count ? ",\n" : "\n")
            }
            w.write(close + "}")
        case .array(let items):
            guard !items.isEmpty else { w.write("[]"); return }
            if items.allSatisfy(isPlain) {
                w.write("[")
                for (i, x) in items.enumerated() {
                    if i > 0 { w.write(", ") }
                    writePlain(x, to: w)
                }
                w.write("]")
                return
            }
            w.write("[\n")
            for (i, x) in items.enumerated() {
                w.write(pad)
                write(x, indent: indent + 1, to: w)
                w.write(i + 1 < items.count ? ",\n" : "\n")
            }
            w.write(close + "]")
        default:
            writePlain(v, to: w)
        }
    }

    private static func writePlain(_ v: JSONValue, to w: ExportWriter) {
        if case .string(let s) = v { writeString(s, to: w); return }
        var out = ""
        v.write(into: &out)
        w.write(out)
    }

    /// `JSONValue.writeString`, with text that needs no escape written as it is: no quote, backslash,
    /// control byte, C1 control (0xC2 lead) or line separator (0xE2 lead) among its bytes.
    private static func writeString(_ s: String, to w: ExportWriter) {
        let plain = !s.utf8.contains { b in b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2 || b == 0xE2 }
        if plain {
            w.write("\"")
            w.write(s)
            w.write("\"")
            return
        }
        var out = ""
        JSONValue.writeString(s, into: &out)
        w.write(out)
    }
}
