import Foundation

/// Wakes a follower when the log grows: inotify on Linux, else a short poll of the file's size.
///
/// inotify costs nothing at rest (no wake-ups); the poll wakes every `pollMs` and compares sizes.
public final class LogWatch {
    /// The poll interval where inotify is not available.
    public static let pollMs = 100
    private var ifd: Int32 = -1
    private let path: String

    /// Watches `path`; `useInotify: false` forces the poll (for tests and the benchmark's comparison).
    public init(path: String, useInotify: Bool = true) {
        self.path = path
        #if os(Linux)
        if useInotify {
            ifd = inotify_init1(Int32(O_NONBLOCK | O_CLOEXEC))
            if ifd >= 0 {
                // IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_DELETE_SELF | IN_MOVE_SELF
                let mask: UInt32 = 0x2 | 0x4 | 0x8 | 0x400 | 0x800
                if inotify_add_watch(ifd, path, mask) < 0 { Glibc.close(ifd); ifd = -1 }
            }
        }
        #endif
    }

    deinit { if ifd >= 0 { close(ifd) } }

    /// True when changes arrive as events on `descriptor`; false when the caller must poll.
    public var isEventDriven: Bool { ifd >= 0 }

    /// The inotify descriptor to wait on, if any.
    public var descriptor: Int32? { ifd >= 0 ? ifd : nil }

    /// Reads and drops the pending notifications (call after `descriptor` became readable).
    public func drain() {
        guard ifd >= 0 else { return }
        var buf = [UInt8](repeating: 0, count: 4096)
        while read(ifd, &buf, buf.count) > 0 {}
    }

    /// What woke a wait.
    public enum Wake: Equatable, Sendable { case input, log, timeout }

    /// Waits up to `timeoutMs` for input on `inputFD` or a change of the log.
    ///
    /// Without inotify, waits at most `pollMs` and says `.log` so the caller reads the file's end.
    public func wait(inputFD: Int32?, timeoutMs: Int) -> Wake {
        var fds: [pollfd] = []
        if let inputFD { fds.append(pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0)) }
        if ifd >= 0 { fds.append(pollfd(fd: ifd, events: Int16(POLLIN), revents: 0)) }
        let limit = ifd >= 0 ? timeoutMs : min(timeoutMs, LogWatch.pollMs)
        let n = fds.withUnsafeMutableBufferPointer { poll($0.baseAddress, nfds_t($0.count), Int32(max(0, limit))) }
        if n > 0 {
            if let inputFD, fds[0].fd == inputFD, fds[0].revents != 0 { return .input }
            drain()
            return .log
        }
        return ifd >= 0 ? .timeout : .log
    }
}
