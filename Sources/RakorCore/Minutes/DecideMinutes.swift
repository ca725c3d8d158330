extension Decision {
    /// Decides a command on the minutes entries.
    mutating func decide(_ command: MinutesCommand) throws(RakorError) {
        switch command {
        case let .addNote(kind, noteText, owner, due, item, speaker):
            let body = try text(noteText, "text")
            // nil means "where we are now"; an empty string means "none" (the notulis cleared it).
            if let item, !item.isEmpty, !state.items.contains(id: item) { throw .unknownItem(item) }
            let context = item.map { $0.isEmpty ? nil : $0 } ?? state.runningItem
            let who = speaker.map { $0.isEmpty ? nil : $0 } ?? state.floorSpeakerContext
            emit(.noteAdded(id: nextId("n", state.entries), kind: kind, text: body, item: context, speaker: who,
                            owner: optText(owner), due: try date(optText(due))))

        case let .editNote(id, newText, kind, owner, due):
            guard let e = state.entries[id: id], !e.deleted else { throw .unknownNote(id) }
            let body = try newText.map { (s: String) throws(RakorError) -> String in try text(s, "text") }
            let d = try date(due?.trimmingWhitespace)
            guard body != nil || kind != nil || owner != nil || d != nil else { throw .nothingToChange }
            emit(.noteEdited(id: id, text: body, kind: kind, owner: owner?.trimmingWhitespace, due: d))

        case .deleteNote(let id):
            guard let e = state.entries[id: id], !e.deleted else { throw .unknownNote(id) }
            emit(.noteDeleted(id: id))
        }
    }
}
