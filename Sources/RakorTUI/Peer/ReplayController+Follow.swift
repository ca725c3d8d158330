import RakorCore

extension ReplayController {
    /// Adds events written to a live log after the replay began; a replay that had caught up plays on into them.
    public func extend(with new: [Event]) {
        guard !new.isEmpty else { return }
        timeline = timeline.appending(new)
        marks = timeline.timelineMarks()
        if !playing { playing = true }
    }
}

/// `rakor replay --follow`: the replay loop, also woken when the live log grows.
public final class FollowingReplayRunner {
    let controller: ReplayController
    let backend: TerminalBackend
    let theme: Theme
    let log: PeerLog
    let watch: LogWatch
    let wallClock: () -> Int
    private var state: SessionState

    public init(controller: ReplayController, log: PeerLog, state: SessionState, backend: TerminalBackend, theme: Theme,
                wallClock: @escaping () -> Int) {
        self.controller = controller
        self.log = log
        self.state = state
        self.backend = backend
        self.theme = theme
        self.watch = LogWatch(path: log.path)
        self.wallClock = wallClock
    }

    public func run() -> RunOutcome {
        var last = wallClock()
        var dirty = true
        while true {
            if let sig = TerminalGuard.takePendingSignal() { return .signal(sig) }
            let new = log.follow(&state)
            if !new.isEmpty { controller.extend(with: new); dirty = true }
            let now = wallClock()
            if controller.advance(wallMs: now - last) { dirty = true }
            last = now
            if dirty {
                backend.draw(Dashboard.render(controller.viewContext(), size: backend.size), theme: theme)
                dirty = false
            }
            if controller.wantsQuit { return .quit }
            let wait = controller.wallMsUntilNextChange()
            if let fd = backend.inputFD {
                if watch.wait(inputFD: fd, timeoutMs: wait) == .input, let input = backend.readKey(timeoutMs: 0) {
                    controller.handle(input)
                    dirty = true
                }
            } else if let input = backend.readKey(timeoutMs: min(wait, LogWatch.pollMs)) {
                controller.handle(input)
                dirty = true
            }
        }
    }
}
