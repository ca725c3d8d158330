import RakorCore

extension UIState {
    /// The keymap context this terminal answers to now: its role, then its screen.
    public var keyContext: KeyContext {
        switch role {
        case .moderator: return screen == .minutes ? .minutes : .live
        case .notulis: return .notulis
        case .layar, .peserta: return .watch
        }
    }
}
