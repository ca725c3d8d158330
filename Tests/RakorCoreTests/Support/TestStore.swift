import Foundation
import Testing
@testable import RakorCore

// MARK: - A fixed header

/// Headers for tests: the same meeting every time, so times and clock labels are known.
enum TestHeader {
    /// 2020-10-15T01:00:00Z, a Thursday: 09.00 WITA in Asia/Makassar.
    static let startedAt = "2020-10-15T01:00:00Z"
    static let startedAtMs = 1_602_723_600_000

    static func make(tz: String = "Asia/Makassar", warningS: Int? = nil, dangerS: Int? = nil,
                     startedAtMs: Int = TestHeader.startedAtMs) -> SessionHeader {
        SessionHeader(sessionId: "6f1c2b4e-0000-4000-8000-000000000001",
                      title: "Rapat Koordinasi Kepegawaian se Kalimantan Timur 2020",
                      startedAtMs: startedAtMs, tz: tz, lang: "id", app: "rakor-tests",
                      warningS: warningS, dangerS: dangerS)
    }

    static func state(warningS: Int? = nil, dangerS: Int? = nil) -> SessionState {
        SessionState(header: make(warningS: warningS, dangerS: dangerS))
    }
}

/// Minutes and seconds as event times, so test times read like a meeting: `mins(9) + secs(30)`.
func secs(_ seconds: Int) -> Int { seconds * 1000 }
func mins(_ minutes: Int) -> Int { minutes * 60_000 }

/// A clock stated field by field, so expectations do not depend on TurnClock's own methods.
func clock(start: Int, running: Int?, accumulated: Int = 0, ended: Int? = nil, paused: Bool = false,
           pauseCount: Int = 0, pausedMs: Int = 0, pausedSince: Int? = nil) -> TurnClock {
    var c = TurnClock(startedAt: start, suspended: false)
    c.runningSince = running
    c.accumulatedMs = accumulated
    c.endedT = ended
    c.paused = paused
    c.pauseCount = pauseCount
    c.pausedMs = pausedMs
    c.pausedSince = pausedSince
    return c
}

// MARK: - TestStore

/// The pattern of TCA's TestStore for the decider: every `send` states the exact events and the
/// whole resulting state, and a mismatch fails with a readable list of what differs.
struct TestStore {
    private(set) var state: SessionState
    /// Every event produced so far, in order.
    private(set) var events: [Event] = []

    init(header: SessionHeader = TestHeader.make()) {
        state = SessionState(header: header)
    }

    init(state: SessionState) {
        self.state = state
    }

    /// Sends `command` at `t`: asserts `decide` accepts it and produces exactly `expected` (with
    /// seq counting on from the state's and t = max(t, lastT)), applies the events with `evolve`,
    /// and compares the state with the previous one changed by `update`.
    ///
    /// `lastSeq` and `lastT` of the expected state are set from the events before `update` runs.
    @discardableResult
    mutating func send(_ command: Command, at t: Int, by: String? = nil, emits expected: [EventKind],
                       sourceLocation: SourceLocation = #_sourceLocation,
                       _ update: (inout SessionState) throws -> Void = { _ in }) rethrows -> [Event] {
        let before = state
        let result = decide(command, before, now: t, by: by)
        guard case .success(let produced) = result else {
            if case .failure(let error) = result {
                Issue.record("decide refused \(command): \(error)", sourceLocation: sourceLocation)
            }
            return []
        }
        let expectedT = max(t, before.lastT)
        let expectedEvents = expected.enumerated().map {
            Event(seq: before.lastSeq + 1 + $0.offset, t: expectedT, by: by, kind: $0.element)
        }
        if produced != expectedEvents {
            Issue.record("""
                events of \(command) differ:
                expected:
                \(expectedEvents.map { "  " + LogLine.encode($0) }.joined())
                actual:
                \(produced.map { "  " + LogLine.encode($0) }.joined())
                """, sourceLocation: sourceLocation)
        }
        var after = before
        for e in produced {
            var probe = after
            if let warning = probe.apply(e) {
                Issue.record("decide produced an event that does not apply: \(e.kind.typeName): \(warning)",
                             sourceLocation: sourceLocation)
            }
            after = evolve(after, e)
        }
        var want = before
        if let last = produced.last {
            want.lastSeq = last.seq
            want.lastT = max(before.lastT, last.t)
        }
        try update(&want)
        if want != after {
            let diff = StateDiff.describe(expected: want, actual: after)
            Issue.record("state after \(command) differs from the expected one:\n\(diff)", sourceLocation: sourceLocation)
        }
        state = after
        events += produced
        return produced
    }

    /// Sends a command that must be refused with `error`: no event, state unchanged.
    mutating func sendFailing(_ command: Command, at t: Int, by: String? = nil, expect error: RakorError,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let before = state
        switch decide(command, before, now: t, by: by) {
        case .success(let produced):
            let lines = produced.map { "  " + LogLine.encode($0) }.joined()
            Issue.record("decide accepted \(command), expected \(error); it produced:\n\(lines)", sourceLocation: sourceLocation)
        case .failure(let actual):
            if actual != error {
                Issue.record("\(command) was refused with \(actual) (\"\(actual.description)\"), expected \(error)",
                             sourceLocation: sourceLocation)
            }
        }
        if state != before {
            let diff = StateDiff.describe(expected: before, actual: state)
            Issue.record("state changed by a refused command:\n\(diff)", sourceLocation: sourceLocation)
        }
    }

    /// Runs commands for setting a scene: each must be accepted; its events are applied, not checked.
    @discardableResult
    mutating func given(_ command: Command, at t: Int, by: String? = nil,
                        sourceLocation: SourceLocation = #_sourceLocation) -> [Event] {
        switch decide(command, state, now: t, by: by) {
        case .success(let produced):
            for e in produced { state.apply(e) }
            events += produced
            return produced
        case .failure(let error):
            Issue.record("setup command \(command) was refused: \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    /// Applies a log event directly (as a reader would), with the next seq; returns evolve's warning.
    @discardableResult
    mutating func apply(_ kind: EventKind, at t: Int, by: String? = nil) -> String? {
        let e = Event(seq: state.lastSeq + 1, t: t, by: by, kind: kind)
        events.append(e)
        return state.apply(e)
    }
}

// MARK: - A readable diff of two values

/// Lists the paths at which two values differ, using reflection.
enum StateDiff {
    static func describe<T>(expected: T, actual: T) -> String {
        var out: [String] = []
        walk(expected, actual, path: String(describing: T.self), into: &out)
        if out.isEmpty {
            return "  (no difference found by reflection)\n  expected: \(expected)\n  actual:   \(actual)"
        }
        let shown = out.prefix(40).map { "  " + $0 }.joined(separator: "\n")
        return out.count > 40 ? shown + "\n  … and \(out.count - 40) more" : shown
    }

    private static func walk(_ e: Any, _ a: Any, path: String, into out: inout [String]) {
        let me = Mirror(reflecting: e)
        let ma = Mirror(reflecting: a)
        let se = String(describing: e)
        let sa = String(describing: a)
        if me.displayStyle != ma.displayStyle || me.children.isEmpty || ma.children.isEmpty {
            if se != sa { out.append("\(path): expected \(se), got \(sa)") }
            return
        }
        switch me.displayStyle {
        case .collection?, .set?:
            let ce = Array(me.children), ca = Array(ma.children)
            for i in 0..<min(ce.count, ca.count) { walk(ce[i].value, ca[i].value, path: "\(path)[\(i)]", into: &out) }
            if ce.count > ca.count {
                for i in ca.count..<ce.count { out.append("\(path)[\(i)]: expected \(ce[i].value), missing") }
            } else if ca.count > ce.count {
                for i in ce.count..<ca.count { out.append("\(path)[\(i)]: unexpected \(ca[i].value)") }
            }
        case .dictionary?:
            // Order of a dictionary's entries is not meaningful: compare them sorted.
            let de = me.children.map { String(describing: $0.value) }.sorted()
            let da = ma.children.map { String(describing: $0.value) }.sorted()
            if de != da { out.append("\(path): expected \(de), got \(da)") }
        default:
            let ce = Array(me.children), ca = Array(ma.children)
            let labelsE = ce.map { $0.label ?? "" }, labelsA = ca.map { $0.label ?? "" }
            guard labelsE == labelsA else {
                if se != sa { out.append("\(path): expected \(se), got \(sa)") }
                return
            }
            for (x, y) in zip(ce, ca) {
                let label = x.label ?? "?"
                // IdentifiedList's index is derived from its elements: comparing them is enough.
                if label == "positions" { continue }
                let sub = me.displayStyle == .optional ? path : "\(path).\(label)"
                walk(x.value, y.value, path: sub, into: &out)
            }
        }
    }
}

// MARK: - Files

/// A fresh directory under the system's temporary directory, removed by `remove()`.
struct TempDir {
    let path: String

    init(_ name: String = "rakor-tests") {
        let base = FileManager.default.temporaryDirectory.path
        path = "\(base)/\(name)-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { "\(path)/\(name)" }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

func readBytes(_ path: String) -> [UInt8] {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
}

func writeBytes(_ bytes: [UInt8], to path: String) {
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
}

/// A log's bytes: the header line, then each event line.
func logBytes(header: SessionHeader = TestHeader.make(), _ events: [Event]) -> [UInt8] {
    var out = Array(LogLine.header(header).utf8)
    for e in events { out += Array(LogLine.encode(e).utf8) }
    return out
}

/// The lines of a log's bytes, each with its newline when it has one.
func splitLines(_ bytes: [UInt8]) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    var cur: [UInt8] = []
    for b in bytes {
        cur.append(b)
        if b == 0x0A { lines.append(cur); cur = [] }
    }
    if !cur.isEmpty { lines.append(cur) }
    return lines
}

// MARK: - Seeded randomness

/// SplitMix64: a small, seeded generator, so every random test can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A text of fewer than `most` pieces drawn from `pieces` (the text tests' random input).
    mutating func text(of pieces: [String], fewerThan most: UInt64) -> String {
        var s = ""
        for _ in 0..<Int(next() % most) { s += pieces[Int(next() % UInt64(pieces.count))] }
        return s
    }
}
