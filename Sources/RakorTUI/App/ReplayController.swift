import RakorCore

/// Replay of a recorded session: a cursor over the events, a clock that runs at a chosen speed,
/// long silences capped. It only reads: nothing here writes to the log.
public final class ReplayController {
    public internal(set) var timeline: ReplayTimeline
    public let lang: Language
    public var ui = UIState()
    /// Events applied.
    public private(set) var position: Int
    /// Session time shown.
    public private(set) var shownT: Int
    public internal(set) var playing: Bool
    public private(set) var speedIndex: Int
    let idleCapMs: Int?
    public private(set) var wantsQuit = false
    private var cachedState: SessionState
    private var cachedPosition: Int
    var marks: (chapters: [Double], damage: [Double])

    public init(timeline: ReplayTimeline, lang: Language, idleCapS: Int? = 5, speed: Int = 1,
                startPosition: Int = 0, playing: Bool = true) {
        self.timeline = timeline
        self.lang = lang
        self.idleCapMs = idleCapS.map { $0 * 1000 }
        self.speedIndex = ReplayPacing.speeds.firstIndex(of: speed) ?? 0
        self.position = max(0, min(startPosition, timeline.count))
        self.shownT = timeline.time(at: self.position)
        self.playing = playing && self.position < timeline.count
        self.cachedPosition = self.position
        self.cachedState = timeline.state(after: self.position)
        self.marks = timeline.timelineMarks()
    }

    public var speed: Int { ReplayPacing.speeds[speedIndex] }
    public var atEnd: Bool { position >= timeline.count }

    /// The state after the current event.
    public var state: SessionState {
        if cachedPosition != position {
            cachedState = timeline.state(after: position, from: cachedState, at: cachedPosition)
            cachedPosition = position
            if timeline.replayEvents.fileChanged {
                // The replay reads its events back from the log: one rewritten in place no longer holds them.
                // What is shown stops at the last event still readable; the message must fit beside the position.
                ui.message = StatusMessage(t("log berubah di disk: buka ulang", "log changed on disk: reopen it"), kind: .error, t: shownT)
            }
        }
        return cachedState
    }

    /// What the views draw now.
    public func viewContext() -> ViewContext {
        let info = ReplayInfo(position: position, count: timeline.count, playing: playing, speed: speed,
                              durationMs: timeline.durationMs, chapters: marks.chapters, damage: marks.damage, atEnd: atEnd)
        return ViewContext(state: state, ui: ui, now: shownT, lang: lang, logHealth: .ok, replay: info)
    }

    private func t(_ id: String, _ en: String) -> String { lang == .id ? id : en }

    // MARK: The clock

    /// Advances the replay by `wallMs` of real time; returns whether anything shown changed.
    @discardableResult
    public func advance(wallMs: Int) -> Bool {
        guard playing, !atEnd else { return false }
        var budget = wallMs * speed
        let before = (position, shownT / 1000)
        // Events at the time already shown are due now, whatever the budget.
        while !atEnd && timeline.replayEvents.t(position) <= shownT { position += 1 }
        while budget > 0 && !atEnd {
            let nextT = timeline.replayEvents.t(position)
            let gapStart = timeline.time(at: position)
            let capped = idleCapMs.map { $0 > 0 && nextT - gapStart > $0 } ?? false
            let limit = capped ? gapStart + idleCapMs! : nextT
            if capped && shownT >= limit {
                // The rest of a long silence is skipped; the clocks still show the recorded time.
                shownT = nextT
                position += 1
                continue
            }
            let step = min(budget, max(0, limit - shownT))
            shownT += step
            budget -= step
            if shownT >= nextT {
                position += 1
            } else if shownT < limit {
                break
            }
        }
        if atEnd { playing = false }
        return before != (position, shownT / 1000)
    }

    /// Wall milliseconds until something shown may change.
    public func wallMsUntilNextChange() -> Int {
        guard playing, !atEnd else { return 1000 }
        let untilSecond = 1000 - shownT % 1000
        return max(5, min(untilSecond, timeline.replayEvents.t(position) - shownT) / speed)
    }

    // MARK: Moving

    /// Shows the state right after `p` events, its clock at that event's time.
    public func jump(to p: Int) {
        position = max(0, min(p, timeline.count))
        shownT = timeline.time(at: position)
    }

    /// Shows the session at time `t`.
    public func seek(toTime t: Int) {
        let clamped = max(0, min(t, timeline.durationMs))
        position = timeline.position(atTime: clamped)
        shownT = clamped
    }

    // MARK: Keys

    public func handle(_ input: InputEvent) {
        if input == .resize { return }
        switch ui.overlay {
        case .help?, .quit?:
            if ui.handleHelpOrQuit(input) { wantsQuit = true }
            return
        case .speakingTime?:
            ui.overlay = nil
            return
        case .eventList(var list)?:
            switch input {
            case .key(.up): list.selected = max(0, list.selected - 1)
            case .key(.down): list.selected = min(list.rows.count - 1, list.selected + 1)
            case .key(.pageUp): list.selected = max(0, list.selected - 10)
            case .key(.pageDown): list.selected = min(list.rows.count - 1, list.selected + 10)
            case .key(.enter):
                if list.rows.indices.contains(list.selected) { jump(to: list.rows[list.selected].index + 1) }
                playing = false
                ui.overlay = nil
                return
            case .char("r"): list.raw.toggle()
            case .key(.escape), .char("e"), .char("q"):
                ui.overlay = nil
                return
            default: return
            }
            ui.overlay = .eventList(list)
            return
        case .form(var f)?:
            switch f.handle(input) {
            case .cancel: ui.overlay = nil
            case .submit:
                if let error = goTo(f.value("value")) {
                    f.error = error
                    ui.overlay = .form(f)
                } else {
                    ui.overlay = nil
                }
            default: ui.overlay = .form(f)
            }
            return
        case .confirm?, .attendance?:
            ui.overlay = nil
            return
        case nil:
            break
        }
        guard let action = Keymap.action(for: input, in: .replay) else { return }
        switch action {
        case .playPause:
            if atEnd { jump(to: 0) }
            playing.toggle()
        case .stepForward: playing = false; jump(to: position + 1)
        case .stepBack: playing = false; jump(to: position - 1)
        case .nextChapter:
            if let p = timeline.nextChapter(after: position) { jump(to: p) }
            else { ui.message = StatusMessage(t("Tidak ada bab berikutnya.", "No next chapter."), kind: .info, t: shownT) }
        case .previousChapter:
            jump(to: timeline.previousChapter(before: position) ?? 0)
        case .seekBack: seek(toTime: shownT - 10_000)
        case .seekForward: seek(toTime: shownT + 10_000)
        case .faster: speedIndex = min(ReplayPacing.speeds.count - 1, speedIndex + 1)
        case .slower: speedIndex = max(0, speedIndex - 1)
        case .jumpPercent:
            if case .char(let c) = input, let d = c.wholeNumberValue {
                seek(toTime: timeline.durationMs * d / 10)
            }
        case .goTo:
            ui.overlay = .form(FormFactory.single(.replayGoTo, title: ("Pergi ke", "Go to"),
                                                  label: ("Jam atau #peristiwa", "Time or #event")))
        case .eventList:
            ui.overlay = .eventList(eventList())
        case .help:
            ui.helpScroll = 0
            ui.overlay = .help
        case .quit: wantsQuit = true
        default: break
        }
    }

    /// Goes to "10.40" / "10:40" (clock time) or "#120" / "120" (event number); the error, if the text is neither.
    func goTo(_ text: String) -> String? {
        let s = text.trimmingWhitespace
        let zone = ZoneClock(header: timeline.header)
        if let time = ClockTime.parse(s) {
            seek(toTime: zone.t(of: time))
            playing = false
            return nil
        }
        let digits = s.hasPrefix("#") ? String(s.dropFirst()) : s
        if let n = Int(digits), n >= 0 {
            jump(to: timeline.position(afterSeq: n))
            playing = false
            return nil
        }
        return t("Tulis jam (10.40) atau nomor peristiwa (#120).", "Write a time (10.40) or an event number (#120).")
    }

    /// The state after every event, for the names in the event list.
    private lazy var finalState: SessionState = timeline.state(after: timeline.count)

    /// The event list around the current event.
    func eventList() -> EventList {
        let zone = ZoneClock(header: timeline.header)
        let current = max(0, position - 1)
        let lo = max(0, current - 500), hi = min(timeline.count, current + 500)
        // Names come from the whole session: ids are never reused, so the last state knows them all.
        let names = finalState
        var rows: [EventList.Row] = []
        rows.reserveCapacity(hi - lo)
        timeline.replayEvents.forEach(in: lo..<hi) { i, e in
            rows.append(EventList.Row(index: i, text: zone.clock(e.t, lang) + "  " + EventSentence.text(e, names, lang),
                                      rawText: EventText.line(e, zone: zone)))
        }
        let sel = max(0, min(current - lo, rows.count - 1))
        return EventList(rows: rows, selected: sel, current: position > 0 ? current - lo : nil)
    }
}

/// One event as a line of the event list.
public enum EventText {
    public static func line(_ e: Event, zone: ZoneClock) -> String {
        var data = e.kind.data.serialized()
        if data == "{}" { data = "" }
        if data.count > 160 { data = String(data.prefix(160)) + "…" }
        return "#\(e.seq)  \(zone.clockWithSeconds(e.t))  \(e.kind.typeName)  \(data)"
    }
}

/// The replay run loop: advance the clock, draw when a shown second or event changes, take keys.
public final class ReplayRunner {
    let controller: ReplayController
    let backend: TerminalBackend
    let theme: Theme
    let wallClock: () -> Int

    public init(controller: ReplayController, backend: TerminalBackend, theme: Theme, wallClock: @escaping () -> Int) {
        self.controller = controller
        self.backend = backend
        self.theme = theme
        self.wallClock = wallClock
    }

    public func run() -> RunOutcome {
        var last = wallClock()
        var dirty = true
        while true {
            if let sig = TerminalGuard.takePendingSignal() { return .signal(sig) }
            let now = wallClock()
            if controller.advance(wallMs: now - last) { dirty = true }
            last = now
            if dirty {
                backend.draw(Dashboard.render(controller.viewContext(), size: backend.size), theme: theme)
                dirty = false
            }
            if controller.wantsQuit { return .quit }
            if let input = backend.readKey(timeoutMs: controller.wallMsUntilNextChange()) {
                controller.handle(input)
                dirty = true
            }
        }
    }
}
