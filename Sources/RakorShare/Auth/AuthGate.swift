/// What a joiner offered to prove who they are.
public enum Credential: Equatable, Sendable {
    case code(String)
    /// A public key whose signature NIOSSH has already checked.
    case key(blob: [UInt8], fingerprint: String)
}

/// The gate's answer to one authentication attempt.
public enum AuthVerdict: Equatable, Sendable {
    /// `via` is "code" or the key's fingerprint.
    case accepted(via: String)
    case wrongCode(failuresLeft: Int)
    /// The fifth wrong code: the address now waits.
    case lockedOutNow(waitS: Int)
    /// The address is waiting; the attempt was not even checked.
    case stillLockedOut(waitS: Int)
    case unknownKey
    case keyForOtherRole(ShareRole)
}

/// How wrong codes are punished.
public struct RateLimit: Sendable {
    /// Wrong codes in a row before an address waits.
    public var failuresBeforeLockout = 5
    /// The first wait; each later lockout of the same address doubles it, up to `maxWaitMs`.
    public var firstWaitMs = 30_000
    public var maxWaitMs = 3_600_000
    /// An address with no failure for this long is forgotten.
    public var forgetAfterMs = 6 * 3_600_000
    /// At most this many addresses are remembered (the oldest are forgotten first).
    public var maxAddresses = 4_096

    public init() {}
}

/// The authentication and rate-limit rules, without sockets or clocks: `now` comes in with every call.
///
/// Only wrong codes count: a key cannot be guessed, and a laptop with several keys in its agent
/// offers each of them before the code.
public struct AuthGate: Sendable {
    struct Record: Sendable {
        var failures = 0
        var lockouts = 0
        var lockedUntilMs: Int?
        var lastSeenMs: Int
    }

    public let code: String
    public let keys: [AuthorizedKey]
    public var limit: RateLimit
    private(set) var records: [String: Record] = [:]

    public init(code: String, keys: [AuthorizedKey], limit: RateLimit = RateLimit()) {
        self.code = code
        self.keys = keys
        self.limit = limit
    }

    /// Seconds the address must still wait, or nil when it may try.
    public func waitS(address: String, now: Int) -> Int? {
        guard let until = records[address]?.lockedUntilMs, until > now else { return nil }
        return (until - now + 999) / 1000
    }

    /// Checks one attempt by `user` from `address`.
    public mutating func attempt(address: String, user: String, credential: Credential, now: Int) -> AuthVerdict {
        forgetOld(now: now)
        if let w = waitS(address: address, now: now) { return .stillLockedOut(waitS: w) }
        switch credential {
        case .key(let blob, let fingerprint):
            let matching = keys.filter { $0.blob == blob }
            if matching.contains(where: { $0.role.rawValue == user }) { return .accepted(via: fingerprint) }
            if let other = matching.first { return .keyForOtherRole(other.role) }
            return .unknownKey
        case .code(let typed):
            if JoinCode.matches(typed, code) {
                records[address] = nil
                return .accepted(via: "code")
            }
            var r = records[address] ?? Record(lastSeenMs: now)
            r.failures += 1
            r.lastSeenMs = now
            defer { records[address] = r }
            if r.failures >= limit.failuresBeforeLockout {
                let wait = min(limit.maxWaitMs, limit.firstWaitMs << min(r.lockouts, 20))
                r.lockouts += 1
                r.failures = 0
                r.lockedUntilMs = now + wait
                return .lockedOutNow(waitS: wait / 1000)
            }
            return .wrongCode(failuresLeft: limit.failuresBeforeLockout - r.failures)
        }
    }

    private mutating func forgetOld(now: Int) {
        guard records.count > limit.maxAddresses / 2 else { return }
        records = records.filter { now - $0.value.lastSeenMs < limit.forgetAfterMs || ($0.value.lockedUntilMs ?? 0) > now }
        // Room for the one about to be added.
        if records.count >= limit.maxAddresses {
            let keep = records.sorted { $0.value.lastSeenMs > $1.value.lastSeenMs }.prefix(limit.maxAddresses - 1)
            records = Dictionary(uniqueKeysWithValues: keep.map { ($0.key, $0.value) })
        }
    }
}
