// The plain-text export's paragraphs, wrapped and written straight from their bytes.
//
// `NotulenText.hanging` makes every wrapped line a String, then the line with its lead another,
// and for an entry it first makes the text it wraps out of the label, the text and the details:
// nearly half of the export's own work. For a text of plain scalars (Text/Wrapping.swift) under a
// lead as wide as the indent after it, the lines are ranges of the text's bytes, so they are
// written as ranges after their lead. Anything else takes `hanging`; `HangingLinesTests` checks
// the two write the same.

extension ExportLines {
    /// Writes `text` as `NotulenText.hanging(text, first:, rest: indent spaces, width:)` lays it
    /// out, each line's trailing spaces dropped, or returns false having written nothing when that
    /// needs the grapheme path: a scalar that is not plain in either, an empty text or one that
    /// opens with a line break, or a lead whose room differs from the indent's. `indent` nil: as
    /// many spaces as `first` takes columns.
    mutating func writeHanging(_ text: UnsafeBufferPointer<UInt8>, first: UnsafeBufferPointer<UInt8>,
                               indent: Int? = nil, width: Int) -> Bool {
        guard let lead = text.first, lead != 0x0A else { return false }
        return narrowPlainScalars.withUnsafeBufferPointer { narrow in
            guard let firstColumns = plainColumns(first, narrow: narrow) else { return false }
            let indent = indent ?? firstColumns
            let room = max(10, width - indent)
            guard max(10, width - firstColumns) == room,
                  let columns = plainColumns(text, narrow: narrow) else { return false }
            // The lead without its trailing spaces, for a line with nothing after it.
            var bareFirst = first.count
            while bareFirst > 0, first[bareFirst - 1] == 0x20 { bareFirst -= 1 }
            let writer = self.writer
            var isFirst = true
            plainWrapLines(text, width: room, multibyte: columns < text.count) { from, to in
                if to > from {
                    if isFirst { writer.write(bytes: first) } else { writer.writeSpaces(indent) }
                    writer.write(bytes: UnsafeBufferPointer(rebasing: text[from..<to]))
                } else if isFirst {
                    writer.write(bytes: UnsafeBufferPointer(rebasing: first[0..<bareFirst]))
                }
                writer.write(literal: "\n")
                isFirst = false
            }
            return true
        }
    }
}

extension NotulenText {
    /// `hanging(text, first:, rest: indent spaces, width:)` appended to `out`, from the bytes where it can be.
    static func appendHanging(_ text: String, first: String, indent: Int, width: Int, to out: inout ExportLines) {
        var t = text
        var f = first
        let written = t.withUTF8 { tb in f.withUTF8 { fb in out.writeHanging(tb, first: fb, indent: indent, width: width) } }
        if !written {
            out.append(contentsOf: hanging(text, first: first, rest: .repeated(" ", count: indent), width: width))
        }
    }
}

/// The cells of a ruled table's row, laid out as bytes and written a line at a time.
///
/// `NotulenText.actionTable` wraps each cell to lines, pads every line and joins them, a String
/// at each step. With plain cells the lines are ranges of the cells' bytes, so a row is written
/// from one buffer of the cells' bytes, its padding as spaces laid down.
struct TableRowWriter {
    /// The cells' bytes, one after another.
    private var bytes: [UInt8] = []
    /// Each line of each cell: its bytes and the columns they take.
    private var lines: [(from: Int, to: Int, columns: Int)] = []
    /// Where each cell's lines start in `lines`, and one past the last.
    private var cellLines: [Int] = []

    /// Writes the row's lines as `NotulenText.actionTable`'s row gives them ("| a | b |", each
    /// cell wrapped and padded to its width), or returns false having written nothing when a cell is not plain.
    mutating func write(_ cells: [String], widths: [Int], to writer: ExportWriter) -> Bool {
        bytes.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        cellLines.removeAll(keepingCapacity: true)
        var bounds: [(Int, Int)] = []
        bounds.reserveCapacity(cells.count)
        for cell in cells {
            let start = bytes.count
            bytes.appendUTF8(cell)
            bounds.append((start, bytes.count))
        }
        let laidOut = narrowPlainScalars.withUnsafeBufferPointer { narrow in
            bytes.withUnsafeBufferPointer { all -> Bool in
                for ((start, end), width) in zip(bounds, widths) {
                    let cell = UnsafeBufferPointer(rebasing: all[start..<end])
                    guard let columns = plainColumns(cell, narrow: narrow) else { return false }
                    let multibyte = columns < cell.count
                    cellLines.append(lines.count)
                    plainWrapLines(cell, width: width, multibyte: multibyte) { from, to in
                        var c = to - from
                        if multibyte { c = 0; for j in from..<to where cell[j] & 0xC0 != 0x80 { c += 1 } }
                        lines.append((start + from, start + to, c))
                    }
                }
                return true
            }
        }
        guard laidOut else { return false }
        cellLines.append(lines.count)
        var height = 1
        for c in 0..<cells.count { height = max(height, cellLines[c + 1] - cellLines[c]) }
        bytes.withUnsafeBufferPointer { all in
            for i in 0..<height {
                writer.write(literal: "| ")
                for (c, width) in widths.enumerated() {
                    if c > 0 { writer.write(literal: " | ") }
                    let k = cellLines[c] + i
                    if k < cellLines[c + 1] {
                        let line = lines[k]
                        writer.write(bytes: UnsafeBufferPointer(rebasing: all[line.from..<line.to]))
                        writer.writeSpaces(width - line.columns)
                    } else {
                        writer.writeSpaces(width)
                    }
                }
                writer.write(literal: " |\n")
            }
        }
        return true
    }
}
