import Foundation
import Synchronization

/// A log's lines read in chunks by a second thread, which decodes each chunk's canonical lines
/// ahead of the fold; the fold's thread decodes beside it whenever it catches up.
///
/// Only the decoding moves. The fold still takes every line in order on its own thread, with the
/// same file line, offset, newline and last-line facts as `LogLines` gives, and a line the
/// canonical path does not accept (damage, a hand-written line) is decoded again there, by the
/// same code as before: a reading is the same whichever thread decoded a line.
struct AheadLines: ~Copyable, LogLineSource {
    /// Bytes a chunk is read in (a line longer than that grows its chunk).
    static let chunkSize = 512 << 10

    private let pipe: AheadPipeline
    private var chunk: AheadChunk?
    private var index = 0
    private var ended = false
    /// How many bytes the file has: right once the last line has been handed out.
    private(set) var length = 0

    /// Lines of an open file descriptor; it is duplicated, so the caller may close its own at any time.
    init(fd: Int32, path: String, chunkSize: Int = AheadLines.chunkSize) {
        pipe = AheadPipeline(fd: dup(fd), path: path, chunkSize: max(1, chunkSize))
        pipe.start()
    }

    deinit { pipe.stop() }

    /// The next line, or nil at the end of the file; its bytes and slot stay valid until the next call.
    mutating func next() throws(LogUnreadable) -> LogLines.Line? {
        while true {
            if let c = chunk, index < c.lineCount {
                index += 1
                return c.line(index - 1)
            }
            if chunk != nil {
                chunk = nil
                pipe.release()
            }
            if ended { return nil }
            guard let c = try pipe.take() else {
                ended = true
                return nil
            }
            c.decode()
            c.waitDecoded()
            length = c.offset + c.count
            chunk = c
            index = 0
        }
    }
}

/// What a chunk's decoder left for one line: its event, or nothing (the fold decodes the line itself).
enum AheadSlot {
    case redo
    case event(Event, verified: Bool)
}

/// One chunk of whole lines, with a slot per line for its decoded event.
///
/// Shared between the two threads without a lock, which is safe because of how it is used: its
/// bytes and line bounds are written before it is published (through `AheadPipeline`'s mutex); each
/// slot is written by the one thread that claimed its group; the fold reads the slots only after
/// `done` (release/acquire, or the semaphore) says every group is written.
final class AheadChunk: @unchecked Sendable {
    /// Lines a thread claims at a time.
    static let group = 32

    let bytes: UnsafeMutablePointer<UInt8>
    let count: Int
    /// The file offset of `bytes[0]`.
    let offset: Int
    private let starts: [Int]
    private let ends: [Int]
    /// The last line ended in a newline (only the file's last line may not).
    private let lastHasNewline: Bool
    /// The chunk's last line is the file's last.
    let isFinal: Bool
    /// Lines that end in a newline: those the decoders take.
    private let decodable: Int
    private let slots: UnsafeMutablePointer<AheadSlot>
    private let claimed = Atomic<Int>(0)
    private let done = Atomic<Int>(0)
    private let finished = DispatchSemaphore(value: 0)

    init(bytes: UnsafeMutablePointer<UInt8>, count: Int, offset: Int, starts: [Int], ends: [Int],
         lastHasNewline: Bool, isFinal: Bool) {
        self.bytes = bytes; self.count = count; self.offset = offset
        self.starts = starts; self.ends = ends
        self.lastHasNewline = lastHasNewline; self.isFinal = isFinal
        decodable = lastHasNewline ? starts.count : starts.count - 1
        slots = .allocate(capacity: max(1, decodable))
    }

    deinit {
        // Every claimed group was written whole before the last reference went.
        slots.deinitialize(count: min(decodable, claimed.load(ordering: .acquiring) * Self.group))
        slots.deallocate()
        bytes.deallocate()
    }

    var lineCount: Int { starts.count }

    /// Line `i`, as `LogLines` hands it out, with its slot when it was decoded ahead.
    func line(_ i: Int) -> LogLines.Line {
        let last = i == starts.count - 1
        return LogLines.Line(bytes: UnsafeBufferPointer(start: bytes + starts[i], count: ends[i] - starts[i]),
                             start: offset + starts[i], newline: !last || lastHasNewline, isLast: isFinal && last,
                             ahead: i < decodable ? slots + i : nil)
    }

    /// Decodes groups of lines until none is left to claim (called by both threads).
    func decode() {
        let groups = (decodable + Self.group - 1) / Self.group
        while true {
            let g = claimed.wrappingAdd(1, ordering: .relaxed).oldValue
            if g >= groups { return }
            let lo = g * Self.group, hi = min(decodable, lo + Self.group)
            for i in lo..<hi {
                var e = Event.blank
                let slot: AheadSlot = switch LogLine.decodeCanonical(
                    UnsafeBufferPointer(start: bytes + starts[i], count: ends[i] - starts[i]), into: &e) {
                case .verified?: .event(consume e, verified: true)
                case .unverified?: .event(consume e, verified: false)
                case .failure?, nil: .redo
                }
                (slots + i).initialize(to: slot)
            }
            if done.add(hi - lo, ordering: .acquiringAndReleasing).newValue == decodable { finished.signal() }
        }
    }

    /// Waits until every decodable line has its slot written.
    func waitDecoded() {
        if done.load(ordering: .acquiring) < decodable { finished.wait() }
    }
}

/// The reading thread and the chunks it has published, between it and the fold.
final class AheadPipeline: Sendable {
    private enum Item: Sendable {
        case chunk(AheadChunk)
        case end
        case failed(LogUnreadable)
    }
    private struct Shared: Sendable {
        var items: [Item] = []
        var stopped = false
    }

    /// Chunks read ahead of the one being folded, at most.
    static let ahead = 3

    private let fd: Int32
    private let path: String
    private let chunkSize: Int
    private let shared = Mutex(Shared())
    private let published = DispatchSemaphore(value: 0)
    // Made at 0 and signalled: libdispatch stops a program that frees a semaphore below its first value.
    private let room = DispatchSemaphore(value: 0)
    private let exited = DispatchSemaphore(value: 0)

    init(fd: Int32, path: String, chunkSize: Int) {
        self.fd = fd; self.path = path; self.chunkSize = chunkSize
        for _ in 0..<Self.ahead { room.signal() }
    }

    func start() {
        let thread = Thread { [self] in work() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The reading thread: read a chunk, publish it, decode what the fold has not taken, again.
    private func work() {
        defer {
            close(fd)
            exited.signal()
        }
        var reader = ChunkReader(fd: fd, path: path, chunkSize: chunkSize)
        while true {
            room.wait()
            if shared.withLock({ $0.stopped }) { return }
            let item: Item
            do throws(LogUnreadable) {
                item = try reader.next().map { .chunk($0) } ?? .end
            } catch {
                item = .failed(error)
            }
            shared.withLock { $0.items.append(item) }
            published.signal()
            guard case .chunk(let c) = item else { return }
            c.decode()
            if c.isFinal {
                shared.withLock { $0.items.append(.end) }
                published.signal()
                return
            }
        }
    }

    /// The next chunk in file order (waiting for it), nil at the end of the file.
    func take() throws(LogUnreadable) -> AheadChunk? {
        published.wait()
        let item = shared.withLock { $0.items.removeFirst() }
        switch item {
        case .chunk(let c): return c
        case .end: return nil
        case .failed(let e): throw e
        }
    }

    /// The fold is done with a chunk: the reader may read one more.
    func release() { room.signal() }

    /// Stops the reading thread and waits for it to close its descriptor.
    func stop() {
        shared.withLock { $0.stopped = true }
        room.signal()
        exited.wait()
    }
}

/// Cuts a file into chunks of whole lines, by `LogLines`' rule: a line is handed out once the
/// reader knows whether anything follows it.
private struct ChunkReader {
    let fd: Int32
    let path: String
    let chunkSize: Int
    /// The bytes after the last line handed out: the start of the next chunk.
    private var carry: [UInt8] = []
    private var consumed = 0
    private var eof = false

    init(fd: Int32, path: String, chunkSize: Int) {
        self.fd = fd; self.path = path; self.chunkSize = chunkSize
    }

    mutating func next() throws(LogUnreadable) -> AheadChunk? {
        if eof && carry.isEmpty { return nil }
        var capacity = max(chunkSize, carry.count + 1)
        var buf = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        var filled = carry.count
        carry.withUnsafeBufferPointer { if let b = $0.baseAddress { buf.update(from: b, count: $0.count) } }
        carry.removeAll(keepingCapacity: true)
        var starts: [Int] = [], ends: [Int] = []
        var pos = 0
        var lastHasNewline = true
        while true {
            while filled < capacity && !eof {
                let n = read(fd, buf + filled, capacity - filled)
                if n < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    let message = String(cString: strerror(errno))
                    buf.deallocate()
                    throw LogUnreadable(path: path, message: "cannot be read: \(message)")
                }
                if n == 0 { eof = true } else { filled += n }
            }
            while pos < filled, let p = memchr(buf + pos, 0x0A, filled - pos) {
                let nl = buf.distance(to: p.assumingMemoryBound(to: UInt8.self))
                // A newline that ends what was read: read on to learn whether its line is the last.
                guard nl + 1 < filled || eof else { break }
                starts.append(pos)
                ends.append(nl)
                pos = nl + 1
            }
            if eof && pos < filled {
                starts.append(pos)
                ends.append(filled)
                pos = filled
                lastHasNewline = false
            }
            if !starts.isEmpty { break }
            if eof {
                buf.deallocate()
                return nil
            }
            // Not one whole line yet: a longer line, a bigger chunk.
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            bigger.update(from: buf, count: filled)
            buf.deallocate()
            buf = bigger
            capacity *= 2
        }
        if pos < filled { carry.append(contentsOf: UnsafeBufferPointer(start: buf + pos, count: filled - pos)) }
        let chunk = AheadChunk(bytes: buf, count: pos, offset: consumed, starts: starts, ends: ends,
                               lastHasNewline: lastHasNewline, isFinal: eof && carry.isEmpty)
        consumed += pos
        return chunk
    }
}
