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
        forEachRow(reading) { row in
            for (i, c) in row.enumerated() {
                if i > 0 { writer.write(",") }
                writer.write(field(c))
            }
            for _ in row.count..<max(row.count, columns.count) { writer.write(",") }
            writer.write("\r\n")
        }
    }

    /// A turn that took the floor, by its place in the state's list: its cells are made only as its
    /// row is written, so a long session's report holds no table of rows (at 35,000 rows that was
    /// three copies of every row's cells, 34 MB).
    private struct Turn {
        enum Source { case speaker, question, answer }
        var source: Source
        var position: Int
        var item: String?
        var start: Int
    }

    /// Calls `row` with each data row in order, without the header; a row may have fewer cells than
    /// there are columns (the rest are empty).
    static func forEachRow(_ reading: LogReading, _ row: ([Cell]) -> Void) {
        let s = reading.state
        let zone = ZoneClock(header: s.header)
        let now = s.lastT
        func clock(_ t: Int?) -> Cell { t.map { .text(zone.clock($0, separator: ":")) } ?? .empty }
        func text(_ v: String?) -> Cell { v.map { .text(inert($0)) } ?? .empty }
        func num(_ v: Int?) -> Cell { v.map { .number($0) } ?? .empty }
        func used(_ c: TurnClock) -> Int { ExportWords.seconds(c.elapsedMs(at: c.endedT ?? now)) }

        // Speakers, then questions, then answers, each in list order: the order that breaks a tie
        // between turns that began in the same second.
        var turns: [Turn] = []
        let index = ExportItemIndex(s)
        for (k, sp) in s.speakers.enumerated() {
            guard let c = sp.clock else { continue }
            turns.append(Turn(source: .speaker, position: k, item: index.item(at: c.startedT, booked: sp.item), start: c.startedT))
        }
        for (k, q) in s.questions.enumerated() {
            guard let c = q.clock else { continue }
            let item = s.rounds[id: q.round]?.item ?? index.item(at: c.startedT, booked: nil)
            turns.append(Turn(source: .question, position: k, item: item, start: c.startedT))
        }
        for (k, w) in s.answers.enumerated() {
            let item = s.rounds[id: w.round]?.item ?? index.item(at: w.clock.startedT, booked: nil)
            turns.append(Turn(source: .answer, position: k, item: item, start: w.clock.startedT))
        }
        // A stable sort by start keeps that order among equal starts.
        var order = Array(turns.indices)
        order.sort { (turns[$0].start, $0) < (turns[$1].start, $1) }

        // A turn was taken above only with a clock.
        func cells(_ t: Turn) -> [Cell] {
            switch t.source {
            case .speaker:
                let sp = s.speakers[t.position], c = sp.clock!, u = used(c)
                return [.text(sp.kind == .interruption ? "interruption" : "speaker"), text(sp.id), text(t.item), text(sp.name),
                        text(sp.org), .empty, .empty, clock(c.startedT), clock(c.endedT),
                        .number(sp.allottedS), .number(u), .number(u - sp.allottedS)]
            case .question:
                let q = s.questions[t.position], c = q.clock!, u = used(c)
                let round = s.rounds[id: q.round]
                return [.text("question"), text(q.id), text(t.item), text(q.asker), text(q.org), num(round?.number),
                        .empty, clock(c.startedT), clock(c.endedT), num(q.allottedS), .number(u), num(q.allottedS.map { u - $0 })]
            case .answer:
                let w = s.answers[t.position], c = w.clock, u = used(c)
                let round = s.rounds[id: w.round]
                let sp = s.speakers[id: w.by]
                return [.text("answer"), text(w.id), text(t.item), text(sp?.name ?? w.by), text(sp?.org), num(round?.number),
                        .empty, clock(c.startedT), clock(c.endedT), num(w.allottedS), .number(u), num(w.allottedS.map { u - $0 })]
            }
        }

        let sched = s.schedule(now: now)
        let planned = Dictionary(sched.rows.map { ($0.id, $0.plannedStartT) }, uniquingKeysWith: { x, _ in x })
        var placed = [Bool](repeating: false, count: turns.count)
        // Each item's turns in the order they began: looked up by item, not by scanning every turn per item.
        var turnsOf: [String: [Int]] = [:]
        for k in order {
            if let id = turns[k].item { turnsOf[id, default: []].append(k) }
        }
        for item in s.items {
            let c = item.clock
            let u = c.map(used)
            row([
                .text("item"), text(item.id), text(item.id), text(item.title), .empty, .empty,
                clock(planned[item.id]), clock(c?.startedT), clock(c?.endedT),
                .number(item.plannedS), num(u), num(u.map { $0 - item.plannedS }),
            ])
            for k in turnsOf[item.id] ?? [] {
                row(cells(turns[k]))
                placed[k] = true
            }
        }
        for k in order where !placed[k] { row(cells(turns[k])) }
        // Speaking time per person, longest first: one row each after the rundown.
        for p in s.speakingTime(now: now) {
            let u = ExportWords.seconds(p.ms)
            row([.text("person"), .empty, .empty, text(p.name), text(p.org), .empty, .empty, .empty, .empty,
                 p.allottedMs > 0 ? .number(p.allottedMs / 1000) : .empty, .number(u),
                 p.allottedMs > 0 ? .number(u - p.allottedMs / 1000) : .empty, .number(p.turns)])
        }
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
