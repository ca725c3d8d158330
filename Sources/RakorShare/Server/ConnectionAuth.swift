import NIOConcurrencyHelpers
import NIOCore
import NIOSSH

/// What one TCP connection has proved so far; shared by its auth delegate, timers and session channel.
final class ConnectionInfo: Sendable {
    let address: String
    /// The user name and how it was proved, once authenticated.
    let authenticated = NIOLockedValueBox<(user: String, via: String)?>(nil)
    let wrongCodes = NIOLockedValueBox(0)
    let sessions = NIOLockedValueBox(0)

    init(address: String) { self.address = address }
}

/// Answers NIOSSH's authentication requests for one connection through the shared gate.
final class ConnectionAuthDelegate: NIOSSHServerUserAuthenticationDelegate, Sendable {
    let server: ShareServer
    let info: ConnectionInfo
    let channel: Channel

    init(server: ShareServer, info: ConnectionInfo, channel: Channel) {
        self.server = server
        self.info = info
        self.channel = channel
    }

    var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods { [.password, .publicKey] }

    func requestReceived(request: NIOSSHUserAuthenticationRequest,
                         responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>) {
        let credential: Credential
        switch request.request {
        case .password(let p):
            credential = .code(p.password)
        case .publicKey(let k):
            let blob = AuthorizedKeys.blob(of: k.publicKey)
            credential = .key(blob: blob, fingerprint: Fingerprint.sha256(blob: blob))
        default:
            // "none" is how every client asks which methods exist: not a failure.
            responsePromise.succeed(.failure)
            return
        }
        let verdict = server.authenticate(address: info.address, user: request.username, credential: credential)
        let log = server.log
        let user = request.username, address = info.address
        let via: String
        if case .key(_, let fp) = credential { via = fp } else { via = "code" }
        switch verdict {
        case .accepted(let v):
            info.authenticated.withLockedValue { $0 = (user, v) }
            log.write(address: address, user: user, via: v, "authenticated")
            responsePromise.succeed(.success)
        case .wrongCode(let left):
            log.write(address: address, user: user, via: via, "refused: wrong code (\(left) more before this address waits)")
            responsePromise.succeed(.failure)
            let n = info.wrongCodes.withLockedValue { $0 += 1; return $0 }
            if n >= server.configuration.wrongCodesPerConnection { closeSoon() }
        case .lockedOutNow(let w):
            log.write(address: address, user: user, via: via, "refused: wrong code; too many, this address waits \(w) s")
            responsePromise.succeed(.failure)
            closeSoon()
        case .stillLockedOut(let w):
            log.write(address: address, user: user, via: via, "refused: address is waiting after wrong codes (\(w) s left; not checked)")
            responsePromise.succeed(.failure)
            closeSoon()
        case .unknownKey:
            log.write(address: address, user: user, via: via, "refused: key not in authorized_keys")
            responsePromise.succeed(.failure)
        case .keyForOtherRole(let r):
            log.write(address: address, user: user, via: via, "refused: key is listed for \(r.rawValue) only")
            responsePromise.succeed(.failure)
        }
    }

    /// Lets the failure reply go out first, then closes.
    private func closeSoon() {
        let channel = self.channel
        channel.eventLoop.scheduleTask(in: .milliseconds(100)) { channel.close(promise: nil) }
    }
}

/// Closes a connection whose bytes NIOSSH could not make sense of.
final class ConnectionErrorHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = Any
    let log: ShareLog
    let address: String

    init(log: ShareLog, address: String) {
        self.log = log
        self.address = address
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        log.write(address: address, user: "-", via: "-", "dropped: \(String(describing: error).prefix(120))")
        context.close(promise: nil)
    }
}
