import RakorCore

extension FormFactory {
    /// The stage-message form: a preset in the session's language, or text of one's own.
    static func stage(_ lang: Language) -> Form {
        let presets = PeerText.stagePresets(lang)
        let tones = StageTone.allCases
        return Form(purpose: .stageMessage, title: ("Pesan untuk layar pembicara", "Message for the stage view"), fields: [
            FormField(key: "preset", label: ("Pesan", "Message"),
                      kind: .choice(presets.indices.map(String.init), labelsID: presets.map(\.text), labelsEN: presets.map(\.text))),
            FormField(key: "text", label: ("Atau tulis", "Or write")),
            FormField(key: "tone", label: ("Warna", "Colour"),
                      kind: .choice([""] + tones.map(\.rawValue), labelsID: ["sesuai pesan", "biasa", "kuning", "merah"],
                                    labelsEN: ["as the message", "plain", "yellow", "red"])),
        ])
    }

    /// The command a filled stage form asks for: the typed text if any, else the chosen preset.
    static func stageCommand(_ f: Form, _ lang: Language) -> Command? {
        let presets = PeerText.stagePresets(lang)
        let typed = f.value("text").trimmingWhitespace
        let preset = Int(f.value("preset")).flatMap { presets.indices.contains($0) ? presets[$0] : nil }
        let text = typed.isEmpty ? preset?.text : typed
        guard let text else { return nil }
        let tone = StageTone(rawValue: f.value("tone")) ?? (typed.isEmpty ? preset?.tone ?? .info : .info)
        return .stage(.show(text: text, tone: tone))
    }
}
