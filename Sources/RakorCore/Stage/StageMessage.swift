/// How urgent a message on the stage view is: its colour there.
public enum StageTone: String, CaseIterable, Sendable {
    case info, warning, danger
}

/// The moderator's message to the person speaking, shown on the stage view (layar) until cleared.
public struct StageMessage: Equatable, Sendable {
    public var text: String
    public var tone: StageTone
    /// When it was put up (ms since the session's start).
    public var t: Int

    public init(text: String, tone: StageTone = .info, t: Int) {
        self.text = text; self.tone = tone; self.t = t
    }
}
