import Foundation

/// Shows event times as clock times and dates in the session's zone (WIB, WITA, WIT, or any other).
public struct ZoneClock: Equatable, Sendable {
    public let startedAtMs: Int
    /// The zone's offset from UTC at the session's start, in seconds.
    public let offsetS: Int
    /// "WIB", "WITA", "WIT", or "UTC+5:30" for other zones.
    public let label: String

    public init(header: SessionHeader) {
        self.init(startedAtMs: header.startedAtMs, tz: header.tz)
    }

    public init(startedAtMs: Int, tz: String) {
        self.startedAtMs = startedAtMs
        let zone = TimeZone(identifier: tz) ?? TimeZone(identifier: "Asia/Jakarta")!
        offsetS = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(startedAtMs) / 1000))
        label = ZoneClock.label(tz: tz, offsetS: offsetS)
    }

    /// Whether the system knows this IANA zone.
    public static func knows(_ tz: String) -> Bool { TimeZone(identifier: tz) != nil }

    /// The Indonesian label for the three national zones, else "UTC±H[:MM]".
    public static func label(tz: String, offsetS: Int) -> String {
        switch tz {
        case "Asia/Jakarta", "Asia/Pontianak": return "WIB"
        case "Asia/Makassar": return "WITA"
        case "Asia/Jayapura": return "WIT"
        default:
            let sign = offsetS < 0 ? "-" : "+"
            let a = abs(offsetS)
            return a % 3600 == 0 ? "UTC\(sign)\(a / 3600)" : "UTC\(sign)\(a / 3600):\(pad2(a / 60 % 60))"
        }
    }

    /// Local milliseconds since 1970 of event time `t`.
    func localMs(_ t: Int) -> Int { startedAtMs + t + offsetS * 1000 }

    /// "09.41", the Indonesian way of writing a clock time.
    public func clock(_ t: Int, separator: String = ".") -> String {
        let secs = floorDiv(localMs(t), 1000)
        let m = floorMod(secs, 86400) / 60
        // The usual separator is one ASCII byte: the five bytes are laid down at once (an export
        // words a clock for every entry and turn), where the interpolation cost ten times as much.
        if separator.utf8.count == 1, let sep = separator.utf8.first, sep < 0x80 {
            let h = m / 60, mm = m % 60
            return String(unsafeUninitializedCapacity: 5) { b in
                b[0] = 0x30 + UInt8(h / 10); b[1] = 0x30 + UInt8(h % 10); b[2] = sep
                b[3] = 0x30 + UInt8(mm / 10); b[4] = 0x30 + UInt8(mm % 10)
                return 5
            }
        }
        return "\(pad2(m / 60))\(separator)\(pad2(m % 60))"
    }

    /// "09.41.07".
    public func clockWithSeconds(_ t: Int) -> String {
        let secs = floorMod(floorDiv(localMs(t), 1000), 86400)
        return "\(pad2(secs / 3600)).\(pad2(secs / 60 % 60)).\(pad2(secs % 60))"
    }

    /// The local date of `t`.
    public func date(_ t: Int) -> CalendarDate {
        let (y, m, d) = RFC3339.civilFromDays(floorDiv(localMs(t), 86_400_000))
        return CalendarDate(year: y, month: m, day: d)
    }

    /// Day of the week of `t`, 0 = Sunday.
    public func weekday(_ t: Int) -> Int {
        floorMod(floorDiv(localMs(t), 86_400_000) + 4, 7)
    }

    /// "Kamis, 15 Oktober 2020" or "Thursday, 15 October 2020".
    public func longDate(_ t: Int, _ lang: Language) -> String {
        let d = date(t)
        let days = lang == .id
            ? ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]
            : ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        return "\(days[weekday(t)]), \(d.day) \(ZoneClock.monthName(d.month, lang)) \(d.year)"
    }

    /// "15 Oktober 2020".
    public func shortDate(_ t: Int, _ lang: Language) -> String {
        let d = date(t)
        return "\(d.day) \(ZoneClock.monthName(d.month, lang)) \(d.year)"
    }

    public static func monthName(_ m: Int, _ lang: Language) -> String {
        let id = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                  "Oktober", "November", "Desember"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
        return (lang == .id ? id : en)[max(0, min(11, m - 1))]
    }

    /// The event time `t` of a clock time on the session's first day.
    public func t(of time: ClockTime) -> Int {
        let dayStart = floorDiv(localMs(0), 86_400_000) * 86_400_000
        return dayStart + time.minutesOfDay * 60_000 - offsetS * 1000 - startedAtMs
    }
}

func pad2(_ v: Int) -> String { v < 10 && v >= 0 ? "0\(v)" : String(v) }
func floorDiv(_ a: Int, _ b: Int) -> Int { let q = a / b; return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q }
func floorMod(_ a: Int, _ b: Int) -> Int { let r = a % b; return r < 0 ? r + b : r }
