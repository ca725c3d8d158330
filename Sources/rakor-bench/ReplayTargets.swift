// `rakor-bench replay-targets`: issue 15's state-side targets (H15-state).
//
//   - `rakor replay LOG --print` at the last event, 100k and 200k events, as whole processes:
//     wall time and peak memory against the file's size;
//   - the replay open (`ReplayTimeline.read(path:)`, the one-pass read `rakor replay` does) at
//     100k: time, peak memory of a fresh process, and 1,000 random seeks (p50 / p99 / max);
//   - the fold alone (`LogReader.read(path:keepEvents: false)`, what verify folds) at 200k;
//   - the hostile shapes through both one-pass replay paths, at half and full size (linear?).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RakorCore
import RakorTUI

/// The replay, `--print` and fold figures of docs/PERFORMANCE.md section 13.
@MainActor
func replayTargets() {
    print("## Replay and the state's fold (H15-state)")
    print("")
    var logs: [(events: Int, path: String, bytes: Int, lastSeq: Int)] = []
    for n in [100_000, 200_000] {
        var gen = MeetingGenerator(seed: 42)
        gen.generate(events: n)
        let bytes = gen.logBytes()
        let path = workDir + "/replay-\(n).jsonl"
        guard writeFile(path, bytes) else { print("cannot write \(path)"); return }
        logs.append((gen.events.count, path, bytes.count, gen.events.last?.seq ?? 0))
    }
    var rows: [[String]] = []

    // 1. replay --print as whole processes, the runs of both sizes in turns.
    if let rakor = rakorBinary() {
        var runs = [[ChildRun]](repeating: [], count: logs.count)
        for _ in 0..<5 {
            for (k, l) in logs.enumerated() {
                runs[k].append(measureChild("exec '\(rakor)' replay '\(l.path)' --print --seq \(l.lastSeq) > /dev/null"))
            }
        }
        for (k, l) in logs.enumerated() {
            let wall = Stats(runs[k].map(\.wall)), cpu = Stats(runs[k].map(\.cpu))
            let rss = peakKB("'\(rakor)' replay '\(l.path)' --print --seq \(l.lastSeq) > /dev/null") ?? 0
            let fileMB = Double(l.bytes) / 1_048_576
            let rssMB = Double(rss) / 1024
            let ok = runs[k].allSatisfy { $0.status == 0 }
            rows.append(["`replay --print --seq <last>`, \(group(l.events)) events (\(fmt(fileMB, 1)) MiB)",
                         "\(fmt(wall.median, 3)) s wall (\(fmt(cpu.median, 3)) s CPU), peak \(fmt(rssMB, 1)) MiB"
                             + (ok ? "" : " (A RUN FAILED)"),
                         "≤ 0.15 s; ≤ \(fmt(fileMB + 32, 1)) MiB",
                         met(wall.median <= 0.15) + " / " + met(rssMB <= fileMB + 32)])
        }
    } else {
        rows.append(["`replay --print`", "rakor is not built beside rakor-bench (swift build -c release --product rakor)", "", ""])
    }

    // 2. The replay open at 100k, in this process (time, seeks) and in a fresh one (peak memory).
    let l100 = logs[0]
    if let m = measureReplayOpen(l100.path) {
        let fileMB = Double(l100.bytes) / 1_048_576
        rows.append(["replay open, \(group(l100.events)) events (stride \(m.stride), one pass)",
                     "\(fmt(m.open.median * 1000, 0)) ms; peak \(m.peakKB.map { fmt(Double($0) / 1024, 1) } ?? "?") MiB in a fresh process",
                     "≤ 0.2 s; ≤ \(fmt(3 * fileMB, 1)) MiB",
                     met(m.open.median <= 0.2) + " / " + (m.peakKB.map { met(Double($0) / 1024 <= 3 * fileMB) } ?? "?")])
        rows.append(["replay seek, 1,000 random positions", "p50 \(fmt(m.seekMs.median, 2)) ms, p99 \(fmt(m.seekMs.percentile(99), 2)) ms, max \(fmt(m.seekMs.max, 2)) ms",
                     "p99 ≤ 5 ms", met(m.seekMs.percentile(99) <= 5)])
    }

    // 3. The fold alone at 200k (verify's fold: the state's share of it is this side's).
    let l200 = logs[1]
    var folds: [Double] = []
    for _ in 0..<5 {
        let t0 = nanos()
        let r = try? LogReader.read(path: l200.path, keepEvents: false)
        folds.append(Double(nanos() - t0) / 1e9)
        blackHole(r?.eventCount)
    }
    rows.append(["fold, `LogReader.read(keepEvents: false)`, \(group(l200.events)) events", "\(fmt(Stats(folds).median * 1000, 0)) ms", "", ""])
    table(["what", "figure", "target", ""], rows)
    print("")

    // 4. Hostile shapes through the one-pass replay paths.
    var hrows: [[String]] = []
    for shape in HostileShape.allCases {
        var cpus: [(open: Double, print: Double)] = []
        for n in [shape.fullSize / 2, shape.fullSize] {
            let path = workDir + "/hostile-replay-\(shape).jsonl"
            guard writeFile(path, shape.log(n)) else { print("cannot write \(path)"); return }
            func cpu(_ body: () -> Void) -> Double {
                (0..<3).map { _ in let c0 = processCPU(); body(); return processCPU() - c0 }.min() ?? 0
            }
            let open = cpu { blackHole((try? ReplayTimeline.read(path: path))?.timeline.count) }
            let printed = cpu {
                if let p = try? ReplayPoint.read(path: path, to: .end) { blackHole(ReplayFrame.text(point: p, lang: .id, size: Size(width: 100, height: 30))) }
            }
            cpus.append((open, printed))
            hrows.append(["\(group(n)) \(shape.rawValue)", fmt(open, 2), fmt(printed, 2)])
        }
        hrows.append(["  twice the events costs", "×" + fmt(cpus[1].open / max(cpus[0].open, 1e-6), 2),
                      "×" + fmt(cpus[1].print / max(cpus[0].print, 1e-6), 2)])
    }
    table(["hostile log", "replay open CPU s", "replay --print CPU s"], hrows)
    print("")
}

/// What the replay open costs: five opens' seconds, 1,000 random seeks' milliseconds, the stride, and a fresh process's peak.
struct ReplayOpenFigures {
    var open: Stats
    var seekMs: Stats
    var stride: Int
    var peakKB: Int?
}

/// Opens `path` for replay five times in this process (the file already in the page cache), seeks
/// 1,000 random positions, and reads the peak of a fresh process that opens it; nil if unreadable.
@MainActor
func measureReplayOpen(_ path: String) -> ReplayOpenFigures? {
    _ = try? LogReader.read(path: path, keepEvents: false)
    var opens: [Double] = []
    var timeline: ReplayTimeline? = nil
    for _ in 0..<5 {
        timeline = nil
        let t0 = nanos()
        timeline = (try? ReplayTimeline.read(path: path))?.timeline
        opens.append(Double(nanos() - t0) / 1e9)
    }
    guard let tl = timeline else { return nil }
    let seeks = randomSeeks(tl)
    let stride = tl.stride
    timeline = nil
    return ReplayOpenFigures(open: Stats(opens), seekMs: seeks, stride: stride, peakKB: replayOpenMemory(path))
}

/// Milliseconds of 1,000 seeks to random positions (the same positions every run).
func randomSeeks(_ tl: ReplayTimeline) -> Stats {
    var rng = SplitMix(seed: 99)
    var seeks: [Double] = []
    var check = 0
    for _ in 0..<1_000 {
        let p = Int(rng.next() % UInt64(tl.count + 1))
        let t0 = nanos()
        let s = tl.state(after: p)
        seeks.append(Double(nanos() - t0) / 1e6)
        check &+= s.lastSeq
    }
    blackHole(check)
    return Stats(seeks)
}

/// Peak memory (VmHWM, KiB) of a fresh process that opens the log for replay and seeks to its end.
@MainActor
func replayOpenMemory(_ path: String) -> Int? {
    Int(capture("'\(CommandLine.arguments[0])' --child-replay-open '\(path)'").filter { $0.isNumber })
}

/// The child side of `replayOpenMemory`.
func childReplayOpen(_ path: String) -> Never {
    Allocator.oneArena()   // as `rakor replay` does before it reads
    if let (_, tl) = try? ReplayTimeline.read(path: path) {
        _ = ReplayFrame.text(timeline: tl, position: tl.count, now: tl.durationMs, lang: .id, size: Size(width: 100, height: 30))
    }
    print("\(procStatusKB("VmHWM") ?? -1)")
    exit(0)
}
