/// How `rakor share` listens and what it runs for a joiner.
public struct ShareConfiguration: Sendable {
    /// The address to bind: every interface by default, since joining from other laptops is the point.
    public var host = "0.0.0.0"
    public var port = 2222
    public var allowModerator = false
    public var maxConnections = 16
    /// A connection that has not authenticated by then is dropped.
    public var authTimeoutMs = 20_000
    /// Wrong codes on one connection before it is closed (the address's count goes on).
    public var wrongCodesPerConnection = 3
    /// The command each joiner's terminal runs, by role.
    public var joinCommand: @Sendable (ShareRole) -> JoinCommand
    /// The child's environment apart from TERM (which comes from the joiner's pty-req).
    public var childEnvironment: [String: String]
    public var rateLimit = RateLimit()

    public init(joinCommand: @escaping @Sendable (ShareRole) -> JoinCommand, childEnvironment: [String: String]) {
        self.joinCommand = joinCommand
        self.childEnvironment = childEnvironment
    }

    /// The parts of this process's environment a child may see: never anything the joiner sent.
    public static func cleanEnvironment(from env: [String: String]) -> [String: String] {
        var out: [String: String] = [:]
        for k in ["HOME", "USER", "LOGNAME", "TZ", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "NO_COLOR"] {
            if let v = env[k] { out[k] = v }
        }
        out["PATH"] = "/usr/local/bin:/usr/bin:/bin"
        // ncurses needs a UTF-8 locale for Indonesian names and the box drawing.
        let lang = env["LC_ALL"] ?? env["LC_CTYPE"] ?? env["LANG"] ?? ""
        out["LANG"] = lang.uppercased().contains("UTF-8") || lang.uppercased().contains("UTF8") ? lang : "C.UTF-8"
        return out
    }

    /// A TERM value from the network, kept only if it looks like a terminal name.
    public static func cleanTerm(_ term: String) -> String {
        let ok = !term.isEmpty && term.count <= 64 && term.unicodeScalars.allSatisfy {
            ($0.value >= 0x30 && $0.value <= 0x39) || ($0.value >= 0x41 && $0.value <= 0x5a) || ($0.value >= 0x61 && $0.value <= 0x7a)
                || "-_.+".unicodeScalars.contains($0)
        }
        return ok ? term : "xterm-256color"
    }
}

/// One person connected to the share, for the share's status and the dashboard overlay.
public struct Joiner: Equatable, Sendable, Codable {
    public var id: Int
    public var role: ShareRole
    public var address: String
    /// "code" or the key's fingerprint.
    public var via: String
    /// When they joined, ms since 1970.
    public var sinceMs: Int
}
