import RakorCore

/// One terminal's front end on a shared live log: a controller per role, driven by `PeerRunner`.
///
/// The peer core (the log, following it, deciding under its lock) is the same for all; a role
/// decides which keys exist and what is drawn.
public protocol PeerController: AnyObject {
    var role: PeerRole { get }
    /// Set when the user confirmed quitting.
    var wantsQuit: Bool { get }
    /// The other terminals attached, for the header.
    var peers: [PeerPresence] { get set }
    /// Handles one key.
    func handle(_ input: InputEvent)
    /// Called when no key came: retries, timers.
    func tick()
    /// Folds what other terminals wrote; true when anything came.
    func follow() -> Bool
    /// One frame.
    func render(size: Size) -> Canvas
    /// Milliseconds until the frame may change with no input (the next shown second, a flash).
    func nextFrameInMs() -> Int
    /// Writes what is typed in an open form to its draft now (a pause in typing, quitting, a signal).
    func flushDraft()
    /// Writes the draft when the ~300 ms since its last save have passed.
    func tickDraft()
    /// Milliseconds until a draft typed since its last save is due, if one is.
    var draftDueInMs: Int? { get }
}

extension PeerController {
    public func flushDraft() {}
    public func tickDraft() {}
    public var draftDueInMs: Int? { nil }
}

/// The moderator's dashboard, or the notulis's minutes view, on a shared log: both write.
public final class WritingPeer: PeerController {
    public let controller: LiveController
    public let role: PeerRole
    public var peers: [PeerPresence] = []

    /// `controller` writes through a shared store; its role sets its keys and view.
    public init(controller: LiveController, role: PeerRole) {
        self.controller = controller
        self.role = role
        controller.ui.role = role
        if role == .notulis { controller.ui.screen = .minutes }
    }

    public var wantsQuit: Bool { controller.wantsQuit }
    public func handle(_ input: InputEvent) { controller.handle(input) }
    public func tick() { controller.tick() }
    public func follow() -> Bool { controller.followShared() }
    public func flushDraft() { controller.flushDraft() }
    public func tickDraft() { controller.tickDraft() }
    public var draftDueInMs: Int? { controller.draftDueInMs }

    public func render(size: Size) -> Canvas {
        var ctx = controller.viewContext()
        ctx.peers = peers
        return role == .notulis ? NotulisView.render(ctx, size: size) : Dashboard.render(ctx, size: size)
    }

    public func nextFrameInMs() -> Int { 1000 - (controller.now % 1000 + 1000) % 1000 }
}

/// The layar (stage view) and the peserta dashboard: they read the log and never write.
public final class WatchingPeer: PeerController {
    public let role: PeerRole
    public private(set) var state: SessionState
    public var ui = UIState()
    public var peers: [PeerPresence] = []
    public private(set) var wantsQuit = false
    let log: PeerLog
    let lang: Language
    let clock: () -> Int
    /// The timer phase last drawn, and when it last changed (for the 3 s flash).
    private var lastPhase: TimerPhase?
    private var lastHolder: FloorHolder?
    private var flashSince: Int?
    /// How long the stage view flashes after a phase change.
    public static let flashMs = 3_000

    public init(role: PeerRole, state: SessionState, log: PeerLog, lang: Language, clock: @escaping () -> Int) {
        self.role = role
        self.state = state
        self.log = log
        self.lang = lang
        self.clock = clock
        ui.role = role
        lastPhase = StageView.phase(context())
        lastHolder = state.floor
    }

    public var now: Int { clock() - state.header.startedAtMs }

    func context() -> ViewContext {
        var ctx = ViewContext(state: state, ui: ui, now: now, lang: lang, logHealth: log.health)
        ctx.peers = peers
        return ctx
    }

    public func handle(_ input: InputEvent) {
        if input == .resize { return }
        if ui.overlay != nil {
            _ = ui.handleHelpOrQuit(input)
            return
        }
        switch Keymap.action(for: input, in: .watch) {
        case .help?: ui.helpScroll = 0; ui.overlay = .help
        // Nothing here writes, so nothing is lost by quitting at once.
        case .quit?: wantsQuit = true
        case .selectUp?: ui.queueSelection = max(0, ui.queueSelection - 1)
        case .selectDown?: ui.queueSelection = min(max(0, QueueRows.of(state, unfolded: ui.queueUnfolded).selectable.count - 1), ui.queueSelection + 1)
        default: break
        }
    }

    public func tick() {}

    public func follow() -> Bool {
        var s = state
        let new = log.follow(&s)
        guard !new.isEmpty else { return false }
        state = s
        return true
    }

    /// True while the stage view flashes: 3 s after the timer's phase changed, and all through overtime (every other half second).
    public func flashing() -> Bool {
        let ctx = context()
        let phase = StageView.phase(ctx)
        if phase != lastPhase || state.floor != lastHolder {
            flashSince = ctx.now
            lastPhase = phase
            lastHolder = state.floor
        }
        let recent = flashSince.map { ctx.now - $0 < WatchingPeer.flashMs } ?? false
        let over = phase == .overtime && !(state.floorClock?.paused ?? false) && !state.isSuspended
        guard recent || over else { return false }
        return (ctx.now / 500) % 2 == 0
    }

    public func render(size: Size) -> Canvas {
        let ctx = context()
        if role == .layar {
            var c = StageView.render(ctx, size: size, flash: flashing())
            if ui.overlay != nil { Overlays.draw(into: &c, c.bounds, ctx) }
            return c
        }
        return Dashboard.render(ctx, size: size)
    }

    public func nextFrameInMs() -> Int {
        let n = now
        // The stage view flashes on half seconds (after a change, in overtime); the rest changes on whole seconds.
        let recent = flashSince.map { n - $0 < WatchingPeer.flashMs } ?? false
        let step = role == .layar && (recent || StageView.phase(context()) == .overtime) ? 500 : 1000
        return step - (n % step + step) % step
    }
}
