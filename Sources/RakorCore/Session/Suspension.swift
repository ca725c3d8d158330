/// A time the meeting was suspended (skors, ishoma, …).
public struct Suspension: Equatable, Sendable {
    public var reason: SuspensionReason
    public var note: String?
    /// Planned `t` of resumption, if announced.
    public var resumeT: Int?
    public var startT: Int
    public var endT: Int?

    public init(reason: SuspensionReason, note: String? = nil, resumeT: Int? = nil, startT: Int, endT: Int? = nil) {
        self.reason = reason; self.note = note; self.resumeT = resumeT; self.startT = startT; self.endT = endT
    }
}

/// A bookmark in the session: a chapter in replay.
public struct Marker: Equatable, Sendable {
    public var seq: Int
    public var t: Int
    public var label: String
}

/// A point where a new process continued the log after a crash.
public struct Recovery: Equatable, Sendable {
    public var seq: Int
    public var t: Int
    public var afterSeq: Int
    public var gapMs: Int
    public var tornBytes: Int
}

/// Attendance: in the room and on the video call.
public struct Attendance: Equatable, Sendable {
    public var onsite: Int?
    public var online: Int?
    public var note: String?

    public init(onsite: Int? = nil, online: Int? = nil, note: String? = nil) {
        self.onsite = onsite; self.online = online; self.note = note
    }
}
