/// A meeting as planned in an agenda file, before it starts.
public struct AgendaPlan: Equatable, Sendable {
    /// The meeting's name (nama rapat).
    public var title: String
    /// The meeting's theme, a sentence (tema rapat); not the colour theme.
    public var theme: String?
    /// Where it is held, or e.g. "Daring melalui Zoom".
    public var venue: String?
    /// "onsite", "online" or "hybrid".
    public var mode: String?
    /// The planned date, "YYYY-MM-DD".
    public var date: String?
    /// The IANA time zone clock times are shown in.
    public var tz: String
    /// "id" or "en": the language of generated text such as the minutes.
    public var lang: String
    /// Pimpinan rapat.
    public var chair: String?
    /// Notulis.
    public var notetaker: String?
    /// Penyelenggara.
    public var organizer: String?
    /// Seconds left at which a running timer turns to warning.
    public var warningS: Int
    /// The least time the on-time advice gives a speaker (`min_speaker_s`); nil: the default.
    public var minSpeakerS: Int? = nil
    /// Seconds left at which a running timer turns to danger.
    public var dangerS: Int
    /// The rundown (susunan acara), in order.
    public var items: [PlannedItem]

    /// Creates a plan; the defaults are those of an agenda file that leaves the keys out.
    public init(title: String, theme: String? = nil, venue: String? = nil, mode: String? = nil,
                date: String? = nil, tz: String = "Asia/Jakarta", lang: String = "id", chair: String? = nil,
                notetaker: String? = nil, organizer: String? = nil, warningS: Int = 120, dangerS: Int = 30,
                items: [PlannedItem]) {
        self.title = title; self.theme = theme; self.venue = venue; self.mode = mode; self.date = date
        self.tz = tz; self.lang = lang; self.chair = chair; self.notetaker = notetaker
        self.organizer = organizer; self.warningS = warningS; self.dangerS = dangerS; self.items = items
    }

    /// The planned length of the whole rundown, in seconds.
    public var plannedS: Int { items.reduce(0) { $0 + $1.plannedS } }
}

/// One item of a planned rundown.
public struct PlannedItem: Equatable, Sendable {
    /// What the rundown calls it, e.g. "Laporan Ketua Panitia".
    public var title: String
    /// Its kind.
    public var kind: ItemKind
    /// Its planned length in seconds.
    public var plannedS: Int
    /// Its planned clock time in the plan's zone, "HH:MM".
    public var plannedStart: String?
    /// The speakers booked for it, in order.
    public var speakers: [BookedSpeaker]

    /// Creates an item.
    public init(title: String, kind: ItemKind, plannedS: Int, plannedStart: String? = nil,
                speakers: [BookedSpeaker] = []) {
        self.title = title; self.kind = kind; self.plannedS = plannedS
        self.plannedStart = plannedStart; self.speakers = speakers
    }
}

/// A speaker booked for an item before the meeting.
public struct BookedSpeaker: Equatable, Sendable {
    /// Their name.
    public var name: String
    /// Their position (jabatan).
    public var role: String?
    /// Their organisation (instansi).
    public var org: String?
    /// Whether they speak over the video call.
    public var remote: Bool
    /// Their speaking time in seconds.
    public var allottedS: Int

    /// Creates a booked speaker.
    public init(name: String, role: String? = nil, org: String? = nil, remote: Bool = false, allottedS: Int) {
        self.name = name; self.role = role; self.org = org; self.remote = remote; self.allottedS = allottedS
    }
}
