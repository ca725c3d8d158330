import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSH

/// The SSH gateway: authenticates joiners and gives each one their role's view on a pseudo-terminal.
///
/// It knows nothing of the session: the child it starts (`rakor attach`) is a peer on the log
/// like any other, so the gateway can fail without the meeting noticing.
public final class ShareServer: Sendable {
    public let configuration: ShareConfiguration
    public let hostKey: HostKey
    public let code: String
    let log: ShareLog
    private let clock: @Sendable () -> Int
    private let gate: NIOLockedValueBox<AuthGate>
    private let state = NIOLockedValueBox(State())
    private let group: MultiThreadedEventLoopGroup
    private let listener = NIOLockedValueBox<Channel?>(nil)
    private let onChange: @Sendable ([Joiner]) -> Void

    struct State {
        var connections: [ObjectIdentifier: Channel] = [:]
        var joiners: [Int: Joiner] = [:]
        var nextJoiner = 1
    }

    /// - Parameters:
    ///   - clock: ms since 1970 (injected so tests control the rate limit).
    ///   - onChange: called with everyone connected whenever someone joins or leaves.
    public init(configuration: ShareConfiguration, hostKey: HostKey, code: String, keys: [AuthorizedKey], log: ShareLog,
                clock: @escaping @Sendable () -> Int, onChange: @escaping @Sendable ([Joiner]) -> Void = { _ in }) {
        self.configuration = configuration
        self.hostKey = hostKey
        self.code = code
        self.log = log
        self.clock = clock
        self.onChange = onChange
        self.gate = NIOLockedValueBox(AuthGate(code: code, keys: keys, limit: configuration.rateLimit))
        // One loop: children are forked from one thread only, so no other fork races a new terminal's flags.
        self.group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    }

    /// Everyone connected now.
    public var joiners: [Joiner] { state.withLockedValue { $0.joiners.values.sorted { $0.id < $1.id } } }

    /// Open connections, authenticated or not.
    public var connectionCount: Int { state.withLockedValue { $0.connections.count } }

    /// Binds and starts accepting; returns the port (useful with port 0).
    public func start() throws -> Int {
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { [self] channel in
                self.initialize(connection: channel)
            }
        let channel = try bootstrap.bind(host: configuration.host, port: configuration.port).wait()
        listener.withLockedValue { $0 = channel }
        log.note("sharing started on \(configuration.host) port \(channel.localAddress?.port ?? configuration.port)")
        return channel.localAddress?.port ?? configuration.port
    }

    /// Stops listening and closes every connection (each joiner's view gets SIGHUP).
    public func stop() {
        let l = listener.withLockedValue { c -> Channel? in defer { c = nil }; return c }
        try? l?.close().wait()
        let all = state.withLockedValue { Array($0.connections.values) }
        for c in all { try? c.close().wait() }
        log.note("sharing stopped")
        try? group.syncShutdownGracefully()
    }

    func authenticate(address: String, user: String, credential: Credential) -> AuthVerdict {
        let now = clock()
        return gate.withLockedValue { $0.attempt(address: address, user: user, credential: credential, now: now) }
    }

    private func initialize(connection channel: Channel) -> EventLoopFuture<Void> {
        let address = channel.remoteAddress?.ipAddress ?? "?"
        let id = ObjectIdentifier(channel)
        let max = configuration.maxConnections
        let admitted = state.withLockedValue { s -> Bool in
            guard s.connections.count < max else { return false }
            s.connections[id] = channel
            return true
        }
        guard admitted else {
            log.write(address: address, user: "-", via: "-", "refused: \(max) connections already open")
            return refuse(channel, "rakor share: full (\(max) connections); try again later")
        }
        if let wait = gate.withLockedValue({ $0.waitS(address: address, now: clock()) }) {
            state.withLockedValue { _ = $0.connections.removeValue(forKey: id) }
            log.write(address: address, user: "-", via: "-", "refused: address is waiting after wrong codes (\(wait) s left)")
            return refuse(channel, "rakor share: too many wrong codes from \(address); wait \(wait) s")
        }
        let info = ConnectionInfo(address: address)
        channel.closeFuture.whenComplete { [self] _ in
            _ = state.withLockedValue { $0.connections.removeValue(forKey: id) }
        }
        let timeout = configuration.authTimeoutMs
        let timer = channel.eventLoop.scheduleTask(in: .milliseconds(Int64(timeout))) { [log] in
            if info.authenticated.withLockedValue({ $0 == nil }) {
                log.write(address: address, user: "-", via: "-", "dropped: not authenticated within \(timeout / 1000) s")
                channel.close(promise: nil)
            }
        }
        channel.closeFuture.whenComplete { _ in timer.cancel() }
        let delegate = ConnectionAuthDelegate(server: self, info: info, channel: channel)
        var config = SSHServerConfiguration(hostKeys: [hostKey.sshKey], userAuthDelegate: delegate)
        config.maxAuthAttempts = 12
        return channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.addHandlers([
                NIOSSHHandler(role: .server(config), allocator: channel.allocator,
                              inboundChildChannelInitializer: { [self] child, type in
                                  self.initialize(child: child, type: type, info: info)
                              }),
                ConnectionErrorHandler(log: log, address: address),
            ])
        }
    }

    /// Says why before the SSH banner (allowed by RFC 4253 §4.2; `ssh -v` shows it), then closes.
    private func refuse(_ channel: Channel, _ text: String) -> EventLoopFuture<Void> {
        var buf = channel.allocator.buffer(capacity: text.utf8.count + 2)
        buf.writeString(text + "\r\n")
        channel.writeAndFlush(buf).whenComplete { _ in channel.close(promise: nil) }
        return channel.eventLoop.makeSucceededVoidFuture()
    }

    private func initialize(child: Channel, type: SSHChannelType, info: ConnectionInfo) -> EventLoopFuture<Void> {
        guard case .session = type else {
            let auth = info.authenticated.withLockedValue { $0 }
            log.write(address: info.address, user: auth?.user ?? "-", via: auth?.via ?? "-", "refused: port forwarding (\(type))")
            return child.eventLoop.makeFailedFuture(ShareRefused.forwarding)
        }
        let n = info.sessions.withLockedValue { $0 += 1; return $0 }
        guard n == 1 else { return child.eventLoop.makeFailedFuture(ShareRefused.secondSession) }
        return child.eventLoop.makeCompletedFuture {
            try child.pipeline.syncOperations.addHandler(JoinChannelHandler(server: self, info: info))
        }
    }

    func joined(role: ShareRole, address: String, via: String) -> Int {
        let now = clock()
        let all = state.withLockedValue { s -> [Joiner] in
            s.joiners[s.nextJoiner] = Joiner(id: s.nextJoiner, role: role, address: address, via: via, sinceMs: now)
            s.nextJoiner += 1
            return s.joiners.values.sorted { $0.id < $1.id }
        }
        onChange(all)
        return all.last!.id
    }

    func left(_ id: Int) -> Joiner? {
        let (gone, all) = state.withLockedValue { s -> (Joiner?, [Joiner]) in
            let g = s.joiners.removeValue(forKey: id)
            return (g, s.joiners.values.sorted { $0.id < $1.id })
        }
        onChange(all)
        return gone
    }

    var now: Int { clock() }
}

/// Channel types and repeats the gateway does not offer.
enum ShareRefused: Error {
    case forwarding
    case secondSession
}
