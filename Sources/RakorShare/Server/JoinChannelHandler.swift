#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import NIOCore
import NIOPosix
import NIOSSH

/// One SSH session channel: a terminal request, then the role's view on a pseudo-terminal.
///
/// Only a shell request starts anything, and what it starts is the role's join command; exec,
/// subsystems and environment variables are refused. Closing the channel hangs up that child only.
final class JoinChannelHandler: ChannelInboundHandler {
    typealias InboundIn = SSHChannelData

    private let server: ShareServer
    private let info: ConnectionInfo
    private var channel: Channel?
    private var terminal: (term: String, cols: Int, rows: Int)?
    private var child: PTYChild?
    private var pty: Channel?
    private var pendingInput: [ByteBuffer] = []
    private var exited = false
    private var ptyClosed = false
    private var joinerId: Int?
    private var role: ShareRole?

    init(server: ShareServer, info: ConnectionInfo) {
        self.server = server
        self.info = info
    }

    func handlerAdded(context: ChannelHandlerContext) {
        channel = context.channel
    }

    private var who: (user: String, via: String) { info.authenticated.withLockedValue { $0 } ?? ("-", "-") }

    private func note(_ what: String) {
        server.log.write(address: info.address, user: role?.rawValue ?? who.user, via: who.via, what)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let r as SSHChannelRequestEvent.PseudoTerminalRequest:
            guard terminal == nil, child == nil else { return reply(r.wantReply, ok: false, context) }
            terminal = (ShareConfiguration.cleanTerm(r.term), Self.clamp(r.terminalCharacterWidth, 80), Self.clamp(r.terminalRowHeight, 24))
            reply(r.wantReply, ok: true, context)
        case let r as SSHChannelRequestEvent.ShellRequest:
            startShell(wantReply: r.wantReply, context)
        case let r as SSHChannelRequestEvent.ExecRequest:
            note("refused: command \(r.command.prefix(60).debugDescription)")
            refuse("rakor share runs no commands: join with just `ssh -p PORT ROLE@HOST`.", wantReply: r.wantReply, context)
        case let r as SSHChannelRequestEvent.SubsystemRequest:
            note("refused: subsystem \(r.subsystem.prefix(30).debugDescription)")
            refuse("rakor share offers no subsystems (no sftp, no scp): it only shows the meeting.", wantReply: r.wantReply, context)
        case let r as SSHChannelRequestEvent.EnvironmentRequest:
            // The child's environment is clean: nothing a joiner sends reaches it.
            reply(r.wantReply, ok: false, context)
        case let r as SSHChannelRequestEvent.WindowChangeRequest:
            let cols = Self.clamp(r.terminalCharacterWidth, 80), rows = Self.clamp(r.terminalRowHeight, 24)
            if let t = terminal { terminal = (t.term, cols, rows) }
            if let child { PTYChild.resize(master: child.master, cols: cols, rows: rows) }
        default:
            // Signals, flow control and the rest: nothing to do. Unknown requests (agent, X11
            // forwarding) never arrive here: NIOSSH answers them with a failure.
            break
        }
    }

    static func clamp(_ v: Int, _ fallback: Int) -> Int { v <= 0 ? fallback : min(v, 1000) }

    private func reply(_ wantReply: Bool, ok: Bool, _ context: ChannelHandlerContext) {
        guard wantReply else { return }
        if ok { context.channel.triggerUserOutboundEvent(ChannelSuccessEvent(), promise: nil) }
        else { context.channel.triggerUserOutboundEvent(ChannelFailureEvent(), promise: nil) }
    }

    /// Says why on the joiner's screen (stderr), answers the request, then closes the channel.
    ///
    /// The request is answered with success (`ok`) when there is a sentence to show: OpenSSH
    /// exits at a failure reply before it prints the stderr that came with it.
    private func refuse(_ text: String, wantReply: Bool, ok: Bool = true, _ context: ChannelHandlerContext) {
        let channel = context.channel
        var buf = channel.allocator.buffer(capacity: text.utf8.count + 2)
        buf.writeString(text + "\r\n")
        channel.write(SSHChannelData(type: .stdErr, data: .byteBuffer(buf)), promise: nil)
        reply(wantReply, ok: ok, context)
        channel.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: 1), promise: nil)
        channel.writeAndFlush(SSHChannelData(type: .stdErr, data: .byteBuffer(channel.allocator.buffer(capacity: 0)))).whenComplete { _ in
            channel.close(promise: nil)
        }
    }

    private func startShell(wantReply: Bool, _ context: ChannelHandlerContext) {
        guard child == nil else { return reply(wantReply, ok: false, context) }
        let user = who.user
        let role: ShareRole
        switch JoinRefusal.check(user: user, allowModerator: server.configuration.allowModerator) {
        case .failure(.unknownRole(let u)):
            note("refused: no role \(u.prefix(30).debugDescription)")
            let roles = ShareRole.allCases.filter { $0 != .moderator || server.configuration.allowModerator }.map { $0.rawValue + "@" }
            return refuse("rakor share: there is no role \"\(u.prefix(30))\". Join as one of: \(roles.joined(separator: ", ")).",
                          wantReply: wantReply, ok: true, context)
        case .failure(.moderatorNotShared):
            note("refused: moderator@ is not shared")
            return refuse("rakor share: moderator@ is not offered; the moderator can share with --allow-moderator.",
                          wantReply: wantReply, ok: true, context)
        case .success(let r):
            role = r
        }
        guard let terminal else {
            note("refused: no terminal requested")
            return refuse("rakor share needs a terminal: leave out -T (and -N).", wantReply: wantReply, context)
        }
        self.role = role
        var env = server.configuration.childEnvironment
        env["TERM"] = terminal.term
        env["RAKOR_SHARE_PEER"] = info.address
        let command = server.configuration.joinCommand(role)
        let spawned: PTYChild
        do {
            spawned = try PTYChild.spawn(command, environment: env, cols: terminal.cols, rows: terminal.rows)
        } catch {
            note("failed: \(error.description)")
            return refuse("rakor share: cannot start the \(role.rawValue) view here (\(error.description)).", wantReply: wantReply, context)
        }
        child = spawned
        joinerId = server.joined(role: role, address: info.address, via: who.via)
        note("joined as \(role.rawValue) (\(terminal.cols)x\(terminal.rows) \(terminal.term), pid \(spawned.pid))")
        waitForExit(pid: spawned.pid, loop: context.eventLoop)

        let ssh = context.channel
        let me = NIOLoopBound(self, eventLoop: context.eventLoop)
        NIOPipeBootstrap(group: context.eventLoop)
            .channelInitializer { pipe in
                pipe.eventLoop.makeCompletedFuture {
                    try pipe.pipeline.syncOperations.addHandler(PTYOutputHandler(ssh: ssh, owner: me))
                }
            }
            .takingOwnershipOfDescriptor(inputOutput: spawned.master)
            .assumeIsolated()
            .whenComplete { [self] result in
                switch result {
                case .success(let pipe):
                    pty = pipe
                    reply(wantReply, ok: true, context)
                    for b in pendingInput { pipe.write(b, promise: nil) }
                    pendingInput = []
                    pipe.flush()
                    if !ssh.isActive { hangUp() }
                case .failure(let error):
                    note("failed: terminal not readable: \(error)")
                    close(spawned.master)
                    hangUp()
                    refuse("rakor share: the terminal for your view could not be opened.", wantReply: wantReply, context)
                }
            }
    }

    /// A thread per child waits for it (at most one per connection, and connections are capped).
    private func waitForExit(pid: pid_t, loop: EventLoop) {
        let me = NIOLoopBound(self, eventLoop: loop)
        let thread = Thread {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            let code = status & 0x7f == 0 ? Int((status >> 8) & 0xff) : 128 + Int(status & 0x7f)
            loop.execute { me.value.childExited(code: code) }
        }
        thread.start()
    }

    fileprivate func childExited(code: Int) {
        exited = true
        note("view ended (exit \(code))")
        guard let channel, channel.isActive else { return }
        channel.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: code), promise: nil)
        // Let the last frame drain from the terminal first, but not forever.
        if ptyClosed { channel.close(promise: nil) }
        else { channel.eventLoop.scheduleTask(in: .milliseconds(300)) { channel.close(promise: nil) } }
    }

    fileprivate func ptyDidClose() {
        ptyClosed = true
        pty = nil
        guard let channel else { return }
        if exited { channel.close(promise: nil) }
        else {
            // The terminal is gone but the child lingers: hang it up, then close.
            channel.eventLoop.assumeIsolated().scheduleTask(in: .seconds(2)) { [self] in
                hangUp()
                channel.close(promise: nil)
            }
        }
    }

    /// SIGHUP to the child's session, as a terminal closing does; SIGKILL if it is still there after 5 s.
    private func hangUp() {
        guard let child, !exited else { return }
        kill(-child.pid, SIGHUP)
        kill(child.pid, SIGHUP)
        let pid = child.pid
        channel?.eventLoop.assumeIsolated().scheduleTask(in: .seconds(5)) { [self] in
            if !exited { kill(-pid, SIGKILL); kill(pid, SIGKILL) }
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let d = unwrapInboundIn(data)
        // Keys go to the view as typed, for every role: a read-only view ignores what it must.
        guard case .channel = d.type, case .byteBuffer(let bytes) = d.data else { return }
        if let pty { pty.writeAndFlush(bytes, promise: nil) }
        else if child != nil, pendingInput.count < 64 { pendingInput.append(bytes) }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        // A slow joiner stops their own view's output, nobody else's.
        pty?.setOption(ChannelOptions.autoRead, value: context.channel.isWritable).whenFailure { _ in }
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        if child != nil {
            hangUp()
            pty?.close(promise: nil)
        }
        if let id = joinerId, let j = server.left(id) {
            note("left after \((server.now - j.sinceMs) / 1000) s")
            joinerId = nil
        }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }
}

/// Copies the child's terminal output to the joiner, and tells the session channel when it ends.
final class PTYOutputHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let ssh: Channel
    private let owner: NIOLoopBound<JoinChannelHandler>

    init(ssh: Channel, owner: NIOLoopBound<JoinChannelHandler>) {
        self.ssh = ssh
        self.owner = owner
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        ssh.write(SSHChannelData(type: .channel, data: .byteBuffer(unwrapInboundIn(data))), promise: nil)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        ssh.flush()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        // The child is not reading its keys: stop taking more from the joiner (SSH's window holds them).
        ssh.setOption(ChannelOptions.autoRead, value: context.channel.isWritable).whenFailure { _ in }
    }

    func channelInactive(context: ChannelHandlerContext) {
        owner.value.ptyDidClose()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        // EIO is how Linux says the child closed its terminal.
        context.close(promise: nil)
    }
}
