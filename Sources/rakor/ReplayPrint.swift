import ArgumentParser
import Foundation
import RakorCore
import RakorTUI

extension ReplayCommand {
    /// `replay --print`: one fold to the position asked for, in the reader's pass, then one frame.
    func printFrame(log: String) throws {
        let target: ReplayPoint.Target
        if let seq { target = .afterSeq(seq) } else if let at, let time = ClockTime.parse(at) { target = .atClock(time) } else { target = .end }
        let point: ReplayPoint
        do { point = try ReplayPoint.read(path: log, to: target) } catch {
            printError("rakor: \(error)")
            throw ExitCode(2)
        }
        ProcessEnd.keep(point)
        let reading = point.reading
        for issue in reading.problems { printError("\(log):\(issue.line): warning: \(issue.message) (skipped)") }
        if reading.unknownVersion { printError("\(log): format version \(reading.header.version) is unknown: replaying read-only as well as possible") }
        let l = Language.resolve(flag: lang, session: reading.header.lang, environment: ProcessInfo.processInfo.environment)
        if let seq {
            guard let range = point.seqRange, range.contains(seq) else {
                let shown = point.seqRange.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "none"
                throw ValidationError("--seq \(seq) is outside the log's events (\(shown))")
            }
        } else if let at {
            let zone = ZoneClock(header: reading.header)
            guard point.now >= 0, point.now <= point.durationMs else {
                throw ValidationError("--at \(at) is outside the session (\(zone.clock(0, separator: ":"))–\(zone.clock(point.durationMs, separator: ":")) \(zone.label))")
            }
        }
        say(ReplayFrame.text(point: point, lang: l, size: Size(width: width, height: height)))
    }
}
