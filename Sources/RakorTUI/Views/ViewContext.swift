import RakorCore

/// Everything a view needs to draw one frame: pure inputs, no effects.
public struct ViewContext: Sendable {
    public var state: SessionState
    public var ui: UIState
    /// The moment drawn (ms since the session's start).
    public var now: Int
    public var lang: Language
    public var zone: ZoneClock
    public var logHealth: LogHealth
    /// True when drawing a replay (changes the status bar and the state label).
    public var replay: ReplayInfo?
    /// The other terminals attached to this live session.
    public var peers: [PeerPresence] = []

    public init(state: SessionState, ui: UIState = UIState(), now: Int, lang: Language,
                logHealth: LogHealth = .ok, replay: ReplayInfo? = nil) {
        self.state = state
        self.ui = ui
        self.now = now
        self.lang = lang
        self.zone = ZoneClock(header: state.header)
        self.logHealth = logHealth
        self.replay = replay
    }

    /// The text in the context's language.
    public func t(_ id: String, _ en: String) -> String { lang == .id ? id : en }

    /// "12.41 WITA"; a time on another day than now says so ("00.15 WITA besok"), so a
    /// projected end past midnight never reads as this morning.
    public func clock(_ t: Int) -> String {
        "\(hm(t)) \(zone.label)" + zone.dayNote(t, from: now, lang)
    }

    /// A planned or projected time, its day said when it is not today ("00.15 besok"): every
    /// clock on screen that can pass midnight goes through here (`ZoneClock.projected`).
    public func projected(_ t: Int) -> String { zone.projected(t, from: now, lang) }

    /// "19.04" in Indonesian, "19:04" in English (the same rule as the exports).
    public func hm(_ t: Int) -> String { zone.clock(t, lang) }

    /// "+7 mnt terlambat" / "3 min ahead" / "tepat waktu".
    public func offsetText(_ ms: Int) -> String {
        let m = DurationText.minutes(abs(ms))
        if m == 0 { return t("tepat waktu", "on time") }
        return ms > 0 ? t("+\(m) mnt terlambat", "\(m) min behind") : t("\(m) mnt lebih awal", "\(m) min ahead")
    }

    /// "18 mnt" / "18 min".
    public func minutes(_ ms: Int) -> String { "\(DurationText.minutes(ms)) \(t("mnt", "min"))" }
}

/// What the replay adds to a frame: where the cursor is, how fast it plays.
public struct ReplayInfo: Equatable, Sendable {
    public var position: Int
    public var count: Int
    public var playing: Bool
    public var speed: Int
    public var durationMs: Int
    /// Fractions (0…1) of the chapters and of damaged lines along the timeline.
    public var chapters: [Double]
    public var damage: [Double]
    public var atEnd: Bool

    public init(position: Int, count: Int, playing: Bool, speed: Int, durationMs: Int,
                chapters: [Double], damage: [Double], atEnd: Bool) {
        self.position = position; self.count = count; self.playing = playing; self.speed = speed
        self.durationMs = durationMs; self.chapters = chapters; self.damage = damage; self.atEnd = atEnd
    }
}
