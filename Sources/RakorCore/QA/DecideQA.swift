extension Decision {
    /// Decides a command on the termin, its askers and answers.
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    mutating func decide(_ command: QACommand) throws(RakorError) {
        switch command {
        case .openRound(let maxQuestions):
            try open()
            if let m = maxQuestions, m < 1 { throw .invalidCount(field: "max_questions") }
            if let r = state.openRound {
                if case .question(let q)? = state.floor, state.questions[id: q]?.round == r.id { endFloor() }
                if case .answer(let a)? = state.floor, state.answers[id: a]?.round == r.id { endFloor() }
                emit(.roundClosed(id: r.id))
            }
            emit(.roundOpened(id: nextId("r", state.rounds), number: state.rounds.count + 1,
                              maxQuestions: maxQuestions, item: state.runningItem))

        case let .queueQuestion(asker, org, to, text: questionText, allottedS, remote):
            try open()
            guard let r = state.openRound else { throw .noOpenRound }
            let name = try text(asker, "asker")
            if let m = r.maxQuestions {
                let taken = state.questions(inRound: r.id).filter { $0.outcome != .withdrawn }.count
                guard taken < m else { throw .roundFull(max: m) }
            }
            let allotted = try allottedS.map { (s: Int) throws(RakorError) -> Int in try duration(s, "allotted_s") }
            emit(.questionQueued(id: nextId("q", state.questions), round: r.id, asker: name, org: optText(org),
                                 to: optText(to), text: optText(questionText), allottedS: allotted, remote: remote))

        case .startQuestion(let id):
            try live()
            guard let r = state.openRound else { throw .noOpenRound }
            let qid: String
            if let id {
                guard let q = state.questions[id: id] else { throw .unknownQuestion(id) }
                guard q.status == .queued, q.round == r.id else { throw .questionFinished(id) }
                qid = id
            } else {
                guard let q = state.questions(inRound: r.id).first(where: { $0.status == .queued }) else { throw .noQuestionWaiting }
                qid = q.id
            }
            endFloor()
            emit(.questionStarted(id: qid))

        case let .endQuestion(id, outcome):
            try open()
            let qid: String
            if let id {
                qid = id
            } else if case .question(let q)? = state.floor {
                qid = q
            } else {
                throw .floorEmpty
            }
            guard let q = state.questions[id: qid] else { throw .unknownQuestion(qid) }
            guard q.status == .queued || q.status == .onFloor else { throw .questionFinished(qid) }
            emit(.questionEnded(id: qid, outcome: outcome))

        case let .startAnswer(answerer, allottedS, qs):
            try live()
            guard let r = state.openRound ?? state.rounds.last else { throw .noOpenRound }
            let who = try text(answerer, "by")
            let allotted = try allottedS.map { (s: Int) throws(RakorError) -> Int in try duration(s, "allotted_s") }
            if let qs { for q in qs where !state.questions.contains(id: q) { throw .unknownQuestion(q) } }
            // An answer covers the questions put to this answerer, unless the moderator names others.
            let linked = qs ?? state.questionsPut(to: who, inRound: r.id).map(\.id)
            endFloor()
            emit(.answerStarted(id: nextId("w", state.answers), round: r.id, by: who, allottedS: allotted,
                                questions: qs != nil || !linked.isEmpty ? linked : nil))

        case .closeRound:
            try open()
            guard let r = state.openRound else { throw .noOpenRound }
            switch state.floor {
            case .question(let q)? where state.questions[id: q]?.round == r.id: endFloor()
            case .answer(let a)? where state.answers[id: a]?.round == r.id: endFloor()
            default: break
            }
            emit(.roundClosed(id: r.id))
        }
    }
}
