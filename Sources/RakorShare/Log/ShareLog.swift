import Foundation
import NIOConcurrencyHelpers

/// The share's own log, `LOG.share.log` beside the session log: every join, refusal and failure.
///
/// One line each: time (UTC, ISO 8601), address, user (the role asked for), how they proved it
/// (a key's fingerprint or "code"), what happened. Never written into the session log.
public final class ShareLog: Sendable {
    public let path: String
    private let fd: Int32
    private let lock = NIOLock()
    private let clock: @Sendable () -> Int

    /// Where the share log of a session log goes.
    public static func path(forSessionLog log: String) -> String { log + ".share.log" }

    /// Opens for appending (mode 0600: it lists addresses and key fingerprints).
    public init(path: String, clock: @escaping @Sendable () -> Int) throws {
        self.path = path
        self.clock = clock
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw HostKeyError(description: "\(path): cannot open the share log: \(String(cString: strerror(errno)))")
        }
        self.fd = fd
    }

    deinit { close(fd) }

    /// Appends one line; text from the network is cleaned so it cannot forge lines.
    public func write(address: String, user: String, via: String, _ what: String) {
        let line = "\(ShareLog.timestamp(ms: clock())) \(ShareLog.clean(address)) \(ShareLog.clean(user)) \(ShareLog.clean(via)) \(ShareLog.oneLine(what))\n"
        let bytes = Array(line.utf8)
        lock.withLock {
            _ = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        }
    }

    /// A line about the share itself (started, stopped).
    public func note(_ what: String) {
        write(address: "-", user: "-", via: "-", what)
    }

    /// Printable ASCII only, no spaces, at most 64 characters; empty becomes "-".
    static func clean(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars.prefix(64) {
            out.unicodeScalars.append(u.value > 0x20 && u.value < 0x7f ? u : "?")
        }
        return out.isEmpty ? "-" : out
    }

    /// Control characters (a forged newline above all) become spaces.
    static func oneLine(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7f ? " " : $0 }))
    }

    static func timestamp(ms: Int) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date(timeIntervalSince1970: Double(ms) / 1000))
    }
}
