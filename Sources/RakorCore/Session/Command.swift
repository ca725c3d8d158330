/// What the moderator or notulis asks for; `decide` turns it into events or refuses it.
public enum Command: Equatable, Sendable {
    // Session
    case updateSession(SessionPatch)
    case updateAttendance(onsite: Int?, online: Int?, note: String?)
    case suspend(reason: SuspensionReason, note: String? = nil, resumeAfterS: Int? = nil)
    case resume
    case close
    case reopen
    case addMarker(label: String)
    // Rundown
    case addItem(title: String, kind: ItemKind, plannedS: Int, index: Int? = nil, plannedStart: String? = nil)
    case updateItem(id: String, title: String? = nil, kind: ItemKind? = nil, plannedS: Int? = nil, plannedStart: String? = nil)
    case moveItem(id: String, index: Int)
    case removeItem(id: String)
    /// Starts this item, or the next one that has not run.
    case startItem(id: String? = nil)
    case endItem
    // Speakers
    case queueSpeaker(name: String, role: String? = nil, org: String? = nil, remote: Bool = false, allottedS: Int,
                      item: String? = nil, index: Int? = nil, interruption: Bool = false)
    case updateSpeaker(id: String, name: String? = nil, role: String? = nil, org: String? = nil, remote: Bool? = nil,
                       allottedS: Int? = nil)
    case moveSpeaker(id: String, index: Int)
    case removeSpeaker(id: String)
    /// Gives the floor to this speaker, or the next in the queue.
    case startNextSpeaker(id: String? = nil)
    /// Pauses the speaker who holds the floor, or resumes them when paused.
    case togglePause
    /// Changes the allotted time of this speaker, or of the one on the floor.
    case extendSpeaker(id: String? = nil, byS: Int)
    /// Ends the turn of whoever holds the floor.
    case endTurn
    // Q&A
    case openRound(maxQuestions: Int? = nil)
    case queueQuestion(asker: String, org: String? = nil, to: String? = nil, text: String? = nil,
                       allottedS: Int? = nil, remote: Bool = false)
    /// Gives the floor to this asker, or the next waiting in the open termin.
    case startQuestion(id: String? = nil)
    case endQuestion(id: String? = nil, outcome: QuestionOutcome)
    /// A resource speaker answers; by default the questions of the open termin.
    case startAnswer(by: String, allottedS: Int? = nil, questions: [String]? = nil)
    case closeRound
    // Minutes
    /// `item` and `speaker` default to where the meeting is now; an empty string records none.
    case addNote(kind: NoteKind, text: String, owner: String? = nil, due: String? = nil,
                 item: String? = nil, speaker: String? = nil)
    case editNote(id: String, text: String? = nil, kind: NoteKind? = nil, owner: String? = nil, due: String? = nil)
    case deleteNote(id: String)
    // Attendance (daftar hadir)
    case attendance(AttendanceCommand)
    // Stage view
    case stage(StageCommand)
}
