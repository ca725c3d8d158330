extension Decision {
    /// Decides a command on the meeting as a whole.
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    mutating func decide(_ command: SessionCommand) throws(RakorError) {
        switch command {
        case .updateSession(var p):
            if let title = p.title { p.title = try text(title, "title") }
            if let w = p.warningS { _ = try duration(w, "warning_s") }
            if let d = p.dangerS { _ = try duration(d, "danger_s") }
            if let m = p.mode, MeetingMode(rawValue: m) == nil { throw .invalidValue(field: "mode", value: m) }
            if let l = p.lang, Language(rawValue: l) == nil { throw .invalidValue(field: "lang", value: l) }
            if let z = p.tz, !ZoneClock.knows(z) { throw .invalidValue(field: "tz", value: z) }
            let warning = p.warningS ?? state.header.warningThresholdS
            let danger = p.dangerS ?? state.header.dangerThresholdS
            if danger > warning { throw .invalidValue(field: "danger_s", value: "\(danger) > warning_s \(warning)") }
            guard !p.isEmpty else { throw .nothingToChange }
            emit(.sessionUpdated(p))

        case let .updateAttendance(onsite, online, note):
            if let onsite, onsite < 0 { throw .invalidCount(field: "onsite") }
            if let online, online < 0 { throw .invalidCount(field: "online") }
            guard onsite != nil || online != nil || optText(note) != nil else { throw .nothingToChange }
            emit(.participantsUpdated(onsite: onsite, online: online, note: optText(note)))

        case let .suspend(reason, note, resumeAfterS):
            try phaseAllows(.suspended, "suspend")
            let resumeT = try resumeAfterS.map { (s: Int) throws(RakorError) -> Int in t + (try duration(s, "resume")) * 1000 }
            emit(.sessionSuspended(reason: reason, note: optText(note), resumeT: resumeT))

        case .resume:
            guard state.isSuspended else { throw .notSuspended }
            emit(.sessionResumed)

        case .close:
            try phaseAllows(.closed, "close")
            endFloor()
            for id in state.held { emit(.speakerEnded(id: id)) }
            if let id = state.runningItem, !state.isSuspended { emit(.itemEnded(id: id)) }
            if let r = state.openRound { emit(.roundClosed(id: r.id)) }
            emit(.sessionClosed)

        case .reopen:
            guard state.isClosed else { throw .sessionNotClosed }
            emit(.sessionReopened)

        case .addMarker(let label):
            emit(.marker(label: try text(label, "label")))
        }
    }
}
