/// One entry of the minutes (notulen): a note, decision, action or conclusion.
public struct MinutesEntry: Identified, Equatable, Sendable {
    // Stored words first and one-byte fields last: a long meeting keeps tens of thousands of
    // entries, and the order they were listed in padded each by 16 bytes (152 → 136).
    public var id: String
    public var text: String
    /// The rundown item it was written under.
    public var item: String?
    /// The speaker it was written under.
    public var speaker: String?
    /// For actions: who is responsible.
    public var owner: String?
    /// For actions: "YYYY-MM-DD".
    public var due: String?
    public var by: String?
    public var addedT: Int
    public var editedT: Int?
    public var kind: NoteKind
    public var deleted: Bool

    public init(id: String, kind: NoteKind, text: String, item: String? = nil, speaker: String? = nil,
                owner: String? = nil, due: String? = nil, addedT: Int, editedT: Int? = nil, by: String? = nil,
                deleted: Bool = false) {
        self.id = id; self.kind = kind; self.text = text; self.item = item; self.speaker = speaker
        self.owner = owner; self.due = due; self.addedT = addedT; self.editedT = editedT; self.by = by
        self.deleted = deleted
    }
}
