/// The tanya jawab: termin, askers and answers.
public enum QACommand: Equatable, Sendable {
    case openRound(maxQuestions: Int? = nil)
    case queueQuestion(asker: String, org: String? = nil, to: String? = nil, text: String? = nil,
                       allottedS: Int? = nil, remote: Bool = false)
    /// Gives the floor to this asker, or the next waiting in the open termin.
    case startQuestion(id: String? = nil)
    case endQuestion(id: String? = nil, outcome: QuestionOutcome)
    /// A resource speaker answers; by default the questions of the open termin.
    case startAnswer(by: String, allottedS: Int? = nil, questions: [String]? = nil)
    case closeRound
}
