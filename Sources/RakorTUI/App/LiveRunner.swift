import RakorCore

/// Why the run loop stopped.
public enum RunOutcome: Equatable, Sendable {
    case quit
    case signal(Int32)
    case inputEnded
}

/// The live run loop: wait for a key or the next shown second, handle it, draw what changed.
public final class LiveRunner {
    let controller: LiveController
    let backend: TerminalBackend
    let theme: Theme
    /// Stops after this many idle ticks with no input (tests with a scripted backend).
    let maxIdleTicks: Int?

    public init(controller: LiveController, backend: TerminalBackend, theme: Theme, maxIdleTicks: Int? = nil) {
        self.controller = controller
        self.backend = backend
        self.theme = theme
        self.maxIdleTicks = maxIdleTicks
    }

    /// Runs until the user quits or a termination signal arrives.
    public func run() -> RunOutcome {
        var idle = 0
        var lastFrameSecond = Int.min
        var dirty = true
        // Two canvases drawn in turn: the backend keeps the last frame it was given (to send only
        // what changed), so the other one is free to be blanked and drawn again in place,
        // without a new 12,000-cell allocation a frame.
        var canvases = [Canvas(width: 1, height: 1), Canvas(width: 1, height: 1)]
        var turn = 0
        while true {
            if let sig = TerminalGuard.takePendingSignal() {
                controller.flushDraft()
                return .signal(sig)
            }
            let now = controller.now
            let second = Int((Double(now) / 1000).rounded(.down))
            if dirty || second != lastFrameSecond {
                Dashboard.render(controller.viewContext(), into: &canvases[turn], size: backend.size)
                backend.draw(canvases[turn], theme: theme)
                turn ^= 1
                lastFrameSecond = second
                dirty = false
            }
            if controller.wantsQuit {
                controller.flushDraft()
                return .quit
            }
            // Wake at the next whole second of session time, when a shown second may change,
            // or when a draft typed since the last save is due.
            var wait = max(10, 1000 - (now % 1000 + 1000) % 1000)
            if let due = controller.draftDueInMs { wait = max(1, min(wait, due)) }
            if let input = backend.readKey(timeoutMs: wait) {
                idle = 0
                controller.handle(input)
                drainPendingInput()
                controller.tickDraft()
                dirty = true
            } else {
                idle += 1
                // Typing paused: what was typed goes to disk now.
                controller.flushDraft()
                controller.tick()
                if let m = maxIdleTicks, idle >= m {
                    return .inputEnded
                }
            }
        }
    }

    /// Handles the keys that are already waiting (a paste typed out key by key) before the
    /// next frame, so a long paste is drawn once, not once a character.
    private func drainPendingInput() {
        let start = controller.clock()
        var handled = 0
        while !controller.wantsQuit, TerminalGuard.pendingSignal == nil, handled < 100_000,
              controller.clock() - start < Self.drainBudgetMs,
              let next = backend.readKey(timeoutMs: 0) {
            controller.handle(next)
            handled += 1
            if next == .resize { break }
        }
    }

    /// The longest the loop handles waiting keys before it draws again.
    static let drainBudgetMs = 50
}
