// An export is written as it is made, not built whole and copied again: the renderers write their
// text here a piece at a time, and each time 64 KB has gathered it is handed on (to a file, to
// standard output, to a String in tests). The core does no I/O: the caller's sink does. A sink
// cannot fail the render; one that meets a write error remembers it and drops the rest, and the
// caller reports it after the render.

/// Text an export writes a piece at a time, handed on to `sink` as UTF-8 in chunks of about `chunkBytes`.
public final class ExportWriter {
    /// What has been written and not yet handed on, as UTF-8: `used` bytes of `capacity`. Raw
    /// memory rather than an array: an export writes a million small pieces, and an array held
    /// by a class was checked for exclusive access at every one (a quarter of a JSON export).
    ///
    /// Unchecked for exclusive access: a writer is used by one renderer on one thread, never
    /// re-entered (the sink is called with a view of the buffer and hands it on), and the dynamic
    /// check on these three was a fifth of a JSON export's instructions.
    @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var used = 0
    private let chunkBytes: Int
    private let sink: (UnsafeRawBufferPointer) -> Void

    /// A writer that hands each full chunk, and at `flush` the rest, to `sink`.
    public init(chunkBytes: Int = 1 << 16, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.chunkBytes = max(1, chunkBytes)
        self.sink = sink
        capacity = self.chunkBytes + 4096
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Writes `s`.
    public func write(_ s: String) {
        // A native or small string lends its UTF-8 in place; only a bridged one is copied first.
        if s.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            var copy = s
            copy.withUTF8 { append($0) }
        }
        if used >= chunkBytes { flush() }
    }

    /// Writes a literal piece, read in place from the program's own bytes: a JSON export writes a
    /// million quotes, commas and colons, and each as a String cost twice what its bytes do.
    @inline(__always)
    public func write(literal s: StaticString) {
        guard s.hasPointerRepresentation else { return write(s.description) }
        append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
        if used >= chunkBytes { flush() }
    }

    /// Writes `v` in decimal, as `String(v)` spells it, without making the String.
    public func write(int v: Int) {
        var m = v.magnitude
        var digits = 1
        var rest = m
        while rest >= 10 { rest /= 10; digits += 1 }
        let length = digits + (v < 0 ? 1 : 0)
        makeRoom(length)
        var p = buffer + used
        if v < 0 { p.pointee = 0x2D; p += 1 }
        var i = digits
        repeat {
            i -= 1
            p[i] = 0x30 + UInt8(truncatingIfNeeded: m % 10)
            m /= 10
        } while m > 0
        used += length
        if used >= chunkBytes { flush() }
    }

    /// Writes `count` spaces (an indent).
    public func writeSpaces(_ count: Int) {
        guard count > 0 else { return }
        makeRoom(count)
        (buffer + used).initialize(repeating: 0x20, count: count)
        used += count
        if used >= chunkBytes { flush() }
    }

    /// Writes `bytes` as they are (the caller's are whole UTF-8).
    func write(bytes: UnsafeBufferPointer<UInt8>) {
        append(bytes)
        if used >= chunkBytes { flush() }
    }

    /// Grows the buffer when `count` more bytes would not fit after what is pending.
    @inline(__always)
    private func makeRoom(_ count: Int) {
        if used + count > capacity { grow(count) }
    }

    /// The buffer made larger, for `count` more bytes than are pending and a chunk beyond.
    private func grow(_ count: Int) {
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: used + count + chunkBytes)
        grown.update(from: buffer, count: used)
        buffer.deallocate()
        buffer = grown
        capacity = used + count + chunkBytes
    }

    /// Copies `bytes` after what is pending, growing the buffer for a piece larger than its room.
    private func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, bytes.count > 0 else { return }
        makeRoom(bytes.count)
        let n = bytes.count
        let to = UnsafeMutableRawPointer(buffer + used)
        let src = UnsafeRawPointer(from)
        // Most pieces are a few bytes (a quote, a comma, a key): copied here rather than by a call
        // to memcpy, as two words that overlap when the piece is shorter than both (a byte loop
        // here was 50 instructions a piece, a sixth of the JSON export).
        if n >= 8 {
            if n <= 16 {
                let head = src.loadUnaligned(as: UInt64.self)
                let tail = src.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                to.storeBytes(of: head, as: UInt64.self)
                to.storeBytes(of: tail, toByteOffset: n - 8, as: UInt64.self)
            } else {
                to.copyMemory(from: src, byteCount: n)
            }
        } else if n >= 4 {
            let head = src.loadUnaligned(as: UInt32.self)
            let tail = src.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: n - 4, as: UInt32.self)
        } else {
            for i in 0..<n { to.storeBytes(of: from[i], toByteOffset: i, as: UInt8.self) }
        }
        used += n
    }

    /// Hands on what has been written so far.
    public func flush() {
        guard used > 0 else { return }
        sink(UnsafeRawBufferPointer(start: buffer, count: used))
        used = 0
    }

    /// Runs `body` with a writer and returns everything it wrote, as one String (for tests and small documents).
    public static func collect(_ body: (ExportWriter) -> Void) -> String {
        var all: [UInt8] = []
        let w = ExportWriter(sink: { all.append(contentsOf: $0) })
        body(w)
        w.flush()
        return String(decoding: all, as: UTF8.self)
    }
}

/// A renderer's lines, each written with its "\n" as it is appended: the renderers that lay out a
/// list of lines append here as they did to an array, and the lines are never all held at once.
struct ExportLines {
    let writer: ExportWriter
    /// Applied to each line before it is written (plain text drops trailing spaces).
    var each: ((String) -> String)? = nil

    init(_ writer: ExportWriter, each: ((String) -> String)? = nil) {
        self.writer = writer
        self.each = each
    }

    mutating func append(_ line: String) {
        writer.write(each.map { $0(line) } ?? line)
        writer.write("\n")
    }

    mutating func append<S: Sequence>(contentsOf lines: S) where S.Element == String {
        for line in lines { append(line) }
    }
}

/// A renderer's text, written as it is added with `+=`: the renderers that build one String add here instead.
struct ExportText {
    let writer: ExportWriter

    init(_ writer: ExportWriter) { self.writer = writer }

    static func += (lhs: inout ExportText, rhs: String) { lhs.writer.write(rhs) }
}
