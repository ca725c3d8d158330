// rakor-bench: the speed figures of docs/PERFORMANCE.md, from one run.
//
//   swift build -c release --product rakor-bench
//   .build/release/rakor-bench                 # all: fold, append, render, replay, hostile, processes, follow
//   .build/release/rakor-bench fold render     # some of them
//   .build/release/rakor-bench targets         # every issue-15 target in one table (see Targets.swift)
//   options: --events N (fold log, default 200000)  --runs N (fold runs, default 5)
//            --dir DIR (temporary files, default $TMPDIR or /tmp)  --keep (keep the logs)
//
// It prints Markdown tables; each figure is a median (or the percentiles named) of this run.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RakorCore
import RakorTUI


var args = Array(CommandLine.arguments.dropFirst())

// A fresh child process that folds one log and reports its peak memory (see `foldMemory`).
if args.first == "--child-fold", args.count == 2 {
    let before = procStatusKB("VmHWM") ?? -1
    let r = try LogReader.read(path: args[1])
    let after = procStatusKB("VmHWM") ?? -1
    var ru = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &ru)
    print("\(before) \(after) \(ru.ru_maxrss) \(r.events.count)")
    exit(0)
}

// A follower child for the follow benchmark: `--child-follow PATH INOTIFY COUNT`.
if args.first == "--child-follow", args.count == 4 {
    followChild(path: args[1], inotify: args[2] == "1", count: Int(args[3]) ?? 0)
}
if args.first == "--child-replay", args.count == 2 { childReplay(args[1]) }
if args.first == "--child-replay-open", args.count == 2 { childReplayOpen(args[1]) }
// For a profiler (callgrind counts a frame's instructions exactly): `--child-dashboard FRAMES
// [minutes]` draws the 1,000-entry, 500-queued state at 200×60 into one reused canvas.
if args.first == "--child-dashboard", args.count >= 2 {
    MainActor.assumeIsolated { childDashboard(frames: Int(args[1]) ?? 100, minutes: args.count > 2) }
}

@MainActor
func option(_ name: String) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    let v = args[i + 1]
    args.removeSubrange(i...(i + 1))
    return v
}

let foldEvents = Int(option("--events") ?? "") ?? 200_000
let foldRuns = max(5, Int(option("--runs") ?? "") ?? 5)
let tmpBase = option("--dir") ?? (getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp")
let keep = args.contains("--keep")
args.removeAll { $0 == "--keep" }
let targetsOnly = option("--only")
// Run with no names: the quick ones; `all`: every benchmark below (the longer ones take minutes).
let quick = ["fold", "append", "render", "replay", "hostile", "processes", "follow"]
let known = quick + ["frames", "paste", "replay-targets", "exports"]
let selected = args.isEmpty ? quick : args == ["all"] ? known : args
for a in selected where !known.contains(a) && a != "targets" {
    eprint("rakor-bench: unknown benchmark \(a) (known: \(known.joined(separator: ", ")))")
    exit(2)
}

var template = Array("\(tmpBase)/rakor-bench-XXXXXX".utf8CString)
guard let dirPtr = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
    eprint("rakor-bench: cannot make a temporary directory in \(tmpBase)")
    exit(2)
}
let workDir = String(cString: dirPtr)

print("# rakor-bench")
print("")
print("cores: \(sysconf(Int32(_SC_NPROCESSORS_ONLN)))  temp dir: \(workDir)"
      + (device(workDir) != nil && device(workDir) == device("/work") ? " (same device as /work)" : ""))
print("")

// MARK: 1. Fold

@MainActor
func fold() {
    print("## 1. Fold: LogReader.read of a \(group(foldEvents))-event log vs `jq -c .`")
    print("")
    if let diff = MeetingGenerator.checkAgainstDecide(events: 5_000, seed: 2020_10_15) {
        print("WARNING: the generator's direct events differ from decide's: \(diff)")
    } else {
        print("generator check: the first 5,000 events written through decide and directly are identical")
    }
    var gen = MeetingGenerator()
    let genS = seconds { gen.generate(events: foldEvents) }
    let bytes = gen.logBytes()
    let path = workDir + "/fold.jsonl"
    guard writeFile(path, bytes) else { print("cannot write \(path)"); return }
    let n = gen.events.count
    let mb = Double(bytes.count) / 1e6
    print("log: \(group(n)) events, \(fmt(mb)) MB, \(fmt(Double(bytes.count) / Double(n + 1), 0)) bytes/line; "
          + "generated in \(fmt(genS, 1)) s (\(gen.refusedCount) commands refused), \(path)")
    var types: [String: Int] = [:]
    for e in gen.events { types[e.kind.typeName, default: 0] += 1 }
    print("mix: " + types.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    print("")

    // Warm the page cache, then time the reader and jq in turns, so that load from other
    // processes on the machine falls on both alike. The reading is freed outside the timing.
    _ = try? LogReader.read(path: path)
    let haveJq = shell("command -v jq >/dev/null 2>&1") == 0
    if haveJq { _ = shell("jq -c . '\(path)' > /dev/null") }
    var times: [Double] = [], cpu: [Double] = []
    var jqTimes: [Double] = [], jqCPU: [Double] = []
    var kept = 0
    for _ in 0..<foldRuns {
        var r: LogReading? = nil
        let c0 = processCPU(), t0 = nanos()
        r = try? LogReader.read(path: path)
        let t1 = nanos(), c1 = processCPU()
        times.append(Double(t1 - t0) / 1e9)
        cpu.append(c1 - c0)
        kept = r?.events.count ?? -1
        r = nil
        if haveJq {
            let j0 = childrenCPU(), w0 = nanos()
            _ = shell("jq -c . '\(path)' > /dev/null")
            let w1 = nanos(), j1 = childrenCPU()
            jqTimes.append(Double(w1 - w0) / 1e9)
            jqCPU.append(j1 - j0)
        }
    }
    let fold = Stats(times), foldCPU = Stats(cpu)
    let jq = Stats(jqTimes), jqC = Stats(jqCPU)

    let mem = foldMemory(path)
    var rows: [[String]] = [
        ["LogReader.read(path:)", fmt(fold.median, 3), fmt(fold.min, 3) + " – " + fmt(fold.max, 3), fmt(foldCPU.median, 3),
         fmt(Double(n) / fold.median / 1e3, 0), fmt(mb / fold.median, 1)],
    ]
    if haveJq {
        rows.append(["jq -c . > /dev/null", fmt(jq.median, 3), fmt(jq.min, 3) + " – " + fmt(jq.max, 3), fmt(jqC.median, 3),
                     fmt(Double(n) / jq.median / 1e3, 0), fmt(mb / jq.median, 1)])
    }
    table(["reader (\(foldRuns) runs)", "median s", "min – max s", "CPU s (median)", "k events/s", "MB/s"], rows)
    print("")
    if kept != n { print("WARNING: the reader kept \(kept) of \(n) events") }
    if haveJq {
        let ratio = jq.median / fold.median
        print("ratio: \(fmt(ratio, 2))× jq's throughput by wall time, \(fmt(jqC.median / foldCPU.median, 2))× by CPU time "
              + "(target ≥ 3×: \(met(ratio >= 3)))")
    } else {
        print("jq is not installed (apt-get install jq): no ratio")
    }
    if let mem {
        print("peak memory of the fold (fresh process): VmHWM \(fmt(Double(mem.after) / 1024, 1)) MiB "
              + "(\(fmt(Double(mem.before) / 1024, 1)) MiB before reading), ru_maxrss \(fmt(Double(mem.maxrss) / 1024, 1)) MiB; "
              + "\(fmt(Double(mem.after - mem.before) * 1024 / Double(n), 0)) bytes/event over the start")
    }
    print("")
}

/// Folds the log in a child process and reads its peak resident memory.
@MainActor
func foldMemory(_ path: String) -> (before: Int, after: Int, maxrss: Int)? {
    let exe = CommandLine.arguments[0]
    let out = capture("'\(exe)' --child-fold '\(path)'").split(separator: " ").compactMap { Int($0.filter { $0.isNumber || $0 == "-" }) }
    guard out.count >= 3 else { return nil }
    return (out[0], out[1], out[2])
}

// MARK: 2. Append

@MainActor
func append() {
    print("## 2. Append latency: SessionLog.append of one event (encode + one write + fdatasync)")
    print("")
    let count = 10_000
    var gen = MeetingGenerator(seed: 7)
    gen.generate(events: count)
    let events = Array(gen.events.prefix(count))
    let path = workDir + "/append.jsonl"
    let log: SessionLog
    do { log = try SessionLog.create(path: path, header: gen.header) } catch {
        print("cannot create \(path): \(error)"); return
    }
    var lat: [Double] = []
    lat.reserveCapacity(count)
    var failures = 0
    for e in events {
        let t0 = nanos()
        let h = log.append([e])
        let t1 = nanos()
        if !h.isOK { failures += 1 }
        lat.append(Double(t1 - t0) / 1e3)
    }
    log.close()
    let s = Stats(lat)
    table(["events", "p50 µs", "p90 µs", "p99 µs", "max µs", "total s"],
          [[group(count), fmt(s.median, 0), fmt(s.percentile(90), 0), fmt(s.percentile(99), 0), fmt(s.max, 0),
            fmt(lat.reduce(0, +) / 1e6, 2)]])
    if failures > 0 { print("WARNING: \(failures) appends failed") }
    // The fold of the result must give back every event.
    if let r = try? LogReader.read(path: path), r.events.count != count || !r.problems.isEmpty {
        print("WARNING: the appended log reads back \(r.events.count) events, \(r.problems.count) problems")
    }
    print("")
}

// MARK: 3. Render

/// A state with `entries` minutes entries, `queued` speakers waiting, one on the floor and a termin open.
func renderState(entries: Int, queued: Int) -> (SessionState, Int) {
    let header = SessionHeader(sessionId: "bench-render", title: "Rapat Koordinasi Pembangunan Daerah Provinsi Kalimantan Timur",
                               startedAtMs: 1_602_723_600_000, tz: "Asia/Makassar", lang: "id",
                               venue: "Ruang Rapat Ruhui Rahayu", mode: "hybrid", chair: "Sekretaris Daerah")
    var s = SessionState(header: header)
    var now = 0
    var seq = 0
    func apply(_ k: EventKind, dt: Int = 1000) {
        now += dt
        seq += 1
        if let w = s.apply(Event(seq: seq, t: now, by: "moderator", kind: k)) { fatalError("render setup: \(w)") }
    }
    func run(_ c: Command) {
        now += 1000
        guard case .success(let es) = decide(c, s, now: now, by: "moderator") else { fatalError("render setup: \(c) refused") }
        for e in es { s.apply(e) }
        seq = s.lastSeq
    }
    let kinds: [ItemKind] = [.opening, .report, .remarks, .presentation, .presentation, .qa, .conclusion, .closing]
    for (i, k) in kinds.enumerated() {
        run(.rundown(.addItem(title: "\(MeetingGenerator.subjects[i % MeetingGenerator.subjects.count])", kind: k, plannedS: 1200)))
    }
    run(.rundown(.startItem()))
    run(.rundown(.startItem()))
    run(.rundown(.startItem()))
    run(.rundown(.startItem()))  // presentation: running
    // Entries and queued speakers are applied as events directly: `decide` copies the state for
    // each command, which makes a setup of 10,000 entries needlessly slow.
    for i in 0..<(queued + 1) {
        apply(.speakerQueued(id: "s\(i + 1)", name: MeetingGenerator.names[i % MeetingGenerator.names.count],
                             role: MeetingGenerator.roles[i % MeetingGenerator.roles.count],
                             org: MeetingGenerator.orgs[i % MeetingGenerator.orgs.count], remote: i % 5 == 0,
                             allottedS: 300 + (i % 4) * 60, item: s.runningItem, index: nil,
                             kind: i % 50 == 7 ? .interruption : nil), dt: 10)
    }
    run(.floor(.startNextSpeaker()))
    for i in 0..<entries {
        let kind: NoteKind = i % 7 == 0 ? .decision : (i % 11 == 0 ? .action : .note)
        apply(.noteAdded(id: "n\(i + 1)", kind: kind,
                         text: MeetingGenerator.subjects[i % MeetingGenerator.subjects.count] + " "
                             + MeetingGenerator.predicates[i % MeetingGenerator.predicates.count] + ".",
                         item: s.runningItem, speaker: "s1", owner: kind == .action ? "Bappeda" : nil,
                         due: kind == .action ? "2020-10-30" : nil), dt: 50)
    }
    run(.qa(.openRound(maxQuestions: 5)))
    run(.qa(.queueQuestion(asker: "Budi Santoso, S.H.", org: "Kota Samarinda", to: "s1", text: "Kapan lelang dimulai?")))
    run(.qa(.queueQuestion(asker: "Rini Wulandari, S.Pd.", org: "Dinas Pendidikan", to: "s1")))
    precondition(s.queue.count == queued && s.liveEntries.count == entries && s.openRound != nil && s.floor != nil)
    return (s, now + 95_000)  // 95 s into the turn: a running countdown
}

@MainActor
func render() {
    print("## 3. Render: Dashboard.render at 200×60 (one frame into a new Canvas)")
    print("")
    let size = Size(width: 200, height: 60)
    let sizes = [100, 1_000, 10_000]
    let states = sizes.map { renderState(entries: $0, queued: 500) }
    // Round-robin over the three states, so drift in the machine's load falls on all alike.
    let count = 2_000, warmup = 100
    var frames = [[Double]](repeating: [], count: sizes.count)
    var check = 0
    for i in 0..<(count + warmup) {
        for (k, (state, now)) in states.enumerated() {
            let ctx = ViewContext(state: state, now: now + i * 1000, lang: .id)
            let t0 = nanos()
            let c = Dashboard.render(ctx, size: size)
            let t1 = nanos()
            check &+= c.cells[(i * 37) % c.cells.count].width
            if i >= warmup { frames[k].append(Double(t1 - t0) / 1e3) }
        }
    }
    blackHole(check)
    var rows: [[String]] = []
    var medians: [Double] = []
    for (k, entries) in sizes.enumerated() {
        let s = Stats(frames[k])
        medians.append(s.median)
        rows.append([group(entries), "500", group(count), fmt(s.median, 0), fmt(s.percentile(99), 0), fmt(s.max, 0),
                     met(s.median < 1000)])
    }
    table(["entries", "queued", "frames", "median µs", "p99 µs", "max µs", "< 1 ms"], rows)
    print("")
    print("growth 100 → 10,000 entries: \(fmt(medians[2] / medians[0], 2))× (flat is ≈ 1×)")
    print("")
    // What a keystroke costs before the frame: decide on the same states (it copies what it changes).
    var decideRows: [[String]] = []
    for (k, entries) in sizes.enumerated() {
        let (state, now) = states[k]
        var ts: [Double] = []
        var n = 0
        for i in 0..<300 {
            let t0 = nanos()
            let r = decide(.minutes(.addNote(kind: .note, text: "Catatan \(i)")), state, now: now, by: "notulis")
            let t1 = nanos()
            if case .success(let es) = r { n &+= es.count }
            ts.append(Double(t1 - t0) / 1e3)
        }
        blackHole(n)
        let st = Stats(ts)
        decideRows.append([group(entries), fmt(st.median, 0), fmt(st.max, 0)])
    }
    table(["entries", "decide(.minutes(.addNote)) median µs", "max µs"], decideRows)
    print("")
}

// MARK: 4. Replay

@MainActor
func replay() {
    print("## 4. Replay: open a 100,000-event log, then seek")
    print("")
    var gen = MeetingGenerator(seed: 42)
    gen.generate(events: 100_000)
    let path = workDir + "/replay.jsonl"
    guard writeFile(path, gen.logBytes()) else { print("cannot write \(path)"); return }
    let n = gen.events.count
    _ = try? LogReader.read(path: path)
    var open: [Double] = []
    var readOnly: [Double] = []
    var timeline: ReplayTimeline? = nil
    for _ in 0..<5 {
        // Free the last run's timeline outside the timing (it holds a state every `stride` events).
        timeline = nil
        var reading: LogReading? = nil
        let t0 = nanos()
        reading = try? LogReader.read(path: path)
        let t1 = nanos()
        timeline = reading.map { ReplayTimeline(reading: $0) }
        let t2 = nanos()
        open.append(Double(t2 - t0) / 1e9)
        readOnly.append(Double(t1 - t0) / 1e9)
    }
    guard let tl = timeline else { print("cannot read \(path)"); return }
    let o = Stats(open), r = Stats(readOnly)
    let sk = randomSeeks(tl)
    let hwm = procStatusKB("VmHWM") ?? 0
    // The same with a wider stride (fewer cached states), to show what the stride costs.
    let wide = 2_048
    var wideOpen: [Double] = []
    var wideTL: ReplayTimeline? = nil
    if let reading = try? LogReader.read(path: path) {
        for _ in 0..<3 {
            wideTL = nil
            let t0 = nanos()
            wideTL = ReplayTimeline(reading: reading, stride: wide)
            wideOpen.append(Double(nanos() - t0) / 1e9)
        }
    }
    let wideSeeks = wideTL.map(randomSeeks)
    table(["step", "median", "max", "target", ""],
          [["open: LogReader.read + ReplayTimeline(stride \(tl.stride)), \(group(n)) events",
            fmt(o.median * 1000, 0) + " ms", fmt(o.max * 1000, 0) + " ms", "< 1 s", met(o.median < 1)],
           ["  of which LogReader.read", fmt(r.median * 1000, 0) + " ms", fmt(r.max * 1000, 0) + " ms", "", ""],
           ["seek: timeline.state(after:), 1,000 random positions", fmt(sk.median, 2) + " ms", fmt(sk.max, 2) + " ms",
            "< 50 ms", met(sk.max < 50)]])
    print("")
    print("peak memory of this process after opening (VmHWM): \(fmt(Double(hwm) / 1024, 0)) MiB")
    if !wideOpen.isEmpty, let ws = wideSeeks {
        print("for comparison, stride \(wide): ReplayTimeline init alone \(fmt(Stats(wideOpen).median * 1000, 0)) ms (median of 3), "
              + "seek median \(fmt(ws.median, 2)) ms, max \(fmt(ws.max, 2)) ms")
    }
    print("")
}

for b in selected {
    switch b {
    case "fold": fold()
    case "append": append()
    case "render": render()
    case "replay": replay()
    case "hostile": hostile()
    case "processes": processes()
    case "follow": follow()
    case "frames": frames()
    case "paste": paste()
    case "targets": targets(only: targetsOnly)
    case "replay-targets": replayTargets()
    case "exports": exportsBench()
    default: break
    }
    fflush(nil)
}
if !keep { _ = shell("rm -rf '\(workDir)'") }
