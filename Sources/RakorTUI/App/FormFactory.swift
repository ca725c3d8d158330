import Foundation
import RakorCore

/// The forms of the live session, with their fields and defaults.
enum FormFactory {
    static func speaker(interruption: Bool, _ s: SessionState) -> Form {
        let minutes = interruption ? 3 : defaultMinutes(s)
        return Form(purpose: .addSpeaker(interruption: interruption),
                    title: interruption ? ("Interupsi", "Point of order") : ("Tambah pembicara", "Add a speaker"),
                    fields: [
                        FormField(key: "name", label: ("Nama", "Name")),
                        FormField(key: "role", label: ("Jabatan", "Role")),
                        FormField(key: "org", label: ("Instansi", "Organisation")),
                        FormField(key: "minutes", label: ("Menit", "Minutes"), kind: .number, text: "\(minutes)"),
                        FormField(key: "remote", label: ("Daring", "Remote"), kind: .toggle),
                    ] + (interruption ? [] : itemField(s)))
    }

    /// The rundown item a new speaker is booked under: the running one by default, or one still to come.
    static func itemField(_ s: SessionState) -> [FormField] {
        let open = s.items.filter { $0.id == s.runningItem || !$0.hasStarted }
        guard !open.isEmpty else { return [] }
        let first = open.firstIndex { $0.id == s.runningItem } ?? 0
        return [FormField(key: "item", label: ("Acara", "Item"), kind: .choice(open.map(\.id), labelsID: open.map(\.title),
                                                                           labelsEN: open.map(\.title)),
                          selected: first)]
    }

    static func editSpeaker(_ sp: Speaker) -> Form {
        Form(purpose: .editSpeaker(id: sp.id), title: ("Ubah pembicara", "Edit speaker"), fields: [
            FormField(key: "name", label: ("Nama", "Name"), text: sp.name),
            FormField(key: "role", label: ("Jabatan", "Role"), text: sp.role ?? ""),
            FormField(key: "org", label: ("Instansi", "Organisation"), text: sp.org ?? ""),
            FormField(key: "minutes", label: ("Menit", "Minutes"), kind: .number, text: minutesText(sp.allottedS)),
            FormField(key: "remote", label: ("Daring", "Remote"), kind: .toggle, selected: sp.remote ? 1 : 0),
        ])
    }

    static func question(_ s: SessionState) -> Form {
        let speakers = narasumber(s)
        return Form(purpose: .addQuestion, title: ("Tambah penanya", "Add an asker"), fields: [
            FormField(key: "asker", label: ("Penanya", "Asker")),
            FormField(key: "org", label: ("Instansi", "Organisation")),
            FormField(key: "to", label: ("Kepada", "To"), kind: .choice([""] + speakers.map(\.id),
                                                                       labelsID: ["semua"] + speakers.map(\.name),
                                                                       labelsEN: ["all"] + speakers.map(\.name))),
            FormField(key: "text", label: ("Pertanyaan", "Question"), multiline: true),
            FormField(key: "minutes", label: ("Menit", "Minutes"), kind: .number, text: "3"),
            FormField(key: "remote", label: ("Daring", "Remote"), kind: .toggle),
        ])
    }

    static func answer(_ s: SessionState) -> Form {
        let speakers = narasumber(s)
        // Proposed: the one to whom most open questions were put; the round's questions follow,
        // those put to that answerer ticked. The moderator can change both.
        let round = s.openRound ?? s.rounds.last
        let proposed = round.flatMap { s.proposedAnswerer(inRound: $0.id) }
        let first = proposed.flatMap { p in speakers.firstIndex { s.sameParty($0.id, p) } } ?? 0
        var fields = [
            FormField(key: "by", label: ("Narasumber", "Speaker"), kind: .choice(speakers.map(\.id),
                                                                               labelsID: speakers.map(\.name),
                                                                               labelsEN: speakers.map(\.name)),
                      selected: first),
            FormField(key: "minutes", label: ("Menit", "Minutes"), kind: .number, text: "5"),
        ]
        if let round, let by = speakers.indices.contains(first) ? speakers[first].id : nil {
            let put = Set(s.questionsPut(to: by, inRound: round.id).map(\.id))
            let asked = s.questions(inRound: round.id).filter { $0.outcome == .asked || $0.status == .onFloor }
            for (i, q) in asked.enumerated() {
                let to = q.to.map { " → " + (s.speakers[id: $0]?.name ?? $0) } ?? ""
                let label = "\(i + 1). \(q.asker)\(to)"
                fields.append(FormField(key: "q:" + q.id, label: (label, label), kind: .toggle, selected: put.contains(q.id) ? 1 : 0))
            }
        }
        return Form(purpose: .answer, title: ("Narasumber menjawab", "A resource speaker answers"), fields: fields)
    }

    static func openRound() -> Form {
        Form(purpose: .openRound, title: ("Buka termin", "Open a termin"), fields: [
            FormField(key: "max", label: ("Maks. penanya", "Max. askers"), kind: .number, text: "3"),
        ])
    }

    static func suspend() -> Form {
        let reasons = SuspensionReason.allCases
        return Form(purpose: .suspend, title: ("Skors rapat", "Suspend the meeting"), fields: [
            FormField(key: "reason", label: ("Alasan", "Reason"), kind: .choice(reasons.map(\.rawValue),
                                                                              labelsID: reasons.map { $0.label(.id) },
                                                                              labelsEN: reasons.map { $0.label(.en) })),
            FormField(key: "minutes", label: ("Lanjut (menit)", "Resume in (min)"), kind: .number),
            FormField(key: "note", label: ("Keterangan", "Note")),
        ])
    }

    static func note(_ s: SessionState, editing: MinutesEntry? = nil, quick: Bool = false) -> Form {
        let kinds = NoteKind.allCases
        var fields = [
            FormField(key: "kind", label: ("Jenis", "Kind"), kind: .choice(kinds.map(\.rawValue),
                                                                         labelsID: kinds.map { $0.label(.id) },
                                                                         labelsEN: kinds.map { $0.label(.en) }),
                      selected: editing.flatMap { e in kinds.firstIndex(of: e.kind) } ?? 0),
            FormField(key: "text", label: ("Isi", "Text"), text: editing?.text ?? "", multiline: true),
            FormField(key: "owner", label: ("Penanggung jawab", "Owner"), text: editing?.owner ?? ""),
            FormField(key: "due", label: ("Batas (YYYY-MM-DD)", "Due (YYYY-MM-DD)"), text: editing?.due ?? ""),
        ]
        if editing == nil {
            let items = s.items.elements
            let current = s.runningItem.flatMap { id in items.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
            fields.append(FormField(key: "item", label: ("Acara", "Item"),
                                    kind: .choice([""] + items.map(\.id), labelsID: ["—"] + items.map(\.title), labelsEN: ["—"] + items.map(\.title)),
                                    selected: current))
            // Whoever has the floor, else nobody; anyone who has spoken or waits can be chosen.
            let people = s.speakers.filter { $0.status != .removed }
            let onFloor = s.floorSpeakerContext.flatMap { id in people.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
            fields.append(FormField(key: "speaker", label: ("Pembicara", "Speaker"),
                                    kind: .choice([""] + people.map(\.id), labelsID: ["—"] + people.map(\.name),
                                                  labelsEN: ["—"] + people.map(\.name)),
                                    selected: onFloor))
        }
        var form = Form(purpose: .note(editing: editing?.id),
                        title: editing != nil ? ("Ubah entri notulen", "Edit minutes entry")
                            : (quick ? ("Catatan cepat", "Quick note") : ("Entri notulen baru", "New minutes entry")),
                        fields: fields)
        form.focus = 1
        return form
    }

    /// A rundown item: a new one (at `index`), or `item` to edit.
    static func item(_ item: AgendaItem?, index: Int?) -> Form {
        let kinds = ItemKind.allCases
        return Form(purpose: item.map { .editItem(id: $0.id) } ?? .addItem(index: index),
                    title: item == nil ? ("Tambah acara", "Add a rundown item") : ("Ubah acara", "Edit the rundown item"),
                    fields: [
                        FormField(key: "title", label: ("Acara", "Title"), text: item?.title ?? ""),
                        FormField(key: "kind", label: ("Jenis", "Kind"), kind: .choice(kinds.map(\.rawValue),
                                                                                     labelsID: kinds.map { $0.label(.id) },
                                                                                     labelsEN: kinds.map { $0.label(.en) }),
                                  selected: item.flatMap { i in kinds.firstIndex(of: i.kind) } ?? kinds.firstIndex(of: .other)!),
                        FormField(key: "minutes", label: ("Menit", "Minutes"), kind: .number,
                                  text: item.map { minutesText($0.plannedS) } ?? "15"),
                        FormField(key: "start", label: ("Mulai (HH:MM)", "Start (HH:MM)"), text: item?.plannedStart ?? ""),
                    ])
    }

    static func single(_ purpose: FormPurpose, title: (String, String), label: (String, String), text: String = "") -> Form {
        Form(purpose: purpose, title: title, fields: [FormField(key: "value", label: label, text: text)])
    }

    static func attendance(_ s: SessionState) -> Form {
        Form(purpose: .attendance, title: ("Jumlah peserta", "Attendance"), fields: [
            FormField(key: "onsite", label: ("Luring", "In the room"), kind: .number, text: s.attendance.onsite.map(String.init) ?? ""),
            FormField(key: "online", label: ("Daring", "Online"), kind: .number, text: s.attendance.online.map(String.init) ?? ""),
            FormField(key: "note", label: ("Keterangan", "Note"), text: s.attendance.note ?? ""),
        ])
    }

    /// Resource speakers: those booked under presentation items, else everyone queued so far.
    static func narasumber(_ s: SessionState) -> [Speaker] {
        let presentationItems = Set(s.items.filter { $0.kind == .presentation }.map(\.id))
        let booked = s.speakers.filter { sp in sp.item.map(presentationItems.contains) ?? false }
        return booked.isEmpty ? Array(s.speakers.filter { $0.status != .removed }) : booked
    }

    /// Minutes for a new speaker: what is left of the running item, within 5–15.
    static func defaultMinutes(_ s: SessionState) -> Int {
        guard let id = s.runningItem, let item = s.items[id: id] else { return 10 }
        return max(5, min(15, item.plannedS / 60 / 2))
    }

    static func minutesText(_ s: Int) -> String {
        s % 60 == 0 ? "\(s / 60)" : String(format2(Double(s) / 60))
    }

    static func format2(_ d: Double) -> String {
        let r = (d * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    /// Reads "10", "2.5" or "2,5" minutes as seconds; nil when it is not a number.
    static func seconds(fromMinutes text: String) -> Int? {
        let t = text.trimmingWhitespace.replacingOccurrences(of: ",", with: ".")
        guard !t.isEmpty, let d = Double(t), d.isFinite else { return nil }
        return Int((d * 60).rounded())
    }
}
