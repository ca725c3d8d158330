/// Clock times that may fall on another day than now: a projected end past midnight, the
/// planned start of an item after it, a break or skors that resumes tomorrow. Every such
/// time on screen goes through here, so "00.15" never reads as this morning.
extension ZoneClock {
    /// What follows a clock time `t` seen from `now`: "" on the same day, " besok" (en
    /// " tomorrow") on the next, " 17/10" (day/month) further away or before.
    public func dayNote(_ t: Int, from now: Int, _ lang: Language) -> String {
        let day = date(t)
        guard day != date(now) else { return "" }
        if day == date(now + 86_400_000) { return " " + ClockDayWords.tomorrow(lang) }
        return " \(day.day)/\(day.month)"
    }

    /// A planned or projected clock time as `lang` writes it, with its day when that is not
    /// today's: "19.04", "00.15 besok", "00.15 tomorrow".
    public func projected(_ t: Int, from now: Int, _ lang: Language) -> String {
        clock(t, lang) + dayNote(t, from: now, lang)
    }
}

/// The words for a day other than today, one place per language.
public enum ClockDayWords {
    /// "besok" / "tomorrow".
    public static func tomorrow(_ lang: Language) -> String { lang == .id ? "besok" : "tomorrow" }
}
