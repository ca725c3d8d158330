// Which rundown item ran at a time, asked once per turn by every export. `SessionState.exportItem`
// scans the items for each turn; with thousands of items and tens of thousands of turns that scan
// made the exports quadratic. This index answers the same question, with the same rule (the last
// item in rundown order whose clock covers the time: started at or before it, not yet ended), in
// O(log items): each item marks the span of time it covers in a segment tree over the items'
// start and end times, keeping the latest rundown position, and a time reads the marks above it.

/// `SessionState.exportItem(at:booked:)` for many times, in O(log n) each.
struct ExportItemIndex {
    /// The distinct start and end times of the items, sorted.
    private let times: [Int]
    /// For each elementary span of `times`, 1 + the greatest rundown position covering it (0: none), as a segment tree.
    private var tree: [Int]
    private let ids: [String]

    init(_ state: SessionState) {
        var ts: [Int] = []
        var ids: [String] = []
        for item in state.items {
            ids.append(item.id)
            guard let c = item.clock else { continue }
            ts.append(c.startedT)
            if let e = c.endedT { ts.append(e) }
        }
        ts.sort()
        var distinct: [Int] = []
        distinct.reserveCapacity(ts.count)
        for t in ts where distinct.last != t { distinct.append(t) }
        times = distinct
        self.ids = ids
        let m = distinct.count
        tree = [Int](repeating: 0, count: 2 * m)
        for (position, item) in state.items.enumerated() {
            guard let c = item.clock else { continue }
            // Covers t with startedT <= t < endedT: the spans from its start up to its end (or to the last).
            var lo = ExportItemIndex.index(of: c.startedT, in: distinct) + m
            var hi = (c.endedT.map { ExportItemIndex.index(of: $0, in: distinct) } ?? m) + m
            let mark = position + 1
            while lo < hi {
                if lo & 1 == 1 { tree[lo] = max(tree[lo], mark); lo += 1 }
                if hi & 1 == 1 { hi -= 1; tree[hi] = max(tree[hi], mark) }
                lo >>= 1
                hi >>= 1
            }
        }
    }

    /// The item running at `t`, else `booked`: the answer `SessionState.exportItem` gives.
    func item(at t: Int, booked: String?) -> String? {
        // The last time at or before t: its span is the one t falls in.
        var lo = 0, hi = times.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if times[mid] <= t { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return booked }
        var x = lo - 1 + times.count
        var mark = 0
        while x >= 1 {
            mark = max(mark, tree[x])
            x >>= 1
        }
        return mark > 0 ? ids[mark - 1] : booked
    }

    private static func index(of t: Int, in times: [Int]) -> Int {
        var lo = 0, hi = times.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if times[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
