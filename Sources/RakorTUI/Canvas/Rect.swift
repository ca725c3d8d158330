/// A size in terminal cells.
public struct Size: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// A size of `width` columns by `height` rows.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// No cells at all.
    public static let zero = Size(width: 0, height: 0)

    /// "80×24".
    public var description: String { "\(width)×\(height)" }
}

/// A cell position: column `x`, row `y`, both from 0 at the top left.
public struct Point: Equatable, Hashable, Sendable {
    /// Column.
    public var x: Int
    /// Row.
    public var y: Int

    /// The cell at column `x`, row `y`.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A rectangle of cells; layout code carves the screen into these.
///
/// Width and height are never negative: every operation that would shrink a side below
/// zero gives zero instead, so layout on a tiny terminal degrades to empty rectangles
/// rather than nonsense.
public struct Rect: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Left column.
    public var x: Int
    /// Top row.
    public var y: Int
    /// Columns (never negative).
    public var width: Int { didSet { width = max(0, width) } }
    /// Rows (never negative).
    public var height: Int { didSet { height = max(0, height) } }

    /// A rectangle; a negative width or height becomes 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A rectangle at the origin of the given size (a whole canvas or screen).
    public init(_ size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    /// The empty rectangle at the origin.
    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    /// One past the rightmost column.
    public var maxX: Int { x + width }
    /// One past the bottom row.
    public var maxY: Int { y + height }
    /// Width and height.
    public var size: Size { Size(width: width, height: height) }
    /// Whether it holds no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }
    /// "(x,y w×h)".
    public var description: String { "(\(x),\(y) \(width)×\(height))" }

    /// Whether the cell at (x, y) lies inside.
    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The overlap of two rectangles (empty, at the clamped corner, when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let nx = max(x, other.x), ny = max(y, other.y)
        return Rect(x: nx, y: ny, width: min(maxX, other.maxX) - nx, height: min(maxY, other.maxY) - ny)
    }

    /// This rectangle shrunk by `n` cells on every side.
    public func inset(by n: Int) -> Rect {
        inset(top: n, left: n, bottom: n, right: n)
    }

    /// This rectangle shrunk by the given amounts (a box's interior is `inset(by: 1)`).
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        let w = max(0, width - left - right)
        let h = max(0, height - top - bottom)
        return Rect(x: x + min(left, width), y: y + min(top, height), width: w, height: h)
    }

    /// A rectangle of (at most) the given size centred in this one.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(w, width), ch = min(h, height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }

    /// The top `n` rows and the rest below them.
    public func splitTop(_ n: Int) -> (top: Rect, rest: Rect) {
        let n = min(max(0, n), height)
        return (Rect(x: x, y: y, width: width, height: n),
                Rect(x: x, y: y + n, width: width, height: height - n))
    }

    /// The bottom `n` rows and the rest above them.
    public func splitBottom(_ n: Int) -> (bottom: Rect, rest: Rect) {
        let n = min(max(0, n), height)
        return (Rect(x: x, y: maxY - n, width: width, height: n),
                Rect(x: x, y: y, width: width, height: height - n))
    }

    /// The left `n` columns and the rest right of them.
    public func splitLeft(_ n: Int) -> (left: Rect, rest: Rect) {
        let n = min(max(0, n), width)
        return (Rect(x: x, y: y, width: n, height: height),
                Rect(x: x + n, y: y, width: width - n, height: height))
    }

    /// The right `n` columns and the rest left of them.
    public func splitRight(_ n: Int) -> (right: Rect, rest: Rect) {
        let n = min(max(0, n), width)
        return (Rect(x: maxX - n, y: y, width: n, height: height),
                Rect(x: x, y: y, width: width - n, height: height))
    }

    /// Stacked pieces from top to bottom, one per length (see `Length` for how sizes are shared).
    public func split(rows lengths: [Length], gap: Int = 0) -> [Rect] {
        var top = y
        return Length.resolve(lengths, total: height, gap: gap).map { h in
            defer { top += h + gap }
            return Rect(x: x, y: top, width: width, height: h)
        }
    }

    /// Side-by-side pieces from left to right, one per length.
    public func split(columns lengths: [Length], gap: Int = 0) -> [Rect] {
        var left = x
        return Length.resolve(lengths, total: width, gap: gap).map { w in
            defer { left += w + gap }
            return Rect(x: left, y: y, width: w, height: height)
        }
    }

    /// How big one piece of a split is.
    ///
    /// Sizes are settled in order of priority: `.fixed` first (in order, each taking what is
    /// left if there is not enough), then `.fraction` (rounded down, of the whole total less
    /// the gaps), then `.fill` pieces share what remains by weight, the rounding remainder
    /// going to the last fill. Without a fill piece, unclaimed space is left over at the end.
    public enum Length: Equatable, Hashable, Sendable {
        /// Exactly this many cells (fewer if the space runs out).
        case fixed(Int)
        /// This share (0…1) of the space.
        case fraction(Double)
        /// A share, by weight, of whatever the others leave.
        case fill(Int)

        /// A fill piece of weight 1.
        public static let fill = Length.fill(1)

        static func resolve(_ lengths: [Length], total: Int, gap: Int) -> [Int] {
            let gaps = max(0, gap) * max(0, lengths.count - 1)
            let whole = max(0, total - gaps)
            var sizes = Array(repeating: 0, count: lengths.count)
            var left = whole
            for (i, l) in lengths.enumerated() {
                if case .fixed(let n) = l {
                    sizes[i] = min(max(0, n), left)
                    left -= sizes[i]
                }
            }
            for (i, l) in lengths.enumerated() {
                if case .fraction(let f) = l {
                    let n = Int((Double(whole) * min(max(f, 0), 1)).rounded(.down))
                    sizes[i] = min(n, left)
                    left -= sizes[i]
                }
            }
            let fills = lengths.enumerated().compactMap { (i, l) -> (Int, Int)? in
                if case .fill(let w) = l { return (i, max(0, w)) }
                return nil
            }
            let weights = fills.reduce(0) { $0 + $1.1 }
            if weights > 0 {
                var given = 0
                for (i, w) in fills {
                    sizes[i] = left * w / weights
                    given += sizes[i]
                }
                if let last = fills.last(where: { $0.1 > 0 }) { sizes[last.0] += left - given }
            }
            return sizes
        }
    }
}
