#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The events a replay walks: each one's seq and time at hand, the events themselves in memory
/// or, for a timeline read from a log file, read back from the file when a seek folds them.
///
/// As values a long log's events cost more than the file (`Event` is 152 bytes before its
/// strings); their places in the file cost 16. A seek folds fewer than a stride of events from a
/// cached state, so it reads back at most that many lines, in one read.
public struct ReplayEvents: Sendable {
    private var seqs: [Int]
    private var ts: [Int]
    /// The first `file.count` events, as lines of the log file.
    private let file: LogLineFile?
    /// The events after the file's (all of them, without a file).
    private var held: [Event]

    /// Events held in memory.
    public init(_ events: [Event]) {
        seqs = events.map(\.seq)
        ts = events.map(\.t)
        file = nil
        held = events
    }

    /// Events that lie in a file, at `places`, with these seqs and times.
    init(file: LogLineFile, seqs: [Int], ts: [Int]) {
        self.seqs = seqs
        self.ts = ts
        self.file = file
        held = []
    }

    public var count: Int { seqs.count }
    /// The seq of event `i`.
    public func seq(_ i: Int) -> Int { seqs[i] }
    /// The session time of event `i`.
    public func t(_ i: Int) -> Int { ts[i] }
    /// Whether the events are read back from a file.
    public var inFile: Bool { file != nil }
    /// Whether a read back found the file changed (the bytes at an event's place no longer decode to it).
    public var fileChanged: Bool { file?.changed ?? false }

    /// The position after every event with seq ≤ n (seqs never go back).
    func position(afterSeq n: Int) -> Int { countLeading(seqs) { $0 <= n } }
    /// The position after every event with time ≤ t (times never go back).
    func position(atTime t: Int) -> Int { countLeading(ts) { $0 <= t } }

    /// Calls `body` with each event of `range` in order. Stops, returning false, at an event the
    /// file no longer holds (the log was changed in place since it was read).
    @discardableResult
    public func forEach(in range: Range<Int>, _ body: (Int, borrowing Event) -> Void) -> Bool {
        let split = file?.count ?? 0
        if let file, range.lowerBound < split {
            let ok = file.forEach(in: range.lowerBound..<Swift.min(range.upperBound, split)) { i, e in
                guard e.seq == seqs[i], e.t == ts[i] else { return false }
                body(i, e)
                return true
            }
            if !ok { return false }
        }
        for i in Swift.max(range.lowerBound, split)..<Swift.max(range.upperBound, split) { body(i, held[i - split]) }
        return true
    }

    /// Event `i`, nil if the file no longer holds it.
    public func event(_ i: Int) -> Event? {
        var found: Event?
        forEach(in: i..<(i + 1)) { _, e in found = copy e }
        return found
    }

    /// Every event, in order (read back from the file, where they lie there).
    public var all: [Event] {
        var out: [Event] = []
        out.reserveCapacity(count)
        forEach(in: 0..<count) { _, e in out.append(copy e) }
        return out
    }

    /// These events followed by `new`, held in memory (a live log that grew).
    public func appending(_ new: [Event]) -> ReplayEvents {
        var next = self
        next.seqs += new.map(\.seq)
        next.ts += new.map(\.t)
        next.held += new
        return next
    }
}

/// Event lines of a log file found again by their places: the file held open, so a log renamed
/// or removed meanwhile still reads.
final class LogLineFile: Sendable {
    private let fd: Int32
    private let places: [LinePlace]
    private let changedFlag = Atomic<Bool>(false)

    /// Takes `fd` (closed with this object).
    init(fd: Int32, places: [LinePlace]) {
        self.fd = fd
        self.places = places
    }

    deinit { close(fd) }

    var count: Int { places.count }
    var changed: Bool { changedFlag.load(ordering: .relaxed) }

    /// Decodes the lines of `range` as the reader did; `body` returns false to stop. False when a
    /// line cannot be read or decoded again, or `body` stopped.
    func forEach(in range: Range<Int>, _ body: (Int, borrowing Event) -> Bool) -> Bool {
        guard let first = range.first, let last = range.last else { return true }
        let from = places[first].start
        let bytes = places[last].start + places[last].length - from
        let ok = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(1, bytes)) { buf -> Bool in
            guard let base = buf.baseAddress, readFully(into: base, count: bytes, at: from) else { return false }
            var e = Event.blank
            for i in range {
                let line = UnsafeBufferPointer(start: base + (places[i].start - from), count: places[i].length)
                if case .failure = LogLine.decode(line, into: &e) { return false }
                if !body(i, e) { return false }
            }
            return true
        }
        if !ok { changedFlag.store(true, ordering: .relaxed) }
        return ok
    }

    private func readFully(into base: UnsafeMutablePointer<UInt8>, count: Int, at offset: Int) -> Bool {
        var done = 0
        while done < count {
            let n = pread(fd, base + done, count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            done += n
        }
        return true
    }
}
