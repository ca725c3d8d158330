// H15-read's targets: `rakor verify` as a whole process against jq and orjson, its peak memory,
// and callgrind's instruction count per event (which repeats exactly from run to run).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RakorCore

@MainActor
let verifyTargets = TargetRunner(name: "verify", owner: "H15-read") { ctx in
    guard let rakor = ctx.rakor else {
        return [TargetRow(target: "rakor verify", figure: "no rakor binary beside rakor-bench (swift build -c release --product rakor)",
                          goal: "", met: nil)]
    }
    let n = 200_000
    let path = ctx.log(events: n)
    let fileBytes = ctx.logBytes(events: n)
    var tools: [(String, String)] = [("verify", "'\(rakor)' verify '\(path)' > /dev/null")]
    if shell("command -v jq > /dev/null 2>&1") == 0 { tools.append(("jq", "jq -c . '\(path)' > /dev/null")) }
    // Python's json and orjson, one line at a time, where installed.
    let pythons = ["json", "orjson"].filter { shell("python3 -c 'import \($0)' > /dev/null 2>&1") == 0 }
    for module in pythons {
        let script = workDir + "/targets-\(module)-lines.py"
        _ = writeFile(script, Array("import sys, \(module)\nfor line in open(sys.argv[1], 'rb'): \(module).loads(line)\n".utf8))
        tools.append((module, "python3 '\(script)' '\(path)'"))
    }
    // In turns, so load from elsewhere on the machine falls on every tool alike.
    var runs = [[ChildRun]](repeating: [], count: tools.count)
    for _ in 0..<5 { for (k, t) in tools.enumerated() { runs[k].append(measureChild(t.1)) } }
    func wall(_ name: String) -> Double? { tools.firstIndex { $0.0 == name }.map { Stats(runs[$0].map(\.wall)).median } }
    func cpu(_ name: String) -> Double? { tools.firstIndex { $0.0 == name }.map { Stats(runs[$0].map(\.cpu)).median } }
    var rows: [TargetRow] = []
    let vw = wall("verify")!, vc = cpu("verify")!
    let mb = Double(fileBytes) / 1e6
    if let jw = wall("jq"), let jc = cpu("jq") {
        rows.append(TargetRow(target: "rakor verify vs jq -c . as processes, 200k events (\(fmt(mb)) MB)",
                              figure: "\(fmt(jw / vw, 1))× by wall (\(fmt(vw, 3)) s vs \(fmt(jw, 3)) s), \(fmt(jc / vc, 1))× by CPU",
                              goal: "≥ 10×", met: jw / vw >= 10))
    } else {
        rows.append(TargetRow(target: "rakor verify vs jq -c .", figure: "jq not installed", goal: "≥ 10×", met: nil))
    }
    for module in ["json", "orjson"] {
        if let pw = wall(module) {
            rows.append(TargetRow(target: "rakor verify vs python3 \(module) per line, 200k",
                                  figure: "\(fmt(pw / vw, 2))× (\(fmt(vw, 3)) s vs \(fmt(pw, 3)) s)",
                                  goal: "faster (> 1×)", met: pw > vw))
        } else if module == "orjson" {
            rows.append(TargetRow(target: "rakor verify vs orjson", figure: "orjson not installed (pip install orjson)", goal: "> 1×", met: nil))
        }
    }
    if let kb = peakKB("'\(rakor)' verify '\(path)'") {
        let rss = Double(kb) * 1024
        rows.append(TargetRow(target: "peak memory of rakor verify, 200k (/usr/bin/time %M)",
                              figure: "\(fmt(rss / 1e6)) MB = file + \(fmt((rss - Double(fileBytes)) / 1e6)) MB",
                              goal: "≤ file + 32 MB", met: rss <= Double(fileBytes) + 32e6))
    } else {
        rows.append(TargetRow(target: "peak memory of rakor verify", figure: "/usr/bin/time not installed", goal: "≤ file + 32 MB", met: nil))
    }
    rows.append(callgrindRow(rakor: rakor, ctx: ctx))
    return rows
}

/// Instructions per event of `rakor verify` on the bench log's first 20,000 events, over a header-only log (start-up).
@MainActor
func callgrindRow(rakor: String, ctx: TargetContext) -> TargetRow {
    let target = "callgrind instructions/event, rakor verify, first 20k events"
    guard shell("command -v valgrind > /dev/null 2>&1") == 0 else {
        return TargetRow(target: target, figure: "valgrind not installed", goal: "repeats exactly", met: nil)
    }
    // valgrind 3.19 cannot read the DWARF 5 of a Swift 6.3 release build: count a copy without debug info.
    var binary = rakor
    if shell("command -v strip > /dev/null 2>&1") == 0, shell("strip -g '\(rakor)' -o '\(workDir)/rakor-stripped'") == 0 {
        binary = workDir + "/rakor-stripped"
    }
    let events = 20_000
    let log = ctx.prefixLog(events: events, of: 200_000)
    let empty = ctx.prefixLog(events: 0, of: 200_000)
    func count(_ p: String) -> Int? {
        // Swift seeds its hashing per process: deterministic hashing makes the count repeat exactly.
        let out = capture("SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null '\(binary)' verify '\(p)' 2>&1 >/dev/null")
        guard let r = out.firstRange(of: "Collected : ") else { return nil }
        return Int(out[r.upperBound...].prefix { $0.isNumber })
    }
    guard let a1 = count(log), let a2 = count(log), let base = count(empty) else {
        return TargetRow(target: target, figure: "valgrind gave no count", goal: "repeats exactly", met: nil)
    }
    let per = Double(a1 - base) / Double(events), per2 = Double(a2 - base) / Double(events)
    // A few dozen instructions of the process's own start can differ between runs; the figure per event does not.
    let same = fmt(per / 1000, 2) == fmt(per2 / 1000, 2)
    return TargetRow(target: target,
                     figure: "\(fmt(per / 1000, 2)) k (\(fmt(Double(a1) / 1e6, 1)) M, start-up \(fmt(Double(base) / 1e6, 1)) M); "
                         + "two runs differ by \(abs(a1 - a2)) instructions in all",
                     goal: "repeats exactly (per event)", met: same)
}
