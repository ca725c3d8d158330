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
    /// Where each event's line lies in the file, when the read was told to keep places instead of events.
    var eventPlaces: [LinePlace] = []
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

/// Where a line lies in a file: its first byte and its length without the newline.
struct LinePlace: Sendable, Equatable {
    var start: Int
    var length: Int
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
        try read(path: path, keepEvents: keepEvents, blockSize: LogLines.blockSize, beforeEach: beforeEach, apply: apply)
    }

    /// The file read in blocks of `blockSize` bytes (tests use tiny blocks to put lines across their edges).
    static func read(path: String, keepEvents: Bool, blockSize: Int,
                     beforeEach: ((Event, Int, SessionState) -> Void)? = nil,
                     apply: ((inout SessionState, Event) -> String?)? = nil) throws(LogUnreadable) -> LogReading {
        let fd = try LogFileBytes.openRegular(path: path)
        defer { close(fd) }
        return try read(fd: fd, path: path, keepEvents: keepEvents, blockSize: blockSize, beforeEach: beforeEach, apply: apply)
    }

    /// The file open on `fd` read from its start (the caller closes it). `keepPlaces` keeps each
    /// event's place in the file instead of the event (`keepEvents` false).
    static func read(fd: Int32, path: String, keepEvents: Bool, keepPlaces: Bool = false, blockSize: Int = LogLines.blockSize,
                     beforeEach: ((Event, Int, SessionState) -> Void)? = nil,
                     apply: ((inout SessionState, Event) -> String?)? = nil) throws(LogUnreadable) -> LogReading {
        let size = LogFileBytes.size(fd)
        // A log of a few chunks or more is decoded by two threads (the second costs about 0.1 ms to start).
        if blockSize == LogLines.blockSize && size >= 4 * AheadLines.chunkSize {
            var lines = AheadLines(fd: fd, path: path)
            return try read(&lines, path: path, keepEvents: keepEvents, keepPlaces: keepPlaces, expectedEvents: size / 160,
                            beforeEach: beforeEach, apply: apply)
        }
        var lines = LogLines(fd: fd, path: path, blockSize: blockSize)
        return try read(&lines, path: path, keepEvents: keepEvents, keepPlaces: keepPlaces, expectedEvents: size / 160,
                        beforeEach: beforeEach, apply: apply)
    }

    /// The file decoded ahead by a second thread in chunks of `chunkSize` bytes, whatever its size
    /// (tests cut small logs into many chunks to put lines across their edges).
    static func readAhead(path: String, chunkSize: Int, keepEvents: Bool = true,
                          beforeEach: ((Event, Int, SessionState) -> Void)? = nil,
                          apply: ((inout SessionState, Event) -> String?)? = nil) throws(LogUnreadable) -> LogReading {
        let fd = try LogFileBytes.openRegular(path: path)
        defer { close(fd) }
        var lines = AheadLines(fd: fd, path: path, chunkSize: chunkSize)
        return try read(&lines, path: path, keepEvents: keepEvents, expectedEvents: LogFileBytes.size(fd) / 160,
                        beforeEach: beforeEach, apply: apply)
    }

    /// Reads a log from its bytes; `path` names it in messages.
    public static func read(bytes: [UInt8], path: String) throws(LogUnreadable) -> LogReading {
        try bytes.withUnsafeBufferPointer { buf throws(LogUnreadable) in try read(buf, path: path) }
    }

    static func read(_ buf: UnsafeBufferPointer<UInt8>, path: String, keepEvents: Bool = true,
                     beforeEach: ((Event, Int, SessionState) -> Void)? = nil,
                     apply: ((inout SessionState, Event) -> String?)? = nil) throws(LogUnreadable) -> LogReading {
        var lines = LogLines(buf)
        return try read(&lines, path: path, keepEvents: keepEvents, expectedEvents: buf.count / 160,
                        beforeEach: beforeEach, apply: apply)
    }

    /// The one fold behind both: the header line, then every event line through `LogFold`.
    static func read<Lines: LogLineSource & ~Copyable>(_ lines: inout Lines, path: String, keepEvents: Bool,
                     keepPlaces: Bool = false, expectedEvents: Int,
                     beforeEach: ((Event, Int, SessionState) -> Void)? = nil,
                     apply: ((inout SessionState, Event) -> String?)? = nil) throws(LogUnreadable) -> LogReading {
        guard let first = try lines.next() else {
            throw LogUnreadable(path: path, message: "the file is empty: it has no header line")
        }
        let h = first.bytes
        if h.count >= 3, h[0] == 0xEF, h[1] == 0xBB, h[2] == 0xBF {
            throw LogUnreadable(path: path, message: "line 1 starts with a byte-order mark; a session log has none")
        }
        // Line 1: the header.
        let header: SessionHeader
        do {
            let v = try JSONParser.parse(h)
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
        if !first.newline {
            issues.append(LogIssue(line: 1, severity: .problem, message: "the header line has no final newline (torn)"))
            var state = SessionState(header: header)
            state.lastSeq = 0
            return LogReading(header: header, state: state, events: [], eventLines: [], issues: issues,
                              tornTail: nil, damagedLines: [], seqGaps: [], unknownVersion: unknownVersion, fileLength: lines.length)
        }

        var fold = LogFold(header: header, issues: issues, keepEvents: keepEvents, expectedEvents: expectedEvents)
        fold.keepPlaces = keepPlaces
        fold.beforeEach = beforeEach
        fold.apply = apply
        var lineNo = 1
        while let line = try lines.next() {
            lineNo += 1
            fold.line(line.bytes, number: lineNo, start: line.start, newline: line.newline, isLast: line.isLast,
                      fileLength: lines.length, ahead: line.ahead)
            if !line.newline { break }
        }
        return fold.finish(header: header, unknownVersion: unknownVersion, fileLength: lines.length)
    }

    static func nextNewline(_ buf: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < buf.count, let base = buf.baseAddress else { return nil }
        guard let p = memchr(base + from, 0x0A, buf.count - from) else { return nil }
        return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
    }
}
