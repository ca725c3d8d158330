import RakorCore
import Synchronization

/// The minutes view's lines (item headings, each entry wrapped), made once per change of
/// what they show rather than once a frame: wrapping 10,000 entries took 106 ms, and the
/// view is redrawn every second.
struct MinutesLines: Sendable {
    struct Line: Sendable {
        var text: String
        var role: String
        var entryIndex: Int?
    }

    /// Everything the lines depend on. Two keys are the same when their lists share storage
    /// (the state did not change: O(1)); lists equal in content but stored apart count as a
    /// change and the lines are made again, which is right, only slower.
    struct Key: Equatable, Sendable {
        var entries: IdentifiedList<MinutesEntry>
        var items: IdentifiedList<AgendaItem>
        var speakers: IdentifiedList<Speaker>
        var search: String?
        var textWidth: Int
        var lang: Language
        var zone: ZoneClock

        static func == (a: Key, b: Key) -> Bool {
            a.textWidth == b.textWidth && a.search == b.search && a.lang == b.lang && a.zone == b.zone
                && a.entries.sharesStorage(with: b.entries) && a.items.sharesStorage(with: b.items)
                && a.speakers.sharesStorage(with: b.speakers)
        }
    }

    var lines: [Line] = []
    /// How many entries the view lists (after the search).
    var entryCount = 0
    /// The first line of each listed entry (nil when it wrapped to no line at all).
    var firstLine: [Int?] = []

    /// The last lines made, with their key: one entry is enough for the one view on screen.
    private static let cache = Mutex<(key: Key, lines: MinutesLines)?>(nil)

    /// The lines for `ctx` at `textWidth` columns of text, from the cache when nothing they show changed.
    static func lines(_ ctx: ViewContext, textWidth: Int) -> MinutesLines {
        let s = ctx.state
        let key = Key(entries: s.entries, items: s.items, speakers: s.speakers, search: ctx.ui.search,
                      textWidth: textWidth, lang: ctx.lang, zone: ctx.zone)
        if let hit = cache.withLock({ $0?.key == key ? $0?.lines : nil }) { return hit }
        let made = make(ctx, textWidth: textWidth)
        cache.withLock { $0 = (key, made) }
        return made
    }

    /// An entry's text wrapped at a width, by the text's bytes (see ExactText).
    private struct WrapKey: Hashable {
        var body: ExactText
        var width: Int
    }

    /// Each entry's wrapped lines, kept across changes: a note added to 10,000 entries wrapped
    /// all of them again (280 ms) for one new line. Wrapping is a pure function of the text and
    /// the width, so a kept answer is the one that would be made again. Emptied when full.
    private static let wraps = Mutex([WrapKey: [String]]())
    static let wrapsKept = 100_000

    /// An item heading whenever the item changes, then each entry wrapped.
    private static func make(_ ctx: ViewContext, textWidth: Int) -> MinutesLines {
        wraps.withLock { memo in
            if memo.count >= wrapsKept { memo.removeAll(keepingCapacity: true) }
            return make(ctx, textWidth: textWidth) { body in
                let key = WrapKey(body: ExactText(body), width: textWidth)
                if let kept = memo[key] { return kept }
                let made = inert(body, keepNewlines: true).wrapped(toWidth: textWidth)
                memo[key] = made
                return made
            }
        }
    }

    private static func make(_ ctx: ViewContext, textWidth: Int, wrap: (String) -> [String]) -> MinutesLines {
        let s = ctx.state
        let list = MinutesView.entries(s, search: ctx.ui.search)
        var out = MinutesLines()
        out.entryCount = list.count
        out.firstLine.reserveCapacity(list.count)
        var lastItem: String?? = .none
        let pad = String(repeating: " ", count: 11)
        for (i, e) in list.enumerated() {
            if lastItem == .none || lastItem! != e.item {
                let heading = e.item.flatMap { s.items[id: $0]?.title } ?? ctx.t("(di luar acara)", "(outside the rundown)")
                out.lines.append(Line(text: "■ " + heading, role: "panel.title", entryIndex: nil))
                lastItem = .some(e.item)
            }
            var body = e.text
            if e.kind == .action {
                let owner = e.owner.map { ctx.t("PJ: ", "owner: ") + $0 }
                let due = e.due.map { ctx.t("batas: ", "due: ") + $0 }
                let extra = [owner, due].compactMap { $0 }.joined(separator: " · ")
                if !extra.isEmpty { body += " [" + extra + "]" }
            }
            if let sp = e.speaker { body += " — " + (s.speakers[id: sp]?.name ?? sp) }
            let wrapped = wrap(body)
            out.firstLine.append(wrapped.isEmpty ? nil : out.lines.count)
            for (k, w) in wrapped.enumerated() {
                let lead = k == 0 ? ctx.hm(e.addedT) + " " + MinutesPanel.tag(e.kind, ctx).padded(toWidth: 5) : pad
                out.lines.append(Line(text: lead + " " + w, role: k == 0 ? "minutes.\(e.kind.rawValue)" : "text", entryIndex: i))
            }
        }
        return out
    }
}
