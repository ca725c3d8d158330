import Foundation

/// A terminal attached to a live log, as its presence file says.
public struct PeerPresence: Equatable, Sendable {
    public var pid: Int
    public var role: PeerRole
    /// Which draft slot of its role it holds (1 for the first moderator, 2 for a second…).
    public var slot: Int
    /// When it attached (ms since 1970).
    public var since: Int

    public init(pid: Int, role: PeerRole, slot: Int, since: Int) {
        self.pid = pid; self.role = role; self.slot = slot; self.since = since
    }
}

/// Who is attached to a log: one small file per peer in `LOG.peers/`, locked by its owner while it lives.
///
/// Presence is runtime state, not session history: it is never logged. A file whose lock can be
/// taken belongs to a process that is gone (killed, SSH dropped), whatever its pid says now; the
/// kernel drops a dead process's locks at once, so a vanished peer is seen as gone on the next look.
public final class Presence {
    public let directory: String
    public let me: PeerPresence
    private var fd: Int32 = -1
    private let file: String

    /// The presence directory of a log.
    public static func directory(forLog path: String) -> String { path + ".peers" }

    /// Announces this process as a peer of `role` on the log at `logPath`, in the first free draft slot of its role.
    public init(logPath: String, role: PeerRole, nowMs: Int) throws {
        directory = Presence.directory(forLog: logPath)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let pid = Int(getpid())
        let taken = Set(Presence.live(logPath: logPath).filter { $0.role == role && $0.pid != pid }.map(\.slot))
        var slot = 1
        while taken.contains(slot) { slot += 1 }
        me = PeerPresence(pid: pid, role: role, slot: slot, since: nowMs)
        file = "\(directory)/\(pid).peer"
        // Written under another name, locked, then renamed: nobody can see it unlocked and call it stale.
        let tmp = file + ".tmp"
        let text = "{\"pid\":\(pid),\"role\":\"\(role.rawValue)\",\"slot\":\(slot),\"since\":\(nowMs)}\n"
        fd = open(tmp, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw LogOpenError.cannotOpen(tmp, String(cString: strerror(errno))) }
        _ = flock(fd, LOCK_EX)
        _ = text.withCString { Glibc.write(fd, $0, strlen($0)) }
        rename(tmp, file)
    }

    /// Removes this peer's file (on a clean exit; a killed peer's file is found stale by the others).
    public func leave() {
        guard fd >= 0 else { return }
        unlink(file)
        close(fd)
        fd = -1
    }

    deinit { leave() }

    /// The other live peers, without this one.
    public func others() -> [PeerPresence] { Presence.live(logPath: directory.dropLastPeers()).filter { $0.pid != me.pid } }

    /// Every live peer of the log; stale files (their process is gone) are removed on the way.
    public static func live(logPath: String) -> [PeerPresence] {
        let dir = directory(forLog: logPath)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        var out: [PeerPresence] = []
        for name in names where name.hasSuffix(".peer") {
            let path = dir + "/" + name
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            if flock(fd, LOCK_SH | LOCK_NB) == 0 {
                // Nobody holds it: its process is gone.
                unlink(path)
                continue
            }
            var buf = [UInt8](repeating: 0, count: 512)
            let n = read(fd, &buf, buf.count)
            guard n > 0, let v = try? JSONParser.parse(String(decoding: buf[0..<n], as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)) else { continue }
            guard case .int(let pid)? = v["pid"], case .string(let r)? = v["role"], let role = PeerRole(rawValue: r) else { continue }
            var slot = 1, since = 0
            if case .int(let s)? = v["slot"] { slot = s }
            if case .int(let s)? = v["since"] { since = s }
            out.append(PeerPresence(pid: pid, role: role, slot: slot, since: since))
        }
        return out.sorted { ($0.since, $0.pid) < ($1.since, $1.pid) }
    }

    /// "notulis ✓ · layar ✓", a count where a role is there more than once.
    public static func summary(_ peers: [PeerPresence], _ lang: Language) -> String {
        var parts: [String] = []
        for role in PeerRole.allCases {
            let n = peers.filter { $0.role == role }.count
            guard n > 0 else { continue }
            parts.append(PeerText.role(role, lang) + (n > 1 ? " ×\(n)" : "") + " ✓")
        }
        return parts.joined(separator: " · ")
    }

    /// The draft file of a role's slot: `LOG.draft` for the first moderator (as before), `LOG.notulis.draft`, `LOG.notulis-2.draft`…
    public static func draftPath(logPath: String, role: PeerRole, slot: Int) -> String {
        if role == .moderator && slot == 1 { return logPath + ".draft" }
        return logPath + "." + role.rawValue + (slot > 1 ? "-\(slot)" : "") + ".draft"
    }
}

private extension String {
    func dropLastPeers() -> String { hasSuffix(".peers") ? String(dropLast(6)) : self }
}
