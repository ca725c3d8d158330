import Foundation

/// A log reopened for writing after a crash or a close, with what was done to it.
public struct ResumedLog {
    public var log: SessionLog
    /// The log as read, before the events appended on resume.
    public var reading: LogReading
    /// The state after the resume events.
    public var state: SessionState
    /// Every event of the session, in order, including those appended on resume.
    public var events: [Event]
    /// Where the damaged original was copied before its torn tail was cut.
    public var backupPath: String?
}

extension SessionLog {
    /// Continues an interrupted or closed session: copy aside, cut a torn tail (and nothing else), append `session.recovered`.
    ///
    /// Refuses a log damaged in the middle, or of a version this writer does not know.
    public static func resume(path: String, nowMs: Int, by: String? = nil) throws(LogOpenError) -> ResumedLog {
        // Say what the path is before anything else: never write through a symlink, never open a FIFO for writing.
        switch FileKind.of(path) {
        case .symlink?: throw .symlink(path)
        case .regular?, nil: break
        case let kind?: throw .notAFile(path, kind.phrase)
        }
        let bytes: [UInt8]
        do { bytes = try LogFileBytes.read(path: path) } catch { throw .cannotOpen(path, error.message) }
        if let why = headerMissing(bytes) { throw .noHeader(path, reason: why) }
        let reading: LogReading
        do {
            reading = try LogReader.read(bytes: bytes, path: path)
        } catch {
            throw .cannotOpen(path, error.message)
        }
        if reading.unknownVersion { throw .unknownVersion(path, reading.header.version) }
        if let first = reading.damagedLines.first {
            let reason = reading.issues.first { $0.line == first }?.message ?? "damaged"
            throw .damaged(path, line: first, reason: reason)
        }
        if let gap = reading.seqGaps.first {
            let reason = reading.issues.first { $0.line == gap }?.message ?? "events are missing"
            throw .damaged(path, line: gap, reason: reason)
        }
        // An unknown zone is reported by every reader, but it is no reason to stop a meeting.
        if let headerProblem = reading.problems.first(where: { $0.line == 1 && !$0.message.hasPrefix("tz ") }) {
            throw .damaged(path, line: 1, reason: headerProblem.message)
        }
        let sink = try FileLogSink(path: path, create: false)
        var backup: String? = nil
        var length = reading.fileLength
        if let torn = reading.tornTail {
            let stamp = RFC3339.format(ms: nowMs).replacingOccurrences(of: ":", with: "")
            let aside = "\(path).broken-\(stamp)"
            // The file's bytes, as read, into a new file: never a copy of a link, never over another file.
            do throws(SafeFileError) { try SafeFile.createNew(aside, bytes) } catch {
                sink.close()
                throw .cannotOpen(aside, "cannot copy the log aside before cutting its torn tail: \(error.message)")
            }
            backup = aside
            do {
                try sink.truncate(to: torn.goodLength)
                try sink.sync()
            } catch {
                sink.close()
                throw .cannotOpen(path, error.description)
            }
            length = torn.goodLength
        }
        let log = SessionLog(path: path, sink: sink, length: length, events: reading.events.count)
        var state = reading.state
        let t = max(nowMs - reading.header.startedAtMs, state.lastT)
        let kind: EventKind = reading.endsClean
            ? .sessionReopened
            : .sessionRecovered(afterSeq: state.lastSeq, gapMs: t - state.lastT, tornBytes: reading.tornTail?.tornBytes ?? 0)
        let event = Event(seq: state.lastSeq + 1, t: t, by: by, kind: kind)
        if case .failing(let e, _) = log.append([event]) {
            log.close()
            throw .cannotOpen(path, e.description)
        }
        state.apply(event)
        return ResumedLog(log: log, reading: reading, state: state, events: reading.events + [event], backupPath: backup)
    }
}

extension SessionLog {
    /// Why `bytes` hold no complete header line, when that is what a kill while creating a log
    /// (before rakor wrote headers through a temporary file) or an emptied file leaves; else nil.
    static func headerMissing(_ bytes: [UInt8]) -> String? {
        if bytes.isEmpty { return "the file is empty: it has no header line" }
        guard !bytes.contains(0x0A) else { return nil }
        // One line with no newline: a header cut while it was written (or never finished).
        let first = bytes.first(where: { $0 != 0x20 })
        guard first == UInt8(ascii: "{") || first == 0 else { return nil }
        return "the file holds only \(bytes.count) byte(s) of a header line, cut before its end"
    }
}
