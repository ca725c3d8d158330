// H15-export's targets: every `rakor export` format against `rakor verify` as whole processes on
// the 200,000-event bench log (CPU ratio, in turns), how each grows from the first 10,000 events to
// all 200,000, and each export's peak memory against the file's size.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RakorCore

@MainActor
let exportTargets = TargetRunner(name: "export", owner: "H15-export") { ctx in
    guard let rakor = ctx.rakor else {
        return [TargetRow(target: "rakor export", figure: "no rakor binary beside rakor-bench (swift build -c release --product rakor)",
                          goal: "", met: nil)]
    }
    let n = 200_000, small = 10_000
    let full = ctx.log(events: n), head = ctx.prefixLog(events: small, of: n)
    let fileBytes = ctx.logBytes(events: n)
    let formats = ExportFormat.allCases.map(\.rawValue)
    func command(_ tool: String, _ log: String) -> String {
        tool == "verify" ? "'\(rakor)' verify '\(log)' > /dev/null" : "'\(rakor)' export '\(log)' --format \(tool) > /dev/null"
    }
    let tools = ["verify"] + formats
    // CPU (user + sys) rather than wall: it is what the process spends, whatever else runs on the machine.
    var cpu = [String: [Double]](), cpuSmall = [String: [Double]]()
    for _ in 0..<3 {
        for t in tools {
            cpu[t, default: []].append(measureChild(command(t, full)).cpu)
            cpuSmall[t, default: []].append(measureChild(command(t, head)).cpu)
        }
    }
    func median(_ xs: [Double]?) -> Double { Stats(xs ?? []).median }
    let verify = median(cpu["verify"])
    var rows: [TargetRow] = []
    let ratios = formats.map { (f: $0, r: median(cpu[$0]) / verify) }
    rows.append(TargetRow(target: "each export ≤ 2× verify's time, 200k events (CPU, medians of 3, verify \(fmt(verify, 2)) s)",
                          figure: ratios.map { "\($0.f) \(fmt($0.r, 2))×" }.joined(separator: ", "),
                          goal: "≤ 2× each", met: ratios.allSatisfy { $0.r <= 2 }))
    // Per event at 200k over per event at 10k: 1 is linear; start-up weighs more at 10k, so it is an upper bound.
    let growth = formats.map { f -> (f: String, g: Double) in
        (f, (median(cpu[f]) / Double(n)) / (median(cpuSmall[f]) / Double(small)))
    }
    rows.append(TargetRow(target: "exports linear 10k → 200k (CPU per event at 200k ÷ at 10k)",
                          figure: growth.map { "\($0.f) \(fmt($0.g, 2))" }.joined(separator: ", "),
                          goal: "≤ 1.5", met: growth.allSatisfy { $0.g <= 1.5 }))
    var peaks: [(f: String, mb: Double)] = []
    for f in formats {
        // Not `command`: its "> /dev/null" would send /usr/bin/time's report there too.
        guard let kb = peakKB("'\(rakor)' export '\(full)' --format \(f)") else {
            return rows + [TargetRow(target: "export peak memory", figure: "/usr/bin/time not installed", goal: "≤ file + 32 MB", met: nil)]
        }
        peaks.append((f, Double(kb) * 1024 / 1e6))
    }
    let mb = Double(fileBytes) / 1e6
    rows.append(TargetRow(target: "export peak memory, 200k (/usr/bin/time %M; file \(fmt(mb)) MB)",
                          figure: peaks.map { "\($0.f) \(fmt($0.mb, 0)) MB (file + \(fmt($0.mb - mb, 0)))" }.joined(separator: ", "),
                          goal: "≤ file + 32 MB", met: peaks.allSatisfy { $0.mb <= mb + 32 }))
    return rows
}
