// The kesimpulan, keputusan and tindak lanjut of a notulen, each worded as it is read.
//
// A long meeting has thousands of them. Gathered as arrays of entries they were the export's
// peak: every one worded and copied beside the state just as the proceedings ended. A list
// here holds where each one is (its place, 12 bytes) and words it when a renderer reaches it.

/// Entries of a notulen's summary, each made when it is read; the numbers are known without wording any.
public struct SummaryList<Element: Sendable>: RandomAccessCollection, Sendable {
    public let count: Int
    private let numberAt: @Sendable (Int) -> Int
    private let elementAt: @Sendable (Int) -> Element

    /// A list of `count` elements: `element(i)` makes the i-th, `number(i)` tells its number alone.
    init(count: Int, number: @escaping @Sendable (Int) -> Int, element: @escaping @Sendable (Int) -> Element) {
        self.count = count
        numberAt = number
        elementAt = element
    }

    /// The elements of an array, as they are.
    init(_ array: [Element], number: @escaping @Sendable (Element) -> Int) {
        self.init(count: array.count, number: { number(array[$0]) }, element: { array[$0] })
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(position: Int) -> Element { elementAt(position) }

    /// The number (kesimpulan 2, tindak lanjut 7) of the element at `position`, without making it.
    public func number(at position: Int) -> Int { numberAt(position) }

    /// The same list with each element made into another as it is read.
    func mapped<T: Sendable>(_ transform: @escaping @Sendable (Element) -> T) -> SummaryList<T> {
        let element = elementAt
        return SummaryList<T>(count: count, number: numberAt, element: { transform(element($0)) })
    }
}

extension SummaryList: Equatable where Element: Equatable {
    /// Equal when they hold equal elements in the same order.
    public static func == (a: SummaryList, b: SummaryList) -> Bool { a.elementsEqual(b) }
}
