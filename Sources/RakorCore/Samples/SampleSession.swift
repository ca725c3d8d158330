/// A scripted session: the recorded samples in `sample-events/` are written with it.
///
/// A script moves a clock (`at("09.05")`, `after(seconds:)`) and runs commands through the same
/// `decide` and `apply` as a live session, so the sample logs are made by the project's own code.
/// A command that `decide` refuses traps, naming the session, the clock time and the error: a
/// broken script is caught the first time a test builds it. Everything is deterministic: fixed
/// session ids, fixed start instants, no clock and no randomness.
public struct SampleSession: Sendable {
    /// The header as line 1 writes it (later `session.updated` events amend `state.header`, not this).
    public let header: SessionHeader
    /// The state after every event so far.
    public private(set) var state: SessionState
    /// The events so far, in order.
    public private(set) var events: [Event] = []
    /// The script's current time, milliseconds since `header.startedAt`.
    public private(set) var now: Int = 0
    private let zone: ZoneClock

    /// A session that starts (t = 0) at `header.startedAt`.
    public init(header: SessionHeader) {
        self.header = header
        self.state = SessionState(header: header)
        self.zone = ZoneClock(header: header)
    }

    /// Moves the clock to a clock time of the session's first day in its zone: `"09.05"` or `"09.05.30"`.
    /// Time never goes back.
    public mutating func at(_ clock: String, file: StaticString = #fileID, line: UInt = #line) {
        let parts = clock.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == ":" })
        let numbers = parts.compactMap { Int($0) }
        guard (2...3).contains(parts.count), numbers.count == parts.count, parts.allSatisfy({ $0.count == 2 }),
              (0..<24).contains(numbers[0]), (0..<60).contains(numbers[1]),
              numbers.count == 2 || (0..<60).contains(numbers[2]) else {
            preconditionFailure("\(header.title): \"\(clock)\" is not a clock time HH.MM or HH.MM.SS", file: file, line: line)
        }
        let t = zone.t(of: ClockTime(hour: numbers[0], minute: numbers[1])) + (numbers.count == 3 ? numbers[2] : 0) * 1000
        precondition(t >= now, "\(header.title): \(clock) is before the script's clock \(self.clock)", file: file, line: line)
        now = t
    }

    /// Moves the clock forward.
    public mutating func after(seconds: Int) {
        precondition(seconds >= 0, "\(header.title): time never goes back")
        now += seconds * 1000
    }

    /// Moves the clock forward.
    public mutating func after(minutes: Int) {
        after(seconds: minutes * 60)
    }

    /// The script's clock time in the session's zone, "09.05.30".
    public var clock: String { zone.clockWithSeconds(now) }

    /// Runs a command at the current time: `decide`, then apply its events. Traps when it is refused.
    @discardableResult
    public mutating func run(_ command: Command, by: String? = "moderator",
                             file: StaticString = #fileID, line: UInt = #line) -> [Event] {
        switch decide(command, state, now: now, by: by) {
        case .success(let new):
            for e in new {
                if let warning = state.apply(e) {
                    preconditionFailure("\(header.title) at \(clock): \(e.kind.typeName) did not apply: \(warning)",
                                        file: file, line: line)
                }
            }
            events += new
            return new
        case .failure(let error):
            preconditionFailure("\(header.title) at \(clock): \(command) was refused: \(error)", file: file, line: line)
        }
    }

    /// Runs a command that creates something (an item, speaker, termin, question, answer or note)
    /// and returns the new id.
    @discardableResult
    public mutating func create(_ command: Command, by: String? = "moderator",
                                file: StaticString = #fileID, line: UInt = #line) -> String {
        let new = run(command, by: by, file: file, line: line)
        guard let id = new.lazy.compactMap({ $0.kind.createdId }).first else {
            preconditionFailure("\(header.title) at \(clock): \(command) created nothing", file: file, line: line)
        }
        return id
    }

    /// Adds a minutes entry as the notulis and returns its id.
    @discardableResult
    public mutating func note(_ kind: NoteKind, _ text: String, owner: String? = nil, due: String? = nil,
                              file: StaticString = #fileID, line: UInt = #line) -> String {
        create(.minutes(.addNote(kind: kind, text: text, owner: owner, due: due)), by: "notulis", file: file, line: line)
    }

    /// The whole log: the header line, then one line per event, each ending in a newline.
    public func text() -> String {
        var out = LogLine.header(header)
        for e in events { out += LogLine.encode(e) }
        return out
    }
}

extension EventKind {
    /// The id of what this event creates, if it creates something.
    var createdId: String? {
        switch self {
        case .itemAdded(let id, _, _, _, _, _): return id
        case .speakerQueued(let id, _, _, _, _, _, _, _, _): return id
        case .roundOpened(let id, _, _, _): return id
        case .questionQueued(let id, _, _, _, _, _, _, _): return id
        case .answerStarted(let id, _, _, _, _): return id
        case .noteAdded(let id, _, _, _, _, _, _): return id
        default: return nil
        }
    }
}

/// The recorded sample sessions: `rakor demo` builds one in memory; tests compare them with `sample-events/`.
public enum SampleSessions {
    /// One sample: how to build it, and the file it is recorded in.
    public struct Sample: Sendable {
        /// Short name, also the file's stem: `"demo"`.
        public let name: String
        /// The file in `sample-events/`: `"demo.jsonl"`.
        public let fileName: String
        /// What it is, one line.
        public let summary: String
        private let build: @Sendable () -> SampleSession

        init(name: String, summary: String, build: @escaping @Sendable () -> SampleSession) {
            self.name = name
            self.fileName = name + ".jsonl"
            self.summary = summary
            self.build = build
        }

        /// The session, scripted afresh: header, folded state and events.
        public func session() -> SampleSession { build() }

        /// The session log text, byte for byte what `sample-events/<fileName>` holds.
        public func text() -> String { build().text() }
    }

    /// Rapat Koordinasi Kepegawaian se Kalimantan Timur 2020: a full day online, every kind of event.
    public static let rakorpegKaltim2020 = Sample(
        name: "rakorpeg-kaltim-2020",
        summary: "Rapat Koordinasi Kepegawaian se Kalimantan Timur 2020 (online, 15 Oktober 2020, WITA)",
        build: makeRakorpegKaltim2020)

    /// Rapat Koordinasi Manajemen Kepegawaian se Provinsi Jambi 2019: a morning in one room.
    public static let rakorJambi2019 = Sample(
        name: "rakor-jambi-2019",
        summary: "Rapat Koordinasi Manajemen Kepegawaian se Provinsi Jambi 2019 (onsite, 9 April 2019, WIB)",
        build: makeRakorJambi2019)

    /// A short English session (about a quarter of an hour) that shows every feature, for `rakor demo`.
    public static let demo = Sample(
        name: "demo",
        summary: "A short demo session in English showing every feature (hybrid, WIB)",
        build: makeDemoSession)

    /// Every sample, in the order the docs list them.
    public static let all: [Sample] = [rakorpegKaltim2020, rakorJambi2019, demo]

    /// The sample with this name (or file name), if any.
    public static func named(_ name: String) -> Sample? {
        all.first { $0.name == name || $0.fileName == name }
    }

    /// Milliseconds since 1970 of an RFC 3339 instant written in a script.
    static func instant(_ s: String) -> Int {
        guard let ms = RFC3339.parse(s) else { preconditionFailure("sample start \"\(s)\" is not RFC 3339") }
        return ms
    }

    /// The writer named in the samples' headers.
    static let app = "rakor 0.1.0 (sample script)"
}
