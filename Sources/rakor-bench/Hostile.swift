// Hostile shapes: logs built to make a reader quadratic. Each is read at half and full size;
// a linear reader takes about twice as long (and as much memory) for twice the events.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RakorCore
import RakorTUI

enum HostileShape: String, CaseIterable {
    case frontItems = "front-inserted items"
    case speakers = "queued speakers"
    case notes = "notes"

    var fullSize: Int {
        switch self {
        case .frontItems: return 20_000
        case .speakers: return 30_000
        case .notes: return 200_000
        }
    }

    /// The log's bytes: a header, then `n` events of the shape.
    func log(_ n: Int) -> [UInt8] {
        let header = SessionHeader(sessionId: "hostile", title: "Hostile", startedAtMs: 1_602_730_800_000, tz: "Asia/Jakarta")
        var bytes = Array(LogLine.header(header).utf8)
        bytes.reserveCapacity(n * 200)
        for i in 1...n {
            let kind: EventKind
            switch self {
            case .frontItems:
                kind = .itemAdded(id: "a\(i)", title: "Acara \(i)", kind: .other, plannedS: 600, index: 0, plannedStart: nil)
            case .speakers:
                kind = .speakerQueued(id: "s\(i)", name: "Peserta \(i)", role: nil, org: "Instansi \(i % 40)", remote: nil,
                                      allottedS: 300, item: nil, index: nil, kind: nil)
            case .notes:
                kind = .noteAdded(id: "n\(i)", kind: .note, text: "Catatan nomor \(i) tentang pokok bahasan rapat", item: nil, speaker: nil, owner: nil, due: nil)
            }
            bytes += Array(LogLine.encode(Event(seq: i, t: i * 100, by: "moderator", kind: kind)).utf8)
        }
        return bytes
    }
}

/// Runs verify, replay (open and print the last frame), and the Markdown export on each shape.
@MainActor
func hostile() {
    print("## 5. Hostile shapes: cost in proportion to the log")
    print("")
    var rows: [[String]] = []
    for shape in HostileShape.allCases {
        for n in [shape.fullSize / 2, shape.fullSize] {
            let path = workDir + "/hostile-\(shape).jsonl"
            let bytes = shape.log(n)
            guard writeFile(path, bytes) else { print("cannot write \(path)"); return }
            // CPU seconds, the least of three runs: other processes on a shared machine only add to wall time.
            func cpu(_ body: () -> Void) -> Double {
                (0..<3).map { _ in let c0 = processCPU(); body(); return processCPU() - c0 }.min() ?? 0
            }
            var reading: LogReading? = nil
            let verify = cpu {
                reading = try? LogReader.read(path: path)
                if let reading { _ = VerifyReport.text(reading, path: path) }
            }
            guard let r = reading else { print("cannot read \(path)"); return }
            let replay = cpu {
                let tl = ReplayTimeline(reading: r)
                _ = ReplayFrame.text(timeline: tl, position: tl.count, now: tl.durationMs, lang: .id, size: Size(width: 100, height: 30))
            }
            let md = cpu { _ = export(r, format: .md, lang: .id) }
            let mem = replayMemory(path)
            rows.append(["\(group(n)) \(shape.rawValue)", fmt(Double(bytes.count) / 1e6, 1), fmt(verify, 2), fmt(replay, 2), fmt(md, 2),
                         mem.map { fmt(Double($0) * 1024 / Double(n), 0) } ?? "?"])
        }
    }
    table(["log", "MB", "verify CPU s", "replay (open + last frame) CPU s", "export md CPU s", "replay peak bytes/event"], rows)
    print("")
}

/// Peak memory over the start of a fresh process that reads the log and opens it for replay, in KiB.
@MainActor
func replayMemory(_ path: String) -> Int? {
    let out = capture("'\(CommandLine.arguments[0])' --child-replay '\(path)'").split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
    guard out.count == 2 else { return nil }
    return out[1] - out[0]
}

/// The child side of `replayMemory`.
func childReplay(_ path: String) -> Never {
    let before = procStatusKB("VmHWM") ?? -1
    if let r = try? LogReader.read(path: path) {
        let tl = ReplayTimeline(reading: r)
        _ = ReplayFrame.text(timeline: tl, position: tl.count, now: tl.durationMs, lang: .id, size: Size(width: 100, height: 30))
    }
    print("\(before) \(procStatusKB("VmHWM") ?? -1)")
    exit(0)
}
