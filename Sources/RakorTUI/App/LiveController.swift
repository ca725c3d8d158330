import RakorCore

/// The live session's front end: keys become commands, commands become logged events, events become state.
///
/// Every event is appended to the store before the state changes (so before it is shown). A
/// failed append does not stop the meeting: the store keeps the events and the banner stays up.
public final class LiveController {
    public private(set) var state: SessionState
    public private(set) var events: [Event]
    public var ui = UIState()
    public let lang: Language
    public let store: EventStore
    let drafts: DraftStore?
    let clock: () -> Int
    let by: String
    /// Set when the user confirmed quitting.
    public private(set) var wantsQuit = false
    private var lastRetryT: Int?

    /// - Parameters:
    ///   - clock: the current time in ms since 1970 (injected so tests control it).
    public init(state: SessionState, events: [Event], store: EventStore, drafts: DraftStore?, lang: Language,
                by: String = "moderator", clock: @escaping () -> Int) {
        self.state = state
        self.events = events
        self.store = store
        self.drafts = drafts
        self.lang = lang
        self.by = by
        self.clock = clock
        restoreDraft()
    }

    /// Now, as event time (ms since the session's start).
    public var now: Int { clock() - state.header.startedAtMs }

    /// What the views need for one frame.
    public func viewContext() -> ViewContext {
        ViewContext(state: state, ui: ui, now: now, lang: lang, logHealth: store.health)
    }

    private func t(_ id: String, _ en: String) -> String { lang == .id ? id : en }

    // MARK: Commands

    /// Runs a command: decide, append durably, then evolve. Returns the error, if refused.
    @discardableResult
    public func send(_ command: Command) -> RakorError? {
        // Entries written in the minutes view are the notulis's; everything else the moderator's.
        let who = ui.screen == .minutes ? "notulis" : by
        switch decide(command, state, now: now, by: who) {
        case .failure(let e):
            let hint = e == .sessionClosed ? t(" R membuka kembali.", " R reopens it.") : ""
            ui.message = StatusMessage(e.message(lang) + hint, kind: .error, t: now)
            return e
        case .success(let new):
            let health = store.append(new)
            for e in new { state.apply(e) }
            events.append(contentsOf: new)
            if case .failing(let err, let n) = health {
                ui.message = StatusMessage(t("Log GAGAL ditulis (\(err)); \(n) peristiwa menunggu. Rapat tetap berjalan; L = tulis ke lokasi lain.",
                                             "Log write FAILED (\(err)); \(n) events waiting. The meeting goes on; L writes elsewhere."),
                                           kind: .error, t: now)
            } else if ui.message?.kind == .error {
                ui.message = nil
            }
            clampSelection()
            return nil
        }
    }

    /// Called on every tick: retries a failing log every few seconds.
    public func tick() {
        guard case .failing = store.health else { return }
        let n = now
        if lastRetryT.map({ n - $0 >= 5_000 }) ?? true {
            lastRetryT = n
            if store.fileGone {
                // Someone deleted the log: write the whole session again where it was.
                let path = store.path
                if (try? store.relocate(to: path, header: state.header, events: events)) != nil {
                    ui.message = StatusMessage(t("Berkas log dihapus; seluruh rapat ditulis ulang ke \(path).",
                                                 "The log file was deleted; the whole session was written again to \(path)."),
                                               kind: .warning, t: n)
                }
                return
            }
            if store.retry().isOK {
                ui.message = StatusMessage(t("Log kembali tersimpan; tidak ada yang hilang.", "The log is written again; nothing was lost."), kind: .info, t: n)
            }
        }
    }

    private func clampSelection() {
        ui.queueSelection = max(0, min(ui.queueSelection, max(0, state.queue.count - 1)))
        if let r = ui.rundownSelection { ui.rundownSelection = state.items.isEmpty ? nil : min(r, state.items.count - 1) }
    }

    // MARK: Keys

    /// Handles one key or event from the terminal.
    public func handle(_ input: InputEvent) {
        if input == .resize { return }
        switch ui.overlay {
        case .help?, .quit?:
            if ui.handleHelpOrQuit(input) { wantsQuit = true }
            return
        case .confirm(let c)?:
            ui.overlay = nil
            if input == .char("y") || input == .char("Y") { send(c.command) }
            return
        case .form(var f)?:
            let outcome = f.handle(input)
            switch outcome {
            case .cancel:
                ui.overlay = nil
                drafts?.clear()
            case .submit:
                submit(f)
            case .edited:
                f.error = nil
                ui.overlay = .form(f)
                saveDraft(f)
            case .moved, .ignored:
                ui.overlay = .form(f)
            }
            return
        case .eventList?, .speakingTime?:
            ui.overlay = nil
            return
        case nil:
            break
        }
        let context: KeyContext = ui.screen == .minutes ? .minutes : .live
        guard let action = Keymap.action(for: input, in: context) else { return }
        perform(action)
    }

    // swiftlint:disable:next cyclomatic_complexity
    func perform(_ action: Action) {
        let s = state
        let selectedSpeaker = s.queue.indices.contains(ui.queueSelection) ? s.queue[ui.queueSelection] : nil
        switch action {
        case .nextSpeaker: send(.floor(.startNextSpeaker()))
        case .togglePause: send(.floor(.togglePause))
        case .plusMinute: send(.floor(.extendSpeaker(byS: 60)))
        case .minusMinute: send(.floor(.extendSpeaker(byS: -60)))
        case .endTurn: send(.floor(.endTurn))
        case .addSpeaker: open(FormFactory.speaker(interruption: false, s))
        case .addInterruption: open(FormFactory.speaker(interruption: true, s))
        case .selectUp:
            if ui.screen == .minutes { ui.entrySelection += 1 } else { ui.queueSelection = max(0, ui.queueSelection - 1) }
        case .selectDown:
            if ui.screen == .minutes { ui.entrySelection = max(0, ui.entrySelection - 1) } else { ui.queueSelection += 1; clampSelection() }
        case .moveUp:
            if let id = selectedSpeaker, ui.queueSelection > 0, send(.floor(.moveSpeaker(id: id, index: ui.queueSelection - 1))) == nil { ui.queueSelection -= 1 }
        case .moveDown:
            if let id = selectedSpeaker, ui.queueSelection < s.queue.count - 1, send(.floor(.moveSpeaker(id: id, index: ui.queueSelection + 1))) == nil { ui.queueSelection += 1 }
        case .startSelected:
            if let id = selectedSpeaker { send(.floor(.startNextSpeaker(id: id))) } else { send(.floor(.startNextSpeaker())) }
        case .editSelected:
            if let id = selectedSpeaker, let sp = s.speakers[id: id] { open(FormFactory.editSpeaker(sp)) }
            else if case .speaker(let id)? = s.floor, let sp = s.speakers[id: id] { open(FormFactory.editSpeaker(sp)) }
        case .removeSelected:
            if let id = selectedSpeaker, let sp = s.speakers[id: id] {
                confirm(t("Keluarkan \(sp.name) dari antrean?", "Remove \(sp.name) from the queue?"), .floor(.removeSpeaker(id: id)))
            }
        case .toggleRound:
            if let r = s.openRound {
                send(.qa(.closeRound))
                if s.openRound != nil, state.openRound == nil {
                    ui.message = StatusMessage(t("Termin \(r.number) ditutup.", "Termin \(r.number) closed."), kind: .info, t: now)
                }
            } else {
                open(FormFactory.openRound())
            }
        case .addQuestion:
            if s.openRound == nil {
                ui.message = StatusMessage(RakorError.noOpenRound.message(lang) + t(" Tekan t.", " Press t."), kind: .error, t: now)
            } else { open(FormFactory.question(s)) }
        case .nextQuestion: send(.qa(.startQuestion()))
        case .skipQuestion:
            // `l` skips the next waiting asker (absent), never the one speaking: that is `L`.
            if let r = s.openRound, let q = s.questions(inRound: r.id).first(where: { $0.status == .queued }) {
                send(.qa(.endQuestion(id: q.id, outcome: .skipped)))
            } else {
                ui.message = StatusMessage(RakorError.noQuestionWaiting.message(lang), kind: .error, t: now)
            }
        case .speakingTime:
            ui.overlay = .speakingTime
        case .applyAdvice:
            if let advice = s.onTimeAdvice(now: now) {
                let lines = RundownPanel.adviceChanges(advice, s, ctxLang: lang)
                confirm(t("Terapkan perubahan ini? ", "Apply these changes? ") + lines.joined(separator: "; "),
                        .rundown(.shorten(advice.changes)))
            } else {
                ui.message = StatusMessage(t("Susunan acara tidak terlambat: tidak ada saran.", "The rundown is not behind: no advice."),
                                           kind: .info, t: now)
            }
        case .cutAsker:
            if case .question(let q)? = s.floor, let asker = s.questions[id: q]?.asker {
                confirm(t("Hentikan \(asker) yang sedang berbicara?", "Cut off \(asker), who is speaking?"),
                        .qa(.endQuestion(id: q, outcome: .skipped)))
            } else {
                ui.message = StatusMessage(t("Tidak ada penanya yang berbicara.", "No asker is speaking."), kind: .error, t: now)
            }
        case .answer:
            if FormFactory.narasumber(s).isEmpty {
                ui.message = StatusMessage(t("Belum ada narasumber di antrean.", "No resource speaker has been queued."), kind: .error, t: now)
            } else { open(FormFactory.answer(s)) }
        case .nextItem:
            // A break stops every clock: ask whether the speaker on the floor goes on after it.
            if let next = s.items.first(where: { !$0.hasStarted }), next.kind == .break,
               case .speaker(let id)? = s.floor, let sp = s.speakers[id: id] {
                confirm(t("\(next.title): tahan giliran \(sp.name) dan lanjutkan sesudahnya? (tidak: tekan e dulu untuk mengakhiri)",
                          "\(next.title): hold \(sp.name)'s turn and go on after it? (no: press e first to end it)"),
                        .rundown(.startItem(holdFloor: true)))
            } else {
                send(.rundown(.startItem()))
            }
        case .endItem: send(.rundown(.endItem))
        case .suspendResume:
            if s.isSuspended { send(.session(.resume)) } else if s.isClosed { send(.session(.suspend(reason: .skors))) } else { open(FormFactory.suspend()) }
        case .marker:
            open(FormFactory.single(.marker, title: ("Penanda", "Marker"), label: ("Label", "Label")))
        case .attendance: open(FormFactory.attendance(s))
        case .closeSession:
            confirm(t("Tutup rapat sekarang? Giliran dan acara yang berjalan diakhiri.", "Close the meeting now? The running turn and item end."), .session(.close))
        case .reopenSession:
            if s.isClosed {
                confirm(t("Buka kembali rapat yang sudah ditutup?", "Reopen the closed meeting?"), .session(.reopen))
            } else {
                ui.message = StatusMessage(RakorError.sessionNotClosed.message(lang), kind: .error, t: now)
            }
        case .itemUp, .itemDown:
            guard !s.items.isEmpty else { break }
            let current = ui.rundownSelection ?? s.items.firstIndex { $0.isRunning } ?? s.items.firstIndex { !$0.hasStarted } ?? 0
            ui.rundownSelection = max(0, min(s.items.count - 1, current + (action == .itemUp ? -1 : 1)))
        case .addItem:
            let after = ui.rundownSelection ?? s.items.firstIndex { $0.isRunning }
            open(FormFactory.item(nil, index: after.map { $0 + 1 }))
        case .editItem:
            if let item = selectedItem() { open(FormFactory.item(item, index: nil)) }
            else { ui.message = StatusMessage(t("Pilih acara dengan [ atau ].", "Select an item with [ or ]."), kind: .info, t: now) }
        case .moveItemUp, .moveItemDown:
            if let i = ui.rundownSelection, let item = selectedItem() {
                let to = action == .moveItemUp ? i - 1 : i + 1
                if to >= 0, to < s.items.count, send(.rundown(.moveItem(id: item.id, index: to))) == nil { ui.rundownSelection = to }
            } else { ui.message = StatusMessage(t("Pilih acara dengan [ atau ].", "Select an item with [ or ]."), kind: .info, t: now) }
        case .removeItem:
            if let item = selectedItem() {
                confirm(t("Hapus acara \"\(item.title)\" dari susunan acara?", "Remove \"\(item.title)\" from the rundown?"), .rundown(.removeItem(id: item.id)))
            } else { ui.message = StatusMessage(t("Pilih acara dengan [ atau ].", "Select an item with [ or ]."), kind: .info, t: now) }
        case .quickNote: open(FormFactory.note(s, quick: true))
        case .minutesView: ui.screen = .minutes
        case .dashboardView: ui.screen = .dashboard
        case .newEntry: open(FormFactory.note(s))
        case .editEntry:
            if let e = selectedEntry() { open(FormFactory.note(s, editing: e)) }
        case .deleteEntry:
            if let e = selectedEntry() {
                let preview = e.text.count > 40 ? String(e.text.prefix(40)) + "…" : e.text
                confirm(t("Hapus entri \"\(preview)\"?", "Delete the entry \"\(preview)\"?"), .minutes(.deleteNote(id: e.id)))
            }
        case .search:
            open(FormFactory.single(.search, title: ("Cari notulen", "Search the minutes"), label: ("Cari", "Find"), text: ui.search ?? ""))
        case .help:
            ui.helpScroll = 0
            ui.overlay = .help
        case .quit:
            if s.isClosed { wantsQuit = true } else { ui.overlay = .quit }
        case .relocateLog:
            open(FormFactory.single(.relocateLog, title: ("Tulis log ke lokasi lain", "Write the log elsewhere"),
                                    label: ("Berkas baru", "New file"), text: store.path + ".moved.jsonl"))
        case .playPause, .stepForward, .stepBack, .nextChapter, .previousChapter, .seekBack, .seekForward,
             .faster, .slower, .jumpPercent, .goTo, .eventList:
            break
        }
    }

    /// The rundown item selected with `[` and `]`.
    func selectedItem() -> AgendaItem? {
        guard let i = ui.rundownSelection, state.items.indices.contains(i) else { return nil }
        return state.items[i]
    }

    /// The entry selected in the minutes view.
    func selectedEntry() -> MinutesEntry? {
        let list = MinutesView.entries(state, search: ui.search)
        guard !list.isEmpty else { return nil }
        return list[list.count - 1 - min(ui.entrySelection, list.count - 1)]
    }

    private func open(_ form: Form) {
        ui.overlay = .form(form)
    }

    private func confirm(_ question: String, _ command: Command) {
        ui.overlay = .confirm(Confirmation(question: question, command: command))
    }

    // MARK: Forms

    /// Turns a submitted form into a command; a refusal keeps the form open with the reason.
    func submit(_ f: Form) {
        var form = f
        func fail(_ message: String) {
            form.error = message
            ui.overlay = .form(form)
        }
        func minutes(_ key: String, required: Bool) -> Int?? {
            let text = form.value(key)
            if text.trimmingWhitespace.isEmpty { return required ? .none : .some(nil) }
            guard let s = FormFactory.seconds(fromMinutes: text) else { return .none }
            return .some(s)
        }
        let command: Command
        switch form.purpose {
        case .addSpeaker(let interruption):
            guard case .some(let secs?) = minutes("minutes", required: true) else { return fail(t("Menit harus berupa angka.", "Minutes must be a number.")) }
            command = .floor(.queueSpeaker(name: form.value("name"), role: form.value("role"), org: form.value("org"),
                                    remote: form.value("remote") == "true", allottedS: secs, interruption: interruption))
        case .editSpeaker(let id):
            guard case .some(let secs?) = minutes("minutes", required: true) else { return fail(t("Menit harus berupa angka.", "Minutes must be a number.")) }
            command = .floor(.updateSpeaker(id: id, name: form.value("name"), role: form.value("role"), org: form.value("org"),
                                     remote: form.value("remote") == "true", allottedS: secs))
        case .openRound:
            let text = form.value("max").trimmingWhitespace
            guard text.isEmpty || Int(text) != nil else { return fail(t("Isi angka.", "Enter a number.")) }
            command = .qa(.openRound(maxQuestions: Int(text)))
        case .addQuestion:
            guard case .some(let secs) = minutes("minutes", required: false) else { return fail(t("Menit harus berupa angka.", "Minutes must be a number.")) }
            let to = form.value("to")
            command = .qa(.queueQuestion(asker: form.value("asker"), org: form.value("org"), to: to.isEmpty ? nil : to,
                                     text: form.value("text"), allottedS: secs, remote: form.value("remote") == "true"))
        case .answer:
            guard case .some(let secs) = minutes("minutes", required: false) else { return fail(t("Menit harus berupa angka.", "Minutes must be a number.")) }
            let ticked = form.fields.filter { $0.key.hasPrefix("q:") }
            let questions = ticked.filter { form.value($0.key) == "true" }.map { String($0.key.dropFirst(2)) }
            command = .qa(.startAnswer(by: form.value("by"), allottedS: secs, questions: ticked.isEmpty ? nil : questions))
        case .note(let editing):
            let kind = NoteKind(rawValue: form.value("kind")) ?? .note
            let owner = form.value("owner"), due = form.value("due").trimmingWhitespace
            if let id = editing, let old = state.entries[id: id] {
                // Only what changed goes into note.edited.
                let text = form.value("text")
                command = .minutes(.editNote(id: id, text: text.trimmingWhitespace == old.text ? nil : text,
                                    kind: kind == old.kind ? nil : kind,
                                    owner: owner.trimmingWhitespace == (old.owner ?? "") ? nil : owner,
                                    due: due == (old.due ?? "") ? nil : due))
            } else if let id = editing {
                command = .minutes(.editNote(id: id, text: form.value("text"), kind: kind, owner: owner, due: due))
            } else {
                let item = form.value("item"), speaker = form.value("speaker")
                command = .minutes(.addNote(kind: kind, text: form.value("text"), owner: owner, due: due.isEmpty ? nil : due,
                                   item: item, speaker: speaker))
            }
        case .suspend:
            guard case .some(let secs) = minutes("minutes", required: false) else { return fail(t("Menit harus berupa angka.", "Minutes must be a number.")) }
            command = .session(.suspend(reason: SuspensionReason(rawValue: form.value("reason")) ?? .skors, note: form.value("note"), resumeAfterS: secs))
        case .marker:
            command = .session(.addMarker(label: form.value("value")))
        case .attendance:
            let on = form.value("onsite").trimmingWhitespace, ol = form.value("online").trimmingWhitespace
            guard on.isEmpty || Int(on) != nil, ol.isEmpty || Int(ol) != nil else { return fail(t("Jumlah harus bilangan bulat.", "Counts must be whole numbers.")) }
            let note = form.value("note")
            command = .session(.updateAttendance(onsite: Int(on), online: Int(ol), note: note.isEmpty ? nil : note))
        case .search:
            let q = form.value("value").trimmingWhitespace
            ui.search = q.isEmpty ? nil : q
            ui.entrySelection = 0
            ui.overlay = nil
            drafts?.clear()
            return
        case .relocateLog:
            let path = form.value("value").trimmingWhitespace
            guard !path.isEmpty else { return fail(t("Isi nama berkas.", "Enter a file name.")) }
            do {
                try store.relocate(to: path, header: state.header, events: events)
                ui.overlay = nil
                ui.message = StatusMessage(t("Log kini ditulis ke \(path); semua peristiwa tersimpan.", "The log is now written to \(path); every event is saved."), kind: .info, t: now)
            } catch {
                fail("\(error)")
            }
            return
        case .replayGoTo:
            return
        case .addItem(let index):
            guard case .some(let secs?) = minutes("minutes", required: true) else { return fail(t("Menit harus berupa angka.", "Minutes must be a number.")) }
            let start = form.value("start").trimmingWhitespace
            command = .rundown(.addItem(title: form.value("title"), kind: ItemKind(rawValue: form.value("kind")) ?? .other,
                               plannedS: secs, index: index, plannedStart: start.isEmpty ? nil : start))
        case .editItem(let id):
            guard case .some(let secs?) = minutes("minutes", required: true) else { return fail(t("Menit harus berupa angka.", "Minutes must be a number.")) }
            guard let old = state.items[id: id] else { return fail(RakorError.unknownItem(id).message(lang)) }
            let title = form.value("title"), kind = ItemKind(rawValue: form.value("kind")) ?? old.kind
            let start = form.value("start").trimmingWhitespace
            command = .rundown(.updateItem(id: id, title: title.trimmingWhitespace == old.title ? nil : title,
                                  kind: kind == old.kind ? nil : kind, plannedS: secs == old.plannedS ? nil : secs,
                                  plannedStart: start == (old.plannedStart ?? "") ? nil : start))
        }
        if let e = send(command) {
            fail(e.message(lang))
        } else {
            ui.overlay = nil
            drafts?.clear()
        }
    }

    // MARK: Drafts

    func saveDraft(_ f: Form) {
        guard let drafts else { return }
        drafts.save(Draft.encode(f, screen: ui.screen))
    }

    private func restoreDraft() {
        guard let drafts, let json = drafts.load(), let form = Draft.decode(json, state: state) else { return }
        ui.screen = Draft.screen(json)
        ui.overlay = .form(form)
        ui.message = StatusMessage(t("Draf yang belum disimpan dipulihkan.", "An unsaved draft was restored."), kind: .warning, t: now)
    }
}
