/// What a command that names no target acts on: the floor, the next in line, the running item.
///
/// Two peers who both pressed `n` saw the same next speaker; the second, decided on the latest
/// state, would give the floor to someone else. A command that names no target is therefore
/// refused when what it would act on changed under it, instead of acting on something its
/// sender never saw.
struct CommandFocus: Equatable {
    var floor: FloorHolder?
    var paused: Bool?
    var runningItem: String?
    var nextItem: String?
    var nextSpeaker: String?
    var suspended: Bool
    var closed: Bool
    var openRound: String?
    var nextQuestion: String?

    init(_ s: SessionState) {
        floor = s.floor
        paused = s.floorClock?.paused
        runningItem = s.runningItem
        nextItem = s.items.first { !$0.hasStarted }?.id
        nextSpeaker = s.nextSpeaker
        suspended = s.isSuspended
        closed = s.isClosed
        openRound = s.openRound?.id
        nextQuestion = s.openRound.flatMap { r in s.questions(inRound: r.id).first { $0.status == .queued }?.id }
    }
}

extension Command {
    /// True when the command acts on whatever holds the floor or comes next, not on a named id.
    public var actsOnCurrent: Bool {
        switch self {
        case .floor(let c):
            switch c {
            case .startNextSpeaker(let id): return id == nil
            case .extendSpeaker(let id, _): return id == nil
            case .togglePause, .endTurn: return true
            default: return false
            }
        case .rundown(let c):
            switch c {
            case .startItem(let id, _): return id == nil
            case .endItem: return true
            default: return false
            }
        case .qa(let c):
            switch c {
            case .startQuestion(let id): return id == nil
            case .endQuestion(let id, _): return id == nil
            case .closeRound, .openRound, .startAnswer: return true
            default: return false
            }
        case .session(let c):
            switch c {
            case .suspend, .resume, .close, .reopen: return true
            default: return false
            }
        case .minutes, .attendance, .stage: return false
        }
    }

    /// Why the command must not be decided on `latest`: what it acts on changed since `seen`, which its sender was looking at.
    public func staleness(seen: SessionState, latest: SessionState, foreign: [Event]) -> RakorError? {
        guard !foreign.isEmpty, actsOnCurrent, CommandFocus(seen) != CommandFocus(latest) else { return nil }
        let who = foreign.last?.by
        return .changedElsewhere(by: who, what: foreign.last?.kind.typeName ?? "")
    }
}
