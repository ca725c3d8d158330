/// Why an event's `data` does not fit its type.
public struct EventDataError: Error, Equatable, Sendable {
    public var message: String
}

/// Reads the fields of an event's `data` object, naming the field that is wrong.
struct DataReader: EventDataSource {
    let data: JSONValue
    var prefix = "data."

    func string(_ key: StaticString) throws(EventDataError) -> String {
        guard let v = data["\(key)"] else { throw EventDataError(message: "\(prefix)\(key) is missing") }
        guard case .string(let s) = v else { throw EventDataError(message: "\(prefix)\(key) should be a string, found \(v.typeName)") }
        return s
    }

    func optString(_ key: StaticString) throws(EventDataError) -> String? {
        guard let v = data["\(key)"], v != .null else { return nil }
        guard case .string(let s) = v else { throw EventDataError(message: "\(prefix)\(key) should be a string, found \(v.typeName)") }
        return s
    }

    func int(_ key: StaticString) throws(EventDataError) -> Int {
        guard let v = data["\(key)"] else { throw EventDataError(message: "\(prefix)\(key) is missing") }
        return try asInt(v, key)
    }

    func optInt(_ key: StaticString) throws(EventDataError) -> Int? {
        guard let v = data["\(key)"], v != .null else { return nil }
        return try asInt(v, key)
    }

    func asInt(_ v: JSONValue, _ key: StaticString) throws(EventDataError) -> Int {
        switch v {
        // Out of ±10^15 a number is damage, whatever the field: sums and differences of a few cannot overflow.
        case .int(let i) where (-1_000_000_000_000_000...1_000_000_000_000_000).contains(i): return i
        case .double(let d) where d == d.rounded() && abs(d) < 9e15: return Int(d)
        case .int, .double: throw EventDataError(message: "\(prefix)\(key) is out of range (at most 10^15 either way), found \(v.serialized())")
        default: throw EventDataError(message: "\(prefix)\(key) should be a whole number, found \(v.typeName)")
        }
    }

    func optBool(_ key: StaticString) throws(EventDataError) -> Bool? {
        guard let v = data["\(key)"], v != .null else { return nil }
        guard case .bool(let b) = v else { throw EventDataError(message: "\(prefix)\(key) should be true or false, found \(v.typeName)") }
        return b
    }

    func unknownValue(_ key: StaticString, _ value: String) -> EventDataError {
        EventDataError(message: "\(prefix)\(key) has unknown value \"\(value)\"")
    }

    func optStringArray(_ key: StaticString) throws(EventDataError) -> [String]? {
        guard let v = data["\(key)"], v != .null else { return nil }
        guard case .array(let items) = v else { throw EventDataError(message: "\(prefix)\(key) should be an array, found \(v.typeName)") }
        var out: [String] = []
        for item in items {
            guard case .string(let s) = item else { throw EventDataError(message: "\(prefix)\(key) should hold strings") }
            out.append(s)
        }
        return out
    }
}

/// Builds an event's `data` object with members in the spec's order, leaving out absent optionals.
struct DataWriter {
    var members: [(String, JSONValue)] = []
    mutating func put(_ k: String, _ v: String) { members.append((k, .string(v))) }
    mutating func put(_ k: String, _ v: String?) { if let v { members.append((k, .string(v))) } }
    mutating func put(_ k: String, _ v: Int) { members.append((k, .int(v))) }
    mutating func put(_ k: String, _ v: Int?) { if let v { members.append((k, .int(v))) } }
    mutating func put(_ k: String, _ v: Bool?) { if let v { members.append((k, .bool(v))) } }
    mutating func put(_ k: String, _ v: [String]?) { if let v { members.append((k, .array(v.map { .string($0) }))) } }
    var value: JSONValue { .object(members) }
}

extension EventKind {
    /// The spec's name of this event type (`speaker.started`).
    public var typeName: String {
        switch self {
        case .sessionUpdated: return "session.updated"
        case .participantsUpdated: return "participants.updated"
        case .sessionSuspended: return "session.suspended"
        case .sessionResumed: return "session.resumed"
        case .sessionRecovered: return "session.recovered"
        case .sessionClosed: return "session.closed"
        case .sessionReopened: return "session.reopened"
        case .marker: return "marker"
        case .itemAdded: return "agenda.item_added"
        case .itemUpdated: return "agenda.item_updated"
        case .itemMoved: return "agenda.item_moved"
        case .itemRemoved: return "agenda.item_removed"
        case .itemStarted: return "agenda.item_started"
        case .itemEnded: return "agenda.item_ended"
        case .speakerQueued: return "speaker.queued"
        case .speakerUpdated: return "speaker.updated"
        case .speakerMoved: return "speaker.moved"
        case .speakerRemoved: return "speaker.removed"
        case .speakerStarted: return "speaker.started"
        case .speakerPaused: return "speaker.paused"
        case .speakerResumed: return "speaker.resumed"
        case .speakerHeld: return "speaker.held"
        case .speakerExtended: return "speaker.extended"
        case .speakerEnded: return "speaker.ended"
        case .roundOpened: return "qa.round_opened"
        case .questionQueued: return "question.queued"
        case .questionStarted: return "question.started"
        case .questionEnded: return "question.ended"
        case .answerStarted: return "answer.started"
        case .answerEnded: return "answer.ended"
        case .roundClosed: return "qa.round_closed"
        case .noteAdded: return "note.added"
        case .noteEdited: return "note.edited"
        case .noteDeleted: return "note.deleted"
        case .attendance(let a): return a.typeName
        case .stageMessage: return "stage.message"
        case .stageCleared: return "stage.cleared"
        case .unknown(let type, _): return type
        }
    }

    /// The event's `data` object, members in the spec's order.
    public var data: JSONValue {
        var w = DataWriter()
        switch self {
        case .sessionUpdated(let p):
            w.put("title", p.title); w.put("tz", p.tz); w.put("lang", p.lang); w.put("venue", p.venue)
            w.put("mode", p.mode); w.put("chair", p.chair); w.put("notetaker", p.notetaker)
            w.put("organizer", p.organizer); w.put("theme", p.theme)
            w.put("warning_s", p.warningS); w.put("danger_s", p.dangerS)
        case let .participantsUpdated(onsite, online, note):
            w.put("onsite", onsite); w.put("online", online); w.put("note", note)
        case let .sessionSuspended(reason, note, resumeT):
            w.put("reason", reason.rawValue); w.put("note", note); w.put("resume_t", resumeT)
        case .sessionResumed, .sessionClosed, .sessionReopened: break
        case let .sessionRecovered(afterSeq, gapMs, tornBytes):
            w.put("after_seq", afterSeq); w.put("gap_ms", gapMs); w.put("torn_bytes", tornBytes)
        case .marker(let label): w.put("label", label)
        case let .itemAdded(id, title, kind, plannedS, index, plannedStart):
            w.put("id", id); w.put("title", title); w.put("kind", kind.rawValue); w.put("planned_s", plannedS)
            w.put("index", index); w.put("planned_start", plannedStart)
        case let .itemUpdated(id, title, kind, plannedS, plannedStart):
            w.put("id", id); w.put("title", title); w.put("kind", kind?.rawValue); w.put("planned_s", plannedS)
            w.put("planned_start", plannedStart)
        case let .itemMoved(id, index), let .speakerMoved(id, index):
            w.put("id", id); w.put("index", index)
        case let .itemRemoved(id), let .itemStarted(id), let .itemEnded(id),
             let .speakerRemoved(id), let .speakerStarted(id), let .speakerPaused(id),
             let .speakerResumed(id), let .speakerHeld(id), let .speakerEnded(id), let .questionStarted(id),
             let .answerEnded(id), let .roundClosed(id), let .noteDeleted(id):
            w.put("id", id)
        case let .speakerQueued(id, name, role, org, remote, allottedS, item, index, kind):
            w.put("id", id); w.put("name", name); w.put("role", role); w.put("org", org); w.put("remote", remote)
            w.put("allotted_s", allottedS); w.put("item", item); w.put("index", index); w.put("kind", kind?.rawValue)
        case let .speakerUpdated(id, name, role, org, remote, allottedS):
            w.put("id", id); w.put("name", name); w.put("role", role); w.put("org", org); w.put("remote", remote)
            w.put("allotted_s", allottedS)
        case let .speakerExtended(id, byS):
            w.put("id", id); w.put("by_s", byS)
        case let .roundOpened(id, number, maxQuestions, item):
            w.put("id", id); w.put("number", number); w.put("max_questions", maxQuestions); w.put("item", item)
        case let .questionQueued(id, round, asker, org, to, text, allottedS, remote):
            w.put("id", id); w.put("round", round); w.put("asker", asker); w.put("org", org); w.put("to", to)
            w.put("text", text); w.put("allotted_s", allottedS); w.put("remote", remote)
        case let .questionEnded(id, outcome):
            w.put("id", id); w.put("outcome", outcome.rawValue)
        case let .answerStarted(id, round, by, allottedS, questions):
            w.put("id", id); w.put("round", round); w.put("by", by); w.put("allotted_s", allottedS)
            w.put("questions", questions)
        case let .noteAdded(id, kind, text, item, speaker, owner, due):
            w.put("id", id); w.put("kind", kind.rawValue); w.put("text", text); w.put("item", item)
            w.put("speaker", speaker); w.put("owner", owner); w.put("due", due)
        case let .noteEdited(id, text, kind, owner, due):
            w.put("id", id); w.put("text", text); w.put("kind", kind?.rawValue); w.put("owner", owner); w.put("due", due)
        case .attendance(let a): a.write(&w)
        case let .stageMessage(text, tone):
            w.put("text", text); w.put("tone", tone == .info ? nil : tone.rawValue)
        case .stageCleared: break
        case .unknown(_, let data): return data
        }
        return w.value
    }

    /// Decodes an event of type `type` from its `data`; a type this reader does not know becomes `.unknown`.
    public static func decode(type: String, data: JSONValue) throws(EventDataError) -> EventKind {
        guard case .object = data else { throw EventDataError(message: "data should be an object, found \(data.typeName)") }
        guard let known = EventType(rawValue: type) else {
            if AttendanceEvent.typeNames.contains(type) { return .attendance(try AttendanceEvent.decode(type: type, DataReader(data: data))) }
            return .unknown(type: type, data: data)
        }
        return try decode(known, DataReader(data: data))
    }

    /// Decodes a known type's fields from a line's bytes into `kind`; false (and `kind` unchanged) when
    /// the bytes are not in the canonical form. No optional of the kind is made (each copy of one costs).
    static func decode(_ type: EventType, _ source: ScannedData, into kind: inout EventKind) -> Bool {
        do {
            kind = try decode(type, source)
            return true
        } catch {
            return false
        }
    }

    /// Decodes a known event type's fields from any source of `data` (parsed JSON, or a line's bytes).
    static func decode<R: EventDataSource>(_ type: EventType, _ source: R) throws(R.Failure) -> EventKind {
        var r = source
        switch type {
        case .sessionUpdated:
            return .sessionUpdated(SessionPatch(
                title: try r.optString("title"), tz: try r.optString("tz"), lang: try r.optString("lang"),
                venue: try r.optString("venue"), mode: try r.optString("mode"), chair: try r.optString("chair"),
                notetaker: try r.optString("notetaker"), organizer: try r.optString("organizer"),
                theme: try r.optString("theme"), warningS: try r.optInt("warning_s"), dangerS: try r.optInt("danger_s")))
        case .participantsUpdated:
            return .participantsUpdated(onsite: try r.optInt("onsite"), online: try r.optInt("online"), note: try r.optString("note"))
        case .sessionSuspended:
            return .sessionSuspended(reason: try r.enumValue("reason", SuspensionReason.self),
                                     note: try r.optString("note"), resumeT: try r.optInt("resume_t"))
        case .sessionResumed: return .sessionResumed
        case .sessionRecovered:
            return .sessionRecovered(afterSeq: try r.int("after_seq"), gapMs: try r.int("gap_ms"), tornBytes: try r.int("torn_bytes"))
        case .sessionClosed: return .sessionClosed
        case .sessionReopened: return .sessionReopened
        case .marker: return .marker(label: try r.string("label"))
        case .itemAdded:
            return .itemAdded(id: try r.string("id"), title: try r.string("title"), kind: try r.enumValue("kind", ItemKind.self),
                              plannedS: try r.int("planned_s"), index: try r.optInt("index"),
                              plannedStart: try r.optString("planned_start"))
        case .itemUpdated:
            return .itemUpdated(id: try r.string("id"), title: try r.optString("title"), kind: try r.optEnum("kind", ItemKind.self),
                                plannedS: try r.optInt("planned_s"), plannedStart: try r.optString("planned_start"))
        case .itemMoved: return .itemMoved(id: try r.string("id"), index: try r.int("index"))
        case .itemRemoved: return .itemRemoved(id: try r.string("id"))
        case .itemStarted: return .itemStarted(id: try r.string("id"))
        case .itemEnded: return .itemEnded(id: try r.string("id"))
        case .speakerQueued:
            return .speakerQueued(id: try r.string("id"), name: try r.string("name"), role: try r.optString("role"),
                                  org: try r.optString("org"), remote: try r.optBool("remote"), allottedS: try r.int("allotted_s"),
                                  item: try r.optString("item"), index: try r.optInt("index"),
                                  kind: try r.optEnum("kind", SpeakerKind.self))
        case .speakerUpdated:
            return .speakerUpdated(id: try r.string("id"), name: try r.optString("name"), role: try r.optString("role"),
                                   org: try r.optString("org"), remote: try r.optBool("remote"), allottedS: try r.optInt("allotted_s"))
        case .speakerMoved: return .speakerMoved(id: try r.string("id"), index: try r.int("index"))
        case .speakerRemoved: return .speakerRemoved(id: try r.string("id"))
        case .speakerStarted: return .speakerStarted(id: try r.string("id"))
        case .speakerPaused: return .speakerPaused(id: try r.string("id"))
        case .speakerResumed: return .speakerResumed(id: try r.string("id"))
        case .speakerHeld: return .speakerHeld(id: try r.string("id"))
        case .speakerExtended: return .speakerExtended(id: try r.string("id"), byS: try r.int("by_s"))
        case .speakerEnded: return .speakerEnded(id: try r.string("id"))
        case .roundOpened:
            return .roundOpened(id: try r.string("id"), number: try r.int("number"), maxQuestions: try r.optInt("max_questions"),
                                item: try r.optString("item"))
        case .questionQueued:
            return .questionQueued(id: try r.string("id"), round: try r.string("round"), asker: try r.string("asker"),
                                   org: try r.optString("org"), to: try r.optString("to"), text: try r.optString("text"),
                                   allottedS: try r.optInt("allotted_s"), remote: try r.optBool("remote"))
        case .questionStarted: return .questionStarted(id: try r.string("id"))
        case .questionEnded:
            return .questionEnded(id: try r.string("id"), outcome: try r.enumValue("outcome", QuestionOutcome.self))
        case .answerStarted:
            return .answerStarted(id: try r.string("id"), round: try r.string("round"), by: try r.string("by"),
                                  allottedS: try r.optInt("allotted_s"), questions: try r.optStringArray("questions"))
        case .answerEnded: return .answerEnded(id: try r.string("id"))
        case .roundClosed: return .roundClosed(id: try r.string("id"))
        case .noteAdded:
            return .noteAdded(id: try r.string("id"), kind: try r.enumValue("kind", NoteKind.self), text: try r.string("text"),
                              item: try r.optString("item"), speaker: try r.optString("speaker"),
                              owner: try r.optString("owner"), due: try r.optString("due"))
        case .noteEdited:
            return .noteEdited(id: try r.string("id"), text: try r.optString("text"), kind: try r.optEnum("kind", NoteKind.self),
                               owner: try r.optString("owner"), due: try r.optString("due"))
        case .noteDeleted: return .noteDeleted(id: try r.string("id"))
        case .stageMessage:
            return .stageMessage(text: try r.string("text"), tone: try r.optEnum("tone", StageTone.self) ?? .info)
        case .stageCleared: return .stageCleared
        }
    }
}
