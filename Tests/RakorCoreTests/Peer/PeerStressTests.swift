import Foundation
import Testing
@testable import RakorCore

/// Several real writer processes (`rakor _peer-stress`) on one live log at once.
@Suite(.serialized) struct PeerStressTests {
    static let rakor = CrashTests.rakor

    /// A live log with a rundown item running and two speakers queued.
    static func makeLog(_ path: String) throws {
        let header = TestHeader.make()
        let log = try SessionLog.create(path: path, header: header)
        var state = SessionState(header: header)
        for c: Command in [.rundown(.addItem(title: "Paparan", kind: .presentation, plannedS: 1200)), .rundown(.startItem()),
                           .floor(.queueSpeaker(name: "Budi", allottedS: 300))] {
            let events = try decide(c, state, now: 0, by: "moderator").get()
            log.append(events)
            for e in events { state.apply(e) }
        }
        log.close()
    }

    static func spawn(_ rakor: String, _ log: String, name: String, count: Int, seed: Int, peers: Int) throws -> (Process, Pipe) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: rakor)
        p.arguments = ["_peer-stress", log, "--count", "\(count)", "--seed", "\(seed)", "--name", name, "--peers", "\(peers)"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        return (p, out)
    }

    /// The seqs a writer said were durable, and the commands it said were refused, from whole lines only.
    static func parse(_ data: Data) -> (written: [Int: [Int]], refused: Set<Int>, lines: [String]) {
        var text = String(decoding: data, as: UTF8.self)
        if let nl = text.lastIndex(of: "\n") { text = String(text[...nl]) } else { text = "" }
        var written: [Int: [Int]] = [:]
        var refused = Set<Int>()
        let lines = text.split(separator: "\n").map(String.init)
        for line in lines {
            let f = line.split(separator: " ")
            guard f.count >= 2, let i = Int(f[1]) else { continue }
            if f[0] == "W" { written[i] = f.dropFirst(2).compactMap { Int($0) } }
            if f[0] == "R" { refused.insert(i) }
        }
        return (written, refused, lines)
    }

    @Test(.enabled(if: rakor != nil, "the rakor binary is not next to the test bundle: run `swift build` first"),
          .timeLimit(.minutes(5)))
    func fourWritersTwoThousandCommandsEach() throws {
        let rakor = try #require(Self.rakor)
        let dir = TempDir("rakor-stress")
        defer { dir.remove() }
        let log = dir.file("live.jsonl")
        try Self.makeLog(log)
        let names = ["w1", "w2", "w3", "w4"]
        let count = 2_000
        let procs = try names.enumerated().map { try Self.spawn(rakor, log, name: $0.element, count: count, seed: $0.offset + 7, peers: names.count) }
        var outputs: [Data] = []
        for (p, out) in procs {
            outputs.append(out.fileHandleForReading.readDataToEndOfFile())
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
        }
        let reading = try LogReader.read(path: log)
        #expect(reading.issues.isEmpty, "\(reading.issues.prefix(5))")
        #expect(reading.events.map(\.seq) == Array(1...reading.events.count), "seq is contiguous")
        var claimed: [Int: String] = [:]
        var accepted = 0
        for (name, data) in zip(names, outputs) {
            let (written, refused, lines) = Self.parse(data)
            #expect(lines.last == "FOLD-EQUAL", "\(name): the fold of the log equals the state this writer ended with")
            #expect(written.count + refused.count == count, "\(name): every command was answered once")
            #expect(Set(written.keys).isDisjoint(with: refused))
            accepted += written.count
            for (_, seqs) in written {
                for s in seqs {
                    #expect(claimed[s] == nil, "seq \(s) claimed by \(claimed[s] ?? "") and \(name)")
                    claimed[s] = name
                    #expect(reading.events[s - 1].by == name, "seq \(s) was written by \(name)")
                }
            }
            // A note accepted is in the log once; one refused is not there.
            let notes = Dictionary(grouping: reading.events.compactMap { e -> String? in
                if case .noteAdded(_, _, let text, _, _, _, _) = e.kind, text.hasPrefix(name + "#") { return text }
                return nil
            }, by: { $0 }).mapValues(\.count)
            #expect(notes.values.allSatisfy { $0 == 1 }, "\(name): a note doubled")
            for (text, _) in notes {
                let i = Int(text.dropFirst(name.count + 1))!
                #expect(written[i] != nil, "\(name): \(text) is in the log but was not reported written")
            }
        }
        let setup = reading.events.filter { $0.by == "moderator" }.count
        #expect(claimed.count + setup == reading.events.count, "every event is the setup's or one writer's, none lost")
        #expect(accepted > count, "the writers got work done (accepted \(accepted))")
        print("PeerStressTests: \(names.count) writers × \(count) commands: \(accepted) accepted, \(reading.events.count) events")
    }

    @Test(.enabled(if: rakor != nil, "the rakor binary is not next to the test bundle: run `swift build` first"),
          .timeLimit(.minutes(5)))
    func twoHundredSIGKILLsOfRandomPeersWhileOthersWrite() throws {
        let rakor = try #require(Self.rakor)
        let dir = TempDir("rakor-peerkill")
        defer { dir.remove() }
        let log = dir.file("live.jsonl")
        try Self.makeLog(log)
        var rng = SplitMix64(seed: UInt64(UInt32(truncatingIfNeeded: time(nil))))
        var live: [(Process, Pipe, String)] = []
        var acknowledged: [(seq: Int, by: String)] = []
        var spawned = 0
        func start() throws {
            spawned += 1
            let name = "p\(spawned)"
            let (p, out) = try Self.spawn(rakor, log, name: name, count: 1_000_000, seed: spawned, peers: 0)
            live.append((p, out, name))
        }
        func collect(_ entry: (Process, Pipe, String)) {
            let (written, _, _) = Self.parse(entry.1.fileHandleForReading.readDataToEndOfFile())
            for seqs in written.values { for s in seqs { acknowledged.append((s, entry.2)) } }
        }
        for _ in 0..<3 { try start() }
        for _ in 0..<200 {
            usleep(useconds_t(2_000 + Int(rng.next() % 20_000)))
            let victim = Int(rng.next() % UInt64(live.count))
            let entry = live.remove(at: victim)
            kill(entry.0.processIdentifier, SIGKILL)
            entry.0.waitUntilExit()
            collect(entry)
            try start()
        }
        for entry in live {
            kill(entry.0.processIdentifier, SIGKILL)
            entry.0.waitUntilExit()
            collect(entry)
        }
        let reading = try LogReader.read(path: log)
        #expect(reading.damagedLines.isEmpty, "the log is sound in the middle: \(reading.issues.prefix(5))")
        #expect(reading.seqGaps.isEmpty)
        #expect(reading.problems.allSatisfy { $0.line == reading.tornTail?.line }, "only a last line torn by the last kill: \(reading.problems.prefix(3))")
        #expect(reading.events.map(\.seq) == Array(1...reading.events.count))
        var lost = 0
        for a in acknowledged where a.seq > reading.events.count || reading.events[a.seq - 1].by != a.by { lost += 1 }
        #expect(lost == 0, "\(lost) acknowledged events are not in the log as written")
        #expect(acknowledged.count > 100, "the peers wrote between the kills (\(acknowledged.count) acknowledged)")
        print("PeerStressTests: 200 SIGKILLs, \(acknowledged.count) acknowledged events, \(reading.events.count) in the log, \(reading.recoveriesCount) torn tails cut")
    }
}

extension LogReading {
    var recoveriesCount: Int { state.recoveries.count }
}
