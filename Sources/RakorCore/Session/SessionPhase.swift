/// Where the meeting is, as the moderator and the minutes name it.
public enum SessionPhase: String, CaseIterable, Sendable {
    case belumMulai = "belum_mulai"
    case pembukaan
    case laporan
    case sambutan
    case paparan
    case tanyaJawab = "tanya_jawab"
    case kesimpulan
    case penutupan
    /// A break item (ishoma, rehat) is running.
    case istirahat
    /// The meeting runs, between items or in an item of kind `other`.
    case berlangsung
    case diskors
    case selesai

    /// The phase an item of this kind puts the meeting in.
    public static func of(_ kind: ItemKind) -> SessionPhase {
        switch kind {
        case .opening: return .pembukaan
        case .report: return .laporan
        case .remarks: return .sambutan
        case .presentation: return .paparan
        case .qa: return .tanyaJawab
        case .conclusion: return .kesimpulan
        case .closing: return .penutupan
        case .break: return .istirahat
        case .other: return .berlangsung
        }
    }

    /// True for the phases in which a rundown item runs.
    public var isItemPhase: Bool {
        switch self {
        case .belumMulai, .berlangsung, .diskors, .selesai: return false
        default: return true
        }
    }
}

/// What moves the meeting from one phase to another.
public enum PhaseTrigger: Equatable, Sendable {
    case itemStarted(ItemKind)
    case itemEnded
    case suspended
    case resumed
    case closed
    case reopened
}

/// The meeting's phase as an explicit state machine: every legal transition is listed in `fire`.
public struct PhaseMachine: Equatable, Sendable {
    public private(set) var phase: SessionPhase
    /// Where a suspended meeting goes back to when it resumes.
    public private(set) var beforeSuspension: SessionPhase?

    public init(phase: SessionPhase = .belumMulai, beforeSuspension: SessionPhase? = nil) {
        self.phase = phase
        self.beforeSuspension = beforeSuspension
    }

    /// The machine once the running item's kind is changed: the item's phase now, or after the suspension.
    public func runningItemKind(_ kind: ItemKind) -> PhaseMachine {
        switch phase {
        case .diskors: return PhaseMachine(phase: .diskors, beforeSuspension: .of(kind))
        case .belumMulai, .selesai: return self
        default: return PhaseMachine(phase: .of(kind))
        }
    }

    /// The machine after `trigger`, or nil when the transition is not legal.
    public func fire(_ trigger: PhaseTrigger) -> PhaseMachine? {
        switch (phase, trigger) {
        case (.diskors, .resumed):
            return PhaseMachine(phase: beforeSuspension ?? .berlangsung)
        case (.diskors, .closed):
            return PhaseMachine(phase: .selesai)
        case (.diskors, _):
            return nil
        case (.selesai, .reopened):
            return PhaseMachine(phase: .berlangsung)
        case (.selesai, _):
            return nil
        case (_, .itemStarted(let kind)):
            return PhaseMachine(phase: .of(kind))
        // An `other` item runs in berlangsung, so an item may end from there too.
        case (let p, .itemEnded) where p.isItemPhase || p == .berlangsung:
            return PhaseMachine(phase: .berlangsung)
        case (_, .suspended):
            return PhaseMachine(phase: .diskors, beforeSuspension: phase)
        case (_, .closed):
            return PhaseMachine(phase: .selesai)
        default:
            return nil
        }
    }
}
