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
        let reading: LogReading
        do {
            reading = try LogReader.read(path: path)
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
        if let headerProblem = reading.problems.first(where: { $0.line == 1 }) {
            throw .damaged(path, line: 1, reason: headerProblem.message)
        }
        let sink = try FileLogSink(path: path, create: false)
        var backup: String? = nil
        var length = reading.fileLength
        if let torn = reading.tornTail {
            let stamp = RFC3339.format(ms: nowMs).replacingOccurrences(of: ":", with: "")
            let aside = "\(path).broken-\(stamp)"
            do {
                try FileManager.default.copyItem(atPath: path, toPath: aside)
            } catch {
                sink.close()
                throw .cannotOpen(aside, "cannot copy the log aside before cutting its torn tail: \(error.localizedDescription)")
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
        let log = SessionLog(path: path, sink: sink, length: length)
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
