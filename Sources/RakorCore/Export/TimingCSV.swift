// The timing report as CSV (RFC 4180): one row per rundown item, each followed by the turns
// (speeches, interupsi, questions, answers) that took the floor in it, in the order they began.
// Turns that never took the floor have no row. Then one `person` row per person: speaking time,
// over/under and the number of turns, longest first. Records end in CRLF; a field holding a comma,
// a quote or a line break is quoted, its quotes doubled. A text cell that begins with = + - @
// (or a tab or CR) is prefixed with ' so a spreadsheet never reads it as a formula; numbers are
// written as numbers.

/// Builds the timing report of a session as CSV.
public enum TimingCSV {
    /// The column names, in order.
    public static let columns = ["type", "id", "item", "name", "org", "round", "planned_start", "actual_start",
                                 "actual_end", "allotted_s", "used_s", "over_under_s", "turns"]

    /// One cell: text (guarded against formulas) or a number.
    enum Cell {
        case text(String)
        case number(Int)
        case empty
    }

    /// The CSV document, header row first, every record ending in CRLF.
    public static func render(_ reading: LogReading) -> String {
        ExportWriter.collect { render(reading, to: $0) }
    }

    /// The CSV document, written to `writer` a record at a time.
    public static func render(_ reading: LogReading, to writer: ExportWriter) {
        writer.write(columns.joined(separator: ",") + "\r\n")
        for row in rows(reading) {
            writer.write(row.map(field).joined(separator: ",") + "\r\n")
        }
    }

    /// The data rows, without the header.
    static func rows(_ reading: LogReading) -> [[Cell]] {
        let s = reading.state
        let zone = ZoneClock(header: s.header)
        let now = s.lastT
        func clock(_ t: Int?) -> Cell { t.map { .text(zone.clock($0, separator: ":")) } ?? .empty }
        func text(_ v: String?) -> Cell { v.map { .text(inert($0)) } ?? .empty }
        func num(_ v: Int?) -> Cell { v.map { .number($0) } ?? .empty }
        func used(_ c: TurnClock) -> Int { ExportWords.seconds(c.elapsedMs(at: c.endedT ?? now)) }

        struct Turn {
            var item: String?
            var start: Int
            var order: Int
            var cells: [Cell]
        }
        var turns: [Turn] = []
        var order = 0
        let index = ExportItemIndex(s)
        for sp in s.speakers {
            guard let c = sp.clock else { continue }
            let item = index.item(at: c.startedT, booked: sp.item)
            let u = used(c)
            turns.append(Turn(item: item, start: c.startedT, order: order, cells: [
                .text(sp.kind == .interruption ? "interruption" : "speaker"), text(sp.id), text(item), text(sp.name),
                text(sp.org), .empty, .empty, clock(c.startedT), clock(c.endedT),
                .number(sp.allottedS), .number(u), .number(u - sp.allottedS),
            ]))
            order += 1
        }
        for q in s.questions {
            guard let c = q.clock else { continue }
            let round = s.rounds[id: q.round]
            let item = round?.item ?? index.item(at: c.startedT, booked: nil)
            let u = used(c)
            turns.append(Turn(item: item, start: c.startedT, order: order, cells: [
                .text("question"), text(q.id), text(item), text(q.asker), text(q.org), num(round?.number),
                .empty, clock(c.startedT), clock(c.endedT), num(q.allottedS), .number(u), num(q.allottedS.map { u - $0 }),
            ]))
            order += 1
        }
        for w in s.answers {
            let c = w.clock
            let round = s.rounds[id: w.round]
            let item = round?.item ?? index.item(at: c.startedT, booked: nil)
            let sp = s.speakers[id: w.by]
            let u = used(c)
            turns.append(Turn(item: item, start: c.startedT, order: order, cells: [
                .text("answer"), text(w.id), text(item), text(sp?.name ?? w.by), text(sp?.org), num(round?.number),
                .empty, clock(c.startedT), clock(c.endedT), num(w.allottedS), .number(u), num(w.allottedS.map { u - $0 }),
            ]))
            order += 1
        }
        turns.sort { ($0.start, $0.order) < ($1.start, $1.order) }

        let sched = s.schedule(now: now)
        let planned = Dictionary(sched.rows.map { ($0.id, $0.plannedStartT) }, uniquingKeysWith: { x, _ in x })
        var out: [[Cell]] = []
        var placed = Set<Int>()
        // Each item's turns in the order they began: looked up by item, not by scanning every turn per item.
        var turnsOf: [String: [Int]] = [:]
        for (k, t) in turns.enumerated() {
            if let id = t.item { turnsOf[id, default: []].append(k) }
        }
        for item in s.items {
            let c = item.clock
            let u = c.map(used)
            out.append([
                .text("item"), text(item.id), text(item.id), text(item.title), .empty, .empty,
                clock(planned[item.id]), clock(c?.startedT), clock(c?.endedT),
                .number(item.plannedS), num(u), num(u.map { $0 - item.plannedS }),
            ])
            for k in turnsOf[item.id] ?? [] {
                let t = turns[k]
                out.append(t.cells)
                placed.insert(t.order)
            }
        }
        for t in turns where !placed.contains(t.order) { out.append(t.cells) }
        // Speaking time per person, longest first: one row each after the rundown.
        for p in s.speakingTime(now: now) {
            let u = ExportWords.seconds(p.ms)
            out.append([.text("person"), .empty, .empty, text(p.name), text(p.org), .empty, .empty, .empty, .empty,
                        p.allottedMs > 0 ? .number(p.allottedMs / 1000) : .empty, .number(u),
                        p.allottedMs > 0 ? .number(u - p.allottedMs / 1000) : .empty, .number(p.turns)])
        }
        return out.map { $0.count < columns.count ? $0 + [.empty] : $0 }
    }

    /// One field, guarded and quoted as needed.
    static func field(_ c: Cell) -> String {
        switch c {
        case .empty: return ""
        case .number(let n): return String(n)
        case .text(var s):
            if let f = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(f) { s = "'" + s }
            guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
            return "\"" + s.replacingQuotes + "\""
        }
    }
}

private extension String {
    var replacingQuotes: String {
        var out = ""
        for c in self {
            if c == "\"" { out += "\"\"" } else { out.append(c) }
        }
        return out
    }
}
