import RakorCore

/// SplitMix64: a small deterministic generator, so every run writes the same log.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A long, made-up rakor driven through the project's own `decide`, so the log it writes is
/// exactly what a live session would append: items, speakers queued, started, paused and
/// ended, termins with questions and answers, and many minutes entries with edits and deletes.
struct MeetingGenerator {
    private(set) var state: SessionState
    private(set) var events: [Event] = []
    let header: SessionHeader
    private var now = 0
    private var rng: SplitMix
    private var refused = 0
    private var itemNo = 0
    /// Every command through `decide` (slow for long logs: see `direct`).
    let useDecide: Bool

    init(seed: UInt64 = 2020_10_15, startedAtMs: Int = 1_602_723_600_000, useDecide: Bool = false) {
        self.useDecide = useDecide
        header = SessionHeader(sessionId: "0d9c6c4e-5b7a-4f43-9a62-bench0000001",
                               title: "Rapat Koordinasi Pembangunan Daerah Provinsi Kalimantan Timur",
                               startedAtMs: startedAtMs, tz: "Asia/Makassar", lang: "id", app: "rakor-bench",
                               venue: "Ruang Rapat Ruhui Rahayu, Kantor Gubernur", mode: "hybrid",
                               chair: "Sekretaris Daerah Provinsi", notetaker: "Subbag Tata Usaha Bappeda",
                               organizer: "Bappeda Provinsi Kalimantan Timur")
        state = SessionState(header: header)
        rng = SplitMix(seed: seed)
    }

    // MARK: text

    static let names = [
        "Drs. H. Ahmad Syahrani, M.Si", "Ir. Siti Rahmawati, M.T.", "dr. Made Wirawan, Sp.PD", "Hj. Nurul Aini, S.E., M.M.",
        "Budi Santoso, S.H.", "Dr. Yohanes Tandililing", "Ni Luh Putu Ayu Lestari", "H. Muhammad Rizal Effendi",
        "Andi Baso Mappaturung, S.Sos", "Dewi Kartika Sari, S.Kom.", "Ir. Bambang Hermanto", "Fransiska Maria Lewar",
        "La Ode Muhammad Arif", "Teuku Iskandar Muda, M.A.P.", "Rini Wulandari, S.Pd.", "Agus Salim Nasution",
    ]
    static let roles = ["Kepala Dinas", "Sekretaris", "Kepala Bidang", "Kepala Bagian", "Camat", "Direktur", "Asisten II", "Inspektur"]
    static let orgs = [
        "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan", "Bappeda Provinsi", "BPKAD", "Dinas PUPR-PERA",
        "Dinas Kominfo", "Inspektorat Daerah", "Kabupaten Kutai Kartanegara", "Kota Samarinda", "Kota Balikpapan",
        "Dinas Perhubungan", "BPBD", "Dinas Sosial", "Kabupaten Berau",
    ]
    static let subjects = [
        "Realisasi anggaran triwulan III", "Pembangunan jalan poros Samarinda–Bontang", "Penurunan angka stunting",
        "Program vaksinasi lanjutan", "Penyaluran bantuan sosial tunai", "Penataan aset daerah",
        "Rencana kerja pemerintah daerah 2021", "Tindak lanjut temuan BPK", "Kesiapan ujian sekolah daring",
        "Pengendalian inflasi daerah", "Perbaikan drainase kawasan banjir",
    ]
    static let predicates = [
        "baru mencapai 54,3 persen dan perlu dipercepat", "terkendala pembebasan lahan di dua kecamatan",
        "sudah sesuai jadwal, tinggal verifikasi lapangan", "menunggu persetujuan DPRD pekan depan",
        "dibahas lebih lanjut dalam rapat teknis", "memerlukan data by name by address dari kabupaten/kota",
        "melampaui target 10 persen", "akan dilaporkan kepada Gubernur",
    ]
    static let actions = [
        "OPD diminta menyampaikan laporan paling lambat Jumat", "dibentuk tim kecil lintas OPD",
        "Bappeda mengoordinasikan pemutakhiran data", "rapat lanjutan dijadwalkan minggu depan",
    ]

    private mutating func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
    private mutating func chance(_ p: Double) -> Bool { Double(rng.next() % 10_000) < p * 10_000 }
    private mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(rng.next() % UInt64(r.count)) }

    private mutating func noteText() -> String {
        var s = chance(0.35) ? pick(Self.subjects) + " " + pick(Self.predicates) : pick(Self.subjects)
        if chance(0.1) { s += "; " + pick(Self.actions) }
        return s + "."
    }

    // MARK: commands

    /// Advances the clock and runs a command: through `decide`, or through `direct` (see there).
    @discardableResult
    private mutating func run(_ c: Command, after seconds: ClosedRange<Int> = 2...40, by: String = "moderator") -> [Event] {
        now += int(seconds) * 1000 + int(0...999)
        if useDecide {
            switch decide(c, state, now: now, by: by) {
            case .success(let new):
                for e in new { state.apply(e) }
                events.append(contentsOf: new)
                return new
            case .failure:
                refused += 1
                return []
            }
        }
        let t = max(now, state.lastT)
        var new: [Event] = []
        for k in direct(c) {
            let e = Event(seq: state.lastSeq + 1, t: t, by: by, kind: k)
            if let w = state.apply(e) { fatalError("generator: \(k.typeName): \(w)") }
            new.append(e)
        }
        events.append(contentsOf: new)
        return new
    }

    /// The events `decide` gives for the commands this script uses, computed without `decide`.
    ///
    /// `decide` works on a copy of the state, and the first change to a list of that copy
    /// copies the whole list (copy-on-write): a note costs O(entries). Over 200,000 events that
    /// is quadratic, minutes of setup. This mirrors `decide` for the script's commands only;
    /// `checkAgainstDecide` proves the two write the same log, event for event.
    private func direct(_ c: Command) -> [EventKind] {
        let s = state
        func nextId<E>(_ prefix: String, _ list: IdentifiedList<E>) -> String {
            var n = list.count + 1
            while list.contains(id: "\(prefix)\(n)") { n += 1 }
            return "\(prefix)\(n)"
        }
        func opt(_ x: String?) -> String? {
            guard let x else { return nil }
            let t = x.trimmingWhitespace
            return t.isEmpty ? nil : t
        }
        func endFloor() -> [EventKind] {
            switch s.floor {
            case .speaker(let id): return [.speakerEnded(id: id)]
            case .question(let id): return [.questionEnded(id: id, outcome: .asked)]
            case .answer(let id): return [.answerEnded(id: id)]
            case nil: return []
            }
        }
        let t = max(now, s.lastT)
        switch c {
        case let .rundown(.addItem(title, kind, plannedS, nil, nil)):
            return [.itemAdded(id: nextId("a", s.items), title: title.trimmingWhitespace, kind: kind, plannedS: plannedS,
                               index: nil, plannedStart: nil)]
        case .rundown(.startItem(let id?, false)):
            return (s.runningItem.map { [EventKind.itemEnded(id: $0)] } ?? []) + [.itemStarted(id: id)]
        case .rundown(.endItem):
            return [.itemEnded(id: s.runningItem!)]
        case let .floor(.queueSpeaker(name, role, org, remote, allottedS, nil, nil, interruption)):
            return [.speakerQueued(id: nextId("s", s.speakers), name: name.trimmingWhitespace, role: opt(role), org: opt(org),
                                   remote: remote, allottedS: allottedS, item: s.runningItem, index: nil,
                                   kind: interruption ? .interruption : nil)]
        case let .floor(.moveSpeaker(id, index)):
            return [.speakerMoved(id: id, index: index)]
        case let .floor(.updateSpeaker(id, nil, nil, nil, nil, allottedS?)):
            return [.speakerUpdated(id: id, name: nil, role: nil, org: nil, remote: nil, allottedS: allottedS)]
        case .floor(.startNextSpeaker(nil)):
            let next = s.nextSpeaker
            if let n = next, s.speakers[id: n]?.kind == .interruption {
                if case .speaker(let cur)? = s.floor { return [.speakerHeld(id: cur), .speakerStarted(id: n)] }
                return endFloor() + [.speakerStarted(id: n)]
            }
            if let back = s.held.last { return endFloor() + [.speakerResumed(id: back)] }
            return endFloor() + [.speakerStarted(id: next!)]
        case .floor(.togglePause):
            guard case .speaker(let id)? = s.floor, let clock = s.speakers[id: id]?.clock else { break }
            return [clock.paused ? .speakerResumed(id: id) : .speakerPaused(id: id)]
        case .floor(.extendSpeaker(nil, let byS)) where byS > 0:
            guard case .speaker(let id)? = s.floor else { break }
            return [.speakerExtended(id: id, byS: byS)]
        case .floor(.endTurn):
            if case .speaker(let id)? = s.floor, s.speakers[id: id]?.kind == .interruption, let back = s.held.last {
                return endFloor() + [.speakerResumed(id: back)]
            }
            return endFloor()
        case let .minutes(.addNote(kind, text, owner, due, nil, nil)):
            return [.noteAdded(id: nextId("n", s.entries), kind: kind, text: text.trimmingWhitespace, item: s.runningItem,
                               speaker: s.floorSpeakerContext, owner: opt(owner), due: opt(due))]
        case let .minutes(.editNote(id, text?, nil, nil, nil)):
            return [.noteEdited(id: id, text: text.trimmingWhitespace, kind: nil, owner: nil, due: nil)]
        case .minutes(.deleteNote(let id)):
            return [.noteDeleted(id: id)]
        case .qa(.openRound(let maxQuestions)):
            var out: [EventKind] = []
            if let r = s.openRound {
                if case .question(let q)? = s.floor, s.questions[id: q]?.round == r.id { out += endFloor() }
                if case .answer(let a)? = s.floor, s.answers[id: a]?.round == r.id { out += endFloor() }
                out.append(.roundClosed(id: r.id))
            }
            return out + [.roundOpened(id: nextId("r", s.rounds), number: s.rounds.count + 1, maxQuestions: maxQuestions,
                                       item: s.runningItem)]
        case let .qa(.queueQuestion(asker, org, to, text, allottedS, remote)):
            return [.questionQueued(id: nextId("q", s.questions), round: s.openRound!.id, asker: asker.trimmingWhitespace,
                                    org: opt(org), to: opt(to), text: opt(text), allottedS: allottedS, remote: remote)]
        case .qa(.startQuestion(nil)):
            let r = s.openRound!
            guard let q = s.questions(inRound: r.id).first(where: { $0.status == .queued }) else { break }
            return endFloor() + [.questionStarted(id: q.id)]
        case .qa(.endQuestion(nil, let outcome)):
            guard case .question(let q)? = s.floor else { break }
            return [.questionEnded(id: q, outcome: outcome)]
        case let .qa(.startAnswer(by, allottedS, nil)):
            let r = s.openRound ?? s.rounds.last!
            let linked = s.questionsPut(to: by.trimmingWhitespace, inRound: r.id).map(\.id)
            return endFloor() + [.answerStarted(id: nextId("w", s.answers), round: r.id, by: by.trimmingWhitespace,
                                                allottedS: allottedS, questions: linked.isEmpty ? nil : linked)]
        case .qa(.closeRound):
            let r = s.openRound!
            var out: [EventKind] = []
            switch s.floor {
            case .question(let q)? where s.questions[id: q]?.round == r.id: out = endFloor()
            case .answer(let a)? where s.answers[id: a]?.round == r.id: out = endFloor()
            default: break
            }
            return out + [.roundClosed(id: r.id)]
        case let .session(.updateAttendance(onsite, online, note)):
            return [.participantsUpdated(onsite: onsite, online: online, note: opt(note))]
        case .session(.addMarker(let label)):
            return [.marker(label: label.trimmingWhitespace)]
        case let .session(.suspend(reason, note, resumeAfterS)):
            return [.sessionSuspended(reason: reason, note: opt(note), resumeT: resumeAfterS.map { t + $0 * 1000 })]
        case .session(.resume):
            return [.sessionResumed]
        default:
            break
        }
        fatalError("generator: no direct form for \(c)")
    }

    /// Commands refused by `decide` (the script asks for a few things a real moderator would be told no to).
    var refusedCount: Int { refused }

    private mutating func lastNoteIds(_ n: Int) -> [String] {
        var out: [String] = []
        var i = state.entries.count - 1
        while i >= 0 && out.count < n {
            if !state.entries[i].deleted { out.append(state.entries[i].id) }
            i -= 1
        }
        return out
    }

    /// One rundown item with its speakers, notes and, sometimes, a termin.
    private mutating func item() {
        itemNo += 1
        let kinds: [ItemKind] = [.presentation, .report, .remarks, .presentation, .qa, .other]
        let kind = pick(kinds)
        let added = run(.rundown(.addItem(title: "\(pick(Self.subjects)) (sesi \(itemNo))", kind: kind, plannedS: int(10...45) * 60)), after: 1...5)
        guard case .itemAdded(let itemId, _, _, _, _, _)? = added.first?.kind else { return }
        run(.rundown(.startItem(id: itemId)), after: 5...60)
        var itemSpeakers: [String] = []
        for _ in 0..<int(4...8) {
            let q = run(.floor(.queueSpeaker(name: pick(Self.names), role: chance(0.7) ? pick(Self.roles) : nil,
                                      org: pick(Self.orgs), remote: chance(0.2), allottedS: int(3...10) * 60,
                                      interruption: chance(0.05))), after: 2...20)
            if case .speakerQueued(let id, _, _, _, _, _, _, _, _)? = q.first?.kind { itemSpeakers.append(id) }
        }
        if chance(0.2), state.queue.count >= 2 { run(.floor(.moveSpeaker(id: state.queue[state.queue.count - 1], index: 0))) }
        if chance(0.1), let last = state.queue.last { run(.floor(.updateSpeaker(id: last, allottedS: 420))) }
        while !state.queue.isEmpty || !state.held.isEmpty {
            run(.floor(.startNextSpeaker()), after: 5...30)
            for _ in 0..<int(1...4) {
                let kind: NoteKind = chance(0.75) ? .note : (chance(0.5) ? .decision : .action)
                run(.minutes(.addNote(kind: kind, text: noteText(), owner: kind == .action ? pick(Self.orgs) : nil,
                             due: kind == .action ? "2020-10-\(int(16...30))" : nil)), after: 20...120, by: "notulis")
            }
            if chance(0.15) { run(.floor(.togglePause), after: 30...90); run(.floor(.togglePause), after: 30...120) }
            if chance(0.1) { run(.floor(.extendSpeaker(byS: 120))) }
            if chance(0.3), let id = lastNoteIds(3).last { run(.minutes(.editNote(id: id, text: noteText())), by: "notulis") }
            if chance(0.08), let id = lastNoteIds(2).last { run(.minutes(.deleteNote(id: id)), by: "notulis") }
        }
        run(.floor(.endTurn), after: 10...60)
        if kind == .qa || chance(0.3) {
            run(.qa(.openRound(maxQuestions: chance(0.5) ? 5 : nil)))
            let askers = int(2...5)
            for _ in 0..<askers {
                run(.qa(.queueQuestion(asker: pick(Self.names), org: pick(Self.orgs), to: itemSpeakers.isEmpty ? nil : pick(itemSpeakers),
                                   text: chance(0.6) ? pick(Self.subjects) + "?" : nil, allottedS: chance(0.5) ? 180 : nil,
                                   remote: chance(0.2))), after: 5...30)
            }
            for _ in 0..<askers {
                run(.qa(.startQuestion()), after: 5...20)
                if chance(0.5) { run(.minutes(.addNote(kind: .note, text: noteText())), after: 30...90, by: "notulis") }
            }
            run(.qa(.endQuestion(outcome: .asked)), after: 30...90)
            let answerer = itemSpeakers.isEmpty ? pick(Self.names) : pick(itemSpeakers)
            run(.qa(.startAnswer(by: answerer, allottedS: 600)), after: 5...20)
            for _ in 0..<int(1...4) { run(.minutes(.addNote(kind: chance(0.3) ? .decision : .note, text: noteText())), after: 30...120, by: "notulis") }
            run(.floor(.endTurn), after: 10...60)
            run(.qa(.closeRound), after: 2...10)
        }
        if chance(0.1) { run(.session(.updateAttendance(onsite: int(40...120), online: int(10...300), note: nil))) }
        if chance(0.05) { run(.session(.addMarker(label: "Catatan: \(pick(Self.subjects))"))) }
        if chance(0.03) { run(.session(.suspend(reason: .ishoma, note: "Istirahat, salat, makan", resumeAfterS: 3600))); run(.session(.resume), after: 1800...3600) }
        if chance(0.5) { run(.minutes(.addNote(kind: .conclusion, text: noteText())), after: 10...60, by: "notulis") }
        run(.rundown(.endItem), after: 5...30)
    }

    /// Runs items until there are at least `count` events; the log ends on the item that crosses it.
    mutating func generate(events count: Int) {
        events.reserveCapacity(count + 200)
        while events.count < count { item() }
    }

    /// Writes `count` events both ways and compares them: nil when they agree, else the first difference.
    static func checkAgainstDecide(events count: Int, seed: UInt64) -> String? {
        var a = MeetingGenerator(seed: seed, useDecide: true)
        var b = MeetingGenerator(seed: seed, useDecide: false)
        a.generate(events: count)
        b.generate(events: count)
        if a.refusedCount > 0 { return "decide refused \(a.refusedCount) commands" }
        for (x, y) in zip(a.events, b.events) where x != y { return "seq \(x.seq): decide \(x) vs direct \(y)" }
        return a.events.count == b.events.count ? nil : "decide wrote \(a.events.count) events, direct \(b.events.count)"
    }

    /// The whole log as bytes: the header line and one line per event, as `SessionLog` writes them.
    func logBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(events.count * 160)
        out.append(contentsOf: LogLine.header(header).utf8)
        for e in events { out.append(contentsOf: LogLine.encode(e).utf8) }
        return out
    }
}
