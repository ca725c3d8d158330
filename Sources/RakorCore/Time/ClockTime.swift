/// A wall-clock time "HH:MM" as a rundown plans it.
public struct ClockTime: Equatable, Sendable {
    public var hour: Int
    public var minute: Int

    public init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    /// Reads "09:30" or "9.30"; nil when it is not a time of day.
    public static func parse(_ s: String) -> ClockTime? {
        let parts = s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        return ClockTime(hour: h, minute: m)
    }

    /// "09:30", as the log writes a planned start.
    public var text: String { "\(pad2(hour)):\(pad2(minute))" }

    /// Minutes since midnight.
    public var minutesOfDay: Int { hour * 60 + minute }
}

/// A calendar date "YYYY-MM-DD".
public struct CalendarDate: Equatable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Reads "2024-12-11"; nil unless it is a real date.
    public static func parse(_ s: String) -> CalendarDate? {
        // Four, two and two ASCII digits around two "-", read from the bytes.
        var s = s
        return s.withUTF8 { b -> CalendarDate? in
            func number(_ from: Int, _ to: Int) -> Int? {
                var n = 0
                for k in from..<to {
                    guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                    n = n * 10 + Int(b[k] - 0x30)
                }
                return n
            }
            guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D, let y = number(0, 4), let m = number(5, 7),
                  let d = number(8, 10), (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y) else { return nil }
            return CalendarDate(year: y, month: m, day: d)
        }
    }

    static func daysIn(month m: Int, year y: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
