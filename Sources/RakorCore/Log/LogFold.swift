#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The reader's rules applied one event line at a time: what `LogReader` folds, whether the bytes
/// come in blocks from a file or all at once.
///
/// Lines arrive in order with their 1-based file line and byte offset; the caller says whether a
/// line is the file's last (only the last line can be a torn tail) and whether it ended in a newline.
struct LogFold {
    var state: SessionState
    let keepEvents: Bool
    /// Keep each event's line and its place in the file, not the event (a replay reads it back there).
    var keepPlaces = false
    var events: [Event] = []
    var eventLines: [Int] = []
    var eventPlaces: [LinePlace] = []
    var issues: [LogIssue]
    var damaged: [Int] = []
    var torn: TornTail? = nil
    var lastSeq = 0
    var lastT = 0
    var unverified = 0
    var seqGaps: [Int] = []
    var lastSeenSeq = 0
    var damagedSinceGood = 0
    var firstUnverifiedLine = 0
    var eventCount = 0
    var lastEventT = 0
    var lastEventClosed = false
    /// Sees each event about to be applied, its line and the state before it (replay's one pass).
    var beforeEach: ((Event, Int, SessionState) -> Void)? = nil
    /// Applies an event in place of `state.apply` (an export drafting its proceedings as it reads).
    var apply: ((inout SessionState, Event) -> String?)? = nil

    init(header: SessionHeader, issues: [LogIssue], keepEvents: Bool, expectedEvents: Int) {
        state = SessionState(header: header)
        self.issues = issues
        self.keepEvents = keepEvents
        if keepEvents {
            events.reserveCapacity(expectedEvents)
            eventLines.reserveCapacity(expectedEvents)
        }
    }

    /// Only what a crash can leave is a torn tail; a whole line breaking the seq/t rules is damage, and is never cut.
    private mutating func damage(_ message: String, line lineNo: Int, start: Int, isLast: Bool, fileLength: Int, tearable: Bool = true) {
        damagedSinceGood += 1
        if isLast && tearable {
            torn = TornTail(line: lineNo, goodLength: start, tornBytes: fileLength - start, reason: message)
            issues.append(LogIssue(line: lineNo, severity: .problem, message: "torn tail: \(message)"))
        } else {
            damaged.append(lineNo)
            issues.append(LogIssue(line: lineNo, severity: .problem, message: message))
        }
    }

    /// Folds one line (without its newline). `fileLength` need only be right when `isLast`.
    /// `ahead` is the line's event when another thread decoded it already (`AheadLines`).
    mutating func line(_ line: UnsafeBufferPointer<UInt8>, number lineNo: Int, start: Int, newline: Bool, isLast: Bool,
                       fileLength: Int, ahead: UnsafeMutablePointer<AheadSlot>? = nil) {
        if !newline {
            damage("the last line has no final newline", line: lineNo, start: start, isLast: isLast, fileLength: fileLength)
            return
        }
        if let ahead {
            // Moved out, not copied; the slot is left holding nothing to free.
            let slot = ahead.move()
            ahead.initialize(to: .redo)
            if case .event(let e, let verified) = consume slot {
                accept(e, verified: verified, line: lineNo, start: start, length: line.count, isLast: isLast,
                       fileLength: fileLength)
                return
            }
        }
        var e = Event.blank
        // A line the canonical path reads (accepted or not) holds no NUL byte: it admits no byte below
        // 0x20 anywhere. Only the lines it gives up on are scanned for one.
        var outcome = LogLine.decodeCanonical(line, into: &e)
        if outcome == nil {
            if let base = line.baseAddress, memchr(base, 0, line.count) != nil {
                damage("the line holds NUL bytes", line: lineNo, start: start, isLast: isLast, fileLength: fileLength)
                return
            }
            outcome = LogLine.decodeGeneral(line, into: &e)
        }
        let verified: Bool
        switch outcome! {
        case .failure(let f):
            // A line that parses and checks out but has wrong fields was written whole: damage, not a torn tail.
            switch f {
            case .notJSON, .badChecksum, .badChecksumKey:
                damage("\(f)", line: lineNo, start: start, isLast: isLast, fileLength: fileLength)
            case .badEnvelope, .badData:
                damage("\(f)", line: lineNo, start: start, isLast: isLast, fileLength: fileLength, tearable: false)
            }
            return
        case .verified: verified = true
        case .unverified: verified = false
        }
        accept(consume e, verified: verified, line: lineNo, start: start, length: line.count, isLast: isLast,
               fileLength: fileLength)
    }

    /// Takes the event (`consuming`): kept events are moved into the list, not copied.
    private mutating func accept(_ e: consuming Event, verified: Bool, line lineNo: Int, start: Int, length: Int,
                                 isLast: Bool, fileLength: Int) {
        let seq = e.seq
        defer { lastSeenSeq = max(lastSeenSeq, seq) }
        if e.seq <= lastSeq {
            damage(e.seq == lastSeq ? "seq \(e.seq) repeats the line before" : "seq \(e.seq) goes back (after \(lastSeq))",
                   line: lineNo, start: start, isLast: isLast, fileLength: fileLength, tearable: false)
            return
        }
        if e.t < lastT {
            damage("time goes backward: t \(e.t) after \(lastT)", line: lineNo, start: start, isLast: isLast, fileLength: fileLength,
                   tearable: false)
            return
        }
        // A jump past lines skipped above is not a gap: those events are in the file, only damaged.
        // Lines skipped as damaged since the last good one may hold the seqs in between.
        if e.seq != lastSeq + 1 && e.seq > lastSeenSeq + 1 && e.seq - max(lastSeq, lastSeenSeq) - 1 > damagedSinceGood {
            seqGaps.append(lineNo)
            let from = max(lastSeq, lastSeenSeq)
            issues.append(LogIssue(line: lineNo, severity: .problem,
                                   message: "seq jumps from \(from) to \(e.seq): \(e.seq - from - 1) event(s) missing"))
        }
        if !verified {
            unverified += 1
            if firstUnverifiedLine == 0 { firstUnverifiedLine = lineNo }
        }
        if case .unknown(let type, _) = e.kind {
            issues.append(LogIssue(line: lineNo, severity: .note, message: "unknown event type \"\(type)\": kept, changes nothing"))
        }
        beforeEach?(e, lineNo, state)
        let warning = if let apply { apply(&state, e) } else { state.apply(e) }
        if let w = warning {
            issues.append(LogIssue(line: lineNo, severity: .problem, message: "\(e.kind.typeName): \(w)"))
        }
        lastSeq = e.seq
        lastT = e.t
        damagedSinceGood = 0
        eventCount += 1
        lastEventT = e.t
        if case .sessionClosed = e.kind { lastEventClosed = true } else { lastEventClosed = false }
        if keepEvents {
            eventLines.append(lineNo)
            events.append(e)
        } else if keepPlaces {
            eventLines.append(lineNo)
            eventPlaces.append(LinePlace(start: start, length: length))
        }
    }

    /// The reading, once every line is folded.
    consuming func finish(header: SessionHeader, unknownVersion: Bool, fileLength: Int) -> LogReading {
        if unverified > 0 {
            issues.append(LogIssue(line: firstUnverifiedLine, severity: .note,
                                   message: "\(unverified) line(s) have no checksum: accepted as unverified"))
        }
        issues.sort { $0.line < $1.line }
        var reading = LogReading(header: header, state: state, events: events, eventLines: eventLines, issues: issues,
                                 tornTail: torn, damagedLines: damaged, seqGaps: seqGaps, unknownVersion: unknownVersion,
                                 fileLength: fileLength)
        reading.eventPlaces = eventPlaces
        reading.eventCount = eventCount
        reading.lastEventT = lastEventT
        reading.lastEventClosed = lastEventClosed
        return reading
    }
}
