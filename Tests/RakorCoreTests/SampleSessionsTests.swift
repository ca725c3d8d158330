import Foundation
import Testing
@testable import RakorCore

private let repoRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private let sampleNames = SampleSessions.all.map(\.name)

/// `RAKOR_RECORD=1`: write the sample files from the scripts instead of comparing.
private var recording: Bool { ProcessInfo.processInfo.environment["RAKOR_RECORD"] == "1" }

private func sample(_ name: String) throws -> SampleSessions.Sample {
    try #require(SampleSessions.named(name), "no sample named \(name)")
}

private func path(_ sample: SampleSessions.Sample) -> String {
    repoRoot.appendingPathComponent("sample-events").appendingPathComponent(sample.fileName).path
}

/// Reads a sample's file in `sample-events/` the way `verify`, `replay` and `export` do.
private func readFile(_ sample: SampleSessions.Sample) throws -> LogReading {
    try LogReader.read(path: path(sample))
}

/// The state just after the first event that matches.
private func state(_ reading: LogReading, through match: (Event) -> Bool) throws -> (SessionState, Int) {
    let found = reading.events.firstIndex(where: match)
    let last = try #require(found, "no such event")
    var s = SessionState(header: reading.header)
    for e in reading.events[...last] { s.apply(e) }
    return (s, reading.events[last].t)
}

// Serialized so that, when recording, the files are written before the tests that read them.
@Suite(.serialized) struct SampleSessionsTests {
    // MARK: Every sample

    @Test(arguments: sampleNames)
    func fileIsTheScriptsOutput(_ name: String) throws {
        let sample = try sample(name)
        let text = sample.text()
        let file = path(sample)
        if recording {
            try FileManager.default.createDirectory(atPath: repoRoot.appendingPathComponent("sample-events").path,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            Issue.record("RAKOR_RECORD=1: wrote \(file) (\(text.utf8.count) bytes)", severity: .warning)
            return
        }
        let data = try #require(FileManager.default.contents(atPath: file),
                                "\(file) is missing; write it with RAKOR_RECORD=1 swift test --filter SampleSessionsTests")
        let onDisk = String(decoding: data, as: UTF8.self)
        guard onDisk != text else { return }
        let want = text.split(separator: "\n", omittingEmptySubsequences: false)
        let have = onDisk.split(separator: "\n", omittingEmptySubsequences: false)
        let common = min(want.count, have.count)
        let first = (0..<common).first { want[$0] != have[$0] } ?? common
        Issue.record("""
            \(sample.fileName) differs from its script at line \(first + 1) (file \(have.count) lines, script \(want.count)); \
            re-record with RAKOR_RECORD=1 swift test --filter SampleSessionsTests
              file:   \(first < have.count ? String(have[first]) : "<end>")
              script: \(first < want.count ? String(want[first]) : "<end>")
            """)
    }

    @Test(arguments: sampleNames)
    func scriptIsDeterministic(_ name: String) throws {
        let sample = try sample(name)
        #expect(sample.text() == sample.text())
    }

    @Test(arguments: sampleNames)
    func fileReadsCleanAndEndsClosed(_ name: String) throws {
        let sample = try sample(name)
        let reading = try readFile(sample)
        #expect(reading.problems.isEmpty, "\(reading.problems)")
        #expect(reading.notes.isEmpty, "\(reading.notes)")
        #expect(reading.damagedLines.isEmpty)
        #expect(reading.tornTail == nil)
        #expect(!reading.unknownVersion)
        #expect(reading.endsClean)
        if case .sessionClosed? = reading.events.last?.kind {} else { Issue.record("the last event is not session.closed") }
        #expect(reading.state.isClosed)
        #expect(reading.state.unknownEvents == 0)
        // Folding the file gives exactly the state the script built live.
        let session = sample.session()
        #expect(reading.header == session.header)
        #expect(reading.events == session.events)
        #expect(reading.state == session.state)
        // Every event line carries its checksum; seq runs 1, 2, 3, … with no gaps.
        #expect(reading.events.map(\.seq) == Array(1...reading.events.count))
    }

    @Test func namesAndFiles() {
        #expect(SampleSessions.all.map(\.fileName) == ["rakorpeg-kaltim-2020.jsonl", "rakor-jambi-2019.jsonl", "demo.jsonl"])
        #expect(SampleSessions.named("demo")?.fileName == "demo.jsonl")
        #expect(SampleSessions.named("rakor-jambi-2019.jsonl")?.name == "rakor-jambi-2019")
        #expect(SampleSessions.named("nope") == nil)
    }

    // MARK: Rakorpeg Kaltim 2020

    @Test func kaltimMeetingDetails() throws {
        let r = try readFile(SampleSessions.rakorpegKaltim2020)
        let st = r.state
        #expect(st.header.title == "Rapat Koordinasi Kepegawaian se Kalimantan Timur 2020")
        #expect(st.header.tz == "Asia/Makassar")
        #expect(st.header.language == .id)
        #expect(st.header.mode == "online")
        #expect(st.header.venue?.contains("Zoom") == true)
        #expect(st.header.venue?.contains("Hotel Novotel Balikpapan") == true)
        #expect(st.header.chair?.hasPrefix("HM. Sa'bani") == true)
        let zone = ZoneClock(header: st.header)
        #expect(zone.label == "WITA")
        #expect(zone.longDate(0, .id) == "Kamis, 15 Oktober 2020")
        #expect(zone.clock(0) == "08.30")
        #expect(zone.clock(try #require(st.closedT)) == "12.49")
        #expect(st.attendance.online == 214)
        #expect(st.attendance.online.map { $0 > 200 } == true)
    }

    @Test func kaltimSpeakers() throws {
        let st = try readFile(SampleSessions.rakorpegKaltim2020).state
        let presentations = Set(st.items.filter { $0.kind == .presentation }.map(\.id))
        #expect(presentations.count == 2)
        let narasumber = st.speakers.filter { $0.kind == .speaker && ($0.item.map(presentations.contains) ?? false) }
        #expect(narasumber.map(\.name) == ["Bima Haria Wibisana", "Haryomo Dwi Putranto", "Akmal Malik",
                                           "Diah Ipma Fithria Laela Hidayati", "Zudan Arif Fakrullah"])
        #expect(narasumber.allSatisfy { $0.status == .done && $0.remote })
        let byItem = { (kind: ItemKind) in st.speakers.filter { sp in st.items.first { $0.kind == kind }?.id == sp.item } }
        #expect(byItem(.report).map(\.name) == ["Diddy Rusdiansyah"])
        #expect(byItem(.remarks).map(\.name) == ["HM. Sa'bani"])
        // One interupsi, one pause, one extension.
        let interruptions = st.speakers.filter { $0.kind == .interruption }
        #expect(interruptions.count == 1)
        #expect(interruptions.first?.status == .done)
        #expect(st.speakers.compactMap(\.clock).map(\.pauseCount).reduce(0, +) == 1)
        let akmal = try #require(st.speakers.first { $0.name == "Akmal Malik" })
        #expect(akmal.clock?.pausedMs == 150_000)
        #expect(st.queue.isEmpty)
    }

    @Test func kaltimOverrunMakesTheRundownSlip() throws {
        let r = try readFile(SampleSessions.rakorpegKaltim2020)
        let bima = try #require(r.state.speakers.first { $0.name == "Bima Haria Wibisana" })
        let extensions = r.events.compactMap { e -> (String, Int)? in
            if case let .speakerExtended(id, by) = e.kind { return (id, by) }
            return nil
        }
        #expect(extensions.count == 1)
        #expect(extensions.first?.0 == bima.id)
        #expect(extensions.first?.1 == 300)
        #expect(bima.allottedS == 25 * 60)
        // Over time, even after the extension.
        let timing = try #require(r.state.speakerTiming(bima.id, now: r.state.lastT))
        #expect(timing.phase == .overtime)
        #expect((timing.remainingMs ?? 0) < 0)
        // Right after he ends, the rundown is behind: the offset shows it.
        let (after, t) = try state(r) { if case .speakerEnded(bima.id) = $0.kind { return true } else { return false } }
        let schedule = after.schedule(now: t)
        #expect(schedule.offsetMs > 0)
        #expect(schedule.projectedEndT > schedule.plannedEndT)
        // And at the end of the day the meeting closed later than planned.
        let end = r.state.schedule(now: try #require(r.state.closedT))
        #expect(end.offsetMs > 0)
    }

    /// Two termin of three askers; in the second a fourth asker was called and was not there, and
    /// each answer covers only the questions put to its answerer (issue 10).
    @Test func kaltimTwoTerminsOfThreeAskers() throws {
        let st = try readFile(SampleSessions.rakorpegKaltim2020).state
        #expect(st.rounds.map(\.number) == [1, 2])
        #expect(st.rounds.map(\.maxQuestions) == [3, 4])
        #expect(st.rounds.allSatisfy { !$0.isOpen })
        let skipped = st.questions.filter { $0.outcome == .skipped }
        #expect(skipped.map(\.asker) == ["Sdr. Andi Saputra"])
        #expect(skipped.first?.clock == nil)
        #expect(!st.answers.contains { $0.questions.contains(skipped.first?.id ?? "") })
        let narasumber = Set(st.speakers.filter { sp in sp.kind == .speaker && st.items[id: sp.item ?? ""]?.kind == .presentation }
            .map(\.id))
        for round in st.rounds {
            let questions = st.questions(inRound: round.id).filter { $0.outcome != .skipped }
            #expect(questions.count == 3)
            for q in questions {
                #expect(q.outcome == .asked)
                #expect(q.text?.isEmpty == false)
                let to = try #require(q.to)
                #expect(narasumber.contains(to), "question \(q.id) is addressed to \(to)")
                // The answer that covers the question comes from the narasumber it was addressed to.
                let answers = st.answers.filter { $0.questions.contains(q.id) }
                #expect(answers.count == 1)
                #expect(answers.first?.by == to)
                #expect(answers.first?.round == round.id)
            }
        }
        let orgs = st.questions.compactMap(\.org)
        #expect(orgs.contains("BKPSDM Kab. Kutai Kartanegara"))
        #expect(orgs.contains { $0.hasPrefix("Inspektorat") })
    }

    @Test func kaltimSuspensionMarkersAndMinutes() throws {
        let r = try readFile(SampleSessions.rakorpegKaltim2020)
        let st = r.state
        #expect(st.suspensions.count == 1)
        #expect(st.suspensions.first?.reason == .ishoma)
        #expect(st.suspensions.first?.endT != nil)
        #expect(st.markers.count >= 2)
        // Minutes: every kind, actions with owner and due, one edit and one deletion.
        let live = st.liveEntries
        #expect(Set(live.map(\.kind)) == Set(NoteKind.allCases))
        #expect(live.filter { $0.kind == .action }.allSatisfy { $0.owner != nil && $0.due != nil })
        #expect(st.entries.filter(\.deleted).count == 1)
        let edited = st.entries.filter { $0.editedT != nil }
        #expect(edited.count == 1)
        #expect(edited.first?.due == "2020-11-13")
        let report = try #require(live.first { $0.text.contains("lima hal penting") })
        for point in ["pemangkasan anggaran", "manajemen talenta", "PP 71/2019", "eksistensi KORPRI", "profesionalitas ASN"] {
            #expect(report.text.contains(point), "\(point)")
        }
        #expect(live.contains { $0.text.contains("\"like\" di media sosial") })
        // Notes written during an answer belong to the narasumber answering.
        #expect(live.contains { e in st.answers.contains { a in a.by == e.speaker } })
    }

    // MARK: Rakor Jambi 2019

    @Test func jambiFacts() throws {
        let r = try readFile(SampleSessions.rakorJambi2019)
        let st = r.state
        #expect(st.header.tz == "Asia/Jakarta")
        #expect(st.header.mode == "onsite")
        #expect(st.header.venue == "Ruang Mayang Mangurai, Bappeda Provinsi Jambi")
        #expect(st.header.theme?.hasSuffix("Visi Jambi Tuntas 2021") == true)
        let zone = ZoneClock(header: st.header)
        #expect(zone.label == "WIB")
        #expect(zone.longDate(0, .id) == "Selasa, 9 April 2019")
        #expect(st.attendance.onsite == 130)
        #expect(st.attendance.online == nil)
        let remarks = try #require(st.items.first { $0.kind == .remarks })
        let governor = try #require(st.speakers.first { $0.item == remarks.id })
        #expect(governor.name == "Dr. Drs. H. Fachrori Umar, M.Hum")
        #expect(governor.role == "Gubernur Jambi")
        let report = try #require(st.items.first { $0.kind == .report })
        #expect(st.speakers.first { $0.item == report.id }?.name == "Husairi")
        // Report before the governor's remarks and opening.
        let reportStart = try #require(report.clock?.startedT)
        let remarksStart = try #require(remarks.clock?.startedT)
        #expect(reportStart < remarksStart)
        #expect(st.liveEntries.contains { $0.text.contains("8.900") && $0.text.contains("honorer") })
        #expect(st.rounds.count >= 1)
        #expect(st.questions.allSatisfy { $0.outcome == .asked })
        #expect(st.answers.allSatisfy { !$0.questions.isEmpty })
        #expect(st.liveEntries.contains { $0.kind == .conclusion })
        #expect(st.items.allSatisfy { $0.isDone })
    }

    // MARK: Demo

    @Test func demoIsShortAndShowsEveryFeature() throws {
        let r = try readFile(SampleSessions.demo)
        let st = r.state
        #expect(st.header.language == .en)
        let closed = try #require(st.closedT)
        #expect((10 * 60_000...20 * 60_000).contains(closed))
        #expect((30...100).contains(r.events.count))
        let types = Set(r.events.map(\.kind.typeName))
        for type in ["session.updated", "participants.updated", "session.suspended", "session.resumed", "session.closed",
                     "marker", "agenda.item_added", "agenda.item_started", "agenda.item_ended",
                     "speaker.queued", "speaker.moved", "speaker.started", "speaker.paused", "speaker.resumed",
                     "speaker.extended", "speaker.ended", "qa.round_opened", "question.queued", "question.started",
                     "question.ended", "answer.started", "answer.ended", "qa.round_closed", "note.added", "note.edited"] {
            #expect(types.contains(type), "the demo has no \(type)")
        }
        #expect(st.speakers.contains { $0.kind == .interruption })
        #expect(st.speakers.contains { sp in st.speakerTiming(sp.id, now: closed)?.phase == .overtime })
        #expect(Set(st.liveEntries.map(\.kind)) == Set(NoteKind.allCases))
        #expect(st.questions.contains { $0.outcome == .withdrawn })
        #expect(st.schedule(now: closed).offsetMs > 0)
        #expect(st.header.notetaker != nil && r.header.notetaker == nil)
    }
}

/// Issue 10 in the Kaltim sample: an interupsi holds the Dirjen's paparan, which goes on after it.
@Suite struct KaltimInterupsiTests {
    @Test func theInterupsiHoldsThePaparanAndTheNotulenWritesOnePaparan() throws {
        let r = try readFile(SampleSessions.rakorpegKaltim2020)
        let st = r.state
        let akmal = try #require(st.speakers.first { $0.name == "Akmal Malik" })
        let rahmat = try #require(st.speakers.first { $0.name == "Rahmat Hidayat" })
        #expect(akmal.holds == 1)
        #expect(akmal.status == .done)
        #expect(rahmat.kind == .interruption && rahmat.status == .done)
        let types = r.events.map(\.kind.typeName)
        let held = try #require(types.firstIndex(of: "speaker.held"))
        #expect(Array(types[held...held + 1]) == ["speaker.held", "speaker.started"])
        // One turn for the Dirjen: its speaking time excludes the interupsi (and the pause).
        let c = try #require(akmal.clock)
        let rc = try #require(rahmat.clock)
        #expect(c.elapsedMs(at: c.endedT!) + rc.elapsedMs(at: rc.endedT!) + c.pausedMs == c.endedT! - c.startedT)
        let p = Proceedings(r, lang: .id)
        let texts = p.allParagraphs.map(\.text)
        #expect(texts.filter { $0.contains("Akmal Malik") }.count == 1)
        #expect(texts.contains { $0.contains("paparan diinterupsi oleh Kepala BKPSDM Kab. Mahakam Ulu, Rahmat Hidayat, yang menyampaikan interupsi selama 1 menit") })
        #expect(!p.allParagraphs.contains { $0.kind == .interruption })
        #expect(texts.contains { $0.contains("Termin 2: tiga penanya; Sdr. Andi Saputra dipanggil tetapi tidak hadir.") })
    }
}
