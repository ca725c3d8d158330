import RakorCore

/// The daftar hadir screen (`h`): search as you type to tick invitees off as they arrive, add a
/// walk-in, switch luring/daring, record who leaves early. UI state only; every change is a command.
public struct AttendanceScreen: Equatable, Sendable {
    /// What the notulis types to find someone (readline keys, as in every field).
    public var search = LineEditor(maxLength: 120)
    /// The selected row among the matches.
    public var selection = 0
    /// The form for a person not on the list, when open.
    public var adding: Form?

    public init() {}

    /// What a key asks of the controller.
    public enum Outcome: Equatable, Sendable {
        case stay
        case close
        case send(Command)
        /// The new person's form was submitted: send, and on success close the form.
        case add(Command)
    }

    /// Everyone on the list whose name, NIP, jabatan or instansi holds every word typed; invitees not yet present first.
    public func matches(_ s: SessionState) -> [Attendee] {
        let words = search.text.lowercased().split(whereSeparator: { $0.isWhitespace })
        let all = s.attendees.awaited + s.attendees.present
        guard !words.isEmpty else { return all }
        return all.filter { p in
            let hay = [p.info.name, p.info.nip ?? "", p.info.role ?? "", p.info.org ?? ""].joined(separator: " ").lowercased()
            return words.allSatisfy { hay.contains($0) }
        }
    }

    public mutating func handle(_ input: InputEvent, _ s: SessionState) -> Outcome {
        if var f = adding {
            switch f.handle(input) {
            case .cancel: adding = nil
            case .submit: adding = f; return .add(Self.command(f))
            case .edited, .moved, .ignored: f.error = nil; adding = f
            }
            return .stay
        }
        let found = matches(s)
        let selected = found.indices.contains(selection) ? found[selection] : nil
        switch input {
        case .key(.escape), .ctrl("g"): return .close
        case .key(.up): selection = max(0, selection - 1); return .stay
        case .key(.down): selection = min(max(0, found.count - 1), selection + 1); return .stay
        case .key(.enter):
            guard let p = selected else {
                adding = Self.form(name: search.text)
                return .stay
            }
            return p.isPresent ? .stay : .send(.attendance(.arrive(id: p.id)))
        case .ctrl("o"):
            guard let p = selected else { return .stay }
            return .send(.attendance(.update(id: p.id, AttendeePatch(mode: p.info.isOnline ? "onsite" : "online"))))
        case .ctrl("x"):
            guard let p = selected else { return .stay }
            return .send(.attendance(.leave(id: p.id)))
        case .ctrl("n"):
            adding = Self.form(name: search.text)
            return .stay
        default:
            if search.handle(input) == .edited { selection = 0 }
            return .stay
        }
    }

    /// A person not on the list: nama, NIP, jabatan, instansi, luring/daring, kelompok.
    static func form(name: String) -> Form {
        Form(purpose: .addAttendee, title: ("Hadir (tidak ada di daftar)", "Present (not on the list)"), fields: [
            FormField(key: "name", label: ("Nama", "Name"), text: name.trimmingWhitespace),
            FormField(key: "nip", label: ("NIP", "NIP")),
            FormField(key: "role", label: ("Jabatan", "Position")),
            FormField(key: "org", label: ("Instansi", "Organisation")),
            FormField(key: "mode", label: ("Kehadiran", "Attending"),
                      kind: .choice(["onsite", "online"], labelsID: ["luring", "daring"], labelsEN: ["in person", "online"])),
            FormField(key: "group", label: ("Kelompok", "Group"),
                      kind: .choice(["peserta", "narasumber", "pimpinan", "panitia"], labelsID: ["peserta", "narasumber", "pimpinan", "panitia"],
                                    labelsEN: ["participant", "speaker", "chair", "committee"])),
        ])
    }

    /// The command a submitted form asks for.
    static func command(_ f: Form) -> Command {
        func opt(_ k: String) -> String? { let v = f.value(k).trimmingWhitespace; return v.isEmpty ? nil : v }
        return .attendance(.add(AttendeeInfo(name: f.value("name"), nip: opt("nip"), role: opt("role"), org: opt("org"),
                                             mode: opt("mode"), group: opt("group"))))
    }
}

extension LiveController {
    /// Keys while the daftar hadir is open; the screen stays open until Esc.
    func handleAttendance(_ screen: AttendanceScreen, _ input: InputEvent) {
        var a = screen
        let outcome = a.handle(input, state)
        switch outcome {
        case .stay:
            ui.overlay = .attendance(a)
        case .close:
            ui.overlay = nil
        case .send(let c):
            ui.overlay = .attendance(a)
            send(c)
        case .add(let c):
            if let e = send(c) {
                a.adding?.error = e.message(lang)
            } else {
                a.adding = nil
                a.search.setText("")
                a.selection = 0
            }
            ui.overlay = .attendance(a)
        }
    }
}
