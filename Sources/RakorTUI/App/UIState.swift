import RakorCore

/// What the front end shows besides the session: views, selection, forms, messages.
///
/// None of this is session state: it is never logged (a form being typed is saved as a draft).
public struct UIState: Equatable, Sendable {
    public enum Screen: Equatable, Sendable { case dashboard, minutes }

    /// An overlay that takes the keys until it closes.
    public enum Overlay: Equatable, Sendable {
        case help
        case form(Form)
        case confirm(Confirmation)
        case quit
        /// Replay's event list: rows around the current event, one selected.
        case eventList(EventList)
        case attendance(AttendanceScreen)
        /// Speaking time per person (issue 10): any key closes it.
        case speakingTime
    }

    public var screen: Screen = .dashboard
    public var overlay: Overlay?
    /// The share overlay (how to join, who is connected), over everything else while up.
    public var shareOverlay: ShareOverlay?
    /// Index of the selected speaker among those the queue panel shows (`QueueRows.selectable`).
    public var queueSelection: Int = 0
    /// The other items' speaker lists shown in full in the queue panel, not folded to a header (`z`).
    public var queueUnfolded: Bool = false
    /// Index of the selected rundown item, once `[` or `]` has been pressed.
    public var rundownSelection: Int?
    /// Index (from the newest) of the selected minutes entry in the minutes view.
    public var entrySelection: Int = 0
    /// The minutes view's search text, if searching.
    public var search: String?
    /// First row shown of the help overlay, when it needs scrolling.
    public var helpScroll: Int = 0
    public var message: StatusMessage?
    /// What this terminal is for (one of several on the session): its keys and its view.
    public var role: PeerRole = .moderator

    public init() {}

    /// Feeds a key to the help or quit overlay, the same in live sessions and replay; true when quitting is confirmed.
    public mutating func handleHelpOrQuit(_ input: InputEvent) -> Bool {
        switch overlay {
        case .help?:
            switch input {
            case .key(.down): helpScroll += 1
            case .key(.up): helpScroll = max(0, helpScroll - 1)
            case .key(.pageDown), .char(" "): helpScroll += 10
            case .key(.pageUp): helpScroll = max(0, helpScroll - 10)
            case .key(.escape), .char("?"), .char("q"), .key(.f(1)), .key(.enter): overlay = nil
            default: break  // a command key pressed by habit must not act behind the help
            }
            return false
        case .quit?:
            overlay = nil
            return input == .char("y") || input == .char("Y")
        default:
            return false
        }
    }
}

/// The last command's error or a notice, shown in the status bar.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case info, warning, error }
    public var text: String
    public var kind: Kind
    /// When it was shown (ms since session start), so it can fade after a while.
    public var t: Int

    public init(_ text: String, kind: Kind, t: Int) {
        self.text = text; self.kind = kind; self.t = t
    }
}

/// A question to answer with y before something destructive happens.
public struct Confirmation: Equatable, Sendable {
    public var question: String
    public var command: Command
    /// Commands run before `command` when y is pressed (the speakers booked under an item being removed).
    public var first: [Command] = []
    /// A second answer besides y, with its key and what it runs.
    public var alternative: Alternative?
    /// The line under the question saying which key does what; nil: "y = ya · tombol lain = batal".
    public var choices: String?
    /// A key that answers by opening a form (choose where the booked speakers go), and the form.
    public var opensForm: FormAnswer?

    /// A key and the form it opens.
    public struct FormAnswer: Equatable, Sendable {
        public var key: Character
        public var form: Form
        public init(key: Character, form: Form) { self.key = key; self.form = form }
    }

    /// Another key that answers the question, and the commands it runs.
    public struct Alternative: Equatable, Sendable {
        public var key: Character
        public var commands: [Command]
        public init(key: Character, commands: [Command]) { self.key = key; self.commands = commands }
    }

    public init(question: String, command: Command, first: [Command] = [], alternative: Alternative? = nil, choices: String? = nil) {
        self.question = question; self.command = command
        self.first = first; self.alternative = alternative; self.choices = choices
    }
}

/// The replay's list of events, a window of rows around the selection.
public struct EventList: Equatable, Sendable {
    /// Event positions (0-based index into the events) of the rows, with their text.
    public var rows: [Row]
    /// Index into `rows` of the selected row.
    public var selected: Int
    /// The row of the event shown now.
    public var current: Int?

    /// Rows show the raw JSON of each event instead of its sentence (the `r` key).
    public var raw = false

    public struct Row: Equatable, Sendable {
        public var index: Int
        /// The event as a sentence: "19.04 Sri Wahyuni mulai berbicara".
        public var text: String
        /// The event as the log holds it: "#12 19.04.07 speaker.started {…}".
        public var rawText: String = ""

        public init(index: Int, text: String, rawText: String = "") {
            self.index = index; self.text = text; self.rawText = rawText
        }
    }

    public init(rows: [Row], selected: Int, current: Int?) {
        self.rows = rows; self.selected = selected; self.current = current
    }
}
