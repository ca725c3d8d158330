import Foundation

/// What `rakor agenda check` and `rakor run` find in an agenda file: every error, and warnings
/// that do not stop a session but deserve a look (a date that is not today, times that overlap).
public struct AgendaReport: Sendable {
    /// The plan, when the file has no errors.
    public var plan: AgendaPlan?
    /// Every error, in file order (`file:line: key '…': what`).
    public var errors: [TOMLError]
    /// Things worth a second look, in file order, in the same form.
    public var warnings: [TOMLError]
}

/// Checks an agenda file completely, not stopping at the first error.
public enum AgendaCheck {
    /// Reads and checks the file at `path`; `nowMs` (ms since 1970) decides what "today" is.
    public static func check(path: String, nowMs: Int) -> AgendaReport {
        do { return check(text: try TOML.readText(path: path), file: path, nowMs: nowMs) } catch {
            return AgendaReport(plan: nil, errors: [error], warnings: [])
        }
    }

    /// Checks agenda text; `file` names it in the messages.
    public static func check(text: String, file: String, nowMs: Int) -> AgendaReport {
        let plan: AgendaPlan, errors: [TOMLError], root: TOMLTable
        do {
            (plan, errors) = try AgendaFile.collect(text: text, file: file)
            root = try TOML.parse(text, file: file)
        } catch {
            return AgendaReport(plan: nil, errors: [error], warnings: [])
        }
        guard errors.isEmpty else { return AgendaReport(plan: nil, errors: errors, warnings: []) }
        var warnings: [TOMLError] = []
        let zone = TimeZone(identifier: plan.tz) ?? TimeZone(identifier: "Asia/Jakarta")!
        if let date = plan.date {
            let today = dateText(nowMs: nowMs, zone: zone)
            if date != today {
                warnings.append(root.error("date", "the agenda is dated \(date), but today is \(today) (\(plan.tz))"))
            }
        }
        let tables = (try? root.tables("items")) ?? []
        warnings += overlaps(plan.items, tables: tables)
        return AgendaReport(plan: plan, errors: [], warnings: warnings)
    }

    /// Items whose planned time runs into the next fixed start time.
    static func overlaps(_ items: [PlannedItem], tables: [TOMLTable]) -> [TOMLError] {
        var out: [TOMLError] = []
        var end: (minutes: Int, index: Int)?
        for (i, item) in items.enumerated() {
            let start = item.plannedStart.flatMap(AgendaFile.minutesOfDay)
            if let start, let e = end, start < e.minutes, tables.indices.contains(i) {
                let previous = items[e.index]
                out.append(tables[i].error("start", "starts at \(item.plannedStart ?? ""), but item \(e.index + 1) "
                                           + "(\"\(previous.title)\") runs until \(clock(e.minutes)): the times overlap"))
            }
            let from = start ?? end?.minutes
            end = from.map { ($0 + item.plannedS / 60, i) }
        }
        return out
    }

    static func clock(_ minutes: Int) -> String {
        let m = ((minutes % 1440) + 1440) % 1440
        return (m / 60 < 10 ? "0" : "") + "\(m / 60):" + (m % 60 < 10 ? "0" : "") + "\(m % 60)"
    }

    /// "YYYY-MM-DD" of `nowMs` in `zone`.
    public static func dateText(nowMs: Int, zone: TimeZone) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zone
        let d = cal.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(nowMs) / 1000))
        func p2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(d.year ?? 0)-\(p2(d.month ?? 0))-\(p2(d.day ?? 0))"
    }
}
