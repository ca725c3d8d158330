/// Something with a string id unique within its kind (`s1`, `a3`).
public protocol Identified {
    var id: String { get }
}

/// An ordered list of identified values with O(1) lookup by id.
///
/// A hostile log can insert 20,000 items at the front, one event each: in one flat array every
/// insert would shift and re-index the whole list (quadratic). So the list is kept in chunks of at
/// most 256: an insert anywhere shifts one chunk and re-indexes at most 256 ids, and a copy of the
/// list (a replay checkpoint) shares every chunk it does not change.
public struct IdentifiedList<Element: Identified & Equatable & Sendable>: Equatable, Sendable, RandomAccessCollection, CustomReflectable {
    private static var chunkLimit: Int { 256 }
    private var chunks: [[Element]] = []
    /// keys[c]: the stable key of chunk c (chunk indices move when a chunk splits; keys do not).
    private var keys: [Int] = []
    /// starts[c]: the index of chunk c's first element.
    private var starts: [Int] = []
    /// chunkOf[key]: the index of the chunk with that key, -1 once it is gone (keys are never reused).
    private var chunkOf: [Int] = []
    private var locations = IdIndex()
    public private(set) var count = 0

    public init() {}

    public init(_ elements: [Element]) {
        for e in elements { append(e) }
    }

    /// All elements, in order (a new array).
    public var elements: [Element] { Array(chunks.joined()) }

    /// Whether `other` certainly holds the same elements, known without comparing them: both
    /// share one storage (copies that neither changed since). False says nothing. For caches
    /// that must notice a change in O(1), where `==` would compare every element.
    public func sharesStorage(with other: Self) -> Bool {
        count == other.count && chunks.withUnsafeBufferPointer { a in
            other.chunks.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress }
        }
    }

    /// How many leading elements are certainly equal in both lists: whole chunks that share a
    /// storage count without a look, then elements are compared in the first chunk that does
    /// not. A lower bound (it stops where chunk bounds differ). For caches that redo only what
    /// follows an append or an edit near the end, in O(chunks + 256) rather than O(count).
    public func commonPrefixCount(with other: Self) -> Int {
        var n = 0
        for c in 0..<Swift.min(chunks.count, other.chunks.count) {
            let a = chunks[c], b = other.chunks[c]
            let same = a.count == b.count && a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress }
            }
            if same { n += a.count; continue }
            var k = 0
            while k < a.count && k < b.count && a[k] == b[k] { k += 1 }
            n += k
            if k < a.count || k < b.count { break }
        }
        return n
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> Element {
        let (c, o) = locate(position)
        return chunks[c][o]
    }

    public func makeIterator() -> FlattenSequence<[[Element]]>.Iterator { chunks.joined().makeIterator() }

    /// The element with this id, if any; setting replaces it in place.
    public subscript(id id: String) -> Element? {
        get {
            guard let (c, o) = find(id) else { return nil }
            return chunks[c][o]
        }
        set {
            guard let newValue else { remove(id: id); return }
            if let (c, o) = find(id) { chunks[c][o] = newValue } else { append(newValue) }
        }
    }

    /// What `body` reads from the element with this id, if any, without copying the element out
    /// (the fold asks a speaker's status on every turn; a copy of a speaker is a dozen retains).
    @inline(__always)
    public func read<R>(id: String, _ body: (Element) -> R) -> R? {
        guard let (c, o) = find(id) else { return nil }
        return body(chunks[c][o])
    }

    public func contains(id: String) -> Bool { locations.get(id) != nil }

    /// The elements `isIncluded` accepts, in order, each looked at in place: only those accepted
    /// are copied (the sequence's own filter copies every element out to test it, a question's
    /// copy a dozen retains, and the fold filters a termin's questions for every answer).
    public func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> [Element] {
        var out: [Element] = []
        for c in chunks.indices {
            try chunks[c].withUnsafeBufferPointer { buf in
                for k in buf.indices where try isIncluded(buf[k]) { out.append(buf[k]) }
            }
        }
        return out
    }

    /// The last element `predicate` accepts, each looked at in place: only that one is copied.
    public func last(where predicate: (Element) throws -> Bool) rethrows -> Element? {
        for c in chunks.indices.reversed() {
            let found = try chunks[c].withUnsafeBufferPointer { buf in
                try buf.indices.reversed().first { try predicate(buf[$0]) }.map { buf[$0] }
            }
            if let found { return found }
        }
        return nil
    }

    public func position(of id: String) -> Int? {
        guard let (c, o) = find(id) else { return nil }
        return starts[c] + o
    }

    public mutating func append(_ e: Element) {
        if chunks.isEmpty || chunks[chunks.count - 1].count >= Self.chunkLimit { addChunk(at: chunks.count, []) }
        let c = chunks.count - 1
        locations.set(e.id, ListLocation(key: Int32(keys[c]), offset: Int32(chunks[c].count)))
        chunks[c].append(e)
        count += 1
    }

    /// Inserts at `index`, clamped to the list's bounds.
    public mutating func insert(_ e: Element, at index: Int) {
        let i = Swift.max(0, Swift.min(index, count))
        if i == count { append(e); return }
        let (c, o) = locate(i)
        chunks[c].insert(e, at: o)
        reindex(chunk: c, from: o)
        for k in (c + 1)..<chunks.count { starts[k] += 1 }
        count += 1
        if chunks[c].count > Self.chunkLimit { split(c) }
    }

    public mutating func remove(id: String) {
        guard let (c, o) = find(id) else { return }
        chunks[c].remove(at: o)
        locations.remove(id)
        count -= 1
        for k in (c + 1)..<chunks.count { starts[k] -= 1 }
        if chunks[c].isEmpty {
            chunks.remove(at: c)
            chunkOf[keys[c]] = -1
            keys.remove(at: c)
            starts.remove(at: c)
            rebuildChunkIndex(from: c)
        } else {
            reindex(chunk: c, from: o)
        }
    }

    /// Moves an element to `index`, clamped to the list's bounds.
    public mutating func move(id: String, to index: Int) {
        guard let e = self[id: id] else { return }
        remove(id: id)
        insert(e, at: index)
    }

    /// Changes the element with this id in place, if it exists.
    public mutating func update(id: String, _ change: (inout Element) -> Void) {
        guard let (c, o) = find(id) else { return }
        change(&chunks[c][o])
    }

    public static func == (a: Self, b: Self) -> Bool { a.count == b.count && a.elementsEqual(b) }

    /// A diff or a dump shows the elements, not the chunks and the index.
    public var customMirror: Mirror { Mirror(self, unlabeledChildren: elements, displayStyle: .collection) }

    /// The chunk and offset of the element with this id.
    @inline(__always)
    private func find(_ id: String) -> (Int, Int)? {
        guard let l = locations.get(id) else { return nil }
        return (chunkOf[Int(l.key)], Int(l.offset))
    }

    /// The chunk holding index `i` (0 ≤ i < count) and the offset in it.
    private func locate(_ i: Int) -> (Int, Int) {
        precondition(i >= 0 && i < count, "index \(i) out of range 0..<\(count)")
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= i { lo = mid } else { hi = mid - 1 }
        }
        return (lo, i - starts[lo])
    }

    private mutating func reindex(chunk c: Int, from o: Int) {
        let key = keys[c]
        for k in o..<chunks[c].count { locations.set(chunks[c][k].id, ListLocation(key: Int32(key), offset: Int32(k))) }
    }

    private mutating func addChunk(at c: Int, _ elements: [Element]) {
        let start = c == 0 ? 0 : starts[c - 1] + chunks[c - 1].count
        chunks.insert(elements, at: c)
        keys.insert(chunkOf.count, at: c)
        starts.insert(start, at: c)
        chunkOf.append(c)
        rebuildChunkIndex(from: c)
    }

    private mutating func split(_ c: Int) {
        let half = chunks[c].count / 2
        let tail = Array(chunks[c][half...])
        chunks[c].removeSubrange(half...)
        addChunk(at: c + 1, tail)
        reindex(chunk: c + 1, from: 0)
    }

    private mutating func rebuildChunkIndex(from c: Int) {
        for k in c..<keys.count { chunkOf[keys[k]] = k }
    }
}
