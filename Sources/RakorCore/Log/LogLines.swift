#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the reader's lines come from: in order, each with its offset and whether it is the file's last.
protocol LogLineSource: ~Copyable {
    /// The next line, or nil at the end of the file; its bytes stay valid until the next call.
    mutating func next() throws(LogUnreadable) -> LogLines.Line?
    /// How many bytes the file has: right once the last line has been handed out.
    var length: Int { get }
}

/// A log's lines, read from a file in large blocks (memory stays at a block, not the file) or
/// taken from bytes already in memory.
///
/// A line is handed out only once the reader knows whether anything follows it, so the last line
/// (the only one a crash can tear) is known as the last.
struct LogLines: ~Copyable, LogLineSource {
    /// One line, without its newline; its bytes stay valid until the next call to `next()`.
    struct Line {
        var bytes: UnsafeBufferPointer<UInt8>
        /// Offset of its first byte in the file.
        var start: Int
        /// It ended in a newline (only the last line may not).
        var newline: Bool
        /// Nothing follows it in the file.
        var isLast: Bool
        /// Its event, when another thread decoded it ahead (`AheadLines`).
        var ahead: UnsafeMutablePointer<AheadSlot>? = nil
    }

    static let blockSize = 4 << 20

    private let fd: Int32
    private let path: String
    private let owned: Bool
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var filled: Int
    private var pos = 0
    /// The file offset of `base[0]`.
    private var consumed = 0
    private var eof: Bool

    /// Lines from an open file descriptor, which the caller closes after this is gone.
    init(fd: Int32, path: String, blockSize: Int = LogLines.blockSize) {
        self.fd = fd
        self.path = path
        owned = true
        capacity = max(1, blockSize)
        base = .allocate(capacity: capacity)
        filled = 0
        eof = false
    }

    /// Lines of bytes already in memory, which must outlive this.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        fd = -1
        path = ""
        owned = false
        base = UnsafeMutablePointer(mutating: bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)
        capacity = bytes.count
        filled = bytes.count
        eof = true
    }

    deinit { if owned { base.deallocate() } }

    /// How many bytes the file has: right once the last line has been handed out.
    var length: Int { consumed + filled }

    /// The next line, or nil at the end of the file.
    mutating func next() throws(LogUnreadable) -> Line? {
        while true {
            if pos < filled, let p = memchr(base + pos, 0x0A, filled - pos) {
                let nl = (base as UnsafeMutablePointer<UInt8>).distance(to: p.assumingMemoryBound(to: UInt8.self))
                if nl + 1 < filled || eof {
                    let line = Line(bytes: UnsafeBufferPointer(start: base + pos, count: nl - pos), start: consumed + pos,
                                    newline: true, isLast: eof && nl + 1 == filled)
                    pos = nl + 1
                    return line
                }
                // The newline ends the block: read on to learn whether this line is the last.
            } else if eof {
                guard pos < filled else { return nil }
                let line = Line(bytes: UnsafeBufferPointer(start: base + pos, count: filled - pos), start: consumed + pos,
                                newline: false, isLast: true)
                pos = filled
                return line
            }
            try refill()
        }
    }

    /// Keeps the unread bytes, at the front, and reads more after them (a line longer than the block grows it).
    private mutating func refill() throws(LogUnreadable) {
        if pos > 0 {
            if filled > pos { memmove(base, base + pos, filled - pos) }
            consumed += pos
            filled -= pos
            pos = 0
        }
        if filled == capacity {
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            bigger.update(from: base, count: filled)
            base.deallocate()
            base = bigger
            capacity *= 2
        }
        while true {
            let n = read(fd, base + filled, capacity - filled)
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw LogUnreadable(path: path, message: "cannot be read: \(String(cString: strerror(errno)))")
            }
            if n == 0 { eof = true } else { filled += n }
            return
        }
    }
}
