import RakorCore

/// What a form does when it is submitted.
public enum FormPurpose: Equatable, Sendable {
    case addSpeaker(interruption: Bool)
    case editSpeaker(id: String)
    case openRound
    case addQuestion
    case answer
    case note(editing: String?)
    case suspend
    case marker
    case attendance
    case relocateLog
    case replayGoTo
    case addItem(index: Int?)
    case editItem(id: String)
    case search
    case addAttendee
    case stageMessage
    /// Removes the item and moves the speakers booked under it to the chosen one.
    case moveSpeakers(item: String)
}

/// One field of a form.
public struct FormField: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case text
        case number
        case choice([String], labelsID: [String], labelsEN: [String])
        case toggle
    }

    public var key: String
    public var label: (id: String, en: String)
    public var kind: Kind
    public var editor: LineEditor
    /// For choices and toggles: the selected index (toggle: 0 no, 1 yes).
    public var selected: Int

    public init(key: String, label: (String, String), kind: Kind = .text, text: String = "", multiline: Bool = false, selected: Int = 0) {
        self.key = key
        self.label = (label.0, label.1)
        self.kind = kind
        self.editor = LineEditor(text: text, multiline: multiline, maxLength: multiline ? 20_000 : 300)
        // A prefilled number is a suggestion: the first digit typed replaces it.
        self.editor.selectsAll = kind == .number && !text.isEmpty
        self.selected = selected
    }

    public func label(_ lang: Language) -> String { lang == .id ? label.id : label.en }

    /// The value as text: the typed text, or the chosen option's value.
    public var value: String {
        switch kind {
        case .text, .number: return editor.text
        case .choice(let values, _, _): return values.indices.contains(selected) ? values[selected] : ""
        case .toggle: return selected == 1 ? "true" : "false"
        }
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.key == b.key && a.kind == b.kind && a.editor == b.editor && a.selected == b.selected
    }
}

/// A small form in an overlay: Tab moves between fields, Enter submits, Esc cancels.
public struct Form: Equatable, Sendable {
    public var purpose: FormPurpose
    public var title: (id: String, en: String)
    public var fields: [FormField]
    public var focus: Int = 0
    /// Why the last submit was refused, shown in the form.
    public var error: String?
    /// Esc was pressed on typed text: the form asks before it throws the text away.
    public var askingDiscard = false
    /// A value the moderator was asked about once ("155 menit untuk sambutan, yakin?") and
    /// submitted again unchanged: the second Enter means yes.
    public var confirmedValue: String?
    /// The values the form opened with, so Esc knows whether anything was typed.
    let pristine: [String]

    public init(purpose: FormPurpose, title: (String, String), fields: [FormField]) {
        self.purpose = purpose
        self.title = (title.0, title.1)
        self.fields = fields
        self.pristine = fields.map(\.value)
    }

    /// Whether anything differs from what the form opened with (a restored draft counts).
    public var isDirty: Bool { fields.map(\.value) != pristine }

    public func title(_ lang: Language) -> String { lang == .id ? title.id : title.en }

    public func value(_ key: String) -> String {
        fields.first { $0.key == key }?.value ?? ""
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.purpose == b.purpose && a.fields == b.fields && a.focus == b.focus && a.error == b.error
            && a.askingDiscard == b.askingDiscard
    }

    /// What a key did to the form.
    public enum Outcome: Equatable, Sendable { case edited, moved, submit, cancel, ignored }

    /// Moves the focus by `delta` fields; a number field it lands on is selected whole again.
    private mutating func moveFocus(_ delta: Int) {
        focus = (focus + fields.count + delta) % fields.count
        if fields[focus].kind == .number, !fields[focus].editor.isEmpty {
            fields[focus].editor.selectsAll = true
        }
    }

    /// Feeds one key to the form.
    public mutating func handle(_ event: InputEvent) -> Outcome {
        if askingDiscard {
            // "Buang?": y throws the text away; any other key goes back to the form, text intact.
            askingDiscard = false
            return event == .char("y") || event == .char("Y") ? .cancel : .moved
        }
        let multiline = fields[focus].editor.multiline
        switch event {
        case .key(.tab):
            moveFocus(1)
            return .moved
        case .key(.backTab):
            moveFocus(-1)
            return .moved
        case .key(.down) where !multiline:
            moveFocus(1)
            return .moved
        case .key(.up) where !multiline:
            moveFocus(-1)
            return .moved
        case .key(.escape), .ctrl("g"):
            if isDirty {
                askingDiscard = true
                return .moved
            }
            return .cancel
        default:
            break
        }
        switch fields[focus].kind {
        case .choice(let values, _, _):
            var f = fields[focus]
            switch event {
            case .key(.left): f.selected = (f.selected + values.count - 1) % values.count
            case .key(.right), .char(" "): f.selected = (f.selected + 1) % values.count
            case .key(.enter), .ctrl("s"), .alt("\n"), .alt("\r"): return .submit
            default: return .ignored
            }
            fields[focus] = f
            return .edited
        case .toggle:
            var f = fields[focus]
            switch event {
            case .char("y"): f.selected = 1
            case .char("n"): f.selected = 0
            case .key(.left), .key(.right), .char(" "): f.selected = 1 - f.selected
            case .key(.enter), .ctrl("s"), .alt("\n"), .alt("\r"): return .submit
            default: return .ignored
            }
            fields[focus] = f
            return .edited
        case .text, .number:
            // Enter saves the form from any field; Alt-Enter starts a new line in a note.
            // The editor is changed in place, so a long text is not copied on every key.
            if event == .key(.enter) { return .submit }
            if fields[focus].editor.multiline, event == .alt("\n") || event == .alt("\r") {
                fields[focus].editor.insert("\n")
                return .edited
            }
            let r = fields[focus].editor.handle(event)
            switch r {
            case .edited: return .edited
            case .moved: return .moved
            case .submitted: return .submit
            case .cancelled:
                if isDirty { askingDiscard = true; return .moved }
                return .cancel
            case .ignored: return .ignored
            }
        }
    }
}
