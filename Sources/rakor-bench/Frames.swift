// `rakor-bench frames`: issue 15's render targets. The dashboard at 200×60 with 500 queued,
// into a new canvas each frame and into one reused canvas; the minutes view (Tab) at rest
// (nothing changed since the last frame) and the frame after a change (a note added: the
// lines are made again). 100 / 1,000 / 10,000 entries, round-robin, so load drift falls on all.

#if canImport(Glibc)
import Glibc
#endif
import RakorCore
import RakorTUI

@MainActor
func frames() {
    print("## Frames (issue 15): dashboard and minutes view at 200×60, 500 queued")
    print("")
    let size = Size(width: 200, height: 60)
    let sizes = [100, 1_000, 10_000]
    let states = sizes.map { renderState(entries: $0, queued: 500) }
    let count = 2_000, warmup = 100
    var dashNew = [[Double]](repeating: [], count: sizes.count)
    var dashReuse = [[Double]](repeating: [], count: sizes.count)
    var minutesRest = [[Double]](repeating: [], count: sizes.count)
    var reused = Canvas(width: 1, height: 1)
    var minutesUI = UIState()
    minutesUI.screen = .minutes
    var check = 0
    for i in 0..<(count + warmup) {
        for (k, (state, now)) in states.enumerated() {
            let ctx = ViewContext(state: state, now: now + i * 1000, lang: .id)
            var t0 = nanos()
            let c = Dashboard.render(ctx, size: size)
            var t1 = nanos()
            check &+= c.cells[(i * 37) % c.cells.count].width
            if i >= warmup { dashNew[k].append(Double(t1 - t0) / 1e3) }
            t0 = nanos()
            Dashboard.render(ctx, into: &reused, size: size)
            t1 = nanos()
            check &+= reused.cells[(i * 41) % reused.cells.count].width
            if i >= warmup { dashReuse[k].append(Double(t1 - t0) / 1e3) }
        }
    }
    // The minutes view: one state at a time, since its lines are kept for the last state drawn.
    var minutesChange = [[Double]](repeating: [], count: sizes.count)
    for (k, (state, now)) in states.enumerated() {
        for i in 0..<(count + warmup) {
            var ctx = ViewContext(state: state, ui: minutesUI, now: now + i * 1000, lang: .id)
            ctx.ui.entrySelection = i % 50
            let t0 = nanos()
            Dashboard.render(ctx, into: &reused, size: size)
            let t1 = nanos()
            check &+= reused.cells[(i * 43) % reused.cells.count].width
            if i >= warmup { minutesRest[k].append(Double(t1 - t0) / 1e3) }
        }
        // After a change: a note added to the state, then the first frame that shows it.
        var s = state
        var seq = s.lastSeq
        for i in 0..<60 {
            seq += 1
            s.apply(Event(seq: seq, t: now + i, by: "notulis",
                          kind: .noteAdded(id: "x\(i)", kind: .note, text: "Catatan tambahan nomor \(i).", item: s.runningItem,
                                           speaker: "s1", owner: nil, due: nil)))
            let ctx = ViewContext(state: s, ui: minutesUI, now: now + i * 1000, lang: .id)
            let t0 = nanos()
            Dashboard.render(ctx, into: &reused, size: size)
            let t1 = nanos()
            check &+= reused.cells[(i * 47) % reused.cells.count].width
            if i >= 10 { minutesChange[k].append(Double(t1 - t0) / 1e3) }
        }
    }
    blackHole(check)
    var rows: [[String]] = []
    func add(_ what: String, _ samples: [[Double]], target: Double, flat: Bool = true) {
        let medians = samples.map { Stats($0).median }
        for (k, entries) in sizes.enumerated() {
            let st = Stats(samples[k])
            let growth = k == sizes.count - 1 && flat ? " (×\(fmt(medians[k] / medians[0], 2)) from 100)" : ""
            rows.append([what, group(entries), group(samples[k].count), fmt(st.median, 0), fmt(st.percentile(99), 0),
                         fmt(st.max, 0), target > 0 ? "≤ \(group(Int(target))) µs: " + met(st.median <= target) + growth : "–"])
        }
    }
    add("dashboard, new canvas", dashNew, target: 200)
    add("dashboard, reused canvas", dashReuse, target: 200)
    add("minutes view (Tab), at rest", minutesRest, target: 1000)
    add("minutes view, first frame after a note", minutesChange, target: 1000)
    table(["frame", "entries", "frames", "median µs", "p99 µs", "max µs", "target"], rows)
    print("")
}

/// Draws `frames` frames of the dashboard (or the minutes view) one second apart, for a profiler.
@MainActor
func childDashboard(frames: Int, minutes: Bool) -> Never {
    let (state, now) = renderState(entries: 1_000, queued: 500)
    var ui = UIState()
    if minutes { ui.screen = .minutes }
    var canvas = Canvas(width: 1, height: 1)
    var check = 0
    for i in 0..<frames {
        let ctx = ViewContext(state: state, ui: ui, now: now + i * 1000, lang: .id)
        Dashboard.render(ctx, into: &canvas, size: Size(width: 200, height: 60))
        check &+= canvas.cells[(i * 37) % canvas.cells.count].width
    }
    print(check)
    exit(0)
}
