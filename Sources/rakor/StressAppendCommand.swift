import ArgumentParser
import Foundation
import RakorCore

/// A test helper: appends events to a new log as fast as it can, saying each seq once it is durable.
///
/// The crash test kills this process with SIGKILL at random moments and checks that every seq it
/// reported is in the log.
struct StressAppendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_stress-append",
        abstract: "Append COUNT events to a new log, printing each seq once durable (for crash tests).",
        shouldDisplay: false
    )

    @Argument(help: "The log to create.") var log: String
    @Argument(help: "How many events to append.") var count: Int = 1_000_000

    func run() throws {
        let header = SessionHeader(sessionId: "stress", title: "Stress", startedAtMs: 1_600_000_000_000, tz: "Asia/Jakarta")
        let sessionLog: SessionLog
        do { sessionLog = try SessionLog.create(path: log, header: header) } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        var state = SessionState(header: header)
        for i in 0..<count {
            let command: Command = i % 3 == 0
                ? .minutes(.addNote(kind: .note, text: "Catatan nomor \(i) — tanpa makna, untuk uji crash"))
                : .floor(.queueSpeaker(name: "Peserta \(i)", org: "Instansi \(i % 7)", allottedS: 300))
            guard case .success(let events) = decide(command, state, now: i * 10) else { continue }
            guard sessionLog.append(events).isOK else {
                FileHandle.standardError.write(Data("write failed\n".utf8))
                throw ExitCode(1)
            }
            for e in events {
                state.apply(e)
                FileHandle.standardOutput.write(Data("\(e.seq)\n".utf8))
            }
        }
    }
}
