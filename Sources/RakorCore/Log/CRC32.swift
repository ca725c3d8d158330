/// CRC-32 (IEEE 802.3, zlib's `crc32`), slicing by eight for the log reader's speed.
public enum CRC32 {
    static let tables: [[UInt32]] = {
        var t = [[UInt32]](repeating: [UInt32](repeating: 0, count: 256), count: 8)
        for i in 0..<256 {
            var c = UInt32(i)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            t[0][i] = c
        }
        for i in 0..<256 {
            for k in 1..<8 { t[k][i] = (t[k - 1][i] >> 8) ^ t[0][Int(t[k - 1][i] & 0xFF)] }
        }
        return t
    }()

    /// The checksum of `bytes`.
    public static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        // An empty buffer may have no address; its checksum is 0.
        guard let raw = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
        var crc: UInt32 = 0xFFFF_FFFF
        var i = 0
        let n = bytes.count
        tables.withUnsafeBufferPointer { tt in
            let t0 = tt[0], t1 = tt[1], t2 = tt[2], t3 = tt[3], t4 = tt[4], t5 = tt[5], t6 = tt[6], t7 = tt[7]
            t0.withUnsafeBufferPointer { p0 in t1.withUnsafeBufferPointer { p1 in t2.withUnsafeBufferPointer { p2 in
            t3.withUnsafeBufferPointer { p3 in t4.withUnsafeBufferPointer { p4 in t5.withUnsafeBufferPointer { p5 in
            t6.withUnsafeBufferPointer { p6 in t7.withUnsafeBufferPointer { p7 in
                // Eight bytes a step, read as one little-endian word (the byte order slicing-by-8 wants).
                while i + 8 <= n {
                    let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    let a = crc ^ UInt32(truncatingIfNeeded: w)
                    let b = UInt32(truncatingIfNeeded: w >> 32)
                    crc = p7[Int(a & 0xFF)] ^ p6[Int((a >> 8) & 0xFF)] ^ p5[Int((a >> 16) & 0xFF)] ^ p4[Int(a >> 24)]
                        ^ p3[Int(b & 0xFF)] ^ p2[Int((b >> 8) & 0xFF)] ^ p1[Int((b >> 16) & 0xFF)] ^ p0[Int(b >> 24)]
                    i += 8
                }
                while i < n {
                    crc = p0[Int((crc ^ UInt32(bytes[i])) & 0xFF)] ^ (crc >> 8)
                    i += 1
                }
            } } } } } } } }
        }
        return crc ^ 0xFFFF_FFFF
    }

    /// The checksum of a byte array.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { checksum($0) }
    }

    /// The checksum as the log writes it: 8 lower-case hex digits.
    public static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 8 - s.count) + s
    }
}
