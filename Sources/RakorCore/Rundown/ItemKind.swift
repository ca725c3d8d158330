/// The kind of a rundown item, as the session log names it.
public enum ItemKind: String, CaseIterable, Codable, Sendable {
    case opening, report, remarks, presentation, qa, conclusion, closing
    case `break`
    case other
}
