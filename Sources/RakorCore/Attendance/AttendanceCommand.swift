/// What the notulis or the registration desk asks of the daftar hadir.
public enum AttendanceCommand: Equatable, Sendable {
    /// Someone not on the list is present.
    case add(AttendeeInfo)
    /// Loads an invitation list: each person not on it yet is listed as not yet present.
    case invite([AttendeeInfo])
    /// An invitee has arrived (ticked off), in the room or, with `mode: "online"`, on the call.
    case arrive(id: String, mode: String? = nil)
    case update(id: String, AttendeePatch)
    /// Leaves before the end.
    case leave(id: String)
    /// An entry made by mistake.
    case remove(id: String)
}

extension Decision {
    /// The events of a daftar hadir command, or why it is refused.
    mutating func decide(_ c: AttendanceCommand) throws(RakorError) {
        switch c {
        case .add(let info):
            let clean = try checked(info)
            emit(.attendance(.added(id: nextAttendeeId(), info: clean)))

        case .invite(let list):
            var seen: [AttendeeInfo] = state.attendees.people.map(\.info)
            var taken = state.attendees.retired
            var cleaned: [AttendeeInfo] = []
            for info in list {
                let clean = try checked(info)
                guard !seen.contains(where: { $0.isSamePerson(as: clean) }) else { continue }
                seen.append(clean)
                cleaned.append(clean)
            }
            guard !cleaned.isEmpty else { throw .nothingToChange }
            // The ids are worked out here: the working state sees an emitted event only when the next is emitted.
            var n = 1
            for clean in cleaned {
                while state.attendees.people.contains(id: "p\(n)") || taken.contains("p\(n)") { n += 1 }
                taken.insert("p\(n)")
                emit(.attendance(.invited(id: "p\(n)", info: clean)))
            }

        case let .arrive(id, mode):
            guard let p = state.attendees.people[id: id] else { throw .unknownAttendee(id) }
            guard !p.isPresent else { throw .alreadyPresent(p.info.name) }
            var info = p.info
            if let mode { info.mode = try checkedMode(mode) }
            emit(.attendance(.added(id: id, info: info)))

        case let .update(id, patch):
            guard state.attendees.people.contains(id: id) else { throw .unknownAttendee(id) }
            var p = patch
            if let n = p.name { p.name = try text(n, "name") }
            if let m = p.mode, !m.isEmpty { p.mode = try checkedMode(m) }
            p.nip = p.nip?.trimmingWhitespace; p.role = p.role?.trimmingWhitespace
            p.org = p.org?.trimmingWhitespace; p.group = p.group?.trimmingWhitespace
            guard !p.isEmpty else { throw .nothingToChange }
            emit(.attendance(.updated(id: id, patch: p)))

        case .leave(let id):
            guard let p = state.attendees.people[id: id] else { throw .unknownAttendee(id) }
            guard p.isPresent, p.leftT == nil else { throw .notPresent(p.info.name) }
            emit(.attendance(.left(id: id)))

        case .remove(let id):
            guard state.attendees.people.contains(id: id) else { throw .unknownAttendee(id) }
            emit(.attendance(.removed(id: id)))
        }
    }

    /// `p1`, `p2`, … never reusing a removed one's.
    func nextAttendeeId() -> String {
        nextId("p", state.attendees.people, retired: state.attendees.retired)
    }

    func checked(_ info: AttendeeInfo) throws(RakorError) -> AttendeeInfo {
        var i = info
        i.name = try text(info.name, "name")
        i.nip = optText(info.nip); i.role = optText(info.role); i.org = optText(info.org)
        i.group = optText(info.group)?.lowercased()
        i.mode = try optText(info.mode).map { (m: String) throws(RakorError) -> String in try checkedMode(m) }
        return i
    }

    /// "onsite" or "online"; the Indonesian "luring" and "daring" are taken too.
    func checkedMode(_ m: String) throws(RakorError) -> String {
        switch m.trimmingWhitespace.lowercased() {
        case "onsite", "luring", "offline": return "onsite"
        case "online", "daring": return "online"
        default: throw .invalidValue(field: "mode", value: m)
        }
    }
}
