/// An event as a sentence a reviewer reads ("19.04 Sri Wahyuni mulai berbicara"), in the replay's event list.
public enum EventSentence {
    /// What `e` did, in `lang`, naming people and items from `s` (the state before or after the event).
    public static func text(_ e: Event, _ s: SessionState, _ lang: Language) -> String {
        let id = lang == .id
        func t(_ a: String, _ b: String) -> String { id ? a : b }
        func speaker(_ sid: String) -> String { s.speakers[id: sid]?.name ?? sid }
        func item(_ iid: String) -> String { s.items[id: iid]?.title ?? iid }
        func asker(_ qid: String) -> String { s.questions[id: qid]?.asker ?? qid }
        func minutes(_ secs: Int) -> String {
            secs % 60 == 0 ? "\(secs / 60) " + t("menit", "min") : "\(secs / 60):" + (secs % 60 < 10 ? "0" : "") + "\(secs % 60)"
        }
        switch e.kind {
        case .sessionUpdated: return t("Keterangan rapat diubah", "Meeting details changed")
        case let .participantsUpdated(on, ol, _):
            let parts = [on.map { t("\($0) luring", "\($0) in the room") }, ol.map { t("\($0) daring", "\($0) online") }].compactMap { $0 }
            return t("Jumlah peserta: ", "Attendance: ") + parts.joined(separator: ", ")
        case let .sessionSuspended(reason, note, _):
            return t("Rapat diskors", "The meeting is suspended") + " (" + reason.label(lang) + ")" + (note.map { ": " + $0 } ?? "")
        case .sessionResumed: return t("Rapat dilanjutkan", "The meeting resumes")
        case let .sessionRecovered(_, gapMs, _):
            return t("Rapat dipulihkan setelah terputus \(gapMs / 1000) detik", "The session was recovered after a \(gapMs / 1000) s gap")
        case .sessionClosed: return t("Rapat ditutup", "The meeting is closed")
        case .sessionReopened: return t("Rapat dibuka kembali", "The meeting is reopened")
        case let .marker(label): return t("Penanda: ", "Marker: ") + label
        case let .itemAdded(_, title, _, plannedS, _, _):
            return t("Acara ditambahkan: ", "Item added: ") + title + " (" + minutes(plannedS) + ")"
        case let .itemUpdated(iid, _, _, _, _): return t("Acara diubah: ", "Item changed: ") + item(iid)
        case let .itemMoved(iid, index): return t("Acara dipindah ke urutan \(index + 1): ", "Item moved to place \(index + 1): ") + item(iid)
        case let .itemRemoved(iid): return t("Acara dihapus: ", "Item removed: ") + item(iid)
        case let .itemStarted(iid): return t("Acara dimulai: ", "Item starts: ") + item(iid)
        case let .itemEnded(iid): return t("Acara selesai: ", "Item ends: ") + item(iid)
        case let .speakerQueued(_, name, _, _, _, allottedS, _, _, kind):
            return kind == .interruption ? t("Interupsi: \(name)", "Point of order: \(name)")
                : t("\(name) masuk antrean (\(minutes(allottedS)))", "\(name) joins the queue (\(minutes(allottedS)))")
        case let .speakerUpdated(sid, _, _, _, _, _): return t("Data pembicara diubah: ", "Speaker changed: ") + speaker(sid)
        case let .speakerMoved(sid, index): return t("\(speaker(sid)) dipindah ke urutan \(index + 1)", "\(speaker(sid)) moved to place \(index + 1)")
        case let .speakerRemoved(sid): return t("\(speaker(sid)) dikeluarkan dari antrean", "\(speaker(sid)) leaves the queue")
        case let .speakerStarted(sid): return t("\(speaker(sid)) mulai berbicara", "\(speaker(sid)) starts speaking")
        case let .speakerPaused(sid): return t("Waktu \(speaker(sid)) dijeda", "\(speaker(sid))'s time is paused")
        case let .speakerResumed(sid): return t("Waktu \(speaker(sid)) berjalan lagi", "\(speaker(sid))'s time runs again")
        case let .speakerHeld(sid): return t("Giliran \(speaker(sid)) ditahan untuk interupsi", "\(speaker(sid))'s turn is held for a point of order")
        case let .speakerExtended(sid, byS):
            let m = minutes(abs(byS))
            return byS >= 0 ? t("\(speaker(sid)) mendapat tambahan \(m)", "\(speaker(sid)) gets \(m) more")
                : t("Waktu \(speaker(sid)) dikurangi \(m)", "\(speaker(sid)) gets \(m) less")
        case let .speakerEnded(sid): return t("\(speaker(sid)) selesai berbicara", "\(speaker(sid)) ends")
        case let .roundOpened(_, number, _, _): return t("Termin \(number) dibuka", "Termin \(number) opens")
        case let .questionQueued(_, _, name, org, _, _, _, _):
            return t("Penanya: ", "Asker: ") + name + (org.map { " (\($0))" } ?? "")
        case let .questionStarted(qid): return t("\(asker(qid)) mulai bertanya", "\(asker(qid)) starts asking")
        case let .questionEnded(qid, outcome):
            switch outcome {
            case .asked: return t("\(asker(qid)) selesai bertanya", "\(asker(qid)) has asked")
            case .skipped: return t("\(asker(qid)) dilewati (tidak hadir)", "\(asker(qid)) skipped (not there)")
            case .withdrawn: return t("\(asker(qid)) menarik pertanyaan", "\(asker(qid)) withdraws")
            }
        case let .answerStarted(_, _, by, _, _): return t("\(speaker(by)) mulai menjawab", "\(speaker(by)) starts answering")
        case let .answerEnded(aid):
            let by = s.answers[id: aid].map { speaker($0.by) } ?? aid
            return t("\(by) selesai menjawab", "\(by) has answered")
        case let .roundClosed(rid):
            let n = s.rounds[id: rid]?.number
            return t("Termin \(n.map(String.init) ?? rid) ditutup", "Termin \(n.map(String.init) ?? rid) closes")
        case let .noteAdded(_, kind, text, _, _, _, _): return kind.label(lang).capitalizedFirst + ": " + text
        case let .noteEdited(nid, _, _, _, _): return t("Entri notulen diubah (\(nid))", "Minutes entry edited (\(nid))")
        case let .noteDeleted(nid): return t("Entri notulen dihapus (\(nid))", "Minutes entry deleted (\(nid))")
        case let .attendance(a):
            func person(_ pid: String) -> String { s.attendees.people[id: pid]?.info.name ?? pid }
            switch a {
            case let .invited(_, info): return t("Diundang: ", "Invited: ") + info.name
            case let .added(_, info): return t("\(info.name) hadir", "\(info.name) is present")
            case let .updated(pid, _): return t("Daftar hadir diubah: ", "Attendance changed: ") + person(pid)
            case let .left(pid): return t("\(person(pid)) meninggalkan rapat", "\(person(pid)) leaves the meeting")
            case let .removed(pid): return t("Dihapus dari daftar hadir: ", "Removed from the attendance list: ") + person(pid)
            }
        case let .stageMessage(text, _): return t("Pesan ke layar pembicara: ", "Message to the stage view: ") + text
        case .stageCleared: return t("Pesan layar pembicara diturunkan", "The stage message is taken down")
        case let .unknown(type, _): return t("Peristiwa tak dikenal: ", "Unknown event: ") + type
        }
    }
}
