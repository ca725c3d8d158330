import Foundation

/// One thing a reader found wrong (a problem) or worth saying (a note), by line.
public struct LogIssue: Equatable, Sendable {
    public enum Severity: String, Sendable { case problem, note }
    public var line: Int
    public var severity: Severity
    public var message: String

    public init(line: Int, severity: Severity, message: String) {
        self.line = line; self.severity = severity; self.message = message
    }
}

/// A log that cannot be read as a session log at all.
public struct LogUnreadable: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

/// The last line, torn by a crash: where the good part of the file ends.
public struct TornTail: Equatable, Sendable {
    public var line: Int
    /// The file's length without the torn bytes.
    public var goodLength: Int
    public var tornBytes: Int
    public var reason: String
}

/// Everything a reader learns from a log: the folded state, the events kept, and what was wrong.
public struct LogReading: Sendable {
    public var header: SessionHeader
    public var state: SessionState
    /// The events that were applied, in order (damaged lines skipped); empty when the read was told not to keep them.
    public var events: [Event]
    /// How many events were applied (kept or not).
    public var eventCount: Int = 0
    /// The `t` of the last event applied (0 before any).
    public var lastEventT: Int = 0
    /// The 1-based file line of each kept event.
    public var eventLines: [Int]
    public var issues: [LogIssue]
    public var tornTail: TornTail?
    /// Lines damaged in the middle (not the torn tail), 1-based.
    public var damagedLines: [Int]
    /// Lines whose seq jumps forward: events are missing before them.
    public var seqGaps: [Int]
    /// The version is one this reader does not know: read-only.
    public var unknownVersion: Bool
    public var fileLength: Int

    public var problems: [LogIssue] { issues.filter { $0.severity == .problem } }
    public var notes: [LogIssue] { issues.filter { $0.severity == .note } }
    /// The last event is `session.closed`.
    public var endsClean: Bool { lastEventClosed }
    /// The last event applied was `session.closed`.
    public var lastEventClosed = false
}

/// Reads session logs by the spec's rules: the one reader behind verify, replay, export and resume.
public enum LogReader {
    /// Reads the file at `path`: a regular file, or an unreadable error that says what the path is.
    /// `keepEvents: false` folds without keeping the events (verify): memory then follows the state, not the file.
    /// `beforeEach`, if given, sees each event about to be applied, its file line and the state before it (replay folds in the same pass).
    /// `apply`, when given, applies each event to the state in place of `state.apply` (and returns its
    /// warning): an export drafts its proceedings from the reader's one fold (see `ProceedingsDraft`).
    public static func read(path: String, keepEvents: Bool = true,
                            beforeEach: ((Event, Int, SessionState) -> Void)? = nil,
                            apply: ((inout SessionState, Event) -> String?)? = nil) throws(LogUnreadable) -> LogReading {
        let bytes = try LogFileBytes.read(path: path)
        return try bytes.withUnsafeBufferPointer { buf throws(LogUnreadable) in
            try read(buf, path: path, keepEvents: keepEvents, beforeEach: beforeEach, apply: apply)
        }
    }

    /// Reads a log from its bytes; `path` names it in messages.
    public static func read(bytes: [UInt8], path: String) throws(LogUnreadable) -> LogReading {
        try bytes.withUnsafeBufferPointer { buf throws(LogUnreadable) in try read(buf, path: path) }
    }

    static func read(_ buf: UnsafeBufferPointer<UInt8>, path: String, keepEvents: Bool = true,
                     beforeEach: ((Event, Int, SessionState) -> Void)? = nil,
                     apply: ((inout SessionState, Event) -> String?)? = nil) throws(LogUnreadable) -> LogReading {
        let n = buf.count
        guard n > 0 else { throw LogUnreadable(path: path, message: "the file is empty: it has no header line") }
        var start = 0
        if n >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF {
            throw LogUnreadable(path: path, message: "line 1 starts with a byte-order mark; a session log has none")
        }
        // Line 1: the header.
        let headerEnd = nextNewline(buf, from: 0) ?? n
        let header: SessionHeader
        do {
            let v = try JSONParser.parse(UnsafeBufferPointer(rebasing: buf[0..<headerEnd]))
            header = try SessionHeader.decode(v)
        } catch let e as JSONParseError {
            throw LogUnreadable(path: path, message: "line 1 is not a session log header: not JSON (\(e.message) at byte \(e.offset + 1))")
        } catch let e as EventDataError {
            throw LogUnreadable(path: path, message: "line 1: \(e.message)")
        } catch {
            throw LogUnreadable(path: path, message: "line 1: \(error)")
        }
        var issues: [LogIssue] = []
        if !ZoneClock.knows(header.tz) {
            // Shown in WIB instead: every time in the notulen would be off by the zone's difference.
            issues.append(LogIssue(line: 1, severity: .problem,
                                   message: "tz \"\(header.tz)\" is not a time zone this system knows: times are shown in WIB (UTC+7), which may be wrong; use an IANA name such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura"))
        }
        let unknownVersion = header.version != SessionHeader.currentVersion
        if unknownVersion {
            issues.append(LogIssue(line: 1, severity: .note,
                                   message: "format version \(header.version) is not known to this reader (it knows 1): reading it read-only, as well as it can"))
        }
        if headerEnd == n {
            issues.append(LogIssue(line: 1, severity: .problem, message: "the header line has no final newline (torn)"))
            var state = SessionState(header: header)
            state.lastSeq = 0
            return LogReading(header: header, state: state, events: [], eventLines: [], issues: issues,
                              tornTail: nil, damagedLines: [], seqGaps: [], unknownVersion: unknownVersion, fileLength: n)
        }
        start = headerEnd + 1

        var state = SessionState(header: header)
        var events: [Event] = []
        var eventLines: [Int] = []
        var damaged: [Int] = []
        var torn: TornTail? = nil
        var lastSeq = 0
        var lastT = 0
        var lineNo = 1
        var unverified = 0
        var seqGaps: [Int] = []
        var lastSeenSeq = 0
        var damagedSinceGood = 0
        var firstUnverifiedLine = 0
        var eventCount = 0
        var lastEventT = 0
        var lastEventClosed = false
        if keepEvents {
            events.reserveCapacity(n / 160)
            eventLines.reserveCapacity(n / 160)
        }

        while start < n {
            lineNo += 1
            let nl = nextNewline(buf, from: start)
            let end = nl ?? n
            let line = UnsafeBufferPointer(rebasing: buf[start..<end])
            let isLast = nl == nil || nl! + 1 >= n
            let lineStart = start
            start = end + 1

            // Only what a crash can leave is a torn tail; a whole line breaking the seq/t rules is damage, and is never cut.
            func damage(_ message: String, tearable: Bool = true) {
                damagedSinceGood += 1
                if isLast && tearable {
                    torn = TornTail(line: lineNo, goodLength: lineStart, tornBytes: n - lineStart, reason: message)
                    issues.append(LogIssue(line: lineNo, severity: .problem, message: "torn tail: \(message)"))
                } else {
                    damaged.append(lineNo)
                    issues.append(LogIssue(line: lineNo, severity: .problem, message: message))
                }
            }

            if nl == nil {
                damage("the last line has no final newline")
                break
            }
            if let base = line.baseAddress, memchr(base, 0, line.count) != nil {
                damage("the line holds NUL bytes")
                continue
            }
            switch LogLine.decode(line) {
            case .failure(let f):
                // A line that parses and checks out but has wrong fields was written whole: damage, not a torn tail.
                switch f {
                case .notJSON, .badChecksum, .badChecksumKey: damage("\(f)")
                case .badEnvelope, .badData: damage("\(f)", tearable: false)
                }
            case .success(let d):
                let e = d.event
                defer { lastSeenSeq = max(lastSeenSeq, e.seq) }
                if e.seq <= lastSeq {
                    damage(e.seq == lastSeq ? "seq \(e.seq) repeats the line before" : "seq \(e.seq) goes back (after \(lastSeq))",
                           tearable: false)
                    continue
                }
                if e.t < lastT {
                    damage("time goes backward: t \(e.t) after \(lastT)", tearable: false)
                    continue
                }
                // A jump past lines skipped above is not a gap: those events are in the file, only damaged.
                // Lines skipped as damaged since the last good one may hold the seqs in between.
                if e.seq != lastSeq + 1 && e.seq > lastSeenSeq + 1 && e.seq - max(lastSeq, lastSeenSeq) - 1 > damagedSinceGood {
                    seqGaps.append(lineNo)
                    let from = max(lastSeq, lastSeenSeq)
                    issues.append(LogIssue(line: lineNo, severity: .problem,
                                           message: "seq jumps from \(from) to \(e.seq): \(e.seq - from - 1) event(s) missing"))
                }
                if !d.verified {
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
                    events.append(e)
                    eventLines.append(lineNo)
                }
            }
        }
        if unverified > 0 {
            issues.append(LogIssue(line: firstUnverifiedLine, severity: .note,
                                   message: "\(unverified) line(s) have no checksum: accepted as unverified"))
        }
        issues.sort { $0.line < $1.line }
        var reading = LogReading(header: header, state: state, events: events, eventLines: eventLines, issues: issues,
                                 tornTail: torn, damagedLines: damaged, seqGaps: seqGaps, unknownVersion: unknownVersion, fileLength: n)
        reading.eventCount = eventCount
        reading.lastEventT = lastEventT
        reading.lastEventClosed = lastEventClosed
        return reading
    }

    static func nextNewline(_ buf: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < buf.count, let base = buf.baseAddress else { return nil }
        guard let p = memchr(base + from, 0x0A, buf.count - from) else { return nil }
        return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
    }
}
