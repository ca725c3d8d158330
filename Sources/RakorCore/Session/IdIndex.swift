/// Where an element of an `IdentifiedList` sits: the stable key of its chunk and its offset there.
struct ListLocation: Sendable, Equatable {
    var key: Int32
    var offset: Int32

    static let none = ListLocation(key: -1, offset: -1)
}

/// The id → location map behind `IdentifiedList`, cheap to look up and to share between copies.
///
/// Ids the project gives out are a short prefix and a counter (`n123`, `s7`). Those of the list's
/// first prefix are found by their number in an array of slots, kept in chunks of 1,024: no String
/// hashing per lookup (SipHash over every id was a fifth of the fold), and a copy of the list (a
/// replay checkpoint) shares every chunk of slots it does not change, where a `Dictionary` is
/// copied whole on the first write. Any other id (another prefix, leading zeros, a huge number
/// from a hostile log) goes to an ordinary dictionary, which stays empty in a usual session.
struct IdIndex: Sendable {
    private static let shift = 10
    private static let chunkSize = 1 << shift

    /// The prefix code (see `numbered`) of the ids kept in `slots`, set by the first numbered id.
    private var prefix: UInt64 = .max
    private var slots: [[ListLocation]] = []
    private var others: [String: ListLocation] = [:]
    /// Ids held (in slots and in others).
    private var count = 0

    /// "n123" → (a code for "n", 123), when the id is up to 7 non-digit bytes then a decimal
    /// number without leading zeros of at most 9 digits; nil for any other id.
    @inline(__always)
    static func numbered(_ id: String) -> (prefix: UInt64, n: Int)? {
        let parsed: (UInt64, Int)?? = id.utf8.withContiguousStorageIfAvailable { b -> (UInt64, Int)? in
            let len = b.count
            var k = 0
            var code: UInt64 = 0
            while k < len, b[k] < 0x30 || b[k] > 0x39 {
                guard k < 7 else { return nil }
                code |= UInt64(b[k]) << (8 * UInt64(k))
                k += 1
            }
            let digits = len - k
            guard digits >= 1, digits <= 9, b[k] != 0x30 || digits == 1 else { return nil }
            var n = 0
            for i in k..<len {
                let d = b[i] &- 0x30
                guard d <= 9 else { return nil }
                n = n * 10 + Int(d)
            }
            return (code | UInt64(k) << 56, n)
        }
        return parsed ?? nil
    }

    /// The slot of a numbered id, if the id is of the slots' prefix and its number has a slot.
    @inline(__always)
    private func slot(_ id: String) -> Int? {
        guard let (p, n) = Self.numbered(id), p == prefix, n < slots.count << Self.shift else { return nil }
        return n
    }

    func get(_ id: String) -> ListLocation? {
        if let n = slot(id) {
            let l = slots[n >> Self.shift][n & (Self.chunkSize - 1)]
            if l.key >= 0 { return l }
        }
        if others.isEmpty { return nil }
        return others[id]
    }

    /// Adds the id or moves it to `location`.
    mutating func set(_ id: String, _ location: ListLocation) {
        if !others.isEmpty, others[id] != nil { others[id] = location; return }
        if let (p, n) = Self.numbered(id), p == prefix || prefix == .max,
           n < Swift.max(slots.count << Self.shift, 4 * count + 4 * Self.chunkSize) {
            prefix = p
            let c = n >> Self.shift
            while slots.count <= c { slots.append([ListLocation](repeating: .none, count: Self.chunkSize)) }
            if slots[c][n & (Self.chunkSize - 1)].key < 0 { count += 1 }
            slots[c][n & (Self.chunkSize - 1)] = location
            return
        }
        if others.updateValue(location, forKey: id) == nil { count += 1 }
    }

    mutating func remove(_ id: String) {
        if let n = slot(id), slots[n >> Self.shift][n & (Self.chunkSize - 1)].key >= 0 {
            slots[n >> Self.shift][n & (Self.chunkSize - 1)] = .none
            count -= 1
        } else if others.removeValue(forKey: id) != nil {
            count -= 1
        }
    }
}
