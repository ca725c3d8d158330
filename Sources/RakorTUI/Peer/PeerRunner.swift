import RakorCore

/// The run loop of a terminal on a shared log: wait for a key, the log's growth or the next shown
/// second; fold what others wrote; draw what changed; keep the presence list fresh.
public final class PeerRunner {
    let peer: PeerController
    let backend: TerminalBackend
    let theme: Theme
    let watch: LogWatch?
    let presence: Presence?
    /// Stops after this many idle waits with no input (tests with a scripted backend).
    let maxIdleTicks: Int?
    /// How often the presence files are looked at: a vanished peer is gone from the list within 2 s.
    public static let presenceMs = 1_000
    let monotonicMs: () -> Int

    public init(peer: PeerController, backend: TerminalBackend, theme: Theme, watch: LogWatch?, presence: Presence?,
                maxIdleTicks: Int? = nil, monotonicMs: @escaping () -> Int) {
        self.peer = peer
        self.backend = backend
        self.theme = theme
        self.watch = watch
        self.presence = presence
        self.maxIdleTicks = maxIdleTicks
        self.monotonicMs = monotonicMs
    }

    /// Runs until the user quits or a termination signal arrives.
    public func run() -> RunOutcome {
        var idle = 0
        var dirty = true
        var nextFrame = 0
        var nextPresence = 0
        while true {
            if let sig = TerminalGuard.takePendingSignal() {
                peer.flushDraft()
                return .signal(sig)
            }
            if peer.follow() { dirty = true }
            let mono = monotonicMs()
            if dirty || mono >= nextFrame {
                // The presence files are looked at with a frame (at least once a second), so a
                // follower at rest wakes once a second, as the dashboard alone does.
                if let presence, mono >= nextPresence {
                    peer.peers = presence.others()
                    nextPresence = mono + PeerRunner.presenceMs - 100
                }
                backend.draw(peer.render(size: backend.size), theme: theme)
                dirty = false
                nextFrame = mono + max(10, peer.nextFrameInMs())
            }
            if peer.wantsQuit {
                peer.flushDraft()
                return .quit
            }
            // Wake for the next frame, or when a draft typed since its last save is due.
            var wait = max(1, nextFrame - mono)
            if let due = peer.draftDueInMs { wait = max(1, min(wait, due)) }
            if let input = read(timeoutMs: wait) {
                idle = 0
                peer.handle(input)
                // Keys typed ahead (a paste, fast typing) are taken before the next frame, within a budget.
                let start = monotonicMs()
                while !peer.wantsQuit, TerminalGuard.pendingSignal == nil, monotonicMs() - start < LiveRunner.drainBudgetMs,
                      let more = backend.readKey(timeoutMs: 0) {
                    peer.handle(more)
                    if more == .resize { break }
                }
                peer.tickDraft()
                dirty = true
            } else {
                idle += 1
                // Typing paused: what was typed goes to disk now.
                peer.flushDraft()
                peer.tick()
                if let m = maxIdleTicks, idle >= m { return .inputEnded }
            }
        }
    }

    /// A key, or nil when the wait ended without one (the log changed, or time is up).
    private func read(timeoutMs: Int) -> InputEvent? {
        guard let watch, let fd = backend.inputFD else {
            // No descriptor to wait on: wait for a key in short slices, following between them.
            return backend.readKey(timeoutMs: min(timeoutMs, LogWatch.pollMs))
        }
        switch watch.wait(inputFD: fd, timeoutMs: timeoutMs) {
        case .input: return backend.readKey(timeoutMs: 0)
        case .log, .timeout: return nil
        }
    }
}
