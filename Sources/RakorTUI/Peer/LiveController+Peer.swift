import RakorCore

extension LiveController {
    /// Sends a command through a shared log: decided under the lock on the latest state, refused
    /// (with the reason) when another terminal's event a moment before makes it illegal or changes
    /// what it acts on.
    func sendShared(_ command: Command, by who: String, to shared: SharedEventStore) -> RakorError? {
        let seen = state
        let at = now
        let step = shared.step(state) { latest, foreign in
            if let stale = command.staleness(seen: seen, latest: latest, foreign: foreign) { return .failure(stale) }
            return decide(command, latest, now: at, by: who)
        }
        absorb(step.foreign + step.written, state: step.state)
        switch step.refusal {
        case .decided(let e)?:
            let hint = e == .sessionClosed ? (lang == .id ? " R membuka kembali." : " R reopens it.") : ""
            ui.message = StatusMessage(e.message(lang) + hint, kind: .error, t: now)
            return e
        case .log(let e)?:
            ui.message = StatusMessage(PeerText.notWritten(e.description, lang), kind: .error, t: now)
            return .invalidValue(field: "log", value: e.description)
        case nil:
            if ui.message?.kind == .error { ui.message = nil }
            return nil
        }
    }

    /// Folds what other terminals wrote since the last look; true when anything came.
    @discardableResult
    public func followShared() -> Bool {
        guard let shared = store as? SharedEventStore else { return false }
        var s = state
        let new = shared.follow(&s)
        guard !new.isEmpty else { return false }
        absorb(new, state: s)
        return true
    }

    private func absorb(_ new: [Event], state s: SessionState) {
        guard !new.isEmpty else { return }
        state = s
        events.append(contentsOf: new)
        clampSelection()
    }
}
