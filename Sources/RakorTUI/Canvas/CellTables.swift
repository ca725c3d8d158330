#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RakorCore
import Synchronization

// The two tables that let a `Cell` hold no String. A grapheme of one scalar (nearly all)
// is its own value and needs no table; roles are the theme's few dozen names. Both tables
// only grow: an id, once given, means the same text for the life of the process, so cells
// from any canvas compare by their ids.

/// Graphemes of more than one scalar (an emoji with a modifier, a letter with a combining
/// mark), numbered as they are first drawn.
enum CellGlyph {
    /// Set on an id that indexes the table rather than being a scalar (scalars stay below 2^21).
    static let internedBit: UInt32 = 0x8000_0000

    private struct Table {
        var strings: [String] = []
        var ids: [String: UInt32] = [:]
    }
    private static let table = Mutex(Table())

    /// The id of `grapheme`: its scalar, 0 for "", or its place in the table.
    static func id(_ grapheme: String) -> UInt32 {
        var it = grapheme.unicodeScalars.makeIterator()
        guard let first = it.next() else { return 0 }
        if it.next() == nil { return first.value }
        return table.withLock { t in
            if let id = t.ids[grapheme] { return id }
            let id = internedBit | UInt32(t.strings.count)
            t.strings.append(grapheme)
            t.ids[grapheme] = id
            return id
        }
    }

    /// The grapheme an id stands for.
    static func string(_ id: UInt32) -> String {
        if id == 0 { return "" }
        if id & internedBit == 0 { return String(Unicode.Scalar(id).map(Character.init) ?? "\u{FFFD}") }
        return table.withLock { t in
            let i = Int(id & ~internedBit)
            return i < t.strings.count ? t.strings[i] : "\u{FFFD}"
        }
    }
}

/// Style role names, numbered as they are first used. The known roles get their numbers
/// up front, so the usual lookup takes no lock.
enum CellRole {
    private static let known: [String] = ["text"] + StyleRole.all.filter { $0 != "text" }
    private static let knownIDs: [String: UInt16] = Dictionary(uniqueKeysWithValues: known.enumerated().map { ($1, UInt16($0)) })

    private struct Table {
        var names: [String] = []
        var ids: [String: UInt16] = [:]
    }
    private static let extra = Mutex(Table())
    /// The known roles found by their bytes: every `put` asks for its role's id, and a String
    /// dictionary hashes the name with SipHash and compares it under Unicode's rules. An exact
    /// byte match is an equal name; anything else still asks `knownIDs`, so answers do not change.
    private static let knownByBytes = ByteTable(known)

    /// The id of `text`, the default role.
    static let text: UInt16 = 0

    /// The id of a role name.
    static func id(_ name: String) -> UInt16 {
        if let id = knownByBytes.find(name) { return id }
        if let id = knownIDs[name] { return id }
        return extra.withLock { t in
            if let id = t.ids[name] { return id }
            // Roles come from the code, not from input: a few dozen. Past 65,000 something
            // is minting names per frame; reuse the plain text role rather than crash.
            guard known.count + t.names.count < Int(UInt16.max) else { return text }
            let id = UInt16(known.count + t.names.count)
            t.names.append(name)
            t.ids[name] = id
            return id
        }
    }

    /// The role name an id stands for.
    static func name(_ id: UInt16) -> String {
        let i = Int(id)
        if i < known.count { return known[i] }
        return extra.withLock { t in
            let k = i - known.count
            return k < t.names.count ? t.names[k] : "text"
        }
    }
}

/// A fixed table of short names, looked up by their UTF-8 bytes (FNV-1a, open addressing).
struct ByteTable: Sendable {
    /// Every name's bytes, one after another; name i is bytes[starts[i]..<starts[i + 1]].
    private let bytes: [UInt8]
    private let starts: [Int]
    private let slots: [Int32]
    private let mask: Int

    init(_ names: [String]) {
        var bytes: [UInt8] = [], starts: [Int] = [0]
        for n in names { bytes += n.utf8; starts.append(bytes.count) }
        var size = 8
        while size < names.count * 4 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        bytes.withUnsafeBufferPointer { all in
            for i in names.indices {
                var h = Self.hash(UnsafeBufferPointer(rebasing: all[starts[i]..<starts[i + 1]])) & (size - 1)
                while slots[h] >= 0 { h = (h + 1) & (size - 1) }
                slots[h] = Int32(i)
            }
        }
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
        mask = size - 1
    }

    @inline(__always)
    private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt32 = 2_166_136_261
        for x in b { h = (h ^ UInt32(x)) &* 16_777_619 }
        return Int(h)
    }

    /// The index of the name with exactly these bytes, if it is in the table.
    func find(_ name: String) -> UInt16? {
        name.utf8.withContiguousStorageIfAvailable { b -> UInt16? in
            var h = Self.hash(b) & mask
            return bytes.withUnsafeBufferPointer { all -> UInt16? in
                starts.withUnsafeBufferPointer { st -> UInt16? in
                    slots.withUnsafeBufferPointer { sl -> UInt16? in
                        while true {
                            let i = Int(sl[h])
                            if i < 0 { return nil }
                            let lo = st[i], n = st[i + 1] - lo
                            if n == b.count, n == 0 || memcmp(all.baseAddress! + lo, b.baseAddress!, n) == 0 { return UInt16(i) }
                            h = (h + 1) & mask
                        }
                    }
                }
            }
        } ?? nil
    }
}
