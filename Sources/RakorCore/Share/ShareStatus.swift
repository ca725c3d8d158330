import Foundation

/// What a running `rakor share` tells the dashboard: how to join and who is connected.
///
/// Runtime state like presence, not session history: a small JSON file beside the log
/// (`LOG.share.status`, mode 0600 since it holds the join code), removed when sharing stops.
public struct ShareStatus: Codable, Equatable, Sendable {
    public struct Joiner: Codable, Equatable, Sendable {
        public var role: String
        public var address: String
        /// "code" or the key's fingerprint.
        public var via: String
        public var sinceMs: Int

        public init(role: String, address: String, via: String, sinceMs: Int) {
            self.role = role; self.address = address; self.via = via; self.sinceMs = sinceMs
        }
    }

    public var pid: Int
    public var port: Int
    public var bind: String
    public var addresses: [String]
    public var code: String
    public var fingerprint: String
    public var allowModerator: Bool
    public var joiners: [Joiner]

    public init(pid: Int, port: Int, bind: String, addresses: [String], code: String, fingerprint: String,
                allowModerator: Bool, joiners: [Joiner]) {
        self.pid = pid; self.port = port; self.bind = bind; self.addresses = addresses; self.code = code
        self.fingerprint = fingerprint; self.allowModerator = allowModerator; self.joiners = joiners
    }

    /// Where the status of a session log's share is kept.
    public static func path(forSessionLog log: String) -> String { log + ".share.status" }

    /// The roles a joiner may use, in the order they are offered.
    public var roles: [String] { ["notulis", "layar", "peserta"] + (allowModerator ? ["moderator"] : []) }

    /// Reads a status file; nil when there is none or it is half-written.
    public static func read(path: String) -> ShareStatus? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(ShareStatus.self, from: data)
    }

    /// Writes atomically (a reader never sees half a file), mode 0600.
    public func write(to path: String) {
        guard let data = try? JSONEncoder().encode(self) else { return }
        let tmp = path + ".tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return }
        _ = data.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        rename(tmp, path)
    }
}
