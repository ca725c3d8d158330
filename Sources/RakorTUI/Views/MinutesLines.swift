import RakorCore
import Synchronization

/// The minutes view's lines (item headings, each entry wrapped), made once per change of
/// what they show rather than once a frame: wrapping 10,000 entries took 106 ms, and the
/// view is redrawn every second. After a change only what follows the first changed entry is
/// made again: a note added to 10,000 entries makes one entry's lines, not 10,000.
struct MinutesLines: Sendable {
    struct Line: Sendable, Equatable {
        var text: String
        var role: String
        var entryIndex: Int?
    }

    /// Everything the lines depend on. Two keys are the same when their lists share storage
    /// (the state did not change: O(1)); lists equal in content but stored apart count as a
    /// change, and the lines are brought up to date (see `updated`).
    struct Key: Equatable, Sendable {
        var entries: IdentifiedList<MinutesEntry>
        var items: IdentifiedList<AgendaItem>
        var speakers: IdentifiedList<Speaker>
        var search: String?
        var textWidth: Int
        var lang: Language
        var zone: ZoneClock

        static func == (a: Key, b: Key) -> Bool {
            a.sameFrame(b) && a.entries.sharesStorage(with: b.entries) && a.items.sharesStorage(with: b.items)
                && a.speakers.sharesStorage(with: b.speakers)
        }

        /// The same width, search, language and zone: what every line reads besides the state.
        func sameFrame(_ b: Key) -> Bool {
            textWidth == b.textWidth && search == b.search && lang == b.lang && zone == b.zone
        }

        init(_ ctx: ViewContext, textWidth: Int) {
            let s = ctx.state
            entries = s.entries; items = s.items; speakers = s.speakers
            search = ctx.ui.search; self.textWidth = textWidth; lang = ctx.lang; zone = ctx.zone
        }
    }

    /// One entry of the state's list, deleted or not, as drawn: a heading when its item differs
    /// from the last listed entry's, then its wrapped text. No lines when it is not listed.
    struct Block: Sendable {
        var lines: [Line] = []
        var headed = false
    }

    /// One block per entry of the state's list, in its order.
    private var blocks: [Block] = []
    /// starts[r]: the first line of block r.
    private var starts: [Int] = []
    /// The state's index of each listed entry (after the search).
    private var listed: [Int] = []
    /// How many lines in all.
    private(set) var lineCount = 0
    /// What the lines read besides the entries: each speaker id named, with the name drawn
    /// (nil: drawn as the id), and each item id headed, with the title drawn (nil: "outside").
    private var speakerNames: [String: String?] = [:]
    private var itemTitles: [String: String?] = [:]

    /// How many entries the view lists (after the search).
    var entryCount: Int { listed.count }

    /// Line `n` (0 ≤ n < lineCount).
    func line(_ n: Int) -> Line {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= n { lo = mid } else { hi = mid - 1 }
        }
        return blocks[lo].lines[n - starts[lo]]
    }

    /// Every line, in order (for tests and small views).
    var allLines: [Line] { blocks.flatMap(\.lines) }

    /// The first line of listed entry `i`, nil when it wrapped to no line at all.
    func firstLine(ofEntry i: Int) -> Int? {
        let r = listed[i], b = blocks[r]
        let lead = b.headed ? 1 : 0
        return b.lines.count > lead ? starts[r] + lead : nil
    }

    /// The last lines made, with their key: one entry is enough for the one view on screen.
    private static let cache = Mutex<(key: Key, lines: MinutesLines)?>(nil)

    /// The lines for `ctx` at `textWidth` columns of text, from the cache when nothing they show changed.
    static func lines(_ ctx: ViewContext, textWidth: Int) -> MinutesLines {
        let key = Key(ctx, textWidth: textWidth)
        if let hit = cache.withLock({ $0?.key == key ? $0?.lines : nil }) { return hit }
        // Taken out of the cache, the last lines are held once, so bringing them up to date
        // changes their lists in place instead of copying 10,000 blocks.
        var last = cache.withLock { kept in
            let taken = kept
            kept = nil
            return taken
        }
        var made: MinutesLines
        if var l = last {
            last = nil
            if !update(&l.lines, from: l.key, to: key, ctx) { l.lines = make(ctx, key: key) }
            made = l.lines
        } else {
            made = make(ctx, key: key)
        }
        cache.withLock { $0 = (key, made) }
        return made
    }

    /// The lines for `ctx`, from `last` (the lines made for another key) where they still hold:
    /// the same frame, every speaker name and item title they drew unchanged, and the entries
    /// before the first changed one. The rest is made as `make` makes it.
    static func updated(_ last: (key: Key, lines: MinutesLines)?, to key: Key, _ ctx: ViewContext) -> MinutesLines {
        guard var out = last?.lines, let made = last?.key, update(&out, from: made, to: key, ctx) else { return make(ctx, key: key) }
        return out
    }

    /// Brings `lines`, made for `made`, up to date for `key`; false when they cannot be (another
    /// frame, a name or title they drew changed) and must be made from nothing.
    private static func update(_ lines: inout MinutesLines, from made: Key, to key: Key, _ ctx: ViewContext) -> Bool {
        guard made.sameFrame(key), lines.stillReads(made, key) else { return false }
        let kept = key.entries.commonPrefixCount(with: made.entries)
        lines.truncate(toBlocks: min(kept, lines.blocks.count))
        lines.extend(ctx, key: key)
        return true
    }

    /// All the lines for `ctx`, made from nothing (but each entry's wrap may be kept).
    static func make(_ ctx: ViewContext, key: Key) -> MinutesLines {
        var out = MinutesLines()
        out.extend(ctx, key: key)
        return out
    }

    /// Whether every speaker name and item title the lines drew is still drawn so.
    private func stillReads(_ made: Key, _ now: Key) -> Bool {
        (now.speakers.sharesStorage(with: made.speakers)
            || speakerNames.allSatisfy { id, name in now.speakers.read(id: id) { $0.name } == name })
            && (now.items.sharesStorage(with: made.items)
                || itemTitles.allSatisfy { id, title in now.items.read(id: id) { $0.title } == title })
    }

    /// Keeps the first `n` blocks and what they list.
    private mutating func truncate(toBlocks n: Int) {
        guard n < blocks.count else { return }
        lineCount = starts[n]
        blocks.removeSubrange(n...)
        starts.removeSubrange(n...)
        while let r = listed.last, r >= n { listed.removeLast() }
    }

    /// Makes the blocks of the entries after those kept.
    private mutating func extend(_ ctx: ViewContext, key: Key) {
        let s = ctx.state
        guard blocks.count < s.entries.count else { return }
        let query = MinutesView.query(key.search)
        var lastItem: String?? = .none
        if let r = listed.last { lastItem = .some(s.entries[r].item) }
        let pad = String(repeating: " ", count: 11)
        for r in blocks.count..<s.entries.count {
            let e = s.entries[r]
            var b = Block()
            if MinutesView.lists(e, query: query) {
                let i = listed.count
                listed.append(r)
                if lastItem == .none || lastItem! != e.item {
                    let title = e.item.flatMap { id in s.items.read(id: id) { $0.title } }
                    if let id = e.item, itemTitles[id] == nil { itemTitles[id] = title }
                    b.lines.append(Line(text: "■ " + (title ?? ctx.t("(di luar acara)", "(outside the rundown)")),
                                        role: "panel.title", entryIndex: nil))
                    b.headed = true
                    lastItem = .some(e.item)
                }
                var body = e.text
                if e.kind == .action {
                    let owner = e.owner.map { ctx.t("PJ: ", "owner: ") + $0 }
                    let due = e.due.map { ctx.t("batas: ", "due: ") + $0 }
                    let extra = [owner, due].compactMap { $0 }.joined(separator: " · ")
                    if !extra.isEmpty { body += " [" + extra + "]" }
                }
                if let sp = e.speaker {
                    let name = s.speakers.read(id: sp) { $0.name }
                    // Once an id: while these lines hold, every name they drew is still drawn so.
                    if speakerNames[sp] == nil { speakerNames[sp] = name }
                    body += " — " + (name ?? sp)
                }
                let wrapped = MinutesLines.wraps.value(WrapKey(body: ExactText(body), width: key.textWidth)) {
                    inert($0.body.text, keepNewlines: true).wrapped(toWidth: $0.width)
                }
                for (k, w) in wrapped.enumerated() {
                    let lead = k == 0 ? ctx.hm(e.addedT) + " " + MinutesPanel.tag(e.kind, ctx).padded(toWidth: 5) : pad
                    b.lines.append(Line(text: lead + " " + w, role: k == 0 ? "minutes.\(e.kind.rawValue)" : "text", entryIndex: i))
                }
            }
            starts.append(lineCount)
            lineCount += b.lines.count
            blocks.append(b)
        }
    }

    /// An entry's text wrapped at a width, by the text's bytes (see ExactText).
    private struct WrapKey: Hashable, Sendable {
        var body: ExactText
        var width: Int
    }

    /// Each entry's wrapped lines, kept across changes: wrapping is a pure function of the text
    /// and the width, so a kept answer is the one that would be made again; when the lines are
    /// made from nothing (a new width, a search) the wraps are still there. Emptied when full.
    private static let wraps = PureMemo<WrapKey, [String]>(capacity: 100_000)
}
