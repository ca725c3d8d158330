// Gives the terminal back on every way out.
//
// - SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1/2, SIGPIPE, SIGALRM…: the handler only records the signal in an atomic; the run loop
//   sees `pendingSignal` on its next tick (input waits use a timeout), saves what it must
//   and shuts the backend down normally. SIGHUP means the terminal is gone: exit at once,
//   without asking anything. A second such signal before the loop got out restores the
//   terminal from the handler (only async-signal-safe calls: tcsetattr, write) and _exits.
// - A crash (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT; a Swift runtime trap is
//   SIGILL or SIGTRAP) restores the terminal from the handler, then puts back the previous
//   handler (the Swift backtracer, or the default) and re-raises, so the crash report still
//   happens, on a sane screen; its standard input becomes /dev/null first, so the backtracer
//   does not wait 30 s for a key.
// - exit() without shutdown: an atexit hook restores.
// - SIGTSTP/SIGCONT (Ctrl-Z, fg): left to ncurses, which installs its own handler when the
//   signal is at its default, leaves curses mode, stops, and repaints on resume.
//
// ncurses installs handlers for SIGINT, SIGTERM and SIGWINCH only where the disposition is
// still the default, so `install()` must run before curses starts (NcursesBackend does it).

import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The first termination signal not yet taken by the run loop (0: none).
private let pendingSignalValue = Atomic<Int32>(0)
/// Whether `emergencyState` holds a terminal to restore.
private let armedFlag = Atomic<Bool>(false)
/// Whether the handlers are in place.
private let installedFlag = Atomic<Bool>(false)

/// What a signal handler needs to restore the terminal without curses.
private struct EmergencyState {
    var fd: Int32 = -1
    var modes = termios()
    var bytes: UnsafeMutablePointer<UInt8> = .allocate(capacity: EmergencyState.capacity)
    var count = 0
    static let capacity = 512
}

// A signal handler can take no context and must not lock, so it reads this raw memory.
// It is written only while `armedFlag` is false (arm/disarm order the writes), and read
// only after seeing `armedFlag` true; nonisolated(unsafe) is the price of that protocol.
nonisolated(unsafe) private let emergencyState: UnsafeMutablePointer<EmergencyState> = {
    let p = UnsafeMutablePointer<EmergencyState>.allocate(capacity: 1)
    p.initialize(to: EmergencyState())
    return p
}()

// The actions that were in place before ours, indexed by signal number, for crash signals
// to chain to. Written in `install()` before any handler of ours can run.
nonisolated(unsafe) private let previousActions: UnsafeMutablePointer<sigaction> = {
    let p = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    p.initialize(repeating: sigaction(), count: 65)
    return p
}()

// Every signal whose default is to end the process is taken the same way: the loop saves and
// gives the terminal back. SIGQUIT (Ctrl-\\) among them: left to the Swift backtracer it painted a
// report over the dashboard and waited 30 s for a key with the terminal still in curses mode.
private let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM,
                                           SIGVTALRM, SIGPROF, SIGXCPU]
private let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

/// Restores the terminal modes and sends the exit sequence; async-signal-safe.
private func restoreFromHandler() {
    // Only one restore: whoever clears the flag does it.
    guard armedFlag.exchange(false, ordering: .acquiringAndReleasing) else { return }
    let s = emergencyState.pointee
    guard s.fd >= 0 else { return }
    var modes = s.modes
    _ = tcsetattr(s.fd, TCSAFLUSH, &modes)
    var done = 0
    while done < s.count {
        let n = write(s.fd, s.bytes + done, s.count - done)
        if n <= 0 { break }
        done += n
    }
}

private func onTerminationSignal(_ sig: Int32) {
    let (first, _) = pendingSignalValue.compareExchange(expected: 0, desired: sig, ordering: .sequentiallyConsistent)
    if !first {
        restoreFromHandler()
        _exit(128 + sig)
    }
}

private func onCrashSignal(_ sig: Int32) {
    restoreFromHandler()
    // The Swift backtracer asks "press a key" and waits 30 s when standard input is a terminal:
    // give it /dev/null, so the report lands on the restored screen and the process ends at once.
    let devNull = open("/dev/null", O_RDONLY)
    if devNull >= 0 { _ = dup2(devNull, 0) }
    _ = sigaction(sig, previousActions + Int(sig), nil)
    // Deliver it now, inside this handler, to the handler that was there before (the backtracer).
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, sig)
    _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
    _ = raise(sig)
    // That handler returned (a signal sent with kill, not a fault): end as the crash it names,
    // rather than resume a program whose terminal is already given back.
    _ = signal(sig, SIG_DFL)
    _ = raise(sig)
}

private func setHandler(_ sig: Int32, _ handler: @convention(c) (Int32) -> Void, saveTo old: UnsafeMutablePointer<sigaction>?) {
    var action = sigaction()
    #if canImport(Darwin)
    action.__sigaction_u.__sa_handler = handler
    #else
    action.__sigaction_handler.sa_handler = handler
    #endif
    sigemptyset(&action.sa_mask)
    // No SA_RESTART: a signal should cut a wait short so the loop notices it quickly.
    action.sa_flags = 0
    _ = sigaction(sig, &action, old)
}

/// Restores the terminal on every exit path; the run loop polls it for termination signals.
public enum TerminalGuard {
    /// Installs the signal handlers and the atexit hook. Safe to call more than once;
    /// call it before curses starts (`NcursesBackend` does).
    public static func install() {
        guard !installedFlag.exchange(true, ordering: .sequentiallyConsistent) else { return }
        // Touch every global now: Swift initialises globals lazily, and a first touch
        // inside a signal handler would run that initialisation there.
        _ = pendingSignalValue.load(ordering: .relaxed)
        _ = armedFlag.load(ordering: .relaxed)
        _ = emergencyState.pointee.count
        _ = previousActions.pointee
        for sig in terminationSignals {
            // A signal ignored at start (nohup, a job-control shell) stays ignored.
            var current = sigaction()
            _ = sigaction(sig, nil, &current)
            #if canImport(Darwin)
            let ignored = unsafeBitCast(current.__sigaction_u.__sa_handler, to: Int.self) == 1
            #else
            let ignored = unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == 1
            #endif
            if ignored { continue }
            setHandler(sig, onTerminationSignal, saveTo: previousActions + Int(sig))
        }
        // A parent may have started us with these blocked; then a closed terminal's SIGHUP would never arrive.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in terminationSignals { sigaddset(&unblock, sig) }
        _ = pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for sig in crashSignals {
            setHandler(sig, onCrashSignal, saveTo: previousActions + Int(sig))
        }
        // A log that outgrows the file size limit must fail its write (EFBIG: "log failing"), not kill the meeting.
        _ = signal(SIGXFSZ, SIG_IGN)
        atexit { restoreFromHandler() }
    }

    /// The termination signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1…) received and not yet taken, if any.
    public static var pendingSignal: Int32? {
        let s = pendingSignalValue.load(ordering: .sequentiallyConsistent)
        return s == 0 ? nil : s
    }

    /// Takes the pending signal, so a later one counts as a first one again.
    public static func takePendingSignal() -> Int32? {
        let s = pendingSignalValue.exchange(0, ordering: .sequentiallyConsistent)
        return s == 0 ? nil : s
    }

    /// Whether a SIGHUP arrived: the terminal is gone, so quit without waiting for input.
    public static var terminalIsGone: Bool {
        pendingSignalValue.load(ordering: .sequentiallyConsistent) == SIGHUP
    }

    /// Records how to give the terminal back if the program dies before `disarm()`:
    /// the modes to restore on `fd` and the bytes that leave curses mode (kept to 512).
    static func arm(fd: Int32, modes: termios, restoreSequence: [UInt8]) {
        armedFlag.store(false, ordering: .sequentiallyConsistent)
        let n = min(restoreSequence.count, EmergencyState.capacity)
        emergencyState.pointee.fd = fd
        emergencyState.pointee.modes = modes
        restoreSequence.withUnsafeBufferPointer { src in
            if n > 0 { emergencyState.pointee.bytes.update(from: src.baseAddress!, count: n) }
        }
        emergencyState.pointee.count = n
        armedFlag.store(true, ordering: .sequentiallyConsistent)
    }

    /// The terminal was given back normally; nothing is left to restore.
    static func disarm() {
        armedFlag.store(false, ordering: .sequentiallyConsistent)
    }
}
