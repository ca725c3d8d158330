import Testing
@testable import RakorShare

@Suite("Authentication and rate limit")
struct AuthGateTests {
    let key = AuthorizedKey(blob: [1, 2, 3], role: .notulis, fingerprint: "SHA256:abc", line: 1)

    func gate() -> AuthGate { AuthGate(code: "482913", keys: [key]) }

    @Test("the code admits any user name; the role is checked when the view starts")
    func codeAccepted() {
        var g = gate()
        #expect(g.attempt(address: "10.0.0.2", user: "notulis", credential: .code("482913"), now: 0) == .accepted(via: "code"))
        #expect(g.attempt(address: "10.0.0.2", user: "layar", credential: .code("482913"), now: 0) == .accepted(via: "code"))
    }

    @Test("a listed key joins without the code in its own role only")
    func keys() {
        var g = gate()
        #expect(g.attempt(address: "a", user: "notulis", credential: .key(blob: [1, 2, 3], fingerprint: "SHA256:abc"), now: 0)
            == .accepted(via: "SHA256:abc"))
        #expect(g.attempt(address: "a", user: "moderator", credential: .key(blob: [1, 2, 3], fingerprint: "SHA256:abc"), now: 0)
            == .keyForOtherRole(.notulis))
        #expect(g.attempt(address: "a", user: "notulis", credential: .key(blob: [9], fingerprint: "SHA256:x"), now: 0) == .unknownKey)
    }

    @Test("keys that fail never count as wrong codes (a laptop offers every key in its agent)")
    func keyFailuresDoNotLockOut() {
        var g = gate()
        for i in 0..<20 {
            #expect(g.attempt(address: "a", user: "notulis", credential: .key(blob: [UInt8(i + 10)], fingerprint: "f"), now: i) == .unknownKey)
        }
        #expect(g.attempt(address: "a", user: "notulis", credential: .code("482913"), now: 100) == .accepted(via: "code"))
    }

    @Test("five wrong codes make the address wait 30 s; even the right code is refused meanwhile, unchecked")
    func lockout() {
        var g = gate()
        let verdicts = (1...5).map { g.attempt(address: "10.0.0.9", user: "notulis", credential: .code("000000"), now: $0 * 1000) }
        #expect(verdicts == [.wrongCode(failuresLeft: 4), .wrongCode(failuresLeft: 3), .wrongCode(failuresLeft: 2),
                             .wrongCode(failuresLeft: 1), .lockedOutNow(waitS: 30)])
        #expect(g.waitS(address: "10.0.0.9", now: 5_000) == 30)
        #expect(g.attempt(address: "10.0.0.9", user: "notulis", credential: .code("482913"), now: 6_000) == .stillLockedOut(waitS: 29))
        #expect(g.attempt(address: "10.0.0.9", user: "notulis", credential: .code("482913"), now: 34_999) == .stillLockedOut(waitS: 1))
        // Another address is not affected.
        #expect(g.attempt(address: "10.0.0.10", user: "notulis", credential: .code("482913"), now: 6_000) == .accepted(via: "code"))
        // After the wait the right code works again and clears the record.
        #expect(g.waitS(address: "10.0.0.9", now: 35_000) == nil)
        #expect(g.attempt(address: "10.0.0.9", user: "notulis", credential: .code("482913"), now: 35_000) == .accepted(via: "code"))
        #expect(g.records["10.0.0.9"] == nil)
    }

    @Test("each later lockout of the same address waits twice as long, up to an hour")
    func growing() {
        var g = gate()
        var now = 0
        var waits: [Int] = []
        for _ in 0..<9 {
            var last: AuthVerdict?
            for _ in 0..<5 {
                last = g.attempt(address: "x", user: "notulis", credential: .code("1"), now: now)
                now += 100
            }
            guard case .lockedOutNow(let w)? = last else { Issue.record("no lockout: \(String(describing: last))"); return }
            waits.append(w)
            now += w * 1000
        }
        #expect(waits == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600])
    }

    @Test("codes compare whole: a prefix, a longer string or an empty one is wrong")
    func codeComparison() {
        #expect(JoinCode.matches("482913", "482913"))
        #expect(!JoinCode.matches("48291", "482913"))
        #expect(!JoinCode.matches("4829134", "482913"))
        #expect(!JoinCode.matches("", "482913"))
        #expect(!JoinCode.matches("482914", "482913"))
    }

    @Test("a join code is six digits, leading zeros kept")
    func joinCode() {
        // A seeded generator, so small numbers (leading zeros) certainly come up.
        struct SplitMix: RandomNumberGenerator {
            var state: UInt64
            mutating func next() -> UInt64 {
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                return z ^ (z >> 31)
            }
        }
        var rng = SplitMix(state: 7)
        let codes = (0..<2_000).map { _ in JoinCode.make(using: &rng) }
        #expect(codes.allSatisfy { $0.count == 6 && $0.allSatisfy(\.isNumber) })
        #expect(codes.contains { $0.hasPrefix("0") })
        #expect(Set(codes).count > 1_990)
        #expect(JoinCode.make().count == 6)
    }

    @Test("an address table under attack from many addresses stays bounded")
    func bounded() {
        var g = gate()
        g.limit.maxAddresses = 100
        for i in 0..<1_000 { _ = g.attempt(address: "10.1.\(i / 256).\(i % 256)", user: "u", credential: .code("x"), now: i) }
        #expect(g.records.count <= 100)
    }

    @Test("only known roles join; moderator@ only when offered")
    func roles() {
        #expect(JoinRefusal.check(user: "notulis", allowModerator: false) == .success(.notulis))
        #expect(JoinRefusal.check(user: "root", allowModerator: true) == .failure(.unknownRole("root")))
        #expect(JoinRefusal.check(user: "moderator", allowModerator: false) == .failure(.moderatorNotShared))
        #expect(JoinRefusal.check(user: "moderator", allowModerator: true) == .success(.moderator))
        #expect(ShareRole.layar.isReadOnly && ShareRole.peserta.isReadOnly && !ShareRole.notulis.isReadOnly)
    }
}
