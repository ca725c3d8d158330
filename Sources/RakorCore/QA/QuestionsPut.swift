extension SessionState {
    /// Whether two ways of naming a party (a speaker id or a name) name the same person.
    public func sameParty(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let na = speakers[id: a]?.name ?? a
        let nb = speakers[id: b]?.name ?? b
        return na == nb
    }

    /// The termin's asked questions (or the one being asked) that were put to `answerer`: what an
    /// answer covers when its event names no questions.
    public func questionsPut(to answerer: String, inRound round: String) -> [Question] {
        questions(inRound: round).filter { q in
            guard q.outcome == .asked || q.status == .onFloor, let to = q.to else { return false }
            return sameParty(to, answerer)
        }
    }

    /// The answerer to whom most of the termin's asked questions not yet answered were put, the
    /// earliest asked first on a tie: who the `j` form proposes.
    public func proposedAnswerer(inRound round: String) -> String? {
        let answered = Set(answers.filter { $0.round == round }.flatMap(\.questions))
        var counts: [String: Int] = [:]
        var order: [String] = []
        for q in questions(inRound: round) where (q.outcome == .asked || q.status == .onFloor) && !answered.contains(q.id) {
            guard let to = q.to else { continue }
            let key = order.first { sameParty($0, to) } ?? to
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
        }
        return order.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) || ((counts[$0] ?? 0) == (counts[$1] ?? 0) && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }
    }
}
