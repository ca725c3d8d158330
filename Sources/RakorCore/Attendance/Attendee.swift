/// Who a person on the daftar hadir is: as the invitation list or the registration desk gives them.
public struct AttendeeInfo: Equatable, Sendable {
    public var name: String
    public var nip: String?
    /// Jabatan.
    public var role: String?
    /// Instansi.
    public var org: String?
    /// `"onsite"` (luring, the default) or `"online"` (daring).
    public var mode: String?
    /// `"peserta"` (the default), `"narasumber"`, `"pimpinan"`, `"panitia"` or another word.
    public var group: String?

    public init(name: String, nip: String? = nil, role: String? = nil, org: String? = nil,
                mode: String? = nil, group: String? = nil) {
        self.name = name; self.nip = nip; self.role = role; self.org = org; self.mode = mode; self.group = group
    }

    /// Whether they attend on the video call rather than in the room.
    public var isOnline: Bool { mode == "online" }
}

/// What an `attendee.updated` event amends; an empty string clears an optional field.
public struct AttendeePatch: Equatable, Sendable {
    public var name: String?
    public var nip: String?
    public var role: String?
    public var org: String?
    public var mode: String?
    public var group: String?

    public init(name: String? = nil, nip: String? = nil, role: String? = nil, org: String? = nil,
                mode: String? = nil, group: String? = nil) {
        self.name = name; self.nip = nip; self.role = role; self.org = org; self.mode = mode; self.group = group
    }

    /// True when nothing is amended.
    public var isEmpty: Bool { self == AttendeePatch() }
}

/// One person on the daftar hadir: invited, present, or gone early.
public struct Attendee: Identified, Equatable, Sendable {
    public var id: String
    public var info: AttendeeInfo
    /// Loaded from the invitation list (`attendee.invited`) rather than recorded at the desk.
    public var invited: Bool
    /// When they were recorded present; nil while an invitee has not arrived.
    public var presentT: Int?
    /// When they left before the end.
    public var leftT: Int?

    public init(id: String, info: AttendeeInfo, invited: Bool = false, presentT: Int? = nil, leftT: Int? = nil) {
        self.id = id; self.info = info; self.invited = invited; self.presentT = presentT; self.leftT = leftT
    }

    public var isPresent: Bool { presentT != nil }
}

/// The daftar hadir as the log builds it.
public struct AttendanceList: Equatable, Sendable {
    /// Everyone on the list, in the order they were added or invited.
    public var people = IdentifiedList<Attendee>()
    /// Ids of entries removed as mistakes: never given out again.
    public var retired: Set<String> = []

    public init() {}

    /// Those recorded present, in the order they were recorded.
    public var present: [Attendee] {
        people.filter(\.isPresent).sorted { ($0.presentT ?? 0, $0.id.count, $0.id) < ($1.presentT ?? 0, $1.id.count, $1.id) }
    }

    /// Invitees who have not arrived.
    public var awaited: [Attendee] { people.filter { !$0.isPresent } }

    /// Whether anyone is on the list at all.
    public var isEmpty: Bool { people.isEmpty }
}

extension AttendeeInfo {
    /// The same person by name and, where both give one, NIP: so an invitation list imported twice adds no one twice.
    func isSamePerson(as other: AttendeeInfo) -> Bool {
        guard name.attendeeKey == other.name.attendeeKey else { return false }
        if let a = nip?.digitsOnly, let b = other.nip?.digitsOnly, !a.isEmpty, !b.isEmpty { return a == b }
        return true
    }

    mutating func apply(_ p: AttendeePatch) {
        func v(_ s: String) -> String? { s.isEmpty ? nil : s }
        if let n = p.name { name = n }
        if let x = p.nip { nip = v(x) }
        if let x = p.role { role = v(x) }
        if let x = p.org { org = v(x) }
        if let x = p.mode { mode = v(x) }
        if let x = p.group { group = v(x) }
    }
}

extension String {
    /// A name folded for matching: lower case, runs of white space as one space.
    var attendeeKey: String {
        lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Only the ASCII digits ("19700101 199003 1 002" gives "197001011990031002").
    var digitsOnly: String { String(filter { $0.isASCII && $0.isNumber }) }
}
