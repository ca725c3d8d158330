/// A short demo session for `rakor demo`: about a quarter of an hour, in English (`lang` "en"),
/// that shows every feature quickly: the rundown, the speaker queue reordered for a late speaker,
/// a pause, an extension and overtime, an interupsi, a termin with a withdrawn question, a
/// suspension, every kind of minutes entry, an edit, markers, attendance and a header update.
/// The people and the meeting are invented. The other two samples are Indonesian, so between
/// them the samples cover both languages.
extension SampleSessions {
    static func makeDemoSession() -> SampleSession {
        var s = SampleSession(header: SessionHeader(
            sessionId: "d3e0c0de-2025-4211-8a00-00000000de00",
            title: "Coordination meeting on regional staffing (demo)",
            startedAtMs: instant("2025-02-11T03:00:00Z"),  // 10.00 WIB, a Tuesday
            tz: "Asia/Jakarta", lang: "en", app: app,
            venue: "Meeting room 2, Regional Personnel Agency, and Zoom",
            mode: "hybrid",
            chair: "Dr. Budi Santoso, Head of the Regional Personnel Agency",
            organizer: "Regional Personnel Agency (demo)",
            theme: "Aligning staff planning between the province and its regencies",
            warningS: 45, dangerS: 15))

        s.at("10.00")
        s.create(.rundown(.addItem(title: "Opening", kind: .opening, plannedS: 60, plannedStart: "10:00")))
        let report = s.create(.rundown(.addItem(title: "Committee report", kind: .report, plannedS: 120)))
        let talks = s.create(.rundown(.addItem(title: "Presentations", kind: .presentation, plannedS: 300)))
        s.create(.rundown(.addItem(title: "Questions and answers", kind: .qa, plannedS: 180)))
        s.create(.rundown(.addItem(title: "Conclusions", kind: .conclusion, plannedS: 90)))
        s.create(.rundown(.addItem(title: "Closing", kind: .closing, plannedS: 60)))
        s.create(.floor(.queueSpeaker(name: "Rina Wulandari", role: "Committee chair", org: "Regional Personnel Agency",
                               allottedS: 120, item: report)))
        let budi = s.create(.floor(.queueSpeaker(name: "Dr. Budi Santoso", role: "Head of the Regional Personnel Agency",
                                          org: "Regional Personnel Agency", allottedS: 150, item: talks)))
        let maya = s.create(.floor(.queueSpeaker(name: "Maya Putri", role: "Policy analyst", org: "Ministry of Administrative Reform",
                                          remote: true, allottedS: 120, item: talks)))
        s.at("10.00.05")
        s.run(.session(.updateSession(SessionPatch(notetaker: "Sari Hartono, Secretariat"))))
        s.at("10.00.10")
        s.run(.session(.updateAttendance(onsite: 24, online: 86, note: "Regency and city personnel offices")))

        s.at("10.00.20")
        s.run(.rundown(.startItem()))
        s.at("10.00.30")
        s.run(.session(.addMarker(label: "National anthem")))

        s.at("10.01.20")
        s.run(.rundown(.startItem()))
        s.run(.floor(.startNextSpeaker()))
        s.at("10.01.50")
        s.note(.note, "The committee reports 110 participants: 24 in the room and 86 on Zoom.")
        s.at("10.03.10")
        s.run(.floor(.endTurn))

        // Presentations: Dr. Budi is not back in the room yet, so Maya speaks first.
        s.at("10.03.20")
        s.run(.rundown(.startItem(id: talks)))
        s.at("10.03.25")
        s.run(.floor(.moveSpeaker(id: budi, index: 1)))
        s.at("10.03.30")
        s.run(.floor(.startNextSpeaker()))
        s.at("10.04.10")
        s.run(.floor(.togglePause))
        s.at("10.04.15")
        s.note(.note, "Maya Putri's audio dropped on Zoom; her time was paused.")
        s.at("10.04.40")
        s.run(.floor(.togglePause))
        s.at("10.05.10")
        s.note(.note, "Staff rotation between regencies needs a shared job map before 2026.")
        s.at("10.05.40")
        s.run(.floor(.endTurn))
        s.at("10.05.50")
        s.create(.floor(.queueSpeaker(name: "Hendra Wijaya", role: "Inspector", org: "Regency of Bogor Inspectorate",
                               allottedS: 45, interruption: true)))
        s.at("10.05.55")
        s.run(.floor(.startNextSpeaker()))
        s.at("10.06.30")
        s.run(.floor(.endTurn))
        s.at("10.06.35")
        s.run(.floor(.startNextSpeaker()))
        s.at("10.07.30")
        s.note(.note, "Dr. Budi Santoso presents the staffing gaps: 38 vacant positions in the regencies.")
        s.at("10.08.40")
        s.run(.floor(.extendSpeaker(byS: 60)))
        s.at("10.10.20")
        s.run(.floor(.endTurn))

        // Questions and answers: one termin, a suspension during the answers.
        s.at("10.10.30")
        s.run(.rundown(.startItem()))
        s.at("10.10.40")
        s.create(.qa(.openRound(maxQuestions: 3)))
        let q1 = s.create(.qa(.queueQuestion(asker: "Agus Salim", org: "Regency of Bogor", to: budi,
                                         text: "Who pays for the transfer of staff between regencies?", allottedS: 40)))
        let q2 = s.create(.qa(.queueQuestion(asker: "Dewi Anggraini", org: "City of Depok", to: maya,
                                         text: "When will the shared job map template be ready?", allottedS: 40, remote: true)))
        let q3 = s.create(.qa(.queueQuestion(asker: "Tono Sugiarto", org: "City of Bekasi", to: budi,
                                         text: "Does the rotation cover contract staff?", allottedS: 40)))
        s.at("10.11")
        s.run(.qa(.startQuestion()))
        s.at("10.11.40")
        s.run(.qa(.endQuestion(outcome: .asked)))
        s.at("10.11.45")
        s.run(.qa(.startQuestion()))
        s.at("10.12.20")
        s.run(.qa(.endQuestion(outcome: .asked)))
        s.run(.qa(.endQuestion(id: q3, outcome: .withdrawn)))
        s.at("10.12.25")
        s.create(.qa(.startAnswer(by: budi, allottedS: 60, questions: [q1])))
        s.at("10.12.40")
        s.run(.session(.suspend(reason: .technical, note: "The Zoom call dropped", resumeAfterS: 60)))
        s.at("10.13.30")
        s.run(.session(.resume))
        s.at("10.14")
        s.create(.qa(.startAnswer(by: maya, allottedS: 60, questions: [q2])))
        s.at("10.14.40")
        s.run(.qa(.closeRound))

        // Conclusions and closing.
        s.at("10.14.50")
        s.run(.rundown(.startItem()))
        s.at("10.15")
        s.note(.conclusion, "The province and the regencies plan staff rotation on one shared job map.")
        s.at("10.15.10")
        s.note(.decision, "Transfers between regencies are paid by the receiving regency.")
        s.at("10.15.20")
        let template = s.note(.action, "Send the job map template to every regency.",
                              owner: "Regional Personnel Agency", due: "2025-02-28")
        s.at("10.15.40")
        s.run(.minutes(.editNote(id: template, text: "Send the job map template and its guide to every regency and city.")),
              by: "notulis")
        s.at("10.16")
        s.run(.rundown(.startItem()))
        s.at("10.16.30")
        s.run(.session(.close))
        return s
    }
}
