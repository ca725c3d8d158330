/// The six-digit code a joiner types as their SSH password, new each time sharing starts.
public enum JoinCode {
    /// A fresh code; the system generator reads the kernel's random source.
    public static func make<R: RandomNumberGenerator>(using rng: inout R) -> String {
        let n = Int.random(in: 0..<1_000_000, using: &rng)
        let s = String(n)
        return String(repeating: "0", count: 6 - s.count) + s
    }

    /// A fresh code from the system's random source.
    public static func make() -> String {
        var rng = SystemRandomNumberGenerator()
        return make(using: &rng)
    }

    /// Compares in time that does not depend on where the strings differ.
    static func matches(_ typed: String, _ code: String) -> Bool {
        let a = Array(typed.utf8), b = Array(code.utf8)
        var diff = UInt8(a.count == b.count ? 0 : 1)
        for i in 0..<b.count { diff |= b[i] ^ (i < a.count ? a[i] : 0) }
        return diff == 0
    }
}
