/// The text `rakor verify` prints for a log: its issues by line, then a summary.
public enum VerifyReport {
    public static func text(_ r: LogReading, path: String) -> String {
        var out = ""
        for i in r.issues {
            out += "\(path):\(i.line): " + (i.severity == .note ? "note: " : "") + inertLine(i.message) + "\n"
        }
        let s = r.state
        let duration = r.lastEventT
        let problems = r.problems.count
        let notes = r.notes.count
        out += "\(path): \(r.eventCount) events, \(DurationText.hms(duration)), \(s.items.count) items, "
        out += "\(s.speakers.count) speakers, \(s.liveEntryCount) notes; "
        out += problems == 0 ? "sound" : "\(problems) problem\(problems == 1 ? "" : "s")"
        if notes > 0 { out += ", \(notes) note\(notes == 1 ? "" : "s")" }
        out += "\n"
        return out
    }

    /// Messages quote text from the log: keep it on one line and inert (bidi overrides included).
    static func inertLine(_ s: String) -> String { inert(s) }
}

/// Durations as people read them.
public enum DurationText {
    /// "1:02:03" or "2:03" (minutes:seconds under an hour).
    public static func hms(_ ms: Int) -> String {
        let s = abs(ms) / 1000
        let sign = ms < 0 ? "-" : ""
        return s >= 3600 ? "\(sign)\(s / 3600):\(pad2(s / 60 % 60)):\(pad2(s % 60))" : "\(sign)\(s / 60):\(pad2(s % 60))"
    }

    /// "mm:ss" for a countdown; negative values get a minus sign.
    public static func countdown(_ ms: Int) -> String {
        // Round toward the larger remaining second, so a countdown shows 05:00 for its first second.
        let s = ms >= 0 ? (ms + 999) / 1000 : -((-ms) / 1000)
        let a = abs(s)
        let body = a >= 3600 ? "\(a / 3600):\(pad2(a / 60 % 60)):\(pad2(a % 60))" : "\(pad2(a / 60)):\(pad2(a % 60))"
        return (s < 0 ? "-" : "") + body
    }

    /// Whole minutes, rounded: for "18 menit".
    public static func minutes(_ ms: Int) -> Int { Int((Double(ms) / 60000).rounded()) }
}
