import RakorCore
#if canImport(Glibc)
import Glibc
#endif

// MARK: 5. Follow

/// The follower's side, in a child process: folds the log as it grows and prints the moment (monotonic ns) each event arrived.
func followChild(path: String, inotify: Bool, count: Int) -> Never {
    guard let (log, reading) = try? PeerLog.join(path: path, writable: false) else { exit(2) }
    var state = reading.state
    let watch = LogWatch(path: path, useInotify: inotify)
    var seen = 0
    print("ready")
    fflush(nil)
    while seen < count {
        _ = watch.wait(inputFD: nil, timeoutMs: 1000)
        for _ in log.follow(&state) {
            seen += 1
            print(nanos())
        }
        fflush(nil)
    }
    exit(0)
}

/// Time from a peer's step (lock, write, fdatasync, unlock) to another process having folded the event.
@MainActor
func follow() {
    print("## 5. Follow latency: one peer writes a step, another process wakes and folds it")
    print("")
    var rows: [[String]] = []
    for (label, inotify, count) in [("inotify", true, 1_000), ("poll 100 ms", false, 200)] {
        let path = workDir + "/follow-\(inotify ? "i" : "p").jsonl"
        let header = SessionHeader(sessionId: "bench", title: "Follow", startedAtMs: 1_600_000_000_000, tz: "Asia/Jakarta")
        guard let created = try? SessionLog.create(path: path, header: header) else { print("cannot create \(path)"); return }
        created.close()
        let exe = CommandLine.arguments[0]
        guard let child = popen("'\(exe)' --child-follow '\(path)' \(inotify ? 1 : 0) \(count)", "r") else { print("cannot start the follower"); return }
        var line = [CChar](repeating: 0, count: 64)
        _ = fgets(&line, 64, child) // "ready"
        guard let (log, reading) = try? PeerLog.join(path: path) else { print("cannot join \(path)"); return }
        var state = reading.state
        var lat: [Double] = []
        for i in 0..<count {
            // A pause of random length, so a write falls anywhere in the poll's 100 ms.
            usleep(useconds_t(inotify ? 2_000 + (i * 7919) % 3_000 : 2_000 + (i * 7919) % 100_000))
            let t0 = nanos()
            let step = log.step(state) { latest, _ in decide(.minutes(.addNote(kind: .note, text: "catatan \(i)")), latest, now: i * 10) }
            state = step.state
            guard fgets(&line, 64, child) != nil, let t1 = UInt64(line.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }.filter(\.isNumber)) else { break }
            lat.append(Double(t1 &- t0) / 1e6)
        }
        pclose(child)
        let s = Stats(lat)
        rows.append([label, group(lat.count), fmt(s.median, 2), fmt(s.percentile(99), 2), fmt(s.max, 2)])
    }
    table(["wake-up", "events", "p50 ms", "p99 ms", "max ms"], rows)
    print("")
}
