// `rakor-bench targets`: every issue-15 target that has a measurement, in one table.
//
// Each owner writes a `TargetRunner` in its own file and lists it once in `targetRunners`
// (TargetList.swift). A runner gets a `TargetContext` (the shared bench logs, made once, and the
// rakor binary) and returns its rows; `targets()` runs them in order and prints one table.
//
//   .build/release/rakor-bench targets                 # every runner
//   .build/release/rakor-bench targets --only verify   # runners whose name contains "verify"

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RakorCore

/// One row of the targets table: a target, what this run measured, and whether it is met.
struct TargetRow {
    var target: String
    var figure: String
    var goal: String
    /// nil when the run could not judge it (a tool missing, say).
    var met: Bool?
}

/// A group of target measurements, registered in `targetRunners`.
struct TargetRunner {
    /// Short name, for `--only`.
    var name: String
    /// Who measures it (the issue-15 part), shown in the table.
    var owner: String
    var run: @MainActor (TargetContext) -> [TargetRow]
}

/// What the runners share: the bench logs (written once per size) and the binaries.
@MainActor
final class TargetContext {
    private var logs: [Int: (path: String, bytes: Int)] = [:]

    /// The rakor binary beside rakor-bench, if built.
    let rakor: String? = rakorBinary()

    /// The path of the generator's log of `events` events (the bench log of docs/PERFORMANCE.md at 200,000).
    func log(events: Int) -> String { logInfo(events: events).path }

    /// Its size in bytes.
    func logBytes(events: Int) -> Int { logInfo(events: events).bytes }

    private func logInfo(events: Int) -> (path: String, bytes: Int) {
        if let l = logs[events] { return l }
        var gen = MeetingGenerator()
        gen.generate(events: events)
        let bytes = gen.logBytes()
        let path = workDir + "/targets-\(events).jsonl"
        if !writeFile(path, bytes) { eprint("rakor-bench: cannot write \(path)") }
        _ = shell("cat '\(path)' > /dev/null")
        logs[events] = (path, bytes.count)
        return (path, bytes.count)
    }

    /// The first `events` events of the `of`-event log (a prefix of the same meeting), header included.
    func prefixLog(events: Int, of total: Int) -> String {
        let path = workDir + "/targets-\(total)-first-\(events).jsonl"
        if access(path, R_OK) != 0 {
            _ = shell("head -n \(events + 1) '\(log(events: total))' > '\(path)'")
        }
        return path
    }
}

/// Runs the registered runners (those named in `only`, if given) and prints one table.
@MainActor
func targets(only: String?) {
    print("## Targets of issue 15 (one run)")
    print("")
    print("CPU: \(cpuModel())  cores: \(sysconf(Int32(_SC_NPROCESSORS_ONLN)))  load average at start: \(loadAverage())")
    print("")
    let ctx = TargetContext()
    var rows: [[String]] = []
    for r in targetRunners where only.map({ r.name.contains($0) }) ?? true {
        for row in r.run(ctx) {
            rows.append([row.target, row.figure, row.goal, row.met.map(met) ?? "n/a", r.owner])
        }
        fflush(nil)
    }
    table(["target", "this run", "goal", "", "part"], rows)
    print("")
}

/// The peak resident memory of a command in KiB, from /usr/bin/time, or nil.
///
/// Not wait4's figure: posix_spawn starts the child in this (large) process's memory, and exec keeps
/// that high-water mark as the child's ru_maxrss. /usr/bin/time's own child starts small. The
/// command runs in a shell of its own, so its redirections and `exec` stay its own.
func peakKB(_ command: String) -> Int? {
    let quoted = "'" + command.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    let out = capture("/usr/bin/time -f 'PEAK %M' /bin/sh -c \(quoted) 2>&1 >/dev/null")
    guard let line = out.split(separator: "\n").last(where: { $0.hasPrefix("PEAK ") }) else { return nil }
    return Int(line.dropFirst(5))
}

/// The CPU's model name from /proc/cpuinfo.
func cpuModel() -> String {
    let info = capture("grep -m1 'model name' /proc/cpuinfo")
    guard let colon = info.firstIndex(of: ":") else { return "unknown" }
    return String(info[info.index(after: colon)...]).trimmingSpaces()
}

/// /proc/loadavg's first three figures.
func loadAverage() -> String {
    capture("cut -d' ' -f1-3 /proc/loadavg").trimmingSpaces()
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" || c == "\n" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\n" { s.removeLast() }
        return String(s)
    }
}
