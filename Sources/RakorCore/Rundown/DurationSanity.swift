extension ItemKind {
    /// How long an item of this kind usually runs, in minutes (the domain's typical rundown).
    public var typicalMinutes: Int {
        switch self {
        case .opening: return 10
        case .report: return 10
        case .remarks: return 15
        case .presentation: return 30
        case .qa: return 60
        case .conclusion: return 15
        case .closing: return 5
        case .break: return 60
        case .other: return 30
        }
    }

    /// Whether `seconds` is long enough for this kind that a slip of the keyboard is likelier
    /// than intent (a 155-minute sambutan): more than three times the usual, or over four hours.
    public func isImplausible(seconds: Int) -> Bool {
        seconds > 3 * typicalMinutes * 60 || seconds > 240 * 60
    }
}

/// Whether a speaker's allotted `seconds` is implausible: longer than the item they speak
/// in (when it is known) and over 20 minutes, or over two hours in any case.
public func isImplausibleTurn(seconds: Int, itemPlannedS: Int?) -> Bool {
    if seconds > 120 * 60 { return true }
    if let planned = itemPlannedS { return seconds > max(planned, 20 * 60) }
    return false
}
