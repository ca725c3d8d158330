import ArgumentParser
import Foundation
import RakorCore

/// A test helper: one writer among several on a live log, sending random commands as fast as it can.
///
/// It prints `W <command> <seq>…` once a step's events are durable and `R <command> <why>` for a
/// refused one; at the end, once every writer is done, it folds the log afresh and prints
/// `FOLD-EQUAL` when that equals the state it kept, `FOLD-DIFFERS` otherwise.
struct PeerStressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_peer-stress",
        abstract: "One of several writers on a live log, for the stress and crash tests.",
        shouldDisplay: false
    )

    @Argument(help: "The live log (it must exist).") var log: String
    @Option(name: .long, help: "Commands to send.") var count: Int = 2_000
    @Option(name: .long, help: "Seed of the random choice of commands.") var seed: UInt64 = 1
    @Option(name: .long, help: "This writer's name (the events' `by`).") var name: String = "w"
    @Option(name: .long, help: "Writers to wait for before the final fold (0: none).") var peers: Int = 0

    func run() throws {
        let joined: (log: PeerLog, reading: LogReading)
        do { joined = try PeerLog.join(path: log) } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        let (peerLog, reading) = joined
        var state = reading.state
        var seeded = Seeded(seed: seed)
        let out = FileHandle.standardOutput
        let start = reading.header.startedAtMs
        for i in 0..<count {
            let command = Self.command(i, name: name, rng: &seeded)
            let seen = state
            let now = Int(Date().timeIntervalSince1970 * 1000) - start
            let step = peerLog.step(state) { latest, foreign in
                if let stale = command.staleness(seen: seen, latest: latest, foreign: foreign) { return .failure(stale) }
                return decide(command, latest, now: now, by: name)
            }
            state = step.state
            switch step.refusal {
            case nil:
                out.write(Data(("W \(i) " + step.written.map { String($0.seq) }.joined(separator: " ") + "\n").utf8))
            case .decided(let e)?:
                out.write(Data("R \(i) \(e)\n".utf8))
            case .log(let e)?:
                out.write(Data("R \(i) log: \(e)\n".utf8))
            }
        }
        guard peers > 0 else { return }
        _ = FileManager.default.createFile(atPath: "\(log).done-\(name)", contents: nil)
        let dir = (log as NSString).deletingLastPathComponent, base = (log as NSString).lastPathComponent + ".done-"
        while ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter({ $0.hasPrefix(base) }).count < peers {
            usleep(5_000)
        }
        _ = peerLog.follow(&state)
        let fresh = try? LogReader.read(path: log)
        out.write(Data((fresh?.state == state ? "FOLD-EQUAL\n" : "FOLD-DIFFERS\n").utf8))
    }

    /// A random command that usually applies: notes, speakers, the floor, the stage view.
    static func command(_ i: Int, name: String, rng: inout Seeded) -> Command {
        switch rng.next() % 10 {
        case 0, 1, 2: return .minutes(.addNote(kind: .note, text: "\(name)#\(i)"))
        case 3, 4: return .floor(.queueSpeaker(name: "\(name)#\(i)", allottedS: 300))
        case 5: return .floor(.startNextSpeaker())
        case 6: return .floor(.endTurn)
        case 7: return .stage(.show(text: "\(name)#\(i)"))
        case 8: return .stage(.clear)
        default: return .floor(.extendSpeaker(byS: 60))
        }
    }
}

/// SplitMix64: the same commands for the same seed.
struct Seeded {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
