/// What the moderator asks of the stage view: put a message up for the speaker, or take it down.
public enum StageCommand: Equatable, Sendable {
    case show(text: String, tone: StageTone = .info)
    case clear
}

extension StageMessage {
    /// Longest message the stage view takes: it must be read from the back of the room.
    public static let maxLength = 120
}

extension Decision {
    /// Decides a stage command; the session-wide rule (nothing after a close) is checked before.
    mutating func runStage(_ command: StageCommand) throws(RakorError) {
        switch command {
        case let .show(message, tone):
            let body = try text(message, "text")
            guard body.count <= StageMessage.maxLength else {
                throw .invalidValue(field: "text", value: String(body.prefix(20)) + "… (> \(StageMessage.maxLength))")
            }
            if let shown = state.stageMessage, shown.text == body, shown.tone == tone { throw .nothingToChange }
            emit(.stageMessage(text: body, tone: tone))
        case .clear:
            guard state.stageMessage != nil else { throw .nothingToChange }
            emit(.stageCleared)
        }
    }
}

extension SessionState {
    /// Applies a stage event; nil, as these never fail to apply.
    mutating func applyStage(_ kind: EventKind, at t: Int) -> String? {
        switch kind {
        case let .stageMessage(text, tone): stageMessage = StageMessage(text: text, tone: tone, t: t)
        case .stageCleared: stageMessage = nil
        default: break
        }
        return nil
    }
}
