/// The language of labels and generated text.
public enum Language: String, CaseIterable, Sendable {
    case id, en
}
