/// The meeting as a whole: its details, head counts, skors, close and reopen, markers.
public enum SessionCommand: Equatable, Sendable {
    case updateSession(SessionPatch)
    case updateAttendance(onsite: Int?, online: Int?, note: String?)
    case suspend(reason: SuspensionReason, note: String? = nil, resumeAfterS: Int? = nil)
    case resume
    case close
    case reopen
    case addMarker(label: String)
}
