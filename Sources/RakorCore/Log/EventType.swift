/// The event types this reader knows, by their spec names; chosen from a line's bytes, never by comparing Strings.
public enum EventType: String, CaseIterable, Sendable {
    case sessionUpdated = "session.updated"
    case participantsUpdated = "participants.updated"
    case sessionSuspended = "session.suspended"
    case sessionResumed = "session.resumed"
    case sessionRecovered = "session.recovered"
    case sessionClosed = "session.closed"
    case sessionReopened = "session.reopened"
    case marker = "marker"
    case itemAdded = "agenda.item_added"
    case itemUpdated = "agenda.item_updated"
    case itemMoved = "agenda.item_moved"
    case itemRemoved = "agenda.item_removed"
    case itemStarted = "agenda.item_started"
    case itemEnded = "agenda.item_ended"
    case speakerQueued = "speaker.queued"
    case speakerUpdated = "speaker.updated"
    case speakerMoved = "speaker.moved"
    case speakerRemoved = "speaker.removed"
    case speakerStarted = "speaker.started"
    case speakerPaused = "speaker.paused"
    case speakerResumed = "speaker.resumed"
    case speakerHeld = "speaker.held"
    case speakerExtended = "speaker.extended"
    case speakerEnded = "speaker.ended"
    case roundOpened = "qa.round_opened"
    case questionQueued = "question.queued"
    case questionStarted = "question.started"
    case questionEnded = "question.ended"
    case answerStarted = "answer.started"
    case answerEnded = "answer.ended"
    case roundClosed = "qa.round_closed"
    case noteAdded = "note.added"
    case noteEdited = "note.edited"
    case noteDeleted = "note.deleted"
    case stageMessage = "stage.message"
    case stageCleared = "stage.cleared"

    /// The names' bytes, bucketed by length, so a match costs a few byte compares.
    private static let byLength: [[(bytes: [UInt8], type: EventType)]] = {
        var buckets = [[(bytes: [UInt8], type: EventType)]](repeating: [], count: 33)
        for t in allCases {
            let b = Array(t.rawValue.utf8)
            buckets[b.count].append((b, t))
        }
        return buckets
    }()

    /// The type whose name is exactly `bytes` (a JSON string's content without escapes), if known.
    static func match(_ bytes: UnsafeBufferPointer<UInt8>) -> EventType? {
        let n = bytes.count
        guard n < byLength.count else { return nil }
        for candidate in byLength[n] {
            var same = true
            for k in 0..<n where candidate.bytes[k] != bytes[k] { same = false; break }
            if same { return candidate.type }
        }
        return nil
    }
}
