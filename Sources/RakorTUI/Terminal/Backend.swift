import RakorCore

/// What the run loop needs from a terminal. `NcursesBackend` is the real one; tests use
/// `FakeBackend`.
///
/// A backend is not Sendable: one thread owns the terminal (ncurses is not thread-safe),
/// and the compiler keeps the backend on it.
public protocol TerminalBackend: AnyObject {
    /// The terminal's size in cells; render a canvas of this size.
    var size: Size { get }
    /// Shows `canvas`, styled by `theme`, sending only what changed since the last frame.
    func draw(_ canvas: Canvas, theme: Theme)
    /// Waits up to `timeoutMs` milliseconds for input; nil when none came (a tick: redraw
    /// the clock, check `TerminalGuard.pendingSignal`).
    func readKey(timeoutMs: Int) -> InputEvent?
    /// Rings the terminal bell (or flashes).
    func bell()
    /// Gives the terminal back as it was found. Calling it again does nothing.
    func shutdown()
    /// The descriptor keys arrive on, so a run loop can wait for keys and a log at once; nil when there is none.
    var inputFD: Int32? { get }
}

extension TerminalBackend {
    public var inputFD: Int32? { nil }
}

/// A terminal for tests: input comes from a script, frames are recorded.
public final class FakeBackend: TerminalBackend {
    /// The size `size` reports; change it to simulate a resize.
    public var size: Size
    /// Input still to be read, first to last; `readKey` returns nil once it is empty.
    public var script: [InputEvent]
    /// Every canvas drawn, oldest first.
    public private(set) var frames: [Canvas] = []
    /// The theme of the last draw.
    public private(set) var lastTheme: Theme?
    /// How often `bell()` was called.
    public private(set) var bells = 0
    /// Whether `shutdown()` was called.
    public private(set) var isShutDown = false

    /// A fake terminal of `size` that will read `script`.
    public init(size: Size = Size(width: 80, height: 24), script: [InputEvent] = []) {
        self.size = size
        self.script = script
    }

    /// The most recent frame.
    public var lastFrame: Canvas? { frames.last }

    public func draw(_ canvas: Canvas, theme: Theme) {
        frames.append(canvas)
        lastTheme = theme
    }

    public func readKey(timeoutMs: Int) -> InputEvent? {
        script.isEmpty ? nil : script.removeFirst()
    }

    public func bell() { bells += 1 }

    public func shutdown() { isShutDown = true }
}
