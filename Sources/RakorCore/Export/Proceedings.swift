// The proceedings (jalannya rapat) of a meeting, drafted from its session log.
//
// The builder walks the log's events in order and folds a state as it goes, so it knows at each
// point which item runs, who holds the floor and what they are called. It first lays down drafts
// (a speech here, a termin there) in the order things happened, then words each draft from the
// final state, so a name corrected later reads in its corrected form and a turn's duration is
// its whole duration. The notulis's entries are then woven in under the item they were written
// for. The wording and the weave are done a section at a time, when a renderer reaches it
// (`forEachSection`): a long meeting's proceedings are never all held at once. Every piece of
// text that came from the log is made inert here; each renderer escapes it further for its medium.

/// The proceedings of a meeting, item by item, as data every export format renders.
public struct Proceedings: Equatable, Sendable {
    /// The sections worded already, or the drafts that word them when they are reached.
    private var storage: Storage

    private enum Storage: Sendable {
        case sections([Section])
        case plan(ProceedingsBuilder)
    }

    /// Proceedings of these sections.
    public init(sections: [Section]) { storage = .sections(sections) }

    /// Proceedings drafted from a log, each section worded when it is reached.
    init(plan: ProceedingsBuilder) { storage = .plan(plan) }

    /// The items in the order they ran; a section with `itemId == nil` holds what came before the first.
    ///
    /// Drafted proceedings word every section for this: a renderer reads them with
    /// `forEachSection`, one at a time, so a long meeting's paragraphs are never all held at once.
    public var sections: [Section] {
        get {
            switch storage {
            case .sections(let all): return all
            case .plan(let plan):
                var all: [Section] = []
                plan.forEachSection { all.append($0) }
                return all
            }
        }
        set { storage = .sections(newValue) }
    }

    /// Calls `body` with each section in order (what `sections` holds), worded as it is reached.
    public func forEachSection(_ body: (Section) -> Void) {
        switch storage {
        case .sections(let all): all.forEach(body)
        case .plan(let plan): plan.forEachSection(body)
        }
    }

    /// The entries of the summary kinds, each kind in the order of its numbers, each worded when it is read.
    func summaryEntries() -> (conclusions: SummaryList<Entry>, decisions: SummaryList<Entry>, actions: SummaryList<Entry>) {
        switch storage {
        case .plan(let plan): return plan.summaryEntries()
        case .sections(let all):
            var conclusions: [Entry] = [], decisions: [Entry] = [], actions: [Entry] = []
            for section in all {
                for paragraph in section.paragraphs {
                    for e in paragraph.entries {
                        switch e.kind {
                        case .conclusion: conclusions.append(e)
                        case .decision: decisions.append(e)
                        case .action: actions.append(e)
                        case .note: break
                        }
                    }
                }
            }
            conclusions.sort { $0.number < $1.number }
            decisions.sort { $0.number < $1.number }
            actions.sort { $0.number < $1.number }
            return (SummaryList(conclusions, number: \.number), SummaryList(decisions, number: \.number),
                    SummaryList(actions, number: \.number))
        }
    }

    /// Equal when they hold the same sections, however they are kept.
    public static func == (a: Proceedings, b: Proceedings) -> Bool { a.sections == b.sections }

    /// One rundown item as it ran.
    public struct Section: Equatable, Sendable {
        /// The rundown item, or nil for what happened before the first item started.
        public var itemId: String?
        /// 1-based in the order the items ran; 0 for the part before the first item.
        public var number: Int
        public var title: String
        public var kind: ItemKind?
        /// Event time the item started and ended (nil: still running when the log ends).
        public var start: Int?
        public var end: Int?
        /// "09.05–09.20 WITA", or "09.05 WITA" while it had not ended.
        public var timeRange: String?
        public var paragraphs: [Paragraph]
    }

    /// One thing that happened, as a sentence, with the notulis's entries written under it.
    public struct Paragraph: Equatable, Sendable {
        /// What the paragraph records; renderers keep presented, asked and answered apart by it.
        public enum Kind: String, Sendable {
            /// The meeting was opened (the first item started).
            case opening
            /// How long the item ran, when it had no turns or ran well over its plan (last in its section).
            case timing
            /// A resource speaker's or official's turn (paparan, sambutan, laporan, …).
            case speech
            /// A point of order (interupsi).
            case interruption
            /// A Q&A round (termin) was opened: how many asked.
            case termin
            /// A participant's question.
            case question
            /// A resource speaker's answer.
            case answer
            /// The meeting was suspended (skors, ishoma, …) or broke for a break item.
            case suspension
            /// A bookmark the moderator set.
            case marker
            /// A closed meeting was reopened.
            case reopened
            /// No sentence: entries written before anything else happened in the item.
            case notes
        }

        /// Whether the paragraph records what was presented, asked, answered, or how the meeting ran.
        public enum Role: String, Sendable {
            case procedure, presented, asked, answered
        }

        public var kind: Kind
        /// Event time the paragraph is about (a turn's start).
        public var t: Int
        /// The sentence(s); empty for `.notes`.
        public var text: String
        /// For questions: the termin's running number of the question (1, 2, 3).
        public var number: Int?
        /// The speaker id the paragraph is about, if any (used to place entries).
        public var speakerId: String?
        /// The notulis's entries written under this paragraph, in the order written.
        public var entries: [Entry]

        public var role: Role {
            switch kind {
            case .speech, .interruption: return .presented
            case .question: return .asked
            case .answer: return .answered
            default: return .procedure
            }
        }
    }

    /// A minutes entry of the notulis in its last form.
    public struct Entry: Equatable, Sendable {
        public var id: String
        public var kind: NoteKind
        /// Its number among the entries of its kind (kesimpulan 1, keputusan 2, …).
        public var number: Int
        /// The notulis's text, inert, line breaks kept.
        public var text: String
        public var t: Int
        /// "09.41" (or "09:41" in English).
        public var clock: String
        public var edited: Bool
        /// For actions: who is responsible, inert.
        public var owner: String?
        /// For actions: the due date as "20 Oktober 2020" (as written, inert, when it is not a date).
        public var due: String?
    }

    /// Every paragraph of every section, in order.
    public var allParagraphs: [Paragraph] { sections.flatMap(\.paragraphs) }
}

extension Proceedings {
    /// Drafts the proceedings of a read log in `lang` (a reading that kept its events).
    public init(_ reading: LogReading, lang: Language) {
        self.init(header: reading.header, events: reading.events, lang: lang)
    }

    /// Drafts the proceedings from a header and its events, in `lang`.
    public init(header: SessionHeader, events: [Event], lang: Language) {
        var b = ProceedingsBuilder(header: header, lang: lang)
        var state = SessionState(header: header)
        for e in events { _ = b.take(e, state: &state) }
        self = b.finish(state)
    }
}

// MARK: - Building

/// Something that happened, to be worded once the whole log is known.
private enum Draft {
    case opening(t: Int)
    case speech(id: String, t: Int)
    case termin(id: String, t: Int)
    case question(id: String, t: Int)
    case answer(id: String, t: Int)
    case suspension(index: Int, t: Int)
    case breakItem(itemId: String, t: Int)
    case marker(label: String, t: Int)
    case reopened(closedT: Int, t: Int)

    var t: Int {
        switch self {
        case .opening(let t), .speech(_, let t), .termin(_, let t), .question(_, let t), .answer(_, let t),
             .suspension(_, let t), .breakItem(_, let t), .marker(_, let t), .reopened(_, let t): return t
        }
    }
}

private struct SectionDraft {
    var itemId: String?
    var drafts: [Draft] = []
}

/// Folds the events and lays down drafts; `finish` words them.
struct ProceedingsBuilder {
    var lang: Language
    private(set) var words: ExportWords
    private(set) var state: SessionState
    private var sections: [SectionDraft] = []
    private var opened = false
    /// The rundown item a speaker spoke in (the running item when they took the floor, else the
    /// one booked), by the speaker's place in `state.speakers`: a speaker is only ever appended
    /// there, never moved or removed, and a dictionary by id took twice the memory.
    private var speakerContext: [String?] = []
    /// Time added (or taken, negative) while a speaker held the floor, in seconds.
    private var extendedS: [String: Int] = [:]
    /// Suspensions (by index) that ended with `session.resumed` rather than the close.
    private var resumed: Set<Int> = []
    /// Question paragraphs numbered within their termin.
    private var questionNumber: [String: Int] = [:]
    /// Interupsi that held a speaker's turn, by the held speaker: written inside that one speech.
    private var interruptions: [String: [String]] = [:]
    /// Interrupters already written inside a held speech, so they get no paragraph of their own.
    private var inside: Set<String> = []
    /// Suspensions during a turn, by the turn's draft key: written inside that turn, in time order.
    private var suspendedDuring: [String: [Int]] = [:]
    /// Suspensions written inside a turn.
    private var suspensionInside: Set<Int> = []
    /// The final state's questions by termin, as places in `state.questions`, in order (set by `finish`).
    private var questionsInRound: [String: [Int32]] = [:]
    /// The live entries each section holds, in the order written (set by `finish`).
    private var placedEntries: [EntryPlace] = []
    /// Where each section's entries start in `placedEntries`, and one past the last section's end.
    private var sectionStarts: [Int32] = [0]

    /// The entries placed in section `si`, in the order written.
    private func places(ofSection si: Int) -> ArraySlice<EntryPlace> {
        guard si + 1 < sectionStarts.count else { return [] }
        return placedEntries[Int(sectionStarts[si])..<Int(sectionStarts[si + 1])]
    }

    init(header: SessionHeader, lang: Language) {
        self.lang = lang
        self.state = SessionState(header: header)
        self.words = ExportWords(lang: lang, zone: ZoneClock(header: header))
    }

    /// Where each entry was written: the section then current and how many drafts it held, by the
    /// entry's position in `state.entries` (a note is only ever appended there, and never removed:
    /// an array, where a dictionary by id cost 60 bytes an entry and a hash at each).
    private var entryAnchors: [(section: Int32, drafts: Int32)] = []

    private mutating func add(_ d: Draft) {
        if sections.isEmpty { sections.append(SectionDraft(itemId: nil)) }
        sections[sections.count - 1].drafts.append(d)
    }

    /// Applies one event to `state`, the fold's one state (the reader's, when drafting as the log is
    /// read); an event the state rejects writes nothing into the proceedings. Returns the state's warning.
    mutating func take(_ e: Event, state: inout SessionState) -> String? {
        // Only these two facts of the state before are needed: a copy of the whole state per
        // event made the export quadratic (30,000 queued speakers took 22 s).
        var extendedOnFloor = false
        if case .speakerExtended(let id, _) = e.kind { extendedOnFloor = state.speakers[id: id]?.status == .onFloor }
        let closedBefore = state.closedT
        let floorWasEmpty = state.floor == nil
        if let warning = state.apply(e) { return warning }
        let t = e.t
        switch e.kind {
        case .itemStarted(let id):
            sections.append(SectionDraft(itemId: id))
            let kind = state.items[id: id]?.kind ?? .other
            if !opened, kind != .other, kind != .break {
                opened = true
                add(.opening(t: t))
            }
            if kind == .break { add(.breakItem(itemId: id, t: t)) }
        case .speakerStarted(let id):
            if let position = state.speakers.position(of: id) {
                if speakerContext.count <= position {
                    speakerContext.append(contentsOf: repeatElement(nil, count: position + 1 - speakerContext.count))
                }
                speakerContext[position] = state.runningItem ?? state.speakers[position].item
            }
            if state.speakers[id: id]?.kind == .interruption, floorWasEmpty,
               let heldId = state.held.last(where: { !inside.contains($0) }) {
                // One paparan with the interruption in it, not two paparan around a third speech.
                interruptions[heldId, default: []].append(id)
                inside.insert(id)
            } else {
                add(.speech(id: id, t: t))
            }
        case let .speakerExtended(id, byS):
            if extendedOnFloor { extendedS[id, default: 0] += byS }
        case let .roundOpened(id, _, _, _):
            add(.termin(id: id, t: t))
        case .questionStarted(let id):
            add(.question(id: id, t: t))
        case .answerStarted(let id, _, _, _, _):
            add(.answer(id: id, t: t))
        case .sessionSuspended:
            let index = state.suspensions.count - 1
            if let key = Self.turnKey(state.floor) {
                // A skors inside a turn is told inside that turn, so nothing reads out of time order.
                suspendedDuring[key, default: []].append(index)
                suspensionInside.insert(index)
            } else {
                add(.suspension(index: index, t: t))
            }
        case .sessionResumed:
            resumed.insert(state.suspensions.count - 1)
        case .marker(let label):
            add(.marker(label: label, t: t))
        case .noteAdded(let id, _, _, _, _, _, _):
            if sections.isEmpty { sections.append(SectionDraft(itemId: nil)) }
            // Applied, so appended as the list's last (a refused note returned above): the anchors
            // stay aligned with the list by construction.
            assert(state.entries.count == entryAnchors.count + 1 && state.entries[state.entries.count - 1].id == id)
            entryAnchors.append((Int32(sections.count - 1), Int32(sections[sections.count - 1].drafts.count)))
        case .sessionReopened:
            add(.reopened(closedT: closedBefore ?? t, t: t))
        default:
            break
        }
        return nil
    }

    static func turnKey(_ f: FloorHolder?) -> String? {
        switch f {
        case .speaker(let id): return "s:" + id
        case .question(let id): return "q:" + id
        case .answer(let id): return "w:" + id
        case nil: return nil
        }
    }

    /// The skors told inside a turn: " Rapat diskors pukul … dan dilanjutkan pukul …."
    private func suspensionsInside(_ key: String) -> String {
        (suspendedDuring[key] ?? []).filter { state.suspensions.indices.contains($0) }
            .map { " " + words.suspension(state.suspensions[$0], resumed: resumed.contains($0)) }.joined()
    }

    /// Prepares to word every draft from the final state; the proceedings word a section when it
    /// is reached (`forEachSection`), so an export holds one section's paragraphs at a time.
    mutating func finish(_ final: SessionState) -> Proceedings {
        state = final
        // Each termin's questions, in order, by their place in the list: asked once per termin, a
        // filter of every question made it quadratic, and copies of the questions cost a megabyte.
        var inRound: [String: [Int32]] = [:]
        for (i, q) in state.questions.enumerated() { inRound[q.round, default: []].append(Int32(i)) }
        questionsInRound = inRound
        // Only askers who asked are numbered: a skipped or withdrawn asker is not one of them.
        var askedInRound: [String: Int] = [:]
        for sd in sections {
            for case .question(let id, _) in sd.drafts {
                guard let q = state.questions[id: id], q.outcome == .asked || q.status == .onFloor else { continue }
                askedInRound[q.round, default: 0] += 1
                questionNumber[id] = askedInRound[q.round]
            }
        }
        // A `session.updated` may have changed the zone: word times in the final one.
        words = ExportWords(lang: lang, zone: ZoneClock(header: state.header))
        if !opened, let i = sections.firstIndex(where: { $0.itemId != nil }), let t = state.items[id: sections[i].itemId!]?.clock?.startedT {
            sections[i].drafts.insert(.opening(t: t), at: 0)
        }
        placeEntries()
        return Proceedings(plan: self)
    }

    /// The rundown item a section is worded for: nil for the part before the first item, and for
    /// an item the final state no longer has.
    private func item(ofSection sd: SectionDraft) -> AgendaItem? {
        sd.itemId.flatMap { state.items[id: $0] }
    }

    /// Calls `body` with each section in order, worded from the final state with the notulis's
    /// entries woven in; the part before the first item only when something is in it.
    func forEachSection(_ body: (Proceedings.Section) -> Void) {
        var number = 0
        for (si, sd) in sections.enumerated() {
            var sec: Proceedings.Section
            if let id = sd.itemId, let item = item(ofSection: sd) {
                number += 1
                let start = item.clock?.startedT
                let end = item.clock?.endedT
                sec = Proceedings.Section(itemId: id, number: number, title: inert(item.title), kind: item.kind,
                                          start: start, end: end,
                                          timeRange: start.map { words.range($0, end) }, paragraphs: [])
            } else {
                sec = Proceedings.Section(itemId: nil, number: 0, title: words.beforeFirstItem, kind: nil,
                                          start: nil, end: nil, timeRange: nil, paragraphs: [])
            }
            // For each paragraph, the draft it was worded from (-1: none).
            var from: [Int] = []
            let lastSpeechInItem = sd.drafts.last(where: {
                if case .speech(let id, _) = $0 { return state.speakers[id: id]?.kind == .speaker }
                return false
            })
            for (di, d) in sd.drafts.enumerated() {
                var isLastSpeech = false
                if case .speech(let id, _) = d, case .speech(let lid, _)? = lastSpeechInItem { isLastSpeech = id == lid }
                if let p = paragraph(d, section: sec, lastSpeech: isLastSpeech) {
                    sec.paragraphs.append(p)
                    from.append(di)
                }
            }
            if let timing = timingParagraph(sec) {
                sec.paragraphs.append(timing)
                from.append(-1)
            }
            weaveEntries(into: &sec, index: si, origin: &from)
            if sec.itemId == nil && sec.paragraphs.isEmpty { continue }
            body(sec)
        }
    }

    // MARK: Wording

    private func paragraph(_ d: Draft, section: Proceedings.Section, lastSpeech: Bool) -> Proceedings.Paragraph? {
        func p(_ kind: Proceedings.Paragraph.Kind, _ text: String, speaker: String? = nil, number: Int? = nil) -> Proceedings.Paragraph {
            Proceedings.Paragraph(kind: kind, t: d.t, text: text, number: number, speakerId: speaker, entries: [])
        }
        switch d {
        case .opening(let t):
            // Say what the events say: an MC's opening item opens the programme; the official who
            // opens the meeting formally does so in their own remarks.
            let first = section.itemId.flatMap { state.items[id: $0] }
            let formal = state.items.contains { $0.kind == .remarks && ExportWords.opensFormally($0.title) }
            return p(.opening, words.opening(at: t, byMC: first?.kind == .opening, formalLater: formal))
        case .speech(let id, _):
            guard let position = state.speakers.position(of: id), case let sp = state.speakers[position],
                  let clock = sp.clock else { return nil }
            let context = (position < speakerContext.count ? speakerContext[position] : nil).flatMap { state.items[id: $0] }
            let by = (interruptions[id] ?? []).compactMap { state.speakers[id: $0] }
            // The noun is asked only of a speech that was interrupted: most were not.
            let clause = by.isEmpty ? "" : words.interruptedClause(noun: words.verb(for: context).noun, by: by, now: state.lastT)
            let text = words.speech(sp, clock: clock, now: state.lastT, item: context,
                                    extendedS: extendedS[id] ?? 0, formallyOpens: lastSpeech, interrupted: clause)
                + suspensionsInside("s:" + id)
            return p(sp.kind == .interruption ? .interruption : .speech, text, speaker: id)
        case .termin(let id, _):
            guard let r = state.rounds[id: id] else { return nil }
            return p(.termin, words.termin(r, questions: (questionsInRound[id] ?? []).map { state.questions[Int($0)] }))
        case .question(let id, _):
            guard let q = state.questions[id: id], q.outcome != .skipped else { return nil }
            return p(.question, words.question(q, state: state) + suspensionsInside("q:" + id), number: questionNumber[id])
        case .answer(let id, _):
            guard let a = state.answers[id: id] else { return nil }
            let by = state.speakers[id: a.by]
            return p(.answer, words.answer(a, state: state, now: state.lastT, numbers: questionNumber) + suspensionsInside("w:" + id),
                     speaker: by?.id)
        case .suspension(let index, _):
            guard state.suspensions.indices.contains(index) else { return nil }
            return p(.suspension, words.suspension(state.suspensions[index], resumed: resumed.contains(index)))
        case .breakItem(let itemId, _):
            guard let item = state.items[id: itemId], let clock = item.clock else { return nil }
            return p(.suspension, words.breakItem(start: clock.startedT, end: clock.endedT))
        case .marker(let label, let t):
            return p(.marker, words.marker(inert(label), at: t))
        case .reopened(let closedT, let t):
            return p(.reopened, words.reopened(closedAt: closedT, at: t))
        }
    }

    /// How long an item ran: said when nothing else is, or when it ran well over its plan.
    private func timingParagraph(_ sec: Proceedings.Section) -> Proceedings.Paragraph? {
        guard let id = sec.itemId, let item = state.items[id: id], let clock = item.clock, let end = clock.endedT,
              item.kind != .break else { return nil }
        let elapsed = clock.elapsedMs(at: end)
        let planned = item.plannedS * 1000
        let hasTurns = sec.paragraphs.contains { $0.kind != .opening && $0.kind != .marker }
        let over = elapsed - planned
        let wellOver = planned > 0 && over >= 5 * 60_000
        guard !hasTurns || wellOver else { return nil }
        return Proceedings.Paragraph(kind: .timing, t: end,
                                     text: words.itemTiming(elapsedMs: elapsed, plannedMs: planned),
                                     number: nil, speakerId: nil, entries: [])
    }

    // MARK: Entries

    /// Finds the section each live entry goes under (the item it was written for, else the one
    /// then current) and its number among the entries of its kind, in the order written.
    private mutating func placeEntries() {
        // Entries counted by kind: four counters, not a dictionary hashed twice an entry.
        var counters: [Int32] = [0, 0, 0, 0]
        // The first section of each item: looked up once per entry, not by scanning the sections.
        var sectionOf: [String: Int] = [:]
        for (i, sd) in sections.enumerated() {
            if let id = sd.itemId, item(ofSection: sd) != nil, sectionOf[id] == nil { sectionOf[id] = i }
        }
        // Each live entry's section first, then the entries laid out section by section in one
        // array of exactly their number: an array a section, grown by doubling, was half again
        // as large, and a long meeting's were part of the export's peak.
        var sectionOfEntry = [Int32](repeating: -1, count: state.entries.count)
        var starts = [Int32](repeating: 0, count: sections.count + 1)
        for (position, e) in state.entries.enumerated() where !e.deleted {
            guard position < entryAnchors.count, sections.indices.contains(Int(entryAnchors[position].section)) else { continue }
            let si = e.item.flatMap { sectionOf[$0] } ?? Int(entryAnchors[position].section)
            sectionOfEntry[position] = Int32(si)
            starts[si + 1] += 1
        }
        for si in sections.indices { starts[si + 1] += starts[si] }
        var next = starts
        var placed = [EntryPlace](repeating: EntryPlace(position: 0, number: 0, kind: .note), count: Int(starts[sections.count]))
        for (position, e) in state.entries.enumerated() where !e.deleted {
            // Numbered among every live entry of its kind, placed or not.
            counters[Self.slot(e.kind)] += 1
            let si = Int(sectionOfEntry[position])
            guard si >= 0 else { continue }
            placed[Int(next[si])] = EntryPlace(position: Int32(position), number: counters[Self.slot(e.kind)], kind: e.kind)
            next[si] += 1
        }
        placedEntries = placed
        sectionStarts = starts
    }

    private static func slot(_ k: NoteKind) -> Int {
        switch k {
        case .note: return 0
        case .conclusion: return 1
        case .decision: return 2
        case .action: return 3
        }
    }

    /// A live entry in its last form, numbered among the entries of its kind.
    private func entry(_ e: MinutesEntry, number: Int) -> Proceedings.Entry {
        Proceedings.Entry(
            id: e.id, kind: e.kind, number: number,
            text: ExportWords.entryText(e.text), t: e.addedT, clock: words.clock(e.addedT),
            edited: e.editedT != nil, owner: e.owner.map { inert($0) },
            due: e.due.flatMap { Notulen.dueDate(inert($0), lang: lang) })
    }

    /// The conclusions, decisions and actions, each kind in its order: read from the entries
    /// placed, without wording a section.
    func summaryEntries() -> (conclusions: SummaryList<Proceedings.Entry>, decisions: SummaryList<Proceedings.Entry>,
                              actions: SummaryList<Proceedings.Entry>) {
        var kinds: [[EntryPlace]] = [[], [], [], []]
        for place in placedEntries where place.kind != .note { kinds[Self.slot(place.kind)].append(place) }
        // In the order written, which within a kind is the order of the numbers.
        func list(_ places: [EntryPlace]) -> SummaryList<Proceedings.Entry> {
            let places = places.sorted { $0.position < $1.position }
            let plan = self
            return SummaryList(count: places.count, number: { Int(places[$0].number) }, element: { i in
                plan.entry(plan.state.entries[Int(places[i].position)], number: Int(places[i].number))
            })
        }
        return (list(kinds[1]), list(kinds[2]), list(kinds[3]))
    }

    /// Puts each entry placed in section `index` under the paragraph it was written for: after
    /// what had happened in that item when it was written (preferring its speaker's turn), or at
    /// the item's end when it was written later, for an item already over.
    private func weaveEntries(into section: inout Proceedings.Section, index si: Int, origin: inout [Int]) {
        for place in places(ofSection: si) {
            let position = Int(place.position)
            let e = state.entries[position]
            let entry = self.entry(e, number: Int(place.number))
            let anchor = (section: Int(entryAnchors[position].section), drafts: Int(entryAnchors[position].drafts))
            // The last paragraph worded from a draft laid down before the entry was written (in its
            // own section), preferring the last such of the entry's speaker. Read in place, from the
            // end: a copy of the paragraphs held here would make every append below copy them.
            var target: Int? = nil
            var lastCandidate: Int? = nil
            var i = section.paragraphs.count
            while i > 0 {
                i -= 1
                let d = origin[i]
                guard d >= 0, si != anchor.section || d < anchor.drafts else { continue }
                if lastCandidate == nil { lastCandidate = i }
                guard let who = e.speaker else { break }
                if section.paragraphs[i].speakerId == who { target = i; break }
            }
            if target == nil { target = lastCandidate }
            if let target {
                section.paragraphs[target].entries.append(entry)
            } else if section.paragraphs.first?.kind == .notes {
                section.paragraphs[0].entries.append(entry)
            } else {
                section.paragraphs.insert(Proceedings.Paragraph(kind: .notes, t: e.addedT, text: "", number: nil,
                                                                speakerId: nil, entries: [entry]), at: 0)
                origin.insert(-2, at: 0)
            }
        }
    }
}

/// Where an entry goes: its place in `state.entries`, its number among the entries of its kind,
/// and the kind (the summary picks its kinds without copying an entry out of the list).
private struct EntryPlace {
    var position: Int32
    var number: Int32
    var kind: NoteKind
}

// MARK: - Words

/// The phrases of a notulen, in Indonesian or English. Every name it is given must already be inert.
struct ExportWords: Sendable {
    let lang: Language
    let zone: ZoneClock

    var id: Bool { lang == .id }

    /// "09.05" in Indonesian, "09:05" in English.
    func clock(_ t: Int) -> String { zone.clock(t, id ? .id : .en) }
    /// "09.05 WITA".
    func clockZ(_ t: Int) -> String { "\(clock(t)) \(zone.label)" }
    /// "09.05–09.20 WITA", or "09.05 WITA" without an end.
    func range(_ a: Int, _ b: Int?) -> String {
        guard let b else { return clockZ(a) }
        return "\(clock(a))–\(clock(b)) \(zone.label)"
    }

    var beforeFirstItem: String { id ? "Sebelum acara dimulai" : "Before the agenda began" }

    // MARK: Numbers, durations, lists

    /// "tiga" / "three" for 1…10, digits above.
    func count(_ n: Int) -> String {
        let idWords = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"]
        let enWords = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        guard (0...10).contains(n) else { return String(n) }
        return id ? idWords[n] : enWords[n]
    }

    /// "satu kali", "dua kali" / "once", "twice", "3 times".
    func times(_ n: Int) -> String {
        if id { return "\(count(n)) kali" }
        switch n {
        case 1: return "once"
        case 2: return "twice"
        default: return "\(count(n)) times"
        }
    }

    /// "18 menit", "1 jam 5 menit", "45 detik" / "18 minutes", "1 hour 5 minutes", "45 seconds".
    func duration(ms: Int) -> String {
        let s = ExportWords.seconds(abs(ms))
        if s < 60 {
            return id ? "\(s) detik" : "\(s) second\(s == 1 ? "" : "s")"
        }
        let m = (s + 30) / 60
        let h = m / 60
        let mm = m % 60
        if id {
            if h == 0 { return "\(mm) menit" }
            return mm == 0 ? "\(h) jam" : "\(h) jam \(mm) menit"
        }
        func unit(_ v: Int, _ w: String) -> String { "\(v) \(w)\(v == 1 ? "" : "s")" }
        if h == 0 { return unit(mm, "minute") }
        return mm == 0 ? unit(h, "hour") : "\(unit(h, "hour")) \(unit(mm, "minute"))"
    }

    /// Whole seconds of a duration in milliseconds, rounded half up: the unit of every `*_s` export field.
    static func seconds(_ ms: Int) -> Int {
        ms >= 0 ? (ms + 500) / 1000 : -((-ms + 500) / 1000)
    }

    /// "A", "A dan B", "A, B, dan C" / "A and B", "A, B and C".
    func list(_ xs: [String]) -> String {
        let and = id ? "dan" : "and"
        switch xs.count {
        case 0: return ""
        case 1: return xs[0]
        case 2: return "\(xs[0]) \(and) \(xs[1])"
        default: return xs.dropLast().joined(separator: ", ") + (id ? ", \(and) " : " \(and) ") + xs.last!
        }
    }

    /// A sentence ending: adds a full stop unless the text already ends in one.
    static func closeSentence(_ s: String) -> String {
        guard let last = s.last else { return s }
        return ".!?…".contains(last) ? s : s + "."
    }

    /// The notulis's text as the minutes carry it: inert, line breaks kept, outer blank space trimmed.
    static func entryText(_ s: String) -> String {
        var t = inert(s, keepNewlines: true)
        // Most entries neither begin nor end with a space or a line break: then there is nothing to
        // trim, seen from the first and last byte (a break is one byte here: inert made CR LF "\n").
        if let f = t.utf8.first, let l = t.utf8.last, f != 0x20, f != 0x0A, l != 0x20, l != 0x0A { return t }
        while let f = t.first, f == " " || f == "\n" { t.removeFirst() }
        while let l = t.last, l == " " || l == "\n" { t.removeLast() }
        return t
    }

    // MARK: People

    /// "Sdr. H. Andi" for a participant whose name marks it, else the name alone (I18n/FormsOfAddress).
    func participant(_ rawName: String) -> String { FormsOfAddress.asker(inert(rawName), lang) }

    /// "Kepala Bidang Mutasi BKD" from a role and an instansi, the instansi left out when the role
    /// already names it: "Kepala Badan Kepegawaian Negara" with "BKN", "Sekretaris Daerah Provinsi
    /// Kalimantan Timur" with "Pemerintah Provinsi Kalimantan Timur".
    /// In English the two are joined with a comma: "Policy analyst, Ministry of Administrative Reform".
    static func roleWithOrg(role: String, org: String?, lang: Language = .id) -> String {
        rolesWithOrgs.value(RoleWithOrg(role: ExactText(role), org: org.map(ExactText.init), lang: lang)) {
            roleWithOrgOnce(role: $0.role.text, org: $0.org?.text, lang: $0.lang)
        }
    }

    /// A role and an instansi as `roleWithOrg` is asked them, by their bytes.
    struct RoleWithOrg: Hashable, Sendable {
        var role: ExactText
        var org: ExactText?
        var lang: Language
    }

    private static let rolesWithOrgs = PureMemo<RoleWithOrg, String>()

    private static func roleWithOrgOnce(role: String, org: String?, lang: Language) -> String {
        guard var org, !org.isEmpty, !orgIsNamed(org, in: role) else { return role }
        if lang == .id, org.lowercased().hasPrefix("pemerintah "), org.split(separator: " ").count > 2 {
            // "Sekretaris Daerah" of "Pemerintah Provinsi Papua" is the "Sekretaris Daerah Provinsi Papua".
            org = String(org.dropFirst("pemerintah ".count))
        }
        return lang == .id ? "\(role) \(org)" : "\(role), \(org)"
    }

    /// Whether every word of `org` is in `role`, as a word or as the initials of words in a row
    /// ("BKN" for "Badan Kepegawaian Negara"); "Pemerintah", "Provinsi", "Kabupaten", "Kota" need not be.
    static let genericOrgWords: Set<String> = ["pemerintah", "pemerintahan", "provinsi", "prov.", "kabupaten", "kab.",
                                                "kota", "pemprov", "pemkab", "pemkot", "dan", "se"]

    static func orgIsNamed(_ org: String, in role: String) -> Bool {
        let lowerRole = role.lowercased()
        if lowerRole.contains(org.lowercased()) { return true }
        let roleWords = role.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        let lowerWords = Set(roleWords.map { $0.lowercased() })
        let capitals = roleWords.filter { $0.first?.isUppercase == true }.compactMap(\.first).map { String($0) }.joined()
        let initials = roleWords.compactMap(\.first).map { String($0).uppercased() }.joined()
        for word in org.split(separator: " ").map(String.init) {
            let w = word.lowercased()
            if genericOrgWords.contains(w) || lowerWords.contains(w) { continue }
            let isAcronym = word.count >= 2 && word.allSatisfy { $0.isUppercase || $0.isNumber }
            if isAcronym, capitals.contains(word) || initials.contains(word) { continue }
            return false
        }
        return true
    }

    /// The subject of a speech: "Kepala BKN, Bima Haria Wibisana," or "Bima Haria Wibisana (BKN)";
    /// in English "Bima Haria Wibisana (Kepala BKN)".
    func speakerSubject(_ sp: Speaker) -> String {
        let name = FormsOfAddress.official(inert(sp.name), lang)
        let org = sp.org.map { inert($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let role = sp.role.map { inert($0) }.flatMap { $0.isEmpty ? nil : $0 }
        if !id {
            let about = role.map { ExportWords.roleWithOrg(role: $0, org: org, lang: lang) } ?? org
            return about.map { "\(name) (\($0))" } ?? name
        }
        if let role { return "\(ExportWords.roleWithOrg(role: role, org: org)), \(name)," }
        if sp.kind == .interruption { return askerSubject(sp.name, org: sp.org, remote: false) }
        if let org { return "\(name) (\(org))" }
        return name
    }

    /// A speaker named briefly: "Kepala BKN" (the jabatan, as Indonesian minutes do), else the
    /// name; in English always the name.
    func speakerShort(_ sp: Speaker) -> String {
        if id, let role = sp.role.map({ inert($0) }), !role.isEmpty {
            return ExportWords.roleWithOrg(role: role, org: sp.org.map { inert($0) })
        }
        return inert(sp.name)
    }

    /// "Sdr. Andi (BKPSDM Kab. Kutai Kartanegara, daring)".
    func askerSubject(_ name: String, org: String?, remote: Bool) -> String {
        var inside: [String] = []
        if let org = org.map({ inert($0) }), !org.isEmpty { inside.append(org) }
        if remote { inside.append(id ? "daring" : "online") }
        let who = participant(name)
        return inside.isEmpty ? who : "\(who) (\(inside.joined(separator: ", ")))"
    }

    // MARK: Sentences

    /// The first sentence of the proceedings: who opened what, as the events say.
    func opening(at t: Int, byMC: Bool = false, formalLater: Bool = false) -> String {
        if byMC {
            return id ? "Pukul \(clockZ(t)) pembawa acara membuka acara." : "At \(clockZ(t)) the master of ceremonies opened the programme."
        }
        if formalLater { return id ? "Acara dimulai pukul \(clockZ(t))." : "The programme began at \(clockZ(t))." }
        return id ? "Pukul \(clockZ(t)) pimpinan rapat membuka rapat." : "At \(clockZ(t)) the chair opened the meeting."
    }

    /// Whether an item's title says its speaker opens the meeting formally ("Sambutan dan pembukaan resmi").
    static func opensFormally(_ title: String) -> Bool {
        title.lowercasedContains("pembukaan") || title.lowercasedContains("membuka")
            || title.lowercasedContains("opening") || title.lowercasedContains("opens")
    }

    /// The clause an interupsi adds to the speech it held: "; paparan diinterupsi oleh Sdr. …
    /// (…), yang menyampaikan interupsi selama 2 menit".
    func interruptedClause(noun: String, by: [Speaker], now: Int) -> String {
        guard !by.isEmpty else { return "" }
        let parts = by.map { sp -> String in
            let who = askerOrOfficial(sp)
            let dur = sp.clock.map { duration(ms: $0.elapsedMs(at: $0.endedT ?? now)) } ?? ""
            return id ? "\(who), yang menyampaikan interupsi selama \(dur)" : "\(who), who raised a point of order for \(dur)"
        }
        return id ? "; \(noun) diinterupsi oleh \(list(parts))" : "; the \(noun) was interrupted by \(list(parts))"
    }

    /// An interrupter: the jabatan and name of an official, "Sdr. …" with the instansi for a participant.
    func askerOrOfficial(_ sp: Speaker) -> String {
        if let role = sp.role.map({ inert($0) }), !role.isEmpty {
            let r = ExportWords.roleWithOrg(role: role, org: sp.org.map { inert($0) }, lang: lang)
            let name = FormsOfAddress.official(inert(sp.name), lang)
            return id ? "\(r), \(name)" : "\(name) (\(r))"
        }
        return askerSubject(sp.name, org: sp.org, remote: sp.remote)
    }

    /// What a speaker does in an item of this kind: the verb phrase and the noun for later sentences.
    func verb(for item: AgendaItem?) -> (verb: String, noun: String) {
        let kind = item?.kind ?? .other
        // Only remarks read their title ("arahan" or "sambutan"): lowercasing it for every
        // speech was a tenth of the notulen's wording.
        func directs() -> Bool {
            let title = item?.title ?? ""
            return title.lowercasedContains("arahan") && !title.lowercasedContains("sambutan")
        }
        switch (kind, id) {
        case (.presentation, true): return ("menyampaikan paparan", "paparan")
        case (.presentation, false): return ("gave a presentation", "presentation")
        case (.remarks, true):
            return directs() ? ("memberikan arahan", "arahan") : ("menyampaikan sambutan", "sambutan")
        case (.remarks, false):
            return directs() ? ("gave directions", "directions") : ("gave remarks", "remarks")
        case (.report, true): return ("menyampaikan laporan", "laporan")
        case (.report, false): return ("delivered the report", "report")
        case (.opening, true): return ("menyampaikan kata pembuka", "kata pembuka")
        case (.opening, false): return ("gave the opening words", "opening words")
        case (.conclusion, true): return ("membacakan rumusan kesimpulan rapat", "pembacaan rumusan")
        case (.conclusion, false): return ("read out the conclusions", "reading")
        case (.closing, true): return ("menyampaikan kata penutup", "kata penutup")
        case (.closing, false): return ("gave the closing words", "closing words")
        case (_, true): return ("berbicara", "pembicaraan")
        case (_, false): return ("spoke", "speech")
        }
    }

    /// "Kepala BKN, Bima Haria Wibisana, menyampaikan paparan selama 18 menit (alokasi 15 menit)."
    func speech(_ sp: Speaker, clock: TurnClock, now: Int, item: AgendaItem?, extendedS: Int, formallyOpens: Bool,
                interrupted: String = "") -> String {
        let who = speakerSubject(sp)
        let elapsed = clock.elapsedMs(at: clock.endedT ?? now)
        var (verb, noun) = verb(for: item)
        if sp.kind == .interruption { (verb, noun) = id ? ("menyampaikan interupsi", "interupsi") : ("raised a point of order", "point of order") }
        let online = sp.remote ? (id ? " secara daring" : " online") : ""
        var allot = ""
        if sp.allottedS > 0 {
            let original = max(0, sp.allottedS - extendedS) * 1000
            let change = extendedS == 0 ? "" : (id
                ? (extendedS > 0 ? ", ditambah \(duration(ms: extendedS * 1000))" : ", dikurangi \(duration(ms: -extendedS * 1000))")
                : (extendedS > 0 ? ", extended by \(duration(ms: extendedS * 1000))" : ", shortened by \(duration(ms: -extendedS * 1000))"))
            allot = id ? " (alokasi \(duration(ms: original))\(change))" : " (\(duration(ms: original)) allotted\(change))"
        }
        var s: String
        if clock.endedT == nil {
            s = id ? "\(who) \(verb)\(online) mulai pukul \(clockZ(clock.startedT))\(interrupted); catatan berakhir sebelum \(noun) selesai."
                   : "\(who) \(verb)\(online) from \(clockZ(clock.startedT))\(interrupted); the record ends before the \(noun) ended."
        } else {
            s = id ? "\(who) \(verb)\(online) selama \(duration(ms: elapsed))\(allot)"
                   : "\(who) \(verb)\(online) for \(duration(ms: elapsed))\(allot)"
                if formallyOpens, item?.kind == .remarks, ExportWords.opensFormally(item?.title ?? "") {
                s += id ? " dan membuka rapat secara resmi" : " and formally opened the meeting"
            }
            s += interrupted + "."
        }
        if clock.pauseCount > 0 {
            let paused = duration(ms: clock.pausedMs)
            s += id ? " \(noun.capitalizedFirst) sempat dijeda \(times(clock.pauseCount)) (\(paused))."
                    : " The \(noun) was paused \(times(clock.pauseCount)) (\(paused))."
        }
        return s
    }

    /// "Termin 1: tiga penanya." with who did not get the floor.
    func termin(_ r: Termin, questions: [Question]) -> String {
        // Only askers who asked count; one who was called and was not there is named apart.
        let asked = questions.filter { $0.outcome == .asked || $0.status == .onFloor }.count
        let notHeard = questions.filter { $0.status == .queued }.count
        let withdrawn = questions.filter { $0.outcome == .withdrawn }.count
        let skipped = questions.filter { $0.outcome == .skipped }.map { participant($0.asker) }
        var s: String
        if id {
            s = asked == 0 ? "Termin \(r.number): tidak ada penanya" : "Termin \(r.number): \(count(asked)) penanya"
            var more: [String] = []
            if !skipped.isEmpty { more.append("\(list(skipped)) dipanggil tetapi tidak hadir") }
            if notHeard > 0 { more.append("\(count(notHeard)) penanya lain tidak mendapat giliran") }
            if withdrawn > 0 { more.append("\(count(withdrawn)) penanya menarik kembali pertanyaannya") }
            if !more.isEmpty { s += "; " + list(more) }
        } else {
            s = asked == 0 ? "Round \(r.number): no questions"
                : "Round \(r.number): \(count(asked)) participant\(asked == 1 ? "" : "s") asked questions"
            var more: [String] = []
            if !skipped.isEmpty { more.append("\(list(skipped)) \(skipped.count == 1 ? "was" : "were") called but not present") }
            if notHeard > 0 { more.append("\(count(notHeard)) more \(notHeard == 1 ? "was" : "were") not given the floor") }
            if withdrawn > 0 { more.append("\(count(withdrawn)) withdrew \(withdrawn == 1 ? "a question" : "their questions")") }
            if !more.isEmpty { s += "; " + list(more) }
        }
        return s + "."
    }

    /// Whom a question was put to: a speaker id, read as that speaker, or a name as written.
    func addressee(_ to: String?, state: SessionState) -> String? {
        guard let to, !to.isEmpty else { return nil }
        if let sp = state.speakers[id: to] { return speakerShort(sp) }
        return inert(to)
    }

    /// "Sdr. Andi (BKPSDM Kab. Kutai Kartanegara) menanyakan kepada Kepala BKN: …"
    func question(_ q: Question, state: SessionState) -> String {
        let who = askerSubject(q.asker, org: q.org, remote: q.remote)
        let to = addressee(q.to, state: state)
        let text = q.text.map { inert($0).exportTrimmed }.flatMap { $0.isEmpty ? nil : $0 }
        if q.outcome == .withdrawn {
            return id ? "\(who) menarik kembali pertanyaannya." : "\(who) withdrew the question."
        }
        if id {
            let kepada = to.map { " kepada \($0)" } ?? ""
            if let text { return "\(who) menanyakan\(kepada): \(ExportWords.closeSentence(text))" }
            return "\(who) mengajukan pertanyaan\(kepada)."
        }
        if let text { return "\(who) asked\(to.map { " \($0)" } ?? ""): \(ExportWords.closeSentence(text))" }
        return "\(who) put a question\(to.map { " to \($0)" } ?? "")."
    }

    /// "Kepala BKN menanggapi pertanyaan Sdr. Andi dan Sdr. Budi selama 8 menit."
    /// "Kepala BKN menanggapi pertanyaan nomor 1 (Sdr. Andi) dan nomor 3 (Sdr. Budi) selama 8 menit."
    func answer(_ a: Answer, state: SessionState, now: Int, numbers: [String: Int] = [:]) -> String {
        let who = state.speakers[id: a.by].map(speakerShort) ?? inert(a.by)
        // Each answer names the questions it covers: by number in the termin, with the asker.
        let covered = a.questions.compactMap { state.questions[id: $0] }
        let numbered = covered.allSatisfy { numbers[$0.id] != nil }
        let askers = covered.map { q in
            numbered ? (id ? "nomor " : "") + "\(numbers[q.id]!) (\(participant(q.asker)))" : participant(q.asker)
        }
        let number = state.rounds[id: a.round]?.number
        let dur = duration(ms: a.clock.elapsedMs(at: a.clock.endedT ?? now))
        if id {
            let whose = askers.isEmpty ? (number.map { " termin \($0)" } ?? "") : " \(list(askers))"
            return "\(who) menanggapi pertanyaan\(whose) selama \(dur)."
        }
        let whose: String
        if askers.isEmpty {
            whose = number.map { "the questions of round \($0)" } ?? "the questions"
        } else if numbered {
            whose = "\(askers.count == 1 ? "question" : "questions") \(list(askers))"
        } else {
            whose = "\(askers.count == 1 ? "the question" : "the questions") from \(list(askers))"
        }
        return numbered && !askers.isEmpty ? "\(who) answered \(whose) in \(dur)." : "\(who) answered \(whose) (\(dur))."
    }

    /// "Rapat diskors pukul 10.40 WITA untuk ishoma dan dilanjutkan pukul 11.45 WITA."
    func suspension(_ s: Suspension, resumed: Bool) -> String {
        let note = s.note.map { inert($0).exportTrimmed }.flatMap { $0.isEmpty ? nil : " (\($0))" } ?? ""
        if id {
            let why: String
            switch s.reason {
            case .ishoma: why = " untuk ishoma"
            case .technical: why = " karena kendala teknis"
            case .skors, .other: why = ""
            }
            var out = "Rapat diskors pukul \(clockZ(s.startT))\(why)\(note)"
            if let end = s.endT { out += resumed ? " dan dilanjutkan pukul \(clockZ(end))" : " dan tidak dilanjutkan" }
            return out + "."
        }
        let why: String
        switch s.reason {
        case .ishoma: why = " for the prayer and lunch break (ishoma)"
        case .technical: why = " because of technical problems"
        case .skors, .other: why = ""
        }
        var out = "The meeting was suspended at \(clockZ(s.startT))\(why)\(note)"
        if let end = s.endT { out += resumed ? " and resumed at \(clockZ(end))" : " and did not resume" }
        return out + "."
    }

    /// A break item: "Rapat diistirahatkan pukul 12.00 WITA dan dilanjutkan pukul 13.00 WITA."
    func breakItem(start: Int, end: Int?) -> String {
        if id {
            return "Rapat diistirahatkan pukul \(clockZ(start))" + (end.map { " dan dilanjutkan pukul \(clockZ($0))" } ?? "") + "."
        }
        return "The meeting broke at \(clockZ(start))" + (end.map { " and resumed at \(clockZ($0))" } ?? "") + "."
    }

    /// "Pukul 10.15 WITA: label."
    func marker(_ label: String, at t: Int) -> String {
        (id ? "Pukul \(clockZ(t)): " : "At \(clockZ(t)): ") + ExportWords.closeSentence(label.exportTrimmed)
    }

    func reopened(closedAt c: Int, at t: Int) -> String {
        id ? "Rapat yang telah ditutup pukul \(clockZ(c)) dibuka kembali pukul \(clockZ(t))."
           : "The meeting, closed at \(clockZ(c)), was reopened at \(clockZ(t))."
    }

    /// "Acara berlangsung 35 menit, 15 menit lebih lama dari rencana 20 menit."
    func itemTiming(elapsedMs: Int, plannedMs: Int) -> String {
        let over = elapsedMs - plannedMs
        if plannedMs > 0, over >= 5 * 60_000 {
            return id ? "Acara berlangsung \(duration(ms: elapsedMs)), \(duration(ms: over)) lebih lama dari rencana \(duration(ms: plannedMs))."
                      : "The item ran \(duration(ms: elapsedMs)), \(duration(ms: over)) longer than the \(duration(ms: plannedMs)) planned."
        }
        if plannedMs > 0 {
            return id ? "Acara berlangsung \(duration(ms: elapsedMs)) (rencana \(duration(ms: plannedMs)))."
                      : "The item ran \(duration(ms: elapsedMs)) (\(duration(ms: plannedMs)) planned)."
        }
        return id ? "Acara berlangsung \(duration(ms: elapsedMs))." : "The item ran \(duration(ms: elapsedMs))."
    }
}

extension SessionState {
    /// The rundown item a turn that began at `t` belongs to: the item running then, else the one it was booked under.
    func exportItem(at t: Int, booked: String?) -> String? {
        let running = items.last { item in
            guard let c = item.clock else { return false }
            return c.startedT <= t && (c.endedT.map { t < $0 } ?? true)
        }
        return running?.id ?? booked
    }
}

extension String {
    /// Without leading and trailing spaces and line breaks.
    var exportTrimmed: String {
        // Nothing to trim, seen from the first and last byte (each of the three is one byte, and
        // a grapheme that starts or ends with one of them starts or ends with that byte).
        if let f = utf8.first, let l = utf8.last, f != 0x20, f != 0x0A, f != 0x09, l != 0x20, l != 0x0A, l != 0x09 {
            return self
        }
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\n" || l == "\t" { s.removeLast() }
        return String(s)
    }
}
