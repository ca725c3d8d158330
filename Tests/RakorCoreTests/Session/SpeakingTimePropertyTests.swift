import Testing
@testable import RakorCore

/// Issue 10: over random command sequences with interupsi, held turns and break items, every
/// turn's speaking time is the time it held the floor, and no clock runs while the meeting is
/// suspended or a break item runs. The expected time comes from a model of the floor kept here,
/// apart from TurnClock.
@Suite struct SpeakingTimePropertyTests {
    /// Who held the floor, counting, between one event and the next.
    struct Model {
        var counted: [String: Int] = [:]
        var holder: String?
        var running = false
        var lastT = 0

        /// Counts the time since the last event for whoever held the floor with a running clock.
        mutating func advance(to t: Int) {
            if running, let h = holder { counted[h, default: 0] += t - lastT }
            lastT = t
        }

        /// Reads, after an event, who holds the floor and whether their clock may run.
        mutating func observe(_ s: SessionState) {
            holder = s.floor.map { f -> String in
                switch f {
                case .speaker(let id): return "s:" + id
                case .question(let id): return "q:" + id
                case .answer(let id): return "w:" + id
                }
            }
            running = !s.clocksStopped && s.floorClock.map { !$0.paused && $0.endedT == nil } == true
        }
    }

    static func clocks(_ s: SessionState) -> [(String, TurnClock)] {
        s.speakers.compactMap { sp in sp.clock.map { ("s:" + sp.id, $0) } }
            + s.questions.compactMap { q in q.clock.map { ("q:" + q.id, $0) } }
            + s.answers.map { ("w:" + $0.id, $0.clock) }
    }

    @Test(arguments: 0..<40)
    func speakingTimeIsTimeOnTheFloorAndStoppedClocksStayStopped(seed: Int) {
        var g = CommandGenerator.Gen(rng: SplitMix64(seed: UInt64(1000 + seed)))
        var state = SessionState(header: TestHeader.make())
        var model = Model()
        var now = 0
        var problems: [String] = []
        for step in 0..<400 {
            now = g.advance(now)
            let cmd = g.command(for: state)
            guard case .success(let events) = decide(cmd, state, now: now) else { continue }
            for e in events {
                model.advance(to: max(model.lastT, e.t))
                state.apply(e)
                model.observe(state)
                if state.clocksStopped {
                    for (id, c) in Self.clocks(state) where c.runningSince != nil {
                        problems.append("step \(step), \(e.kind.typeName): \(id) runs while the clocks are stopped")
                    }
                }
                for sp in state.speakers where sp.status == .held && sp.clock?.runningSince != nil {
                    problems.append("step \(step): held speaker \(sp.id) has a running clock")
                }
            }
            for (id, c) in Self.clocks(state) {
                let spoken = c.elapsedMs(at: state.lastT)
                let onFloor = model.counted[id] ?? 0
                if spoken != onFloor { problems.append("step \(step), \(cmd): \(id) spoke \(spoken) ms, held the floor \(onFloor) ms") }
            }
            if problems.count > 3 { break }
        }
        #expect(problems.isEmpty, "seed \(1000 + seed): \(problems.prefix(3))")
    }
}
