/// The daftar hadir events of the session log ("Attendance" in docs/session-log.md).
public enum AttendanceEvent: Equatable, Sendable {
    /// On the invitation list, not yet present (an extension of rakor's: `attendee.invited`).
    case invited(id: String, info: AttendeeInfo)
    /// Present; for an invitee's id, they have arrived.
    case added(id: String, info: AttendeeInfo)
    case updated(id: String, patch: AttendeePatch)
    /// Left before the end.
    case left(id: String)
    /// An entry made by mistake: it leaves the list entirely.
    case removed(id: String)

    /// The log's type names this reader decodes as attendance.
    public static let typeNames: Set<String> = ["attendee.invited", "attendee.added", "attendee.updated",
                                                "attendee.left", "attendee.removed"]

    /// The spec's name of this event type.
    public var typeName: String {
        switch self {
        case .invited: return "attendee.invited"
        case .added: return "attendee.added"
        case .updated: return "attendee.updated"
        case .left: return "attendee.left"
        case .removed: return "attendee.removed"
        }
    }

    /// The id it is about.
    public var id: String {
        switch self {
        case let .invited(id, _), let .added(id, _), let .updated(id, _), let .left(id), let .removed(id): return id
        }
    }

    func write(_ w: inout DataWriter) {
        switch self {
        case let .invited(id, i), let .added(id, i):
            w.put("id", id); w.put("name", i.name); w.put("nip", i.nip); w.put("role", i.role); w.put("org", i.org)
            w.put("mode", i.mode); w.put("group", i.group)
        case let .updated(id, p):
            w.put("id", id); w.put("name", p.name); w.put("nip", p.nip); w.put("role", p.role); w.put("org", p.org)
            w.put("mode", p.mode); w.put("group", p.group)
        case let .left(id), let .removed(id):
            w.put("id", id)
        }
    }

    static func decode(type: String, _ r: DataReader) throws(EventDataError) -> AttendanceEvent {
        let id = try r.string("id")
        switch type {
        case "attendee.invited", "attendee.added":
            let info = AttendeeInfo(name: try r.string("name"), nip: try r.optString("nip"), role: try r.optString("role"),
                                    org: try r.optString("org"), mode: try r.optString("mode"), group: try r.optString("group"))
            return type == "attendee.invited" ? .invited(id: id, info: info) : .added(id: id, info: info)
        case "attendee.updated":
            return .updated(id: id, patch: AttendeePatch(
                name: try r.optString("name"), nip: try r.optString("nip"), role: try r.optString("role"),
                org: try r.optString("org"), mode: try r.optString("mode"), group: try r.optString("group")))
        case "attendee.left": return .left(id: id)
        default: return .removed(id: id)
        }
    }
}

extension SessionState {
    /// Applies a daftar hadir event; returns a warning when it cannot apply.
    mutating func applyAttendance(_ a: AttendanceEvent, t: Int) -> String? {
        switch a {
        case let .invited(id, info):
            guard !attendees.people.contains(id: id), !attendees.retired.contains(id) else { return "attendee \(id) already exists" }
            attendees.people.append(Attendee(id: id, info: info, invited: true))
        case let .added(id, info):
            if let existing = attendees.people[id: id] {
                guard !existing.isPresent else { return "attendee \(id) is already present" }
                attendees.people.update(id: id) { $0.info = info; $0.presentT = t }
            } else {
                guard !attendees.retired.contains(id) else { return "attendee \(id) was removed" }
                attendees.people.append(Attendee(id: id, info: info, presentT: t))
            }
        case let .updated(id, patch):
            guard attendees.people.contains(id: id) else { return "no attendee \(id)" }
            if patch.name?.isEmpty == true { return "attendee \(id): name must not be empty" }
            attendees.people.update(id: id) { $0.info.apply(patch) }
        case .left(let id):
            guard let p = attendees.people[id: id], p.isPresent, p.leftT == nil else { return "attendee \(id) is not present" }
            attendees.people.update(id: id) { $0.leftT = t }
        case .removed(let id):
            guard attendees.people.contains(id: id) else { return "no attendee \(id)" }
            attendees.people.remove(id: id)
            attendees.retired.insert(id)
        }
        return nil
    }
}
