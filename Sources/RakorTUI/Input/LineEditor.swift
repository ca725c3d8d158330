import RakorCore

/// What a key did to a `LineEditor`.
public enum LineEditResult: Equatable, Sendable {
    /// The text changed (save the draft, redraw).
    case edited
    /// Only the cursor moved (redraw).
    case moved
    /// The user asked to submit: Enter in a one-line field; Ctrl-S or Alt-Enter in either.
    case submitted
    /// The user asked to cancel: Esc or Ctrl-G.
    case cancelled
    /// The editor did nothing with the key; let the form or keymap have it.
    case ignored
}

/// A text field with readline keys, as a pure value: the form owns one, feeds it
/// `InputEvent`s and draws what `render(width:height:)` returns.
///
/// Text is held as graphemes and the cursor is a grapheme index, so ←/→, Backspace and
/// Delete always move over or remove a whole user-perceived character (an emoji, "é",
/// "漢"). Everything inserted is made inert first, so the field never holds a control
/// character; a one-line field turns pasted newlines into spaces.
///
/// Keys: ←/→ (Ctrl-B/Ctrl-F) by grapheme, Alt-B/Alt-F by word; Home/End (Ctrl-A/Ctrl-E) to
/// the start/end of the line (in a multi-line field, the line between newlines); Backspace;
/// Delete and Ctrl-D; Ctrl-K kills to the end of the line (at its end, the newline);
/// Ctrl-U kills to its start; Ctrl-W kills the previous whitespace-separated word; Alt-D the
/// next word; Ctrl-Y puts back the last kill; Enter submits a one-line field and inserts a
/// newline in a multi-line one; ↑/↓ move between visual lines of a multi-line field
/// (wrapped at `layoutWidth`).
public struct LineEditor: Equatable, Sendable {
    /// Whether Enter inserts a newline (true) or submits (false).
    public let multiline: Bool
    /// The most graphemes the field holds; insertions beyond it are cut. nil: no limit.
    public var maxLength: Int?
    /// The width the field is drawn at, for ↑/↓ over wrapped lines; nil moves by the lines
    /// between newlines. Set it to the width passed to `render`.
    public var layoutWidth: Int?
    /// The text as graphemes.
    public private(set) var graphemes: [Character]
    /// The cursor, as an index into `graphemes` (0 … count).
    public private(set) var cursor: Int
    /// The text most recently killed (Ctrl-K/U/W, Alt-D), which Ctrl-Y inserts.
    public private(set) var killBuffer: String = ""
    /// The column ↑/↓ aim for, kept across a run of vertical moves.
    private var goalColumn: Int?
    /// The whole text is selected, as a prefilled value is: the first character typed
    /// replaces it and Backspace or Delete clears it; a cursor key keeps it for editing.
    public var selectsAll: Bool = false

    /// A field holding `text` (made inert), the cursor at its end.
    public init(text: String = "", multiline: Bool = false, maxLength: Int? = nil) {
        self.multiline = multiline
        self.maxLength = maxLength
        var chars = Array(inert(text, keepNewlines: multiline))
        if let maxLength, chars.count > maxLength { chars.removeLast(chars.count - maxLength) }
        self.graphemes = chars
        self.cursor = chars.count
    }

    /// The text.
    public var text: String { String(graphemes) }
    /// Whether the field holds no text.
    public var isEmpty: Bool { graphemes.isEmpty }

    /// Replaces the text (made inert) and puts the cursor at its end.
    public mutating func setText(_ text: String) {
        let (width, kill) = (layoutWidth, killBuffer)
        self = LineEditor(text: text, multiline: multiline, maxLength: maxLength)
        layoutWidth = width
        killBuffer = kill
    }

    /// Moves the cursor to a grapheme index (clamped to the text).
    public mutating func moveCursor(to index: Int) {
        cursor = min(max(0, index), graphemes.count)
        goalColumn = nil
    }

    // MARK: Keys

    /// Applies one input event and says what it did.
    public mutating func handle(_ event: InputEvent) -> LineEditResult {
        let vertical: Bool
        switch event {
        case .key(.up), .key(.down): vertical = true
        default: vertical = false
        }
        if !vertical { goalColumn = nil }
        if selectsAll {
            selectsAll = false
            switch event {
            case .char, .paste:
                graphemes = []
                cursor = 0
            case .key(.backspace), .key(.delete), .ctrl("d"):
                guard !graphemes.isEmpty else { return .ignored }
                graphemes = []
                cursor = 0
                return .edited
            case .key(.escape), .ctrl("g"), .key(.enter), .alt("\n"), .alt("\r"), .ctrl("s"):
                selectsAll = true   // leaving the field does not change what is selected
            default:
                break
            }
        }

        switch event {
        case .char(let c): return insert(String(c)) ? .edited : .ignored
        case .paste(let s): return insert(s) ? .edited : .ignored
        case .key(.enter): return multiline ? (insert("\n") ? .edited : .ignored) : .submitted
        case .alt("\n"), .alt("\r"), .ctrl("s"): return .submitted
        case .key(.escape), .ctrl("g"): return .cancelled

        case .key(.left), .ctrl("b"): return move(to: cursor - 1)
        case .key(.right), .ctrl("f"): return move(to: cursor + 1)
        case .alt("b"): return move(to: wordStart(before: cursor))
        case .alt("f"): return move(to: wordEnd(after: cursor))
        case .key(.home), .ctrl("a"): return move(to: lineStart(cursor))
        case .key(.end), .ctrl("e"): return move(to: lineEnd(cursor))
        case .key(.up): return moveVertically(-1)
        case .key(.down): return moveVertically(+1)

        case .key(.backspace): return cursor > 0 ? remove(cursor - 1..<cursor, kill: false) : .ignored
        case .key(.delete), .ctrl("d"):
            return cursor < graphemes.count ? remove(cursor..<cursor + 1, kill: false) : .ignored
        case .ctrl("k"):
            var end = lineEnd(cursor)
            if end == cursor && end < graphemes.count { end += 1 }   // at the end: join the next line
            return remove(cursor..<end, kill: true)
        case .ctrl("u"): return remove(lineStart(cursor)..<cursor, kill: true)
        case .ctrl("w"): return remove(spaceSeparatedWordStart(before: cursor)..<cursor, kill: true)
        case .alt("d"): return remove(cursor..<wordEnd(after: cursor), kill: true)
        case .ctrl("y"): return insert(killBuffer) ? .edited : .ignored

        default: return .ignored
        }
    }

    /// Inserts text at the cursor (made inert; cut to `maxLength`); whether anything changed.
    @discardableResult
    public mutating func insert(_ s: String) -> Bool {
        var new = Array(inert(s, keepNewlines: multiline))
        if let maxLength { new = Array(new.prefix(max(0, maxLength - graphemes.count))) }
        guard !new.isEmpty else { return false }
        // A typed combining mark or a joined emoji arrives one scalar at a time; re-segment
        // the seam on both sides so it merges with its neighbours into one grapheme.
        let lo = max(0, cursor - 1)
        let hi = min(graphemes.count, cursor + 1)
        let before = String(graphemes[lo..<cursor]) + String(new)
        let all = Array(before + String(graphemes[cursor..<hi]))
        graphemes.replaceSubrange(lo..<hi, with: all)
        cursor = min(lo + Array(before).count, lo + all.count)
        // If the text after the cursor merged into the insertion, stay at a boundary.
        cursor = min(cursor, graphemes.count)
        return true
    }

    private mutating func move(to index: Int) -> LineEditResult {
        let target = min(max(0, index), graphemes.count)
        guard target != cursor else { return .ignored }
        cursor = target
        return .moved
    }

    private mutating func remove(_ range: Range<Int>, kill: Bool) -> LineEditResult {
        guard !range.isEmpty else { return .ignored }
        if kill { killBuffer = String(graphemes[range]) }
        graphemes.removeSubrange(range)
        cursor = range.lowerBound
        return .edited
    }

    private func lineStart(_ i: Int) -> Int {
        var j = i
        while j > 0 && graphemes[j - 1] != "\n" { j -= 1 }
        return j
    }

    private func lineEnd(_ i: Int) -> Int {
        var j = i
        while j < graphemes.count && graphemes[j] != "\n" { j += 1 }
        return j
    }

    private static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_"
    }

    /// Readline's backward-word: over non-word characters, then over word characters.
    private func wordStart(before i: Int) -> Int {
        var j = i
        while j > 0 && !Self.isWordCharacter(graphemes[j - 1]) { j -= 1 }
        while j > 0 && Self.isWordCharacter(graphemes[j - 1]) { j -= 1 }
        return j
    }

    /// Readline's forward-word: over non-word characters, then over word characters.
    private func wordEnd(after i: Int) -> Int {
        var j = i
        while j < graphemes.count && !Self.isWordCharacter(graphemes[j]) { j += 1 }
        while j < graphemes.count && Self.isWordCharacter(graphemes[j]) { j += 1 }
        return j
    }

    /// Readline's unix-word-rubout: over whitespace, then over non-whitespace.
    private func spaceSeparatedWordStart(before i: Int) -> Int {
        var j = i
        while j > 0 && graphemes[j - 1].isWhitespace { j -= 1 }
        while j > 0 && !graphemes[j - 1].isWhitespace { j -= 1 }
        return j
    }

    private mutating func moveVertically(_ delta: Int) -> LineEditResult {
        guard multiline else { return .ignored }
        let layout = Layout(graphemes, width: layoutWidth ?? Int.max / 4)
        let (row, col) = layout.locate(cursor)
        let target = row + delta
        guard target >= 0 && target < layout.ranges.count else { return .ignored }
        let goal = goalColumn ?? col
        cursor = layout.index(row: target, column: goal)
        goalColumn = goal
        return .moved
    }

    // MARK: Drawing

    /// The field drawn `width` columns wide: the visible lines, and the cursor's row and
    /// column within them.
    ///
    /// A one-line field is one line that scrolls sideways in steps of half its width to keep
    /// the cursor in view. A multi-line field is word-wrapped (`String.wrapped(toWidth:)`
    /// rules); with `height`, only `height` lines show, scrolled so the cursor's row is in
    /// view. A cursor after a full line is shown at the start of an extra empty row below it.
    public func render(width: Int, height: Int? = nil) -> (lines: [String], cursorRow: Int, cursorCol: Int) {
        guard width > 0 else { return ([""], 0, 0) }
        return multiline ? renderWrapped(width: width, height: height) : renderOneLine(width: width)
    }

    private func renderOneLine(width: Int) -> (lines: [String], cursorRow: Int, cursorCol: Int) {
        let widths = graphemeWidths(graphemes)
        let cursorCol = widths[..<cursor].reduce(0, +)
        var startCol = 0
        if cursorCol >= width {
            let step = max(1, width / 2)
            startCol = ((cursorCol - width) / step + 1) * step
        }
        // First grapheme starting at or after startCol (never half a wide one).
        var start = 0, col = 0
        while start < graphemes.count && col < startCol {
            col += widths[start]
            start += 1
        }
        let shownFrom = col
        var line = ""
        var used = 0
        var i = start
        while i < graphemes.count && used + widths[i] <= width {
            line.append(graphemes[i])
            used += widths[i]
            i += 1
        }
        return ([line], 0, cursorCol - shownFrom)
    }

    /// How many rows the field takes drawn `width` columns wide, counting at most `limit`:
    /// a form sizes a note's box without wrapping all of a long text.
    public func visualLineCount(width: Int, atMost limit: Int) -> Int {
        guard multiline, width > 0, limit > 0 else { return 1 }
        var count = 0
        var start = 0
        while true {
            let end = lineEnd(start)
            count += softWrapRanges(graphemes, in: start..<end, width: width, limit: limit - count).ranges.count
            if count >= limit { return limit }
            if end >= graphemes.count { break }
            start = end + 1
        }
        // A short text: count exactly, with the row a cursor after a full line opens.
        return min(limit, renderWrapped(width: width, height: nil).lines.count)
    }

    private func renderWrapped(width: Int, height: Int?) -> (lines: [String], cursorRow: Int, cursorCol: Int) {
        if let height, height > 0 { return renderWindow(width: width, height: height) }
        let layout = Layout(graphemes, width: width)
        var lines: [String] = layout.ranges.map { r in
            var line = ""
            var used = 0
            for i in r {
                let w = layout.widths[i]
                if used + w > width { break }     // only hanging spaces reach past the edge
                line.append(graphemes[i])
                used += w
            }
            while line.last == " " { line.removeLast() }
            return line
        }
        var (row, col) = layout.locate(cursor)
        if col >= width {
            // Past a full line: the next grapheme typed lands at the start of the row below,
            // which is the next wrapped row if there is one, else a new empty row.
            let soft = row + 1 < layout.ranges.count && layout.ranges[row + 1].lowerBound == layout.ranges[row].upperBound
            if !soft { lines.insert("", at: row + 1) }
            row += 1
            col = 0
        }
        guard let height, height > 0, lines.count > height else { return (lines, row, col) }
        let first = max(0, row - height + 1)
        return (Array(lines[first..<(first + height)]), row - first, col)
    }

    /// One drawn row of the window: graphemes `range` (widths from `widths[range.lowerBound - base]`),
    /// or the empty row a cursor after a full line opens.
    private struct WindowRow {
        var range: Range<Int>?
        var widths: [Int]
        var base: Int
    }

    /// The rows of the paragraph `start..<end` (between hard newlines), wrapped.
    private func paragraphRows(_ start: Int, _ end: Int, width: Int) -> [WindowRow] {
        let (ranges, widths) = softWrapRanges(graphemes, in: start..<end, width: width)
        return ranges.map { WindowRow(range: $0, widths: widths, base: start) }
    }

    /// The `height` rows around the cursor, wrapping only the paragraphs they come from: the
    /// cursor's, and those above or below it while rows are still missing. The same rows as
    /// wrapping the whole text and taking its window, without wrapping a long note whole twice a frame.
    private func renderWindow(width: Int, height: Int) -> (lines: [String], cursorRow: Int, cursorCol: Int) {
        let pStart = lineStart(cursor), pEnd = lineEnd(cursor)
        let (ranges, widths) = softWrapRanges(graphemes, in: pStart..<pEnd, width: width)
        var rows = ranges.map { WindowRow(range: $0, widths: widths, base: pStart) }
        var row = ranges.lastIndex { $0.lowerBound <= cursor } ?? 0
        let lo = ranges[row].lowerBound
        var col = cursor > lo ? widths[(lo - pStart)..<(cursor - pStart)].reduce(0, +) : 0
        if col >= width {
            // As in the whole-text layout: past a full line the cursor starts the row below.
            let soft = row + 1 < ranges.count && ranges[row + 1].lowerBound == ranges[row].upperBound
            if !soft { rows.insert(WindowRow(range: nil, widths: [], base: 0), at: row + 1) }
            row += 1
            col = 0
        }
        // Rows above the cursor's, from the paragraphs before, until the window is full.
        var above = row
        var firstStart = pStart
        while above < height - 1 && firstStart > 0 {
            let end = firstStart - 1            // the "\n" ending the paragraph above
            let start = lineStart(end)
            let more = paragraphRows(start, end, width: width)
            rows.insert(contentsOf: more, at: 0)
            row += more.count
            above += more.count
            firstStart = start
        }
        let first: Int
        if above >= height - 1 {
            first = row - (height - 1)
            rows = Array(rows[first...row])
        } else {
            // The text's top is in view: fill downward from it.
            first = 0
            var lastEnd = pEnd
            while rows.count < height && lastEnd < graphemes.count {
                let start = lastEnd + 1
                let end = lineEnd(start)
                rows += paragraphRows(start, end, width: width)
                lastEnd = end
            }
            rows = Array(rows.prefix(height))
        }
        let lines = rows.map { r -> String in
            guard let range = r.range else { return "" }
            var line = ""
            var used = 0
            for i in range {
                let w = r.widths[i - r.base]
                if used + w > width { break }     // only hanging spaces reach past the edge
                line.append(graphemes[i])
                used += w
            }
            while line.last == " " { line.removeLast() }
            return line
        }
        return (lines, row - first, col)
    }

    /// Wrapped lines and the arithmetic between grapheme indices and (row, column).
    private struct Layout {
        let ranges: [Range<Int>]
        let widths: [Int]

        init(_ chars: [Character], width: Int) {
            ranges = softWrapRanges(chars, width: width)
            widths = graphemeWidths(chars)
        }

        /// The row and column of the cursor at `index`. At a soft break the cursor belongs
        /// to the start of the lower line.
        func locate(_ index: Int) -> (row: Int, col: Int) {
            let row = ranges.lastIndex { $0.lowerBound <= index } ?? 0
            let lo = ranges[row].lowerBound
            let col = index > lo ? widths[lo..<index].reduce(0, +) : 0
            return (row, col)
        }

        /// The grapheme index on `row` whose column is nearest `column` from the left.
        func index(row: Int, column: Int) -> Int {
            let r = ranges[row]
            var end = r.upperBound
            // At a soft break the end of this row is the start of the next; stop short of it.
            if row + 1 < ranges.count && ranges[row + 1].lowerBound == r.upperBound && !r.isEmpty { end -= 1 }
            var i = r.lowerBound
            var col = 0
            while i < end && col + widths[i] <= column {
                col += widths[i]
                i += 1
            }
            return i
        }
    }
}
