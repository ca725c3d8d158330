import RakorCore

/// The form being typed, as a small JSON object that survives a crash.
enum Draft {
    static func encode(_ f: Form, screen: UIState.Screen = .dashboard) -> JSONValue {
        var purpose: [(String, JSONValue)] = []
        switch f.purpose {
        case .addSpeaker(let i): purpose = [("kind", .string("addSpeaker")), ("interruption", .bool(i))]
        case .editSpeaker(let id): purpose = [("kind", .string("editSpeaker")), ("id", .string(id))]
        case .openRound: purpose = [("kind", .string("openRound"))]
        case .addQuestion: purpose = [("kind", .string("addQuestion"))]
        case .answer: purpose = [("kind", .string("answer"))]
        case .note(let id): purpose = [("kind", .string("note"))] + (id.map { [("id", JSONValue.string($0))] } ?? [])
        case .suspend: purpose = [("kind", .string("suspend"))]
        case .marker: purpose = [("kind", .string("marker"))]
        case .attendance: purpose = [("kind", .string("attendance"))]
        case .relocateLog: purpose = [("kind", .string("relocateLog"))]
        case .replayGoTo: purpose = [("kind", .string("replayGoTo"))]
        case .search: purpose = [("kind", .string("search"))]
        case .addAttendee: purpose = [("kind", .string("addAttendee"))]
        case .stageMessage: purpose = [("kind", .string("stageMessage"))]
        case .addItem(let i): purpose = [("kind", .string("addItem"))] + (i.map { [("index", JSONValue.int($0))] } ?? [])
        case .editItem(let id): purpose = [("kind", .string("editItem")), ("id", .string(id))]
        case .moveSpeakers(let id): purpose = [("kind", .string("moveSpeakers")), ("id", .string(id))]
        }
        let fields: [(String, JSONValue)] = f.fields.map { field in
            (field.key, .object([("text", .string(field.editor.text)), ("selected", .int(field.selected))]))
        }
        return .object([("purpose", .object(purpose)), ("screen", .string(screen == .minutes ? "minutes" : "dashboard")),
                        ("focus", .int(f.focus)), ("fields", .object(fields))])
    }

    /// The screen the draft was typed on (the minutes view is the notulis's).
    static func screen(_ v: JSONValue) -> UIState.Screen {
        v["screen"] == .string("minutes") ? .minutes : .dashboard
    }

    /// The form a draft was taken from, rebuilt against the current state; nil if it no longer fits.
    static func decode(_ v: JSONValue, state s: SessionState) -> Form? {
        guard case .string(let kind)? = v["purpose"]?["kind"] else { return nil }
        var form: Form
        switch kind {
        case "addSpeaker": form = FormFactory.speaker(interruption: v["purpose"]?["interruption"] == .bool(true), s)
        case "editSpeaker":
            guard case .string(let id)? = v["purpose"]?["id"], let sp = s.speakers[id: id] else { return nil }
            form = FormFactory.editSpeaker(sp)
        case "openRound": form = FormFactory.openRound()
        case "addQuestion": form = FormFactory.question(s)
        case "answer": form = FormFactory.answer(s)
        case "note":
            if case .string(let id)? = v["purpose"]?["id"] {
                guard let e = s.entries[id: id], !e.deleted else { return nil }
                form = FormFactory.note(s, editing: e)
            } else {
                form = FormFactory.note(s)
            }
        case "suspend": form = FormFactory.suspend()
        case "marker": form = FormFactory.single(.marker, title: ("Penanda", "Marker"), label: ("Label", "Label"))
        case "attendance": form = FormFactory.attendance(s)
        case "stageMessage": form = FormFactory.stage(s.header.language)
        case "addItem":
            var index: Int? = nil
            if case .int(let i)? = v["purpose"]?["index"] { index = i }
            form = FormFactory.item(nil, index: index)
        case "editItem":
            guard case .string(let id)? = v["purpose"]?["id"], let item = s.items[id: id] else { return nil }
            form = FormFactory.item(item, index: nil)
        case "moveSpeakers":
            guard case .string(let id)? = v["purpose"]?["id"], let item = s.items[id: id],
                  let f = FormFactory.moveSpeakers(from: item, s) else { return nil }
            form = f
        default: return nil
        }
        for i in form.fields.indices {
            guard let saved = v["fields"]?[form.fields[i].key] else { continue }
            if case .string(let text)? = saved["text"] {
                form.fields[i].editor = LineEditor(text: text, multiline: form.fields[i].editor.multiline,
                                                   maxLength: form.fields[i].editor.maxLength)
            }
            if case .int(let sel)? = saved["selected"] { form.fields[i].selected = sel }
        }
        if case .int(let focus)? = v["focus"], form.fields.indices.contains(focus) { form.focus = focus }
        return form
    }
}
