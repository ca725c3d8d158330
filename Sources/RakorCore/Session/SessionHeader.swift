/// Line 1 of a session log: the meeting's details.
public struct SessionHeader: Equatable, Sendable {
    public static let format = "rakor-session"
    public static let currentVersion = 1

    public var version: Int
    public var sessionId: String
    public var title: String
    /// The UTC instant that `t = 0` refers to, as written (RFC 3339).
    public var startedAt: String
    /// `startedAt` as milliseconds since 1970.
    public var startedAtMs: Int
    public var tz: String
    public var lang: String?
    public var app: String?
    public var venue: String?
    public var mode: String?
    public var chair: String?
    public var notetaker: String?
    public var organizer: String?
    public var theme: String?
    public var warningS: Int?
    public var dangerS: Int?
    /// Header fields this reader does not know, kept as they were.
    public var extra: [(String, JSONValue)]

    public init(sessionId: String, title: String, startedAtMs: Int, tz: String, lang: String? = "id",
                app: String? = nil, venue: String? = nil, mode: String? = nil, chair: String? = nil,
                notetaker: String? = nil, organizer: String? = nil, theme: String? = nil,
                warningS: Int? = nil, dangerS: Int? = nil) {
        self.version = Self.currentVersion
        self.sessionId = sessionId; self.title = title
        self.startedAtMs = startedAtMs; self.startedAt = RFC3339.format(ms: startedAtMs)
        self.tz = tz; self.lang = lang; self.app = app; self.venue = venue; self.mode = mode
        self.chair = chair; self.notetaker = notetaker; self.organizer = organizer; self.theme = theme
        self.warningS = warningS; self.dangerS = dangerS; self.extra = []
    }

    /// Seconds left at which a running timer turns to warning.
    public var warningThresholdS: Int { min(max(0, warningS ?? 120), SessionState.maxDurationS) }
    /// Seconds left at which a running timer turns to danger.
    public var dangerThresholdS: Int { min(max(0, dangerS ?? 30), SessionState.maxDurationS) }
    /// The language of generated text; `id` unless the header says `en`.
    public var language: Language { lang == "en" ? .en : .id }

    public static func == (a: Self, b: Self) -> Bool {
        a.json == b.json
    }

    /// Applies a `session.updated` patch.
    public mutating func apply(_ p: SessionPatch) {
        if let v = p.title { title = v }
        if let v = p.tz { tz = v }
        if let v = p.lang { lang = v }
        if let v = p.venue { venue = v }
        if let v = p.mode { mode = v }
        if let v = p.chair { chair = v }
        if let v = p.notetaker { notetaker = v }
        if let v = p.organizer { organizer = v }
        if let v = p.theme { theme = v }
        if let v = p.warningS { warningS = v }
        if let v = p.dangerS { dangerS = v }
    }

    /// The header as a JSON object, members in the spec's order, unknown fields last.
    public var json: JSONValue {
        var w = DataWriter()
        w.put("format", Self.format)
        w.put("version", version)
        w.put("session_id", sessionId)
        w.put("title", title)
        w.put("started_at", startedAt)
        w.put("tz", tz)
        w.put("lang", lang)
        w.put("app", app)
        w.put("venue", venue); w.put("mode", mode); w.put("chair", chair); w.put("notetaker", notetaker)
        w.put("organizer", organizer); w.put("theme", theme)
        w.put("warning_s", warningS); w.put("danger_s", dangerS)
        w.members.append(contentsOf: extra)
        return w.value
    }

    private static let known: Set<String> = ["format", "version", "session_id", "title", "started_at", "tz", "lang", "app",
                                             "venue", "mode", "chair", "notetaker", "organizer", "theme", "warning_s", "danger_s"]

    /// Reads a header object; the error says which field is wrong.
    public static func decode(_ v: JSONValue) throws(EventDataError) -> SessionHeader {
        guard case .object(let members) = v else { throw EventDataError(message: "the header is not a JSON object") }
        let r = DataReader(data: v, prefix: "header field ")
        guard v["format"] == .string(format) else {
            throw EventDataError(message: "line 1 is not a rakor session header (format should be \"rakor-session\")")
        }
        let version = try r.int("version")
        let startedAt = try r.string("started_at")
        guard let ms = RFC3339.parse(startedAt) else {
            throw EventDataError(message: "started_at \"\(startedAt)\" is not an RFC 3339 UTC time")
        }
        var h = SessionHeader(sessionId: try r.string("session_id"),
                              title: try r.string("title"),
                              startedAtMs: ms, tz: try r.string("tz"), lang: try r.optString("lang"),
                              app: try r.optString("app"), venue: try r.optString("venue"), mode: try r.optString("mode"),
                              chair: try r.optString("chair"), notetaker: try r.optString("notetaker"),
                              organizer: try r.optString("organizer"), theme: try r.optString("theme"),
                              warningS: try r.optInt("warning_s"), dangerS: try r.optInt("danger_s"))
        h.version = version
        h.startedAt = startedAt
        h.extra = members.filter { !known.contains($0.0) }
        return h
    }
}



/// RFC 3339 instants, done by hand so the core needs no date formatter.
public enum RFC3339 {
    /// Milliseconds since 1970 of "2020-10-15T01:00:00Z" (fractional seconds and numeric offsets accepted).
    public static func parse(_ s: String) -> Int? {
        let b = Array(s.utf8)
        guard b.count >= 20 else { return nil }
        func num(_ from: Int, _ n: Int) -> Int? {
            guard from + n <= b.count else { return nil }
            var v = 0
            for k in from..<from + n {
                guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        guard let y = num(0, 4), b[4] == 0x2D, let mo = num(5, 2), b[7] == 0x2D, let d = num(8, 2),
              b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t") || b[10] == 0x20,
              let h = num(11, 2), b[13] == 0x3A, let mi = num(14, 2), b[16] == 0x3A, let se = num(17, 2),
              (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, se < 61 else { return nil }
        var i = 19
        var frac = 0
        if i < b.count, b[i] == 0x2E {
            i += 1
            var digits = 0
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                if digits < 3 { frac = frac * 10 + Int(b[i] - 0x30) }
                digits += 1; i += 1
            }
            guard digits > 0 else { return nil }
            for _ in min(digits, 3)..<3 { frac *= 10 }
        }
        guard i < b.count else { return nil }
        var offsetMin = 0
        if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
            i += 1
        } else if b[i] == 0x2B || b[i] == 0x2D {
            guard let oh = num(i + 1, 2), i + 3 < b.count, b[i + 3] == 0x3A, let om = num(i + 4, 2) else { return nil }
            offsetMin = (oh * 60 + om) * (b[i] == 0x2B ? 1 : -1)
            i += 6
        } else { return nil }
        guard i == b.count else { return nil }
        let days = daysFromCivil(y, mo, d)
        return ((days * 86400 + h * 3600 + mi * 60 + se) - offsetMin * 60) * 1000 + frac
    }

    /// "2020-10-15T01:00:00Z" (with milliseconds only when there are any).
    public static func format(ms: Int) -> String {
        let secs = Int((Double(ms) / 1000).rounded(.down))
        let milli = ms - secs * 1000
        var days = secs / 86400
        var rem = secs % 86400
        if rem < 0 { rem += 86400; days -= 1 }
        let (y, m, d) = civilFromDays(days)
        func p(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        var out = "\(p(y, 4))-\(p(m, 2))-\(p(d, 2))T\(p(rem / 3600, 2)):\(p(rem / 60 % 60, 2)):\(p(rem % 60, 2))"
        if milli != 0 { out += "." + p(milli, 3) }
        return out + "Z"
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    public static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date of a day count since 1970-01-01.
    public static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
