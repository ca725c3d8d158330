// The replay targets of issue 15 as rows of `rakor-bench targets`: `rakor replay --print` at the
// last event as a whole process (100k and 200k), and the replay open and seeks at 100k.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RakorCore

@MainActor
let replayTargetRows = TargetRunner(name: "replay", owner: "lead") { ctx in
    var rows: [TargetRow] = []
    if let rakor = ctx.rakor {
        let sizes = [100_000, 200_000]
        var runs = [[ChildRun]](repeating: [], count: sizes.count)
        // In turns, so load from elsewhere falls on both sizes alike.
        for _ in 0..<5 {
            for (k, n) in sizes.enumerated() {
                runs[k].append(measureChild("exec '\(rakor)' replay '\(ctx.log(events: n))' --print --width 100 > /dev/null"))
            }
        }
        for (k, n) in sizes.enumerated() {
            let file = Double(ctx.logBytes(events: n))
            let wall = Stats(runs[k].map(\.wall)).median, cpu = Stats(runs[k].map(\.cpu)).median
            let failed = runs[k].contains { $0.status != 0 }
            let peak = peakKB("'\(rakor)' replay '\(ctx.log(events: n))' --print --width 100").map { Double($0) * 1024 }
            let what = "rakor replay --print at the last event, \(group(n)) events (\(fmt(file / 1e6)) MB)"
            rows.append(TargetRow(target: what + ", time",
                                  figure: "\(fmt(wall, 3)) s wall, \(fmt(cpu, 3)) s CPU" + (failed ? " (A RUN FAILED)" : ""),
                                  goal: "≤ 0.15 s", met: !failed && wall <= 0.15))
            rows.append(TargetRow(target: what + ", peak memory",
                                  figure: peak.map { "\(fmt($0 / 1e6)) MB = file + \(fmt(($0 - file) / 1e6)) MB" } ?? "/usr/bin/time not installed",
                                  goal: "≤ file + 32 MB", met: peak.map { $0 <= file + 32e6 }))
        }
    } else {
        rows.append(TargetRow(target: "rakor replay --print", figure: "no rakor binary beside rakor-bench", goal: "", met: nil))
    }
    let n = 100_000
    let file = Double(ctx.logBytes(events: n))
    guard let m = measureReplayOpen(ctx.log(events: n)) else {
        return rows + [TargetRow(target: "replay open", figure: "the log could not be opened", goal: "", met: false)]
    }
    let peak = m.peakKB.map { Double($0) * 1024 }
    let open = "replay open (the TUI's one-pass read), \(group(n)) events (\(fmt(file / 1e6)) MB), stride \(m.stride)"
    rows.append(TargetRow(target: open + ", time", figure: "\(fmt(m.open.median * 1000, 0)) ms, median of 5",
                          goal: "≤ 0.2 s", met: m.open.median <= 0.2))
    rows.append(TargetRow(target: open + ", peak memory of a fresh process",
                          figure: peak.map { "\(fmt($0 / 1e6)) MB = \(fmt($0 / file, 1))× the file" } ?? "?",
                          goal: "≤ 3× the file", met: peak.map { $0 <= 3 * file }))
    rows.append(TargetRow(target: "replay seek, 1,000 random positions, \(group(n)) events",
                          figure: "p50 \(fmt(m.seekMs.median, 2)) ms, p99 \(fmt(m.seekMs.percentile(99), 2)) ms, max \(fmt(m.seekMs.max, 2)) ms",
                          goal: "p99 ≤ 5 ms", met: m.seekMs.percentile(99) <= 5))
    return rows
}
