/// The notulis's minutes entries.
public enum MinutesCommand: Equatable, Sendable {
    /// `item` and `speaker` default to where the meeting is now; an empty string records none.
    case addNote(kind: NoteKind, text: String, owner: String? = nil, due: String? = nil,
                 item: String? = nil, speaker: String? = nil)
    case editNote(id: String, text: String? = nil, kind: NoteKind? = nil, owner: String? = nil, due: String? = nil)
    case deleteNote(id: String)
}
