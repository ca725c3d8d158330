extension String {
    /// This text cut to at most `width` columns, ending in "…" when anything was cut; the cut
    /// falls at a word boundary when one is near (within a third of the width), so a cut
    /// never leaves half a word that reads as another word or a wrong number.
    public func truncatedAtWord(toWidth width: Int) -> String {
        if width <= 0 { return "" }
        if !isWider(than: width) { return self }
        if width == 1 { return "…" }
        let room = width - 1
        if let cut = asciiTruncatedAtWord(room: room) { return cut }
        // Only the head can show: a grapheme is at least one column wide unless it is a rare
        // zero-width one, so room + 2 graphemes decide the cut, and the whole text is read only
        // when zero-width graphemes use the head up (a long note cut every frame stays cheap).
        var chars = Array(prefix(room + 2))
        var widths = graphemeWidths(chars)
        var used = 0, end = 0
        while end < chars.count, used + widths[end] <= room { used += widths[end]; end += 1 }
        if end == chars.count, chars.count == room + 2 {
            chars = Array(self)
            widths = graphemeWidths(chars)
            used = 0; end = 0
            while end < chars.count, used + widths[end] <= room { used += widths[end]; end += 1 }
        }
        // Back up to the last space if it is near; drop the separators left dangling before it.
        var cut = end
        if end < chars.count, chars[end] != " " {
            var k = end
            while k > 0, chars[k - 1] != " " { k -= 1 }
            if k > 0, end - k <= max(3, room / 3) { cut = k }
        }
        var head = Array(chars[..<cut])
        while let last = head.last, last == " " || last == "·" || last == "," || last == "-" || last == "–" || last == ":" {
            head.removeLast()
        }
        if head.isEmpty { head = Array(chars[..<end]) }
        return String(head) + "…"
    }

    /// `truncatedAtWord` for printable ASCII wider than `room + 1`, where every grapheme is one
    /// byte and one column: the same cut, made on the bytes (a panel cuts dozens of lines a frame).
    private func asciiTruncatedAtWord(room: Int) -> String? {
        guard utf8.count > room + 1, isPrintableASCII else { return nil }
        return utf8.withContiguousStorageIfAvailable { b -> String in
            let space = UInt8(ascii: " ")
            let end = room
            var cut = end
            if b[end] != space {
                var k = end
                while k > 0, b[k - 1] != space { k -= 1 }
                if k > 0, end - k <= max(3, room / 3) { cut = k }
            }
            // The separators the general path drops that are ASCII: space, comma, hyphen, colon.
            while cut > 0 {
                let c = b[cut - 1]
                guard c == space || c == UInt8(ascii: ",") || c == UInt8(ascii: "-") || c == UInt8(ascii: ":") else { break }
                cut -= 1
            }
            if cut == 0 { cut = end }
            return String(decoding: UnsafeBufferPointer(rebasing: b[..<cut]), as: UTF8.self) + "…"
        }
    }

    /// A title cut to `width` columns from the middle, so its end (the year, the place) stays:
    /// "Rapat Koordinasi … se Kalimantan Timur Tahun 2020". Falls back to a cut at the end
    /// when the end alone does not fit.
    public func shortenedFromMiddle(toWidth width: Int) -> String {
        if displayWidth <= width { return self }
        let words = split(separator: " ").map(String.init)
        guard words.count >= 3 else { return truncatedAtWord(toWidth: width) }
        // Keep the last words (at least the year, when there is one), then as many first words as fit.
        var tail: [String] = []
        var tailWidth = 0
        for w in words.reversed().dropLast() {
            let add = w.displayWidth + 1
            if tailWidth + add > width / 2, !tail.isEmpty { break }
            tail.insert(w, at: 0)
            tailWidth += add
        }
        let tailText = tail.joined(separator: " ")
        let headRoom = width - tailText.displayWidth - 3   // " … "
        guard headRoom >= 4 else { return truncatedAtWord(toWidth: width) }
        var head: [String] = []
        var headWidth = 0
        for w in words.prefix(words.count - tail.count) {
            let add = w.displayWidth + (head.isEmpty ? 0 : 1)
            if headWidth + add > headRoom { break }
            head.append(w)
            headWidth += add
        }
        if head.isEmpty { return String(self).truncatedAtWord(toWidth: width) }
        return head.joined(separator: " ") + " … " + tailText
    }
}
