// The daftar hadir as the notulen attaches it (Lampiran), and the Peserta line's counts from it.

/// The attendance list laid out for an export: everyone present, numbered, with a blank to sign.
public struct DaftarHadir: Equatable, Sendable {
    /// One person present.
    public struct Row: Equatable, Sendable {
        public var number: Int
        public var name: String
        public var nip: String?
        public var role: String?
        public var org: String?
        /// "Luring", "Daring · Narasumber", "Luring · pulang 11.30".
        public var note: String
    }

    public var columns: [String]
    public var rows: [Row]
    /// How many are present, in the room and online, and how many were invited.
    public var present: Int
    public var onsite: Int
    public var online: Int
    public var invited: Int
    /// The NIPs on the list by folded name, for the signature block.
    var nips: [String: String]

    /// The list of `state` in `lang`, or nil when no one is on it.
    public init?(_ state: SessionState, lang: Language) {
        let list = state.attendees
        guard !list.isEmpty else { return nil }
        let words = DocumentWords.of(lang)
        let zone = ZoneClock(header: state.header)
        let present = list.present
        columns = words.attendanceColumns
        rows = present.enumerated().map { i, p in
            var note = [p.info.isOnline ? words.online : words.onsite]
            if let g = DocumentWords.group(p.info.group, lang) { note.append(inert(g)) }
            if let l = p.leftT { note.append(words.left(zone.clock(l, separator: lang == .id ? "." : ":"))) }
            func opt(_ s: String?) -> String? { s.map { inert($0).exportTrimmed }.flatMap { $0.isEmpty ? nil : $0 } }
            return Row(number: i + 1, name: inert(p.info.name).exportTrimmed, nip: opt(p.info.nip), role: opt(p.info.role),
                       org: opt(p.info.org), note: note.joined(separator: " · "))
        }
        self.present = present.count
        online = present.filter(\.info.isOnline).count
        onsite = present.count - online
        invited = list.people.filter(\.invited).count
        var nips: [String: String] = [:]
        for p in list.people {
            if let n = p.info.nip.map({ inert($0).exportTrimmed }), !n.isEmpty { nips[inert(p.info.name).exportTrimmed.attendeeKey] = n }
        }
        self.nips = nips
    }

    /// The Peserta line's words for the list: "Daftar hadir: 12 orang hadir (9 luring, 3 daring) dari 15 orang yang diundang".
    public func counts(_ lang: Language) -> String {
        DocumentWords.of(lang).listCounts(present, onsite, online, invited)
    }

    /// The NIP the list gives for a person of this name (a signer), if any.
    public func nip(forName name: String?) -> String? {
        guard let name else { return nil }
        return nips[name.attendeeKey]
    }
}

extension Notulen {
    /// Peserta: the counts from `participants.updated` and, when there is one, from the daftar hadir.
    static func peserta(_ state: SessionState, lang: Language) -> String? {
        let counted = attendance(state.attendance, lang: lang)
        guard let list = DaftarHadir(state, lang: lang) else { return counted }
        let fromList = list.counts(lang)
        guard let counted else { return fromList + "." }
        return ExportWords.closeSentence(counted) + " " + fromList + "."
    }
}
