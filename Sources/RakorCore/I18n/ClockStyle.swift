extension Language {
    /// What separates hours from minutes: Indonesian writes `19.04`, English `19:04`, in the
    /// dashboard and in every export alike.
    public var clockSeparator: String { self == .id ? "." : ":" }
}

extension ZoneClock {
    /// The clock time of `t` as `lang` writes it: `19.04` (id) or `19:04` (en).
    public func clock(_ t: Int, _ lang: Language) -> String { clock(t, separator: lang.clockSeparator) }
}
