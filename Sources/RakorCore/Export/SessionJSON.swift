// The whole folded session as one JSON document, for other tools (a dashboard, a spreadsheet
// import, an archive). Keys come in a fixed order and are always present (null when the log
// does not say), so a diff of two exports shows only what changed. The output is pretty-printed
// with two-space indents (arrays of plain values on one line) and ends in a newline. Text from
// the log is made inert (line breaks kept in entries), so a tool that prints a field prints no
// terminal escape. docs/export.md lists every key.
//
// The document is printed member by member as it is made, never built as a tree first: at
// 200,000 events the tree of entries, speakers and questions was most of the export's memory,
// and building and freeing it most of its time.

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
        let s = reading.state
        let h = s.header
        let now = s.lastT
        let o = PrettyJSON(writer, zone: ZoneClock(header: h))
        func used(_ c: TurnClock?) -> Int? { c.map { ExportWords.seconds($0.elapsedMs(at: $0.endedT ?? now)) } }
        func status(_ st: TurnStatus) -> String {
            switch st {
            case .queued: return "queued"
            case .onFloor: return "on_floor"
            case .held: return "held"
            case .done: return "done"
            case .removed: return "removed"
            }
        }

        o.object {
            o.raw("format", "rakor-export")
            o.int("version", schemaVersion)

            let firstStart = s.items.compactMap { $0.clock?.startedT }.min()
            let day = o.zone.date(firstStart ?? 0)
            o.object("session") {
                o.raw("session_id", inert(h.sessionId))
                o.str("title", h.title)
                o.str("theme", h.theme)
                o.str("organizer", h.organizer)
                o.str("venue", h.venue)
                o.str("mode", h.mode)
                o.str("chair", h.chair)
                o.str("notetaker", h.notetaker)
                o.raw("started_at", inert(h.startedAt))
                o.str("tz", h.tz)
                o.raw("zone", o.zone.label)
                o.raw("lang", h.language.rawValue)
                o.raw("date", "\(day.year)-\(pad2(day.month))-\(pad2(day.day))")
                o.int("start_t", firstStart)
                o.clock("start_clock", firstStart)
                o.bool("closed", s.isClosed)
                o.int("closed_t", s.closedT)
                o.clock("closed_clock", s.closedT)
                o.int("last_t", now)
                o.clock("last_clock", now)
                o.raw("phase", s.phase.rawValue)
            }

            let a = s.attendance
            let total: Int? = (a.onsite == nil && a.online == nil) ? nil : (a.onsite ?? 0) + (a.online ?? 0)
            o.object("attendance") {
                o.int("onsite", a.onsite)
                o.int("online", a.online)
                o.int("total", total)
                o.str("note", a.note)
            }

            let sched = s.schedule(now: now)
            o.object("schedule") {
                o.seconds("offset_s", sched.offsetMs)
                o.int("planned_end_t", sched.plannedEndT)
                o.clock("planned_end_clock", sched.plannedEndT)
                o.int("projected_end_t", sched.projectedEndT)
                o.clock("projected_end_clock", sched.projectedEndT)
            }

            let rows = Dictionary(sched.rows.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
            o.array("items", s.items) { item in
                let r = rows[item.id]
                let c = item.clock
                let elapsed = used(c)
                o.object {
                    o.raw("id", inert(item.id))
                    o.str("title", item.title)
                    o.raw("kind", item.kind.rawValue)
                    o.raw("status", c == nil ? "not_started" : (c?.endedT == nil ? "running" : "done"))
                    o.int("planned_s", item.plannedS)
                    o.str("planned_start", item.plannedStart)
                    o.int("planned_start_t", r?.plannedStartT)
                    o.clock("planned_start_clock", r?.plannedStartT)
                    o.int("planned_end_t", r?.plannedEndT)
                    o.clock("planned_end_clock", r?.plannedEndT)
                    o.int("start_t", c?.startedT)
                    o.clock("start_clock", c?.startedT)
                    o.int("end_t", c?.endedT)
                    o.clock("end_clock", c?.endedT)
                    o.int("elapsed_s", elapsed)
                    o.int("over_s", c?.endedT == nil ? nil : elapsed.map { $0 - item.plannedS })
                    o.clock("projected_start_clock", r?.projectedStartT)
                    o.clock("projected_end_clock", r?.projectedEndT)
                }
            }

            let index = ExportItemIndex(s)
            o.array("speakers", s.speakers) { sp in
                let c = sp.clock
                let u = used(c)
                o.object {
                    o.raw("id", inert(sp.id))
                    o.str("name", sp.name)
                    o.str("role", sp.role)
                    o.str("org", sp.org)
                    o.bool("remote", sp.remote)
                    o.raw("kind", sp.kind.rawValue)
                    o.str("item", sp.item)
                    o.str("spoke_in", c.flatMap { index.item(at: $0.startedT, booked: sp.item) })
                    o.raw("status", status(sp.status))
                    o.int("allotted_s", sp.allottedS)
                    o.int("start_t", c?.startedT)
                    o.clock("start_clock", c?.startedT)
                    o.int("end_t", c?.endedT)
                    o.clock("end_clock", c?.endedT)
                    o.int("used_s", u)
                    o.int("overtime_s", u.map { max(0, $0 - sp.allottedS) })
                    o.object("pauses") {
                        o.int("count", c?.pauseCount ?? 0)
                        o.seconds("paused_s", c?.pausedMs ?? 0)
                    }
                }
            }

            var inRound: [String: [String]] = [:]
            for q in s.questions { inRound[q.round, default: []].append(inert(q.id)) }
            o.array("rounds", s.rounds) { r in
                o.object {
                    o.raw("id", inert(r.id))
                    o.int("number", r.number)
                    o.str("item", r.item)
                    o.int("max_questions", r.maxQuestions)
                    o.int("opened_t", r.openedT)
                    o.clock("opened_clock", r.openedT)
                    o.int("closed_t", r.closedT)
                    o.clock("closed_clock", r.closedT)
                    o.strings("questions", inRound[r.id] ?? [])
                }
            }

            func name(of who: String?) -> String? {
                guard let who else { return nil }
                return s.speakers[id: who]?.name ?? who
            }
            o.array("questions", s.questions) { q in
                let c = q.clock
                o.object {
                    o.raw("id", inert(q.id))
                    o.raw("round", inert(q.round))
                    o.str("asker", q.asker)
                    o.str("org", q.org)
                    o.bool("remote", q.remote)
                    o.str("to", q.to)
                    o.str("to_name", name(of: q.to))
                    o.text("text", q.text)
                    o.raw("status", status(q.status))
                    o.str("outcome", q.outcome?.rawValue)
                    o.int("allotted_s", q.allottedS)
                    o.int("start_t", c?.startedT)
                    o.clock("start_clock", c?.startedT)
                    o.int("end_t", c?.endedT)
                    o.clock("end_clock", c?.endedT)
                    o.int("used_s", used(c))
                }
            }

            o.array("answers", s.answers) { w in
                let c = w.clock
                o.object {
                    o.raw("id", inert(w.id))
                    o.raw("round", inert(w.round))
                    o.raw("by", inert(w.by))
                    o.str("by_name", name(of: w.by))
                    o.strings("questions", w.questions.map { inert($0) })
                    o.int("allotted_s", w.allottedS)
                    o.int("start_t", c.startedT)
                    o.clock("start_clock", c.startedT)
                    o.int("end_t", c.endedT)
                    o.clock("end_clock", c.endedT)
                    o.int("used_s", used(c))
                }
            }

            o.array("entries", s.entries.lazy.filter { !$0.deleted }) { e in
                o.object {
                    o.raw("id", inert(e.id))
                    o.raw("kind", e.kind.rawValue)
                    o.text("text", e.text)
                    o.str("item", e.item)
                    o.str("speaker", e.speaker)
                    o.str("owner", e.owner)
                    o.str("due", e.due)
                    o.int("t", e.addedT)
                    o.clock("clock", e.addedT)
                    o.bool("edited", e.editedT != nil)
                    o.int("edited_t", e.editedT)
                    o.str("by", e.by)
                }
            }

            o.array("suspensions", s.suspensions) { x in
                o.object {
                    o.raw("reason", x.reason.rawValue)
                    o.str("note", x.note)
                    o.int("start_t", x.startT)
                    o.clock("start_clock", x.startT)
                    o.int("end_t", x.endT)
                    o.clock("end_clock", x.endT)
                    o.seconds("suspended_s", (x.endT ?? now) - x.startT)
                    o.clock("planned_resume_clock", x.resumeT)
                }
            }

            o.array("markers", s.markers) { m in
                o.object {
                    o.int("t", m.t)
                    o.clock("clock", m.t)
                    o.str("label", m.label)
                }
            }

            let totals = s.speakingTotals(now: now)
            o.object("speaking_totals") {
                o.array("by_person", totals.byPerson) { p in
                    o.object { o.str("name", p.name); o.seconds("s", p.ms) }
                }
                o.array("by_org", totals.byOrg) { p in
                    o.object { o.str("org", p.org); o.seconds("s", p.ms) }
                }
            }
        }
        writer.write("\n")
    }
}

/// JSON printed as it is made: two-space indents, one member or element per line, arrays of
/// plain values on one line, an empty object or array as `{}` or `[]`.
private final class PrettyJSON {
    private let w: ExportWriter
    let zone: ZoneClock
    /// How many members or elements each open object or array has so far, outermost first.
    /// Unchecked for exclusive access, as the writer's own fields: one renderer, one thread, no re-entry.
    @exclusivity(unchecked) private var counts: [Int] = []

    init(_ w: ExportWriter, zone: ZoneClock) {
        self.w = w
        self.zone = zone
    }

    // MARK: Objects and arrays

    /// An object (the document, or an array's element).
    func object(_ body: () -> Void) {
        open("{")
        body()
        close("}")
    }

    /// A member whose value is an object.
    func object(_ key: StaticString, _ body: () -> Void) {
        member(key)
        object(body)
    }

    /// A member whose value is an array with one element, laid out on lines of its own, per `xs`.
    func array<S: Sequence>(_ key: StaticString, _ xs: S, _ element: (S.Element) -> Void) {
        member(key)
        open("[")
        for x in xs {
            next()
            element(x)
        }
        close("]")
    }

    /// A member whose value is an array of strings (inert already), on one line.
    func strings(_ key: StaticString, _ xs: [String]) {
        member(key)
        if xs.isEmpty { w.write(literal: "[]"); return }
        w.write(literal: "[")
        for (i, x) in xs.enumerated() {
            if i > 0 { w.write(literal: ", ") }
            string(x)
        }
        w.write(literal: "]")
    }

    private func open(_ bracket: StaticString) {
        w.write(literal: bracket)
        counts.append(0)
    }

    /// Ends the open object or array: on a line of its own after what it holds, right after `{` when empty.
    private func close(_ bracket: StaticString) {
        if counts.removeLast() > 0 {
            w.write(literal: "\n")
            w.writeSpaces(2 * counts.count)
        }
        w.write(literal: bracket)
    }

    /// Starts the next member or element of the open object or array: separator, line break, indent.
    private func next() {
        let last = counts.count - 1
        if counts[last] == 0 { w.write(literal: "\n") } else { w.write(literal: ",\n") }
        counts[last] += 1
        w.writeSpaces(2 * counts.count)
    }

    /// A member's key: one of this file's own words, plain ASCII that needs no escape, written
    /// from its static bytes (a key as a String was scanned for escapes and copied every time).
    private func member(_ key: StaticString) {
        next()
        w.write(literal: "\"")
        w.write(literal: key)
        w.write(literal: "\": ")
    }

    // MARK: Plain members

    /// A string member, written as given (a fixed word, or text made inert already).
    func raw(_ key: StaticString, _ v: String) {
        member(key)
        string(v)
    }

    /// Text from the log on one line, made inert; null when absent.
    func str(_ key: StaticString, _ v: String?) {
        member(key)
        if let v { string(inert(v)) } else { w.write(literal: "null") }
    }

    /// Text from the log, made inert with its line breaks kept; null when absent.
    func text(_ key: StaticString, _ v: String?) {
        member(key)
        if let v { string(inert(v, keepNewlines: true)) } else { w.write(literal: "null") }
    }

    func int(_ key: StaticString, _ v: Int?) {
        member(key)
        if let v { w.write(int: v) } else { w.write(literal: "null") }
    }

    func bool(_ key: StaticString, _ v: Bool) {
        member(key)
        if v { w.write(literal: "true") } else { w.write(literal: "false") }
    }

    /// An event time as the zone's "09:41"; null when absent.
    func clock(_ key: StaticString, _ t: Int?) {
        member(key)
        if let t { string(zone.clock(t, separator: ":")) } else { w.write(literal: "null") }
    }

    /// A duration in milliseconds as whole seconds; null when absent.
    func seconds(_ key: StaticString, _ ms: Int?) {
        int(key, ms.map(ExportWords.seconds))
    }

    /// `JSONValue.writeString`, written to the writer in place: text that needs no escape as it
    /// is, other text escaped on its bytes.
    private func string(_ s: String) {
        if !JSONValue.needsEscape(s) {
            w.write(literal: "\"")
            w.write(s)
            w.write(literal: "\"")
            return
        }
        JSONValue.escapedUTF8(s).withUnsafeBufferPointer { w.write(bytes: $0) }
    }
}
