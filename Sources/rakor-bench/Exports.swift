// `rakor-bench exports`: every `rakor export` format as a whole process against `rakor verify` on
// the same log, at 10,000 to 200,000 events, so a ratio over 2× or a time that grows faster than
// the log shows at once (issue 15: each export ≤ 2× verify's time, linear, peak memory ≤ file + 32 MB).
// Each tool is a fresh process reading the same file from the page cache, in turns, so load from
// elsewhere falls on every tool alike; time from spawn to exit, peak memory from wait4's rusage.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RakorCore

@MainActor
func exportsBench() {
    print("## Exports: every `rakor export` format against `rakor verify`, as processes")
    print("")
    guard let rakor = rakorBinary() else {
        print("no rakor binary beside rakor-bench: `swift build -c release --product rakor` first")
        print("")
        return
    }
    let sizes = [10_000, 50_000, 100_000, 200_000]
    var rows: [[String]] = []
    // Per event, each tool's median at the smallest size: the growth column divides by it.
    var perEventAtFirst: [String: Double] = [:]
    var worstRatio = 0.0, worstGrowth = 0.0, worstOverFile = 0.0
    for n in sizes {
        var gen = MeetingGenerator()
        gen.generate(events: n)
        let bytes = gen.logBytes()
        let path = workDir + "/exports-\(n).jsonl"
        guard writeFile(path, bytes) else { print("cannot write \(path)"); return }
        let fileMiB = Double(bytes.count) / 1_048_576
        _ = shell("cat '\(path)' > /dev/null")
        var tools: [(String, String)] = [("verify", "'\(rakor)' verify '\(path)' > /dev/null")]
        for f in ExportFormat.allCases {
            tools.append(("export --format \(f.rawValue)", "'\(rakor)' export '\(path)' --format \(f.rawValue) > /dev/null"))
        }
        tools.append(("export --format md -o FILE", "'\(rakor)' export '\(path)' --format md -o '\(workDir)/exports-\(n).md'"))
        tools.append(("export --format docx -o FILE", "'\(rakor)' export '\(path)' --format docx -o '\(workDir)/exports-\(n).docx'"))
        var runs = [[ChildRun]](repeating: [], count: tools.count)
        let rounds = n >= 100_000 ? 3 : 5
        for _ in 0..<rounds {
            for (k, tool) in tools.enumerated() { runs[k].append(measureChild(tool.1)) }
        }
        let verify = Stats(runs[0].map(\.wall)).median
        for (k, tool) in tools.enumerated() {
            let wall = Stats(runs[k].map(\.wall)).median, cpu = Stats(runs[k].map(\.cpu)).median
            let rssMiB = Double(peakKB(tool.1) ?? 0) / 1024
            let perEvent = wall / Double(n)
            if perEventAtFirst[tool.0] == nil { perEventAtFirst[tool.0] = perEvent }
            let growth = perEvent / (perEventAtFirst[tool.0] ?? perEvent)
            let ratio = wall / verify
            let isTarget = k > 0 && !tool.0.contains("docx")
            if isTarget {
                worstRatio = max(worstRatio, ratio)
                worstGrowth = max(worstGrowth, growth)
                worstOverFile = max(worstOverFile, rssMiB - fileMiB)
            }
            let ok = runs[k].allSatisfy { $0.status == 0 } ? "" : " (exit \(runs[k].map(\.status).max() ?? 0))"
            rows.append(["\(group(n)) (\(fmt(fileMiB)) MiB)", tool.0 + ok, fmt(wall, 3), fmt(cpu, 3),
                         k == 0 ? "1.00" : fmt(ratio, 2), fmt(perEvent * 1e6, 2), fmt(growth, 2),
                         fmt(rssMiB, 0), fmt(rssMiB - fileMiB, 0)])
        }
    }
    table(["events (file)", "rakor", "median s", "CPU s", "× verify", "µs/event", "µs/event ÷ at 10k", "peak MiB", "peak − file MiB"], rows)
    print("")
    print("Targets (md, txt, html, json, csv; docx shown for comparison): ≤ 2× verify's time: worst \(fmt(worstRatio, 2))× (\(met(worstRatio <= 2))); "
          + "linear (µs/event at 200k ≤ 1.5× at 10k): worst \(fmt(worstGrowth, 2))× (\(met(worstGrowth <= 1.5))); "
          + "peak ≤ file + 32 MiB: worst file + \(fmt(worstOverFile, 0)) MiB (\(met(worstOverFile <= 32))).")
    print("")
}
