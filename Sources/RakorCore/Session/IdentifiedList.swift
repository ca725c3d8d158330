/// Something with a string id unique within its kind (`s1`, `a3`).
public protocol Identified {
    var id: String { get }
}

/// An ordered list of identified values with O(1) lookup by id.
public struct IdentifiedList<Element: Identified & Equatable & Sendable>: Equatable, Sendable, RandomAccessCollection {
    public private(set) var elements: [Element] = []
    private var positions: [String: Int] = [:]

    public init() {}

    public init(_ elements: [Element]) {
        for e in elements { append(e) }
    }

    public var startIndex: Int { elements.startIndex }
    public var endIndex: Int { elements.endIndex }
    public subscript(position: Int) -> Element { elements[position] }

    /// The element with this id, if any; setting replaces it in place.
    public subscript(id id: String) -> Element? {
        get { positions[id].map { elements[$0] } }
        set {
            guard let newValue else { remove(id: id); return }
            if let p = positions[id] { elements[p] = newValue } else { append(newValue) }
        }
    }

    public func contains(id: String) -> Bool { positions[id] != nil }

    public func position(of id: String) -> Int? { positions[id] }

    public mutating func append(_ e: Element) {
        positions[e.id] = elements.count
        elements.append(e)
    }

    /// Inserts at `index`, clamped to the list's bounds.
    public mutating func insert(_ e: Element, at index: Int) {
        let i = Swift.max(0, Swift.min(index, elements.count))
        elements.insert(e, at: i)
        reindex(from: i)
    }

    public mutating func remove(id: String) {
        guard let p = positions[id] else { return }
        elements.remove(at: p)
        positions[id] = nil
        reindex(from: p)
    }

    /// Moves an element to `index`, clamped to the list's bounds.
    public mutating func move(id: String, to index: Int) {
        guard let p = positions[id] else { return }
        let e = elements.remove(at: p)
        let i = Swift.max(0, Swift.min(index, elements.count))
        elements.insert(e, at: i)
        reindex(from: Swift.min(p, i))
    }

    /// Changes the element with this id in place, if it exists.
    public mutating func update(id: String, _ change: (inout Element) -> Void) {
        guard let p = positions[id] else { return }
        change(&elements[p])
    }

    private mutating func reindex(from start: Int) {
        for i in start..<elements.count { positions[elements[i].id] = i }
    }

    public static func == (a: Self, b: Self) -> Bool { a.elements == b.elements }
}
