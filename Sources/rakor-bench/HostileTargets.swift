// The hostile shapes of the hardening issue as targets: each shape's log at half and full size,
// `rakor verify`, `rakor replay --print` and `rakor export --format md` run on both as whole
// processes. Linear means twice the events cost about twice the CPU, and the peak memory grows by
// no more than the file does.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RakorCore

@MainActor
let hostileTargets = TargetRunner(name: "hostile", owner: "lead") { ctx in
    guard let rakor = ctx.rakor else {
        return [TargetRow(target: "hostile shapes", figure: "no rakor binary beside rakor-bench", goal: "", met: nil)]
    }
    let commands: [(String, (String) -> String)] = [
        ("verify", { "'\(rakor)' verify '\($0)' > /dev/null 2>&1" }),
        ("replay --print", { "'\(rakor)' replay '\($0)' --print --width 100 > /dev/null 2>&1" }),
        ("export md", { "'\(rakor)' export '\($0)' --format md > /dev/null 2>&1" }),
    ]
    var rows: [TargetRow] = []
    for shape in HostileShape.allCases {
        let sizes = [shape.fullSize / 2, shape.fullSize]
        var paths: [String] = []
        var fileBytes: [Int] = []
        for n in sizes {
            let path = workDir + "/targets-hostile-\(shape)-\(n).jsonl"
            let bytes = shape.log(n)
            guard writeFile(path, bytes) else {
                return rows + [TargetRow(target: "hostile \(shape.rawValue)", figure: "cannot write \(path)", goal: "", met: nil)]
            }
            paths.append(path)
            fileBytes.append(bytes.count)
        }
        var parts: [String] = []
        var linear = true
        for (name, command) in commands {
            // CPU, the median of three runs in turns: load elsewhere only adds to wall time.
            var cpu: [[Double]] = [[], []]
            for _ in 0..<3 { for k in 0..<2 { cpu[k].append(measureChild(command(paths[k])).cpu) } }
            let half = Stats(cpu[0]).median, full = Stats(cpu[1]).median
            let ratio = half > 0 ? full / half : .nan
            // 2× the events; up to 2.6× leaves room for noise and start-up, a quadratic shape gives 4×.
            if !(ratio <= 2.6) { linear = false }
            parts.append("\(name) ×\(fmt(ratio, 2)) (\(fmt(full, 2)) s)")
        }
        let peak = peakKB("'\(rakor)' replay '\(paths[1])' --print --width 100")
        let peakText = peak.map { "; replay --print peak \(fmt(Double($0) * 1024 / 1e6)) MB for \(fmt(Double(fileBytes[1]) / 1e6)) MB" } ?? ""
        rows.append(TargetRow(target: "hostile: \(group(sizes[0])) → \(group(sizes[1])) \(shape.rawValue), CPU ratio",
                              figure: parts.joined(separator: ", ") + peakText,
                              goal: "≈ 2× for 2× events (≤ 2.6)", met: linear))
    }
    return rows
}
