/// What the moderator or notulis asks for; `decide` turns it into events or refuses it.
///
/// One case per domain, each with its own command enum and its own `decide` in that domain's
/// folder, composed by the one small switch in `Decision.run`: a new domain is one line here and
/// one line there.
public enum Command: Equatable, Sendable {
    case session(SessionCommand)
    case rundown(RundownCommand)
    case floor(FloorCommand)
    case qa(QACommand)
    case minutes(MinutesCommand)
    // Attendance (daftar hadir)
    case attendance(AttendanceCommand)
    // Stage view
    case stage(StageCommand)
}
