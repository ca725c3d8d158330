import RakorCore

/// The live session's front end: keys become commands, commands become logged events, events become state.
///
/// Every event is appended to the store before the state changes (so before it is shown). A
/// failed append does not stop the meeting: the store keeps the events and the banner stays up.
public final class LiveController {
    public internal(set) var state: SessionState
    public internal(set) var events: [Event]
    public var ui = UIState()
    public let lang: Language
    public let store: EventStore
    let drafts: DraftSaver?
    let clock: () -> Int
    let by: String
    /// Set when the user confirmed quitting.
    public private(set) var wantsQuit = false
    private var lastRetryT: Int?
    /// Starts and stops `rakor share` for this session (nil: the key says sharing is not available).
    public var share: ShareLauncher?
    private var draftFailing = false

    /// - Parameters:
    ///   - clock: the current time in ms since 1970 (injected so tests control it).
    public init(state: SessionState, events: [Event], store: EventStore, drafts: DraftStore?, lang: Language,
                by: String = "moderator", clock: @escaping () -> Int) {
        self.state = state
        self.events = events
        self.store = store
        self.drafts = drafts.map { DraftSaver(store: $0) }
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
        if let shared = store as? SharedEventStore { return sendShared(command, by: who, to: shared) }
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
        refreshShareOverlay()
        let wasOK = store.health.isOK
        guard case .failing = store.checkOnDisk() else { return }
        let n = now
        // A log found gone on this very tick is written again at once; a failing one is retried every 5 s.
        if wasOK || lastRetryT.map({ n - $0 >= 5_000 }) ?? true {
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

    func clampSelection() {
        ui.queueSelection = max(0, min(ui.queueSelection, max(0, queueRows.selectable.count - 1)))
        if let r = ui.rundownSelection { ui.rundownSelection = state.items.isEmpty ? nil : min(r, state.items.count - 1) }
    }

    // MARK: Keys

    /// Handles one key or event from the terminal.
    public func handle(_ input: InputEvent) {
        if input == .resize { return }
        if ui.shareOverlay != nil { return handleShareOverlay(input) }
        switch ui.overlay {
        case .help?, .quit?:
            if ui.handleHelpOrQuit(input) { wantsQuit = true }
            return
        case .confirm(let c)?:
            ui.overlay = nil
            if input == .char("y") || input == .char("Y") {
                for command in c.first where send(command) != nil { return }
                send(c.command)
                warnAboutStartTimes()
            } else if let alt = c.alternative, input == .char(alt.key) {
                for command in alt.commands where send(command) != nil { return }
                warnAboutStartTimes()
            } else if let answer = c.opensForm, input == .char(answer.key) {
                open(answer.form)
            }
            return
        case .form(var f)?:
            // Take the form out so it is the only copy: typing into it then copies no text.
            ui.overlay = nil
            let outcome = f.handle(input)
            switch outcome {
            case .cancel:
                ui.overlay = nil
                drafts?.clear()
                if f.isDirty {
                    let what: String
                    if case .note = f.purpose { what = t("Catatan dibuang.", "The note was discarded.") }
                    else { what = t("Isian dibuang.", "What was typed was discarded.") }
                    ui.message = StatusMessage(what, kind: .info, t: now)
                }
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
        case .attendance(let a)?:
            handleAttendance(a, input)
            return
        case nil:
            break
        }
        guard let action = Keymap.action(for: input, in: ui.keyContext) else { return }
        perform(action)
    }

    // swiftlint:disable:next cyclomatic_complexity
    func perform(_ action: Action) {
        let s = state
        let selectedSpeaker = queueRows.selected(ui.queueSelection)
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
        case .moveUp: moveSelectedSpeaker(by: -1)
        case .moveDown: moveSelectedSpeaker(by: 1)
        case .toggleQueueFold: toggleQueueFold()
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
        case .attendanceList: ui.overlay = .attendance(AttendanceScreen())
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
                if to >= 0, to < s.items.count, send(.rundown(.moveItem(id: item.id, index: to))) == nil {
                    ui.rundownSelection = to
                    warnAboutStartTimes()
                }
            } else { ui.message = StatusMessage(t("Pilih acara dengan [ atau ].", "Select an item with [ or ]."), kind: .info, t: now) }
        case .removeItem:
            if let item = selectedItem() {
                let booked = s.speakers.filter { $0.item == item.id && $0.status == .queued }
                if booked.isEmpty {
                    confirm(t("Hapus acara \"\(item.title)\" dari susunan acara?", "Remove \"\(item.title)\" from the rundown?"), .rundown(.removeItem(id: item.id)))
                } else {
                    // Booked speakers must not stay behind in the queue without a word.
                    let names = booked.map(\.name).joined(separator: ", ")
                    var c = Confirmation(
                        question: t("Hapus acara \"\(item.title)\"? \(booked.count) pembicara terjadwal di acara ini: \(names).",
                                    "Remove \"\(item.title)\"? \(booked.count) speakers are booked under it: \(names)."),
                        command: .rundown(.removeItem(id: item.id)),
                        first: booked.map { .floor(.removeSpeaker(id: $0.id)) },
                        alternative: .init(key: "k", commands: [.rundown(.removeItem(id: item.id))]),
                        choices: t("y = hapus acara dan pembicaranya · k = hapus acara, pembicara tetap di antrean · tombol lain = batal",
                                   "y = remove the item and its speakers · k = remove the item, keep the speakers queued · any other key = no"))
                    if let move = FormFactory.moveSpeakers(from: item, s) {
                        // Or move them: p opens a choice of the items still to come.
                        c.opensForm = .init(key: "p", form: move)
                        c.choices = t("y = hapus acara dan pembicaranya · p = pindahkan pembicara ke acara lain · k = hapus acara, pembicara tetap di antrean · tombol lain = batal",
                                      "y = remove the item and its speakers · p = move the speakers to another item · k = remove the item, keep the speakers queued · any other key = no")
                    }
                    ui.overlay = .confirm(c)
                }
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
        case .stageMessage: open(FormFactory.stage(s.header.language))
        case .stageClear:
            if send(.stage(.clear)) == nil { ui.message = StatusMessage(PeerText.stageCleared(lang), kind: .info, t: now) }
        case .shareSession: shareKey()
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
        // A duration far beyond the usual asks once; Enter again with the same value means yes.
        func implausible(_ secs: Int, _ what: String, _ isOdd: Bool) -> Bool {
            let value = form.value("minutes")
            guard isOdd, form.confirmedValue != value else { return false }
            form.confirmedValue = value
            fail(t("\(FormFactory.minutesText(secs)) menit untuk \(what), yakin? Enter lagi = ya · ubah angkanya = batal",
                   "\(FormFactory.minutesText(secs)) minutes for \(what), sure? Enter again = yes · change the number = no"))
            return true
        }
        let runningPlanned = state.runningItem.flatMap { state.items[id: $0]?.plannedS }
        let command: Command
        switch form.purpose {
        case .addSpeaker(let interruption):
            guard case .some(let secs?) = minutes("minutes", required: true) else { return fail(t("Menit harus berupa angka.", "Minutes must be a number.")) }
            if implausible(secs, t("satu giliran", "one turn"), isImplausibleTurn(seconds: secs, itemPlannedS: runningPlanned)) { return }
            let item = form.value("item")
            command = .floor(.queueSpeaker(name: form.value("name"), role: form.value("role"), org: form.value("org"),
                                    remote: form.value("remote") == "true", allottedS: secs,
                                    item: item.isEmpty ? nil : item, interruption: interruption))
        case .editSpeaker(let id):
            guard case .some(let secs?) = minutes("minutes", required: true) else { return fail(t("Menit harus berupa angka.", "Minutes must be a number.")) }
            if implausible(secs, t("satu giliran", "one turn"), isImplausibleTurn(seconds: secs, itemPlannedS: runningPlanned)) { return }
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
        case .addAttendee:
            command = AttendanceScreen.command(form)
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
        case .moveSpeakers(let id):
            command = .rundown(.removeItemMovingSpeakers(id: id, to: form.value("to")))
        case .stageMessage:
            guard let c = FormFactory.stageCommand(form, lang) else { return fail(RakorError.emptyText(field: "text").message(lang)) }
            command = c
        case .addItem(let index):
            guard case .some(let secs?) = minutes("minutes", required: true) else { return fail(t("Menit harus berupa angka.", "Minutes must be a number.")) }
            let kind = ItemKind(rawValue: form.value("kind")) ?? .other
            if implausible(secs, kind.label(lang), kind.isImplausible(seconds: secs)) { return }
            let start = form.value("start").trimmingWhitespace
            command = .rundown(.addItem(title: form.value("title"), kind: ItemKind(rawValue: form.value("kind")) ?? .other,
                               plannedS: secs, index: index, plannedStart: start.isEmpty ? nil : start))
        case .editItem(let id):
            guard case .some(let secs?) = minutes("minutes", required: true) else { return fail(t("Menit harus berupa angka.", "Minutes must be a number.")) }
            guard let old = state.items[id: id] else { return fail(RakorError.unknownItem(id).message(lang)) }
            let title = form.value("title"), kind = ItemKind(rawValue: form.value("kind")) ?? old.kind
            if secs != old.plannedS, implausible(secs, kind.label(lang), kind.isImplausible(seconds: secs)) { return }
            let start = form.value("start").trimmingWhitespace
            command = .rundown(.updateItem(id: id, title: title.trimmingWhitespace == old.title ? nil : title,
                                  kind: kind == old.kind ? nil : kind, plannedS: secs == old.plannedS ? nil : secs,
                                  plannedStart: start == (old.plannedStart ?? "") ? nil : start))
        }
        let known = KnownIDs(state)
        if let e = send(command) {
            fail(e.message(lang))
        } else {
            ui.overlay = nil
            drafts?.clear()
            selectNew(since: known)
            switch form.purpose {
            case .addItem, .editItem: warnAboutStartTimes()
            default: break
            }
        }
    }

    /// Says so when fixed start times now run backwards (19.20 listed above 19.10).
    func warnAboutStartTimes() {
        guard let inv = firstStartTimeInversion(state.items) else { return }
        func clock(_ s: String?) -> String {
            guard let c = s.flatMap(ClockTime.parse) else { return s ?? "" }
            func p2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
            return p2(c.hour) + (lang == .id ? "." : ":") + p2(c.minute)
        }
        ui.message = StatusMessage(t("Perhatian: jam mulai tidak urut: \"\(inv.earlier.title)\" \(clock(inv.earlier.plannedStart)) di atas \"\(inv.later.title)\" \(clock(inv.later.plannedStart)).",
                                     "Note: start times out of order: \"\(inv.earlier.title)\" \(clock(inv.earlier.plannedStart)) above \"\(inv.later.title)\" \(clock(inv.later.plannedStart))."),
                                   kind: .warning, t: now)
    }

    /// The ids that existed before a command, so what it added can be found.
    struct KnownIDs {
        var speakers: Set<String>, items: Set<String>, entries: Set<String>
        init(_ s: SessionState) {
            speakers = Set(s.speakers.map(\.id)); items = Set(s.items.map(\.id)); entries = Set(s.entries.map(\.id))
        }
    }

    /// Selects what was just added (speaker, item, entry), so the next x, D or E acts on it.
    func selectNew(since known: KnownIDs) {
        if let sp = state.speakers.last(where: { !known.speakers.contains($0.id) }),
           let i = queueRows.selectable.firstIndex(of: sp.id) {
            ui.queueSelection = i
        }
        if let item = state.items.first(where: { !known.items.contains($0.id) }),
           let i = state.items.position(of: item.id) {
            ui.rundownSelection = i
        }
        if let entry = state.entries.last(where: { !known.entries.contains($0.id) }) {
            let list = MinutesView.entries(state, search: ui.search)
            if let i = list.firstIndex(where: { $0.id == entry.id }) { ui.entrySelection = list.count - 1 - i }
        }
    }

    // MARK: Drafts

    func saveDraft(_ f: Form) {
        guard let drafts else { return }
        // Read the open form when the draft is written; holding `f` here would make every key
        // copy the whole text (copy on write), which made a long paste crawl.
        drafts.changed(nowMs: clock()) { [weak self] in
            guard let self, case .form(let form)? = self.ui.overlay else { return nil }
            return Draft.encode(form, screen: self.ui.screen)
        }
        reportDraftSave(drafts.store)
    }

    /// A draft that did not reach the disk is said in the status line, as a failing log is.
    private func reportDraftSave(_ drafts: DraftStore) {
        if let why = drafts.lastSaveFailure {
            ui.message = StatusMessage(t("Draf TIDAK tersimpan (\(why)); yang diketik masih di layar.",
                                         "Draft NOT saved (\(why)); what you typed is still on screen."), kind: .error, t: now)
            draftFailing = true
        } else if draftFailing {
            draftFailing = false
            if ui.message?.kind == .error { ui.message = nil }
        }
    }

    /// Writes a draft that is waiting (typing paused, a signal came, the program ends).
    public func flushDraft() {
        guard let drafts, drafts.hasPending else { return }
        drafts.flush(nowMs: clock())
        reportDraftSave(drafts.store)
    }

    /// Writes a waiting draft whose interval is up.
    public func tickDraft() {
        guard let drafts, drafts.hasPending else { return }
        drafts.tick(nowMs: clock())
        reportDraftSave(drafts.store)
    }

    /// Milliseconds until a waiting draft is due, for the run loop's wait; nil when none waits.
    public var draftDueInMs: Int? { drafts?.dueInMs(nowMs: clock()) }

    /// How many times the draft was written.
    public var draftWrites: Int { drafts?.writes ?? 0 }

    private func restoreDraft() {
        guard let drafts, let json = drafts.load(), let form = Draft.decode(json, state: state) else { return }
        ui.screen = Draft.screen(json)
        ui.overlay = .form(form)
        ui.message = StatusMessage(t("Draf yang belum disimpan dipulihkan.", "An unsaved draft was restored."), kind: .warning, t: now)
    }
}
