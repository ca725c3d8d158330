// The notulen rapat (minutes of meeting) as data: the layout of domain.md, worded in Indonesian
// or English, every piece of log text already inert. NotulenMarkdown, NotulenText and
// NotulenHTML only lay it out and escape it for their medium.

/// A notulen rapat (minutes of meeting), laid out and worded, ready for a renderer.
public struct Notulen: Equatable, Sendable {
    /// One line of the header: "Hari/tanggal" and "Kamis, 15 Oktober 2020".
    public struct Field: Equatable, Sendable {
        public var label: String
        public var value: String
    }

    /// One follow-up action (tindak lanjut).
    public struct Action: Equatable, Sendable {
        public var number: Int
        /// The notulis's text (uraian), inert, line breaks kept.
        public var text: String
        /// Penanggung jawab, or nil when none was named.
        public var owner: String?
        /// Batas waktu as "20 Oktober 2020" (as written when it is not a date), or nil.
        public var due: String?
    }

    /// One signature column: who signs, and the lines to fill in.
    public struct Signature: Equatable, Sendable {
        /// "Pimpinan Rapat," / "Notulis,".
        public var title: String
        /// The name, when the log gives one.
        public var name: String?
        /// The jabatan, when the log gives one after the name ("HM. Sa'bani, Sekretaris Daerah …").
        public var position: String?
        /// The NIP, only where one was given: a police or military officer (NRP) or a minister has none.
        public var nip: String? = nil
    }

    /// The fixed words of the document in its language.
    public struct Labels: Equatable, Sendable {
        public var heading: String
        public var agenda: String
        public var proceedings: String
        public var conclusions: String
        public var decisions: String
        public var actions: String
        /// Column heads of the follow-up table: No., Uraian, Penanggung jawab, Batas waktu.
        public var actionColumns: [String]
        /// What an empty list says.
        public var noneRecorded: String
        /// "Jabatan" / "Position".
        public var position: String
        /// "NIP".
        public var nip: String
        /// Blank to fill in by hand.
        public var blank: String
        /// The owner and due date of an action, after its text in the proceedings:
        /// " Penanggung jawab: X; batas waktu: Y." after a full sentence, else " (penanggung jawab: X; …)".
        public func actionDetails(_ e: Proceedings.Entry) -> String {
            guard e.kind == .action else { return "" }
            var parts: [String] = []
            if let o = e.owner, !o.isEmpty { parts.append("\(owner): \(o)") }
            if let d = e.due, !d.isEmpty { parts.append("\(due): \(d)") }
            guard !parts.isEmpty else { return "" }
            let joined = parts.joined(separator: "; ")
            if e.text.endsInStop {
                return " " + joined.capitalizedFirst + "."
            }
            return " (" + joined + ")"
        }

        /// An entry's kind as it is named beside it in the proceedings ("Keputusan 2").
        public var conclusion: String
        public var decision: String
        public var action: String
        /// "Penanggung jawab" / "Responsible" and "batas waktu" / "due" for an action in the proceedings.
        public var owner: String
        public var due: String

        static func of(_ lang: Language) -> Labels {
            switch lang {
            case .id:
                return Labels(heading: "NOTULEN RAPAT", agenda: "Acara", proceedings: "Jalannya Rapat",
                              conclusions: "Kesimpulan", decisions: "Keputusan", actions: "Tindak Lanjut",
                              actionColumns: ["No.", "Uraian", "Penanggung jawab", "Batas waktu"],
                              noneRecorded: "Tidak ada yang dicatat.", position: "Jabatan", nip: "NIP",
                              blank: "....................", conclusion: "Kesimpulan", decision: "Keputusan",
                              action: "Tindak lanjut", owner: "penanggung jawab", due: "batas waktu")
            case .en:
                return Labels(heading: "MINUTES OF MEETING", agenda: "Agenda", proceedings: "Proceedings",
                              conclusions: "Conclusions", decisions: "Decisions", actions: "Follow-up Actions",
                              actionColumns: ["No.", "Action", "Responsible", "Due"],
                              noneRecorded: "None recorded.", position: "Position", nip: "NIP",
                              blank: "....................", conclusion: "Conclusion", decision: "Decision",
                              action: "Action", owner: "responsible", due: "due")
            }
        }

        /// `actionDetails(e)` appended to `bytes` as UTF-8, never made a String (the plain-text export's entries).
        func appendActionDetails(_ e: Proceedings.Entry, to bytes: inout [UInt8]) {
            guard e.kind == .action else { return }
            let o = e.owner.flatMap { $0.isEmpty ? nil : $0 }
            let d = e.due.flatMap { $0.isEmpty ? nil : $0 }
            guard o != nil || d != nil else { return }
            // After a full sentence the details are one of their own, its first word capitalized.
            let stop = e.text.endsInStop
            bytes.appendUTF8(stop ? " " : " (")
            if let o {
                bytes.appendUTF8(stop ? owner.capitalizedFirst : owner)
                bytes.appendUTF8(": ")
                bytes.appendUTF8(o)
            }
            if let d {
                if o != nil { bytes.appendUTF8("; ") }
                bytes.appendUTF8(stop && o == nil ? due.capitalizedFirst : due)
                bytes.appendUTF8(": ")
                bytes.appendUTF8(d)
            }
            bytes.appendUTF8(stop ? "." : ")")
        }

        /// `entryLabel(e)` appended to `bytes` as UTF-8 with its ": ", or nothing for a plain note.
        func appendEntryLabel(_ e: Proceedings.Entry, to bytes: inout [UInt8]) {
            guard let label = entryLabel(e) else { return }
            bytes.appendUTF8(label)
            bytes.appendUTF8(": ")
        }

        /// "Keputusan 2" for a decision, nil for a plain note.
        public func entryLabel(_ e: Proceedings.Entry) -> String? {
            switch e.kind {
            case .note: return nil
            case .conclusion: return "\(conclusion) \(e.number)"
            case .decision: return "\(decision) \(e.number)"
            case .action: return "\(action) \(e.number)"
            }
        }
    }

    public var lang: Language
    public var labels: Labels
    /// Nama rapat, tema, penyelenggara, hari/tanggal, waktu, tempat, pimpinan rapat, notulis, peserta, narasumber.
    public var fields: [Field]
    /// The rundown (acara), in order, items that never ran in a closed meeting marked so.
    public var agenda: [String]
    public var proceedings: Proceedings
    /// The kesimpulan, in their numbers' order.
    public var conclusions: [Proceedings.Entry] { Array(summary().conclusions) }
    /// The keputusan, in their numbers' order.
    public var decisions: [Proceedings.Entry] { Array(summary().decisions) }
    /// The tindak lanjut, in their numbers' order.
    public var actions: [Action] { Array(summary().actions) }
    /// "Rapat ditutup pukul 12.35 WITA."
    public var closing: String
    /// "Samarinda, 15 Oktober 2020" (the place left as dots when the log does not say it).
    public var placeDate: String
    /// The pimpinan rapat and the notulis.
    public var signatures: [Signature]
    /// The daftar hadir (Lampiran), when the log keeps one.
    public var attachment: DaftarHadir? = nil
    /// Speaking time per person and per instansi (an appendix), when anyone spoke.
    public var speakingTime: SpeakingTimeAppendix? = nil
}

extension Notulen {
    /// Lays out the minutes of a read log in `lang`. Problems in the log are not mentioned.
    public init(_ reading: LogReading, lang: Language) {
        self.init(reading, lang: lang, proceedings: Proceedings(reading, lang: lang))
    }

    /// Lays out the minutes of a read log in `lang` around its proceedings, drafted already
    /// (by a `ProceedingsDraft` while the log was read, so the reading need not keep its events).
    public init(_ reading: LogReading, lang: Language, proceedings: Proceedings) {
        let state = reading.state
        let header = state.header
        let zone = ZoneClock(header: header)
        let w = ExportWords(lang: lang, zone: zone)
        let labels = Labels.of(lang)
        let id = lang == .id

        let firstStart = state.items.compactMap { $0.clock?.startedT }.min()
        let endT = state.closedT ?? state.lastT
        let dayT = firstStart ?? 0

        func opt(_ s: String?) -> String? {
            guard let s else { return nil }
            let v = inert(s).exportTrimmed
            return v.isEmpty ? nil : v
        }
        let dash = "—"

        var fields: [Field] = []
        fields.append(Field(label: id ? "Nama rapat" : "Meeting", value: opt(header.title) ?? dash))
        if let theme = opt(header.theme) { fields.append(Field(label: id ? "Tema" : "Theme", value: theme)) }
        if let org = opt(header.organizer) { fields.append(Field(label: id ? "Penyelenggara" : "Organizer", value: org)) }
        fields.append(Field(label: id ? "Hari/tanggal" : "Date", value: zone.longDate(dayT, lang)))
        let time = firstStart.map { "\(w.clock($0)) – \(w.clock(max($0, endT))) \(zone.label)" } ?? dash
        fields.append(Field(label: id ? "Waktu" : "Time", value: time))
        fields.append(Field(label: id ? "Tempat" : "Venue", value: Notulen.venue(opt(header.venue), mode: header.mode, lang: lang)))
        fields.append(Field(label: id ? "Pimpinan rapat" : "Chair", value: opt(header.chair) ?? dash))
        fields.append(Field(label: id ? "Notulis" : "Minutes taken by", value: opt(header.notetaker) ?? dash))
        fields.append(Field(label: id ? "Peserta" : "Participants", value: Notulen.peserta(state, lang: lang) ?? dash))
        let narasumber = Notulen.resourceSpeakers(state, words: w)
        if !narasumber.isEmpty {
            fields.append(Field(label: id ? "Narasumber" : "Speakers", value: w.list(narasumber)))
        }

        let notHeld = id ? " (tidak dilaksanakan)" : " (not held)"
        let agenda = state.items.map { item in
            inert(item.title) + (state.isClosed && !item.hasStarted ? notHeld : "")
        }

        let closing: String
        if let c = state.closedT {
            closing = id ? "Rapat ditutup pukul \(w.clockZ(c))." : "The meeting was closed at \(w.clockZ(c))."
        } else {
            closing = id ? "Rapat belum ditutup ketika catatan berakhir pukul \(w.clockZ(endT))."
                         : "The meeting had not been closed when the record ended at \(w.clockZ(endT))."
        }
        let place = Notulen.place(opt(header.venue), mode: header.mode) ?? labels.blank
        let placeDate = "\(place), \(zone.shortDate(dayT, lang))"

        let chair = opt(header.chair).map(Notulen.nameAndPosition)
        let notetaker = opt(header.notetaker).map(Notulen.nameAndPosition)
        let signatures = [
            Signature(title: id ? "Pimpinan Rapat," : "Chair,", name: chair?.name, position: chair?.position),
            Signature(title: id ? "Notulis," : "Minutes taken by,", name: notetaker?.name, position: notetaker?.position),
        ]

        self.init(lang: lang, labels: labels, fields: fields, agenda: agenda, proceedings: proceedings,
                  closing: closing, placeDate: placeDate, signatures: signatures)
        attachment = DaftarHadir(state, lang: lang)
        speakingTime = SpeakingTimeAppendix(state, lang: lang)
    }

    /// The conclusions, decisions and follow-up actions of the minutes.
    public struct Summary: Equatable, Sendable {
        public var conclusions: SummaryList<Proceedings.Entry>
        public var decisions: SummaryList<Proceedings.Entry>
        public var actions: SummaryList<Action>
    }

    /// The conclusions, decisions and actions, gathered from the entries placed in the proceedings.
    ///
    /// Gathered when asked, not kept: a renderer asks once, after the proceedings, when their
    /// sections are gone. Each entry is worded as the renderer reads it (SummaryList.swift), so a
    /// long meeting's summary is never held whole beside its state; no section is worded for this.
    public func summary() -> Summary {
        let (conclusions, decisions, picked) = proceedings.summaryEntries()
        let actions = picked.mapped { e in
            Action(number: e.number, text: e.text, owner: e.owner.flatMap { $0.exportTrimmed.isEmpty ? nil : $0.exportTrimmed },
                   due: e.due)
        }
        return Summary(conclusions: conclusions, decisions: decisions, actions: actions)
    }

    /// Tempat: the venue, said to be online or hybrid when the mode says so and the venue does not.
    static func venue(_ venue: String?, mode: String?, lang: Language) -> String {
        let id = lang == .id
        let lower = venue?.lowercased() ?? ""
        let saysOnline = ["daring", "online", "virtual", "zoom", "hybrid", "hibrid"].contains { lower.contains($0) }
        switch mode {
        case "online":
            guard let venue else { return id ? "Daring" : "Online" }
            return saysOnline ? venue : (id ? "Daring melalui \(venue)" : "Online via \(venue)")
        case "hybrid":
            guard let venue else { return id ? "Hybrid (luring dan daring)" : "Hybrid (in person and online)" }
            return saysOnline ? venue : (id ? "\(venue) dan daring (hybrid)" : "\(venue) and online (hybrid)")
        default:
            return venue ?? "—"
        }
    }

    /// The town for the signature line: the last comma-separated part of an in-person venue when it
    /// is a name of one or two words ("Hotel Mercure, Samarinda" gives "Samarinda"); nil when the log
    /// does not say it plainly ("Ruang Mayang Mangurai, Bappeda Provinsi Jambi"), so it is left to fill in.
    static func place(_ venue: String?, mode: String?) -> String? {
        guard let venue, mode != "online", venue.contains(",") else { return nil }
        guard let last = venue.split(separator: ",").last.map({ String($0).exportTrimmed }), !last.isEmpty,
              last.split(separator: " ").count <= 2, last.first?.isUppercase == true,
              last.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "." }) else { return nil }
        return last
    }

    /// Peserta: the note, then how many in the room and online.
    static func attendance(_ a: Attendance, lang: Language) -> String? {
        let id = lang == .id
        var counts: [String] = []
        // No zero counts: an onsite meeting has no "0 orang secara daring".
        let onsite = a.onsite.flatMap { $0 > 0 ? $0 : nil }
        let online = a.online.flatMap { $0 > 0 ? $0 : nil }
        if let n = onsite { counts.append(id ? "\(n) orang di ruang rapat" : "\(n) in the room") }
        if let n = online { counts.append(id ? "\(n) orang secara daring" : "\(n) online") }
        var s = counts.joined(separator: id ? " dan " : " and ")
        if let on = onsite, let off = online { s += id ? " (seluruhnya \(on + off) orang)" : " (\(on + off) in all)" }
        let note = a.note.map { inert($0).exportTrimmed } ?? ""
        switch (note.isEmpty, s.isEmpty) {
        case (true, true): return nil
        case (true, false): return s
        case (false, true): return note
        case (false, false): return "\(ExportWords.closeSentence(note)) \(s.capitalizedFirst)."
        }
    }

    /// The people who gave presentations, "Bima Haria Wibisana (Kepala BKN)", in the order they spoke.
    static func resourceSpeakers(_ state: SessionState, words: ExportWords) -> [String] {
        let index = ExportItemIndex(state)
        // Who spoke in a presentation, as where each is in the list and when they began (16
        // bytes each): copies of the speakers, filtered and then sorted, were two at once at
        // the export's peak.
        var spoke: [(startedT: Int, position: Int)] = []
        for (position, sp) in state.speakers.enumerated() {
            guard let c = sp.clock, sp.kind == .speaker else { continue }
            let itemId = index.item(at: c.startedT, booked: sp.item)
            if itemId.flatMap({ state.items[id: $0]?.kind }) == .presentation { spoke.append((c.startedT, position)) }
        }
        spoke.sort { $0.startedT < $1.startedT }
        return spoke.map { place in
            let sp = state.speakers[place.position]
            let name = inert(sp.name)
            if let role = sp.role.map({ inert($0) }), !role.isEmpty {
                return "\(name) (\(ExportWords.roleWithOrg(role: role, org: sp.org.map { inert($0) }, lang: words.lang)))"
            }
            if let org = sp.org.map({ inert($0) }), !org.isEmpty { return "\(name) (\(org))" }
            return name
        }
    }

    /// "20 Oktober 2020" for "2020-10-20"; any other text as written.
    static func dueDate(_ s: String, lang: Language) -> String? {
        let v = s.exportTrimmed
        guard !v.isEmpty else { return nil }
        guard let d = CalendarDate.parse(v) else { return v }
        return "\(d.day) \(ZoneClock.monthName(d.month, lang)) \(d.year)"
    }

    /// Splits "HM. Sa'bani, Sekretaris Daerah Provinsi Kalimantan Timur" into a name and a jabatan.
    /// Parts after a comma without a space ("S.E.", "M.Si.") are degrees and stay with the name.
    static func nameAndPosition(_ s: String) -> (name: String, position: String?) {
        let parts = s.split(separator: ",", omittingEmptySubsequences: false).map { String($0).exportTrimmed }
        var name: [String] = []
        var i = 0
        while i < parts.count {
            let p = parts[i]
            if i > 0, p.contains(" ") { break }
            name.append(p)
            i += 1
        }
        let rest = parts[i...].filter { !$0.isEmpty }
        return (name.filter { !$0.isEmpty }.joined(separator: ", "), rest.isEmpty ? nil : rest.joined(separator: ", "))
    }
}
