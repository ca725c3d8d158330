/// What a terminal attached to a live session is for: its view and which keys it has.
public enum PeerRole: String, CaseIterable, Sendable {
    /// The dashboard; every command.
    case moderator
    /// The minutes view, with the floor in a strip; minutes and attendance only.
    case notulis
    /// The stage view for the speaker or a projector; read-only.
    case layar
    /// The dashboard, read-only.
    case peserta

    /// Whether this role writes to the log at all.
    public var writes: Bool { self == .moderator || self == .notulis }

    /// The `by` of the events this role writes.
    public var by: String { rawValue }
}
