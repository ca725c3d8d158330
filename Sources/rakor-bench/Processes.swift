// Whole processes side by side: `rakor verify` and `rakor export` against jq, Python's json and orjson.
//
// A ratio here compares like with like: each tool is a fresh process reading the same file from
// the page cache, started with /bin/sh -c, timed from spawn to exit, its CPU and peak memory
// taken from wait4's rusage for that one child.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RakorCore

/// What one child process cost.
struct ChildRun {
    var wall: Double
    var cpu: Double
    var status: Int32
}

/// Runs `/bin/sh -c command` and measures that child alone.
func measureChild(_ command: String) -> ChildRun {
    var pid: pid_t = 0
    let args = ["/bin/sh", "-c", command]
    var cargs: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
    defer { for p in cargs { free(p) } }
    let t0 = nanos()
    guard posix_spawn(&pid, "/bin/sh", nil, nil, &cargs, environ) == 0 else { return ChildRun(wall: 0, cpu: 0, status: -1) }
    var status: Int32 = 0
    var ru = rusage()
    while wait4(pid, &status, 0, &ru) < 0 && errno == EINTR {}
    let t1 = nanos()
    let cpu = Double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + Double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6
    return ChildRun(wall: Double(t1 - t0) / 1e9, cpu: cpu, status: (status >> 8) & 0xFF)
}

/// The `rakor` binary built beside this benchmark.
func rakorBinary() -> String? {
    let me = CommandLine.arguments[0]
    guard let slash = me.lastIndex(of: "/") else { return nil }
    let path = String(me[..<slash]) + "/rakor"
    return access(path, X_OK) == 0 ? path : nil
}

@MainActor
func processes() {
    print("## Whole processes: rakor verify and export vs jq, Python json and orjson")
    print("")
    guard let rakor = rakorBinary() else {
        print("no rakor binary beside rakor-bench: `swift build -c release --product rakor` first")
        print("")
        return
    }
    var rows: [[String]] = []
    var verifyMedian: [Int: Double] = [:]
    for n in [10_000, 200_000] {
        var gen = MeetingGenerator()
        gen.generate(events: n)
        let bytes = gen.logBytes()
        let path = workDir + "/proc-\(n).jsonl"
        guard writeFile(path, bytes) else { print("cannot write \(path)"); return }
        let mb = Double(bytes.count) / 1e6
        _ = shell("cat '\(path)' > /dev/null")
        var tools: [(String, String)] = [
            ("rakor verify", "'\(rakor)' verify '\(path)' > /dev/null"),
        ]
        for f in ExportFormat.allCases {
            tools.append(("rakor export --format \(f.rawValue)", "'\(rakor)' export '\(path)' --format \(f.rawValue) > /dev/null"))
        }
        if shell("command -v jq > /dev/null 2>&1") == 0 { tools.append(("jq -c .", "jq -c . '\(path)' > /dev/null")) }
        func perLine(_ module: String) -> [UInt8] {
            Array("import sys, \(module)\nfor line in open(sys.argv[1], 'rb'): \(module).loads(line)\n".utf8)
        }
        if shell("python3 -c 'import json' > /dev/null 2>&1") == 0 {
            let script = workDir + "/json-lines.py"
            _ = writeFile(script, perLine("json"))
            tools.append(("python3 json, per line", "python3 '\(script)' '\(path)'"))
        }
        if shell("python3 -c 'import orjson' > /dev/null 2>&1") == 0 {
            let script = workDir + "/orjson-lines.py"
            _ = writeFile(script, perLine("orjson"))
            tools.append(("python3 orjson, per line", "python3 '\(script)' '\(path)'"))
        }
        if shell("command -v cat > /dev/null 2>&1") == 0 { tools.append(("cat", "cat '\(path)' > /dev/null")) }
        // In turns, so load from elsewhere on the machine falls on every tool alike.
        var runs = [[ChildRun]](repeating: [], count: tools.count)
        let rounds = n >= 100_000 ? 3 : 7
        for _ in 0..<rounds {
            for (k, tool) in tools.enumerated() { runs[k].append(measureChild(tool.1)) }
        }
        for (k, tool) in tools.enumerated() {
            let wall = Stats(runs[k].map(\.wall)), cpu = Stats(runs[k].map(\.cpu))
            let rss = peakKB(tool.1)
            if k == 0 { verifyMedian[n] = wall.median }
            let ok = runs[k].allSatisfy { $0.status == 0 } ? "" : " (exit \(runs[k].map(\.status).max() ?? 0))"
            rows.append(["\(group(n)) (\(fmt(mb)) MB)", tool.0 + ok, fmt(wall.median, 3), fmt(cpu.median, 3),
                         fmt(mb / wall.median, 0), rss.map { fmt(Double($0) / 1024, 0) } ?? "?",
                         k == 0 ? "1.00" : fmt(wall.median / (verifyMedian[n] ?? 1), 2)])
        }
    }
    table(["events", "process", "median s", "CPU s", "MB/s", "peak MiB", "× verify's time"], rows)
    print("")
    print("A ratio of n× means that process took n times as long as `rakor verify` on the same file.")
    print("")
}
