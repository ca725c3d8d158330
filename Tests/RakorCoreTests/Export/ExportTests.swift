import Foundation
import Testing
@testable import RakorCore

// Tests of `rakor export`: the notulen in md, txt and html, the JSON and the CSV.
//
// Goldens live in Golden/NAME.LANG.EXT beside this file: one per sample session in
// sample-events/ and per the hand-built log below, in every format and both languages.
// Re-record them with RAKOR_RECORD=1 swift test --filter ExportTests.

private let exportDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
private let goldenDir = exportDir.appendingPathComponent("Golden")
private let repoRoot = exportDir.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let recording = ProcessInfo.processInfo.environment["RAKOR_RECORD"] == "1"

// MARK: - Building small logs

/// Builds a session log event by event, at clock times in the session's zone.
private struct LogBuilder {
    var header: SessionHeader
    var events: [Event] = []
    var t = 0
    let zone: ZoneClock

    init(_ header: SessionHeader) {
        self.header = header
        zone = ZoneClock(header: header)
    }

    /// Moves the clock to "09.05" or "09.05.30" on the session's first day.
    mutating func at(_ clock: String) {
        let parts = clock.split(separator: ".").map { Int($0)! }
        let base = zone.t(of: ClockTime(hour: parts[0], minute: parts[1]))
        t = base + (parts.count > 2 ? parts[2] * 1000 : 0)
    }

    mutating func add(_ kind: EventKind, by: String? = nil) {
        events.append(Event(seq: events.count + 1, t: t, by: by, kind: kind))
    }

    var text: String {
        LogLine.header(header) + events.map(LogLine.encode).joined()
    }

    func reading() throws -> LogReading {
        try LogReader.read(bytes: Array(text.utf8), path: "test.jsonl")
    }
}

/// A small rakor: opening, one presentation, one termin with answers, an ishoma suspension,
/// an interupsi, closing; entries of every kind, one deleted, one edited.
private func smallLog() -> LogBuilder {
    var b = LogBuilder(SessionHeader(
        sessionId: "test-0001", title: "Rapat Koordinasi Kepegawaian se Kalimantan Timur 2020",
        startedAtMs: RFC3339.parse("2020-10-15T00:30:00Z")!, tz: "Asia/Makassar", lang: "id",
        venue: "Hotel Mercure, Samarinda", mode: "onsite",
        chair: "Drs. H. Ahmad Yani, M.Si., Kepala BKD Provinsi Kalimantan Timur", notetaker: "Rina Wulandari",
        theme: "Sinergi manajemen ASN di masa pilkada"))
    b.at("08.31")
    b.add(.itemAdded(id: "a1", title: "Pembukaan", kind: .opening, plannedS: 600, index: nil, plannedStart: "09:00"))
    b.add(.itemAdded(id: "a2", title: "Paparan Kepala BKN", kind: .presentation, plannedS: 900, index: nil, plannedStart: nil))
    b.add(.itemAdded(id: "a3", title: "Tanya jawab", kind: .qa, plannedS: 1800, index: nil, plannedStart: nil))
    b.add(.itemAdded(id: "a4", title: "Penutupan", kind: .closing, plannedS: 300, index: nil, plannedStart: nil))
    b.add(.itemAdded(id: "a5", title: "Kunjungan lapangan", kind: .other, plannedS: 600, index: nil, plannedStart: nil))
    b.add(.speakerQueued(id: "s1", name: "Bima Haria Wibisana", role: "Kepala BKN", org: "BKN", remote: false,
                         allottedS: 900, item: "a2", index: nil, kind: nil))
    b.add(.participantsUpdated(onsite: 45, online: 210, note: "Kepala BKPSDM kabupaten/kota se-Kalimantan Timur"))
    b.at("09.05")
    b.add(.itemStarted(id: "a1"))
    b.at("09.06")
    b.add(.noteAdded(id: "n1", kind: .note, text: "Peserta menyanyikan lagu Indonesia Raya.", item: "a1", speaker: nil,
                     owner: nil, due: nil), by: "notulis")
    b.at("09.15")
    b.add(.itemEnded(id: "a1"))
    b.add(.itemStarted(id: "a2"))
    b.at("09.16")
    b.add(.speakerStarted(id: "s1"))
    b.at("09.20")
    b.add(.noteAdded(id: "n2", kind: .note, text: "Pengisian jabatan selama pilkada memerlukan izin Mendagri.\nBerlaku sejak enam bulan sebelum penetapan.",
                     item: "a2", speaker: "s1", owner: nil, due: nil), by: "notulis")
    b.at("09.34")
    b.add(.speakerEnded(id: "s1"))
    b.at("09.35")
    b.add(.itemEnded(id: "a2"))
    b.add(.itemStarted(id: "a3"))
    b.add(.roundOpened(id: "r1", number: 1, maxQuestions: 3, item: nil))
    b.add(.questionQueued(id: "q1", round: "r1", asker: "Andi Pratama", org: "BKPSDM Kab. Kutai Kartanegara", to: "s1",
                          text: "Bagaimana mekanisme pengisian jabatan pada masa pilkada?", allottedS: 180, remote: false))
    b.add(.questionQueued(id: "q2", round: "r1", asker: "Ibu Sari", org: "BKD Kota Samarinda", to: nil,
                          text: "Kapan pelaksanaan seleksi PPPK?", allottedS: nil, remote: true))
    b.add(.questionQueued(id: "q3", round: "r1", asker: "Budi", org: "BKPSDM Kab. Paser", to: nil, text: nil,
                          allottedS: nil, remote: false))
    b.at("09.36")
    b.add(.questionStarted(id: "q1"))
    b.at("09.39")
    b.add(.questionEnded(id: "q1", outcome: .asked))
    b.add(.questionStarted(id: "q2"))
    b.at("09.41")
    b.add(.questionEnded(id: "q2", outcome: .asked))
    b.add(.questionEnded(id: "q3", outcome: .skipped))
    b.at("09.42")
    b.add(.answerStarted(id: "w1", round: "r1", by: "s1", allottedS: 600, questions: ["q1", "q2"]))
    b.at("09.45")
    b.add(.noteAdded(id: "n3", kind: .decision, text: "Pengisian jabatan pimpinan tinggi ditunda sampai pilkada selesai.",
                     item: "a3", speaker: "s1", owner: nil, due: nil), by: "notulis")
    b.at("09.50")
    b.add(.answerEnded(id: "w1"))
    b.add(.roundClosed(id: "r1"))
    b.at("09.51")
    b.add(.noteAdded(id: "n4", kind: .action, text: "Menyampaikan usulan formasi PPPK", item: "a3", speaker: nil,
                     owner: "BKPSDM kabupaten/kota", due: "2020-10-20"), by: "notulis")
    b.at("09.52")
    b.add(.noteAdded(id: "n5", kind: .note, text: "Catatan yang dihapus", item: "a3", speaker: nil, owner: nil, due: nil))
    b.at("09.53")
    b.add(.noteDeleted(id: "n5"))
    b.add(.noteAdded(id: "n6", kind: .conclusion, text: "Versi awal", item: "a3", speaker: nil, owner: nil, due: nil))
    b.at("09.54")
    b.add(.noteEdited(id: "n6", text: "Netralitas ASN wajib dijaga selama pilkada.", kind: nil, owner: nil, due: nil))
    b.at("10.40")
    b.add(.sessionSuspended(reason: .ishoma, note: nil, resumeT: nil))
    b.at("11.45")
    b.add(.sessionResumed)
    b.add(.speakerQueued(id: "s2", name: "Hendra", role: nil, org: "BKD Kab. Berau", remote: false, allottedS: 120,
                         item: nil, index: nil, kind: .interruption))
    b.at("11.46")
    b.add(.speakerStarted(id: "s2"))
    b.at("11.48")
    b.add(.speakerEnded(id: "s2"))
    b.at("11.50")
    b.add(.itemEnded(id: "a3"))
    b.add(.itemStarted(id: "a4"))
    b.at("11.55")
    b.add(.itemEnded(id: "a4"))
    b.add(.sessionClosed)
    return b
}

/// A log whose text is hostile: markup, quotes, ampersands, terminal escapes, bidi overrides.
private func hostileLog() -> LogBuilder {
    var b = LogBuilder(SessionHeader(
        sessionId: "test-evil", title: "Rapat \"Khusus\" & <b>Penting</b> \u{1B}[31mMERAH\u{1B}[0m",
        startedAtMs: RFC3339.parse("2024-12-11T01:00:00Z")!, tz: "Asia/Makassar", lang: "id",
        venue: "Ruang <i>Rapat</i> 'A'", mode: "hybrid", chair: "<script>alert(1)</script>",
        notetaker: "Tom & Jerry \u{1B}]0;pwned\u{07}"))
    b.at("09.00")
    b.add(.itemAdded(id: "a1", title: "<script>alert(1)</script>", kind: .presentation, plannedS: 900, index: nil, plannedStart: nil))
    b.add(.speakerQueued(id: "s1", name: "<script>alert(1)</script>", role: "Kepala \"Dinas\" & 'Badan'",
                         org: "=HYPERLINK(\"http://x\")", remote: true, allottedS: 300, item: "a1", index: nil, kind: nil))
    b.add(.itemStarted(id: "a1"))
    b.add(.speakerStarted(id: "s1"))
    b.at("09.05")
    b.add(.noteAdded(id: "n1", kind: .note, text: "Catatan \u{1B}[2J\u{9B}31m bersih\u{202E}kebalik & <img src=x onerror=alert(1)>",
                     item: "a1", speaker: "s1", owner: nil, due: nil))
    b.add(.noteAdded(id: "n2", kind: .action, text: "@SUM(A1:A9), \"kutip\"\nbaris dua", item: "a1", speaker: nil,
                     owner: "+62 811 <owner>", due: "2024-12-20"))
    b.add(.marker(label: "# bukan judul | * bukan daftar"))
    b.at("09.10")
    b.add(.speakerEnded(id: "s1"))
    b.add(.roundOpened(id: "r1", number: 1, maxQuestions: nil, item: nil))
    b.add(.questionQueued(id: "q1", round: "r1", asker: "-Budi, \"si\" penanya", org: "@org", to: "s1",
                          text: "<script>alert(2)</script>", allottedS: nil, remote: false))
    b.add(.questionStarted(id: "q1"))
    b.at("09.12")
    b.add(.questionEnded(id: "q1", outcome: .asked))
    b.add(.itemEnded(id: "a1"))
    b.add(.sessionClosed)
    return b
}

// MARK: - A tiny RFC 4180 parser

/// Parses RFC 4180 CSV (CRLF or LF records, quoted fields with doubled quotes).
private func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text.unicodeScalars)[...]
    while let c = chars.popFirst() {
        if quoted {
            if c == "\"" {
                if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
            } else {
                field.unicodeScalars.append(c)
            }
            continue
        }
        switch c {
        case "\"": quoted = true
        case ",": row.append(field); field = ""
        case "\r": break
        case "\n": row.append(field); rows.append(row); row = []; field = ""
        default: field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

private func seconds(_ ms: Int) -> Int { (ms + 500) / 1000 }

// MARK: - Tests

@Suite struct ExportTests {
    @Test func indonesianSentences() throws {
        let r = try smallLog().reading()
        #expect(r.problems.isEmpty, "\(r.problems)")
        let md = export(r, format: .md, lang: .id)
        let expected = [
            "Pukul 09.05 WITA pembawa acara membuka acara.",
            "Kepala BKN, Bima Haria Wibisana, menyampaikan paparan selama 18 menit (alokasi 15 menit).",
            "Termin 1: dua penanya; Budi dipanggil tetapi tidak hadir.",
            "Andi Pratama (BKPSDM Kab. Kutai Kartanegara) menanyakan kepada Kepala BKN: Bagaimana mekanisme pengisian jabatan pada masa pilkada?",
            "Ibu Sari (BKD Kota Samarinda, daring) menanyakan: Kapan pelaksanaan seleksi PPPK?",
            "Kepala BKN menanggapi pertanyaan nomor 1 (Andi Pratama) dan nomor 2 (Ibu Sari) selama 8 menit.",
            "Rapat diskors pukul 10.40 WITA untuk ishoma dan dilanjutkan pukul 11.45 WITA.",
            "Hendra (BKD Kab. Berau) menyampaikan interupsi selama 2 menit (alokasi 2 menit).",
            "Acara berlangsung 1 jam 10 menit, 40 menit lebih lama dari rencana 30 menit.",
            "Acara berlangsung 5 menit (rencana 5 menit).",
            "Rapat ditutup pukul 11.55 WITA.",
            "Kamis, 15 Oktober 2020",
            "09.05 – 11.55 WITA",
            "Samarinda, 15 Oktober 2020",
            "Kunjungan lapangan (tidak dilaksanakan)",
            "45 orang di ruang rapat dan 210 orang secara daring (seluruhnya 255 orang)",
            "| 1 | Menyampaikan usulan formasi PPPK | BKPSDM kabupaten/kota | 20 Oktober 2020 |",
            "- 09.06 — Peserta menyanyikan lagu Indonesia Raya.",
            "**Drs. H. Ahmad Yani, M.Si.**",
            "Jabatan: Kepala BKD Provinsi Kalimantan Timur",
        ]
        for s in expected { #expect(md.contains(s), "missing: \(s)\n\(md)") }
    }

    @Test func englishSentences() throws {
        let r = try smallLog().reading()
        let md = export(r, format: .md, lang: .en)
        let expected = [
            "# MINUTES OF MEETING",
            "At 09:05 WITA the master of ceremonies opened the programme.",
            "Bima Haria Wibisana (Kepala BKN) gave a presentation for 18 minutes (15 minutes allotted).",
            "Round 1: two participants asked questions; Budi was called but not present.",
            "Andi Pratama (BKPSDM Kab. Kutai Kartanegara) asked Bima Haria Wibisana: Bagaimana mekanisme pengisian jabatan pada masa pilkada?",
            "Bima Haria Wibisana answered questions 1 (Andi Pratama) and 2 (Ibu Sari) in 8 minutes.",
            "Hendra (BKD Kab. Berau) raised a point of order for 2 minutes (2 minutes allotted).",
            "The meeting was suspended at 10:40 WITA for the prayer and lunch break (ishoma) and resumed at 11:45 WITA.",
            "The meeting was closed at 11:55 WITA.",
            "Thursday, 15 October 2020",
            "09:05 – 11:55 WITA",
            "| 1 | Menyampaikan usulan formasi PPPK | BKPSDM kabupaten/kota | 20 October 2020 |",
            "## Proceedings", "## Conclusions", "## Decisions", "## Follow-up Actions",
        ]
        for s in expected { #expect(md.contains(s), "missing: \(s)\n\(md)") }
    }

    @Test func proceedingsKeepPresentedAskedAnsweredApart() throws {
        let p = Proceedings(try smallLog().reading(), lang: .id)
        #expect(p.sections.map(\.itemId) == ["a1", "a2", "a3", "a4"])
        let qa = p.sections[2]
        #expect(qa.paragraphs.map(\.kind) == [.termin, .question, .question, .answer, .suspension, .interruption, .timing])
        #expect(qa.paragraphs.map(\.role) == [.procedure, .asked, .asked, .answered, .procedure, .presented, .procedure])
        #expect(qa.paragraphs.map(\.number) == [nil, 1, 2, nil, nil, nil, nil])
        // The decision written during the answer sits under the answer; the action, written after, too.
        #expect(qa.paragraphs[3].entries.map(\.id) == ["n3", "n4", "n6"])
        #expect(qa.paragraphs[3].entries.map(\.number) == [1, 1, 1])
        #expect(p.sections[1].paragraphs[0].entries.map(\.id) == ["n2"])
    }

    @Test func deletedEntriesAbsentEditedInLastForm() throws {
        let r = try smallLog().reading()
        for format in ExportFormat.allCases {
            for lang in Language.allCases {
                let out = export(r, format: format, lang: lang)
                #expect(!out.contains("Catatan yang dihapus"), "\(format) \(lang)")
                #expect(!out.contains("Versi awal"), "\(format) \(lang)")
                if format != .csv { #expect(out.contains("Netralitas ASN wajib dijaga selama pilkada."), "\(format) \(lang)") }
            }
        }
    }

    @Test func htmlEscapesEverything() throws {
        let r = try hostileLog().reading()
        for lang in Language.allCases {
            let html = export(r, format: .html, lang: lang)
            #expect(!html.contains("<script"), "raw script tag")
            #expect(!html.contains("<img"), "raw img tag")
            #expect(!html.contains("<b>") && !html.contains("<i>"), "raw markup")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("Rapat &quot;Khusus&quot; &amp; &lt;b&gt;Penting&lt;/b&gt;"))
            #expect(html.contains("Ruang &lt;i&gt;Rapat&lt;/i&gt; &#39;A&#39;"))
            #expect(html.contains("Tom &amp; Jerry"))
            for u in html.unicodeScalars {
                #expect(!(u.value < 0x20 && u != "\n") && !(0x7F...0x9F).contains(u.value) && !u.isBidiControl,
                        "control U+\(String(u.value, radix: 16)) in HTML")
            }
            // Every & opens a character reference.
            let amps = html.components(separatedBy: "&").dropFirst()
            for a in amps { #expect(["amp;", "lt;", "gt;", "quot;", "#39;"].contains { a.hasPrefix($0) }, "bare &: \(a.prefix(12))") }
            // Self-contained: only these tags, so no script, no link, no image, no external resource.
            let allowed: Set<String> = ["!DOCTYPE", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3",
                                        "table", "thead", "tbody", "tr", "td", "th", "p", "span", "ol", "ul", "li", "div", "br"]
            for piece in html.components(separatedBy: "<").dropFirst() {
                let name = piece.prefix { !" >".contains($0) }
                let bare = name.hasPrefix("/") ? String(name.dropFirst()) : String(name)
                #expect(allowed.contains(bare), "tag <\(name)>")
            }
            #expect(!html.contains("url(") && !html.contains("@import"))
            #expect(html.contains("@page { size: A4"))
            #expect(html.contains("page-break-inside: avoid"))
        }
    }

    @Test func otherFormatsAreInertToo() throws {
        let r = try hostileLog().reading()
        for format in ExportFormat.allCases {
            for lang in Language.allCases {
                let out = export(r, format: format, lang: lang)
                for u in out.unicodeScalars {
                    let bad = (u.value < 0x20 && u != "\n" && u != "\r") || (0x7F...0x9F).contains(u.value) || u.isBidiControl
                    #expect(!bad, "control U+\(String(u.value, radix: 16)) in \(format)")
                }
            }
        }
        let md = export(r, format: .md, lang: .id)
        #expect(!md.contains("<script>"))
        #expect(md.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(md.contains("Pukul 09.05 WITA: # bukan judul \\| \\* bukan daftar."))
    }

    @Test func csvParsesBackAndMatchesTheFold() throws {
        for log in [smallLog(), hostileLog()] {
            let r = try log.reading()
            let s = r.state
            let rows = parseCSV(export(r, format: .csv, lang: .id))
            #expect(rows.first == TimingCSV.columns)
            let body = rows.dropFirst()
            let turns = s.speakers.filter { $0.clock != nil }.count + s.questions.filter { $0.clock != nil }.count + s.answers.count
            let people = s.speakingTime(now: s.lastT)
            #expect(body.count == s.items.count + turns + people.count)
            for row in body {
                #expect(row.count == TimingCSV.columns.count)
                let type = row[0], id = row[1], used = Int(row[10])
                switch type {
                case "item":
                    let item = try #require(s.items[id: id])
                    #expect(row[3] == item.title)
                    #expect(used == item.clock.map { seconds($0.elapsedMs(at: $0.endedT ?? s.lastT)) })
                case "speaker", "interruption":
                    let c = try #require(s.speakers[id: id]?.clock)
                    #expect(used == seconds(c.elapsedMs(at: c.endedT!)))
                case "question":
                    let c = try #require(s.questions[id: id]?.clock)
                    #expect(used == seconds(c.elapsedMs(at: c.endedT!)))
                case "answer":
                    let c = try #require(s.answers[id: id]?.clock)
                    #expect(used == seconds(c.elapsedMs(at: c.endedT!)))
                case "person":
                    // Speaking time per person: their turns' time together, with the count of turns.
                    let name = row[3].hasPrefix("'") ? String(row[3].dropFirst()) : row[3]   // the formula guard
                    let p = try #require(people.first { inert($0.name) == name })
                    #expect(used == seconds(p.ms))
                    #expect(Int(row[12]) == p.turns)
                default:
                    Issue.record("unknown row type \(type)")
                }
            }
        }
        // Formula injection: text cells starting with = + - @ get a leading '.
        let rows = parseCSV(export(try hostileLog().reading(), format: .csv, lang: .id))
        let speaker = try #require(rows.first { $0[0] == "speaker" })
        #expect(speaker[4] == "'=HYPERLINK(\"http://x\")")
        let question = try #require(rows.first { $0[0] == "question" })
        #expect(question[3] == "'-Budi, \"si\" penanya")
        #expect(question[4] == "'@org")
        // Numbers are never guarded: an under-run is a plain negative number.
        let item = try #require(rows.first { $0[0] == "item" })
        #expect(Int(item[11]).map { $0 < 0 } == true)
    }

    @Test func jsonParsesBackAndMatchesTheFold() throws {
        for log in [smallLog(), hostileLog()] {
            let r = try log.reading()
            let s = r.state
            let v = try JSONParser.parse(export(r, format: .json, lang: .id))
            #expect(v["format"] == .string("rakor-export"))
            #expect(v["session"]?["title"] == .string(inert(s.header.title)))
            guard case .array(let items)? = v["items"], case .array(let speakers)? = v["speakers"],
                  case .array(let entries)? = v["entries"], case .array(let questions)? = v["questions"],
                  case .array(let answers)? = v["answers"] else {
                Issue.record("missing arrays"); continue
            }
            #expect(items.map { $0["id"] } == s.items.map { .string($0.id) })
            for (j, item) in zip(items, s.items) {
                #expect(j["planned_s"] == .int(item.plannedS))
                if let c = item.clock, let end = c.endedT {
                    #expect(j["elapsed_s"] == .int(seconds(c.elapsedMs(at: end))))
                    #expect(j["over_s"] == .int(seconds(c.elapsedMs(at: end)) - item.plannedS))
                }
            }
            for (j, sp) in zip(speakers, s.speakers) {
                #expect(j["id"] == .string(sp.id))
                #expect(j["allotted_s"] == .int(sp.allottedS))
                #expect(j["used_s"] == (sp.clock.map { .int(seconds($0.elapsedMs(at: $0.endedT ?? s.lastT))) } ?? .null))
            }
            #expect(questions.count == s.questions.count)
            for (j, w) in zip(answers, s.answers) {
                #expect(j["used_s"] == .int(seconds(w.clock.elapsedMs(at: w.clock.endedT ?? s.lastT))))
            }
            #expect(entries.map { $0["id"] } == s.liveEntries.map { .string($0.id) })
            for (j, e) in zip(entries, s.liveEntries) {
                #expect(j["text"] == .string(inert(e.text, keepNewlines: true)))
                #expect(j["edited"] == .bool(e.editedT != nil))
            }
            // Keys in their documented order.
            if case .object(let top) = v {
                #expect(top.map(\.0) == ["format", "version", "session", "attendance", "schedule", "items", "speakers",
                                         "rounds", "questions", "answers", "entries", "suspensions", "markers",
                                         "speaking_totals"])
            }
        }
        let small = try JSONParser.parse(export(try smallLog().reading(), format: .json, lang: .en))
        #expect(small["suspensions"] == .array([.object([
            ("reason", .string("ishoma")), ("note", .null), ("start_t", .int(zoneT(smallLog(), "10.40"))),
            ("start_clock", .string("10:40")), ("end_t", .int(zoneT(smallLog(), "11.45"))), ("end_clock", .string("11:45")),
            ("suspended_s", .int(65 * 60)), ("planned_resume_clock", .null),
        ])]))
    }

    @Test func damagedMiddleStillExportsWithoutProblems() throws {
        let b = smallLog()
        var lines = b.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Damage an event in the middle: the note n1 no longer parses.
        let i = try #require(lines.firstIndex { $0.contains("\"note.added\"") && $0.contains("\"n1\"") })
        lines[i] = "{\"seq\":\(i),\"t\":garbage"
        let r = try LogReader.read(bytes: Array(lines.joined(separator: "\n").utf8), path: "damaged.jsonl")
        #expect(r.damagedLines == [i + 1])
        #expect(!r.problems.isEmpty)
        for format in ExportFormat.allCases {
            let out = export(r, format: format, lang: .id)
            #expect(!out.contains("garbage"))
            #expect(!out.contains("not JSON") && !out.contains("seq"), "\(format)")
            #expect(!out.contains("Peserta menyanyikan lagu Indonesia Raya."))
        }
        #expect(export(r, format: .md, lang: .id).contains("Rapat ditutup pukul 11.55 WITA."))
    }

    @Test func textWrapsAt80Columns() throws {
        for log in [smallLog(), hostileLog()] {
            let txt = export(try log.reading(), format: .txt, lang: .id)
            for line in txt.split(separator: "\n") {
                #expect(String(line).displayWidth <= 80, "too wide: \(line)")
            }
            #expect(txt.contains("NOTULEN RAPAT\n=============\n"))
        }
    }

    @Test func unfinishedLogSaysSo() throws {
        var b = smallLog()
        b.events.removeLast(3)  // up to the end of the tanya jawab; penutupan never starts
        let md = export(try b.reading(), format: .md, lang: .id)
        #expect(md.contains("Rapat belum ditutup ketika catatan berakhir pukul 11.50 WITA."))
        #expect(!md.contains("(tidak dilaksanakan)"))
    }

    @Test func edgeCases() throws {
        var b = LogBuilder(SessionHeader(sessionId: "edge", title: "Rapat", startedAtMs: RFC3339.parse("2024-12-11T00:00:00Z")!,
                                         tz: "Asia/Jayapura", lang: "id", mode: "online"))
        b.at("09.00")
        b.add(.itemAdded(id: "a1", title: "Registrasi", kind: .other, plannedS: 600, index: nil, plannedStart: "09:00"))
        b.add(.itemAdded(id: "a2", title: "Sambutan dan pembukaan resmi", kind: .remarks, plannedS: 600, index: nil, plannedStart: nil))
        b.add(.itemAdded(id: "a3", title: "Ishoma", kind: .break, plannedS: 600, index: nil, plannedStart: nil))
        b.add(.speakerQueued(id: "s1", name: "Dr. Ani", role: "Sekretaris Daerah", org: "Pemerintah Provinsi Papua", remote: true,
                             allottedS: 600, item: "a2", index: nil, kind: nil))
        b.add(.noteAdded(id: "n1", kind: .note, text: "Catatan sebelum rapat.", item: nil, speaker: nil, owner: nil, due: nil))
        b.add(.itemStarted(id: "a1"))
        b.at("09.10")
        b.add(.itemStarted(id: "a2"))  // ends a1 at the same t
        b.add(.speakerStarted(id: "s1"))
        b.at("09.12")
        b.add(.speakerPaused(id: "s1"))
        b.at("09.14")
        b.add(.speakerResumed(id: "s1"))
        b.add(.speakerExtended(id: "s1", byS: -120))
        b.at("09.20")
        b.add(.speakerEnded(id: "s1"))
        b.add(.itemEnded(id: "a2"))
        b.add(.itemStarted(id: "a3"))
        b.at("10.00")
        b.add(.itemEnded(id: "a3"))
        b.add(.sessionClosed)
        b.at("10.05")
        b.add(.sessionReopened)
        b.add(.speakerQueued(id: "s2", name: "Budi", role: nil, org: nil, remote: false, allottedS: 0, item: nil, index: nil, kind: nil))
        b.add(.speakerStarted(id: "s2"))
        let r = try b.reading()
        #expect(r.problems.isEmpty, "\(r.problems)")
        let md = export(r, format: .md, lang: .id)
        let expected = [
            "### Sebelum acara dimulai",
            "- 09.00 — Catatan sebelum rapat.",
            "### 1. Registrasi (09.00–09.10 WIT)",
            "Acara berlangsung 10 menit (rencana 10 menit).",
            "### 2. Sambutan dan pembukaan resmi (09.10–09.20 WIT)",
            "Acara dimulai pukul 09.10 WIT.",
            "Sekretaris Daerah Provinsi Papua, Dr. Ani, menyampaikan sambutan secara daring selama 8 menit (alokasi 10 menit, dikurangi 2 menit) dan membuka rapat secara resmi. Sambutan sempat dijeda satu kali (2 menit).",
            "Rapat diistirahatkan pukul 09.20 WIT dan dilanjutkan pukul 10.00 WIT.",
            "Rapat yang telah ditutup pukul 10.00 WIT dibuka kembali pukul 10.05 WIT.",
            "Budi berbicara mulai pukul 10.05 WIT; catatan berakhir sebelum pembicaraan selesai.",
            "Rapat belum ditutup ketika catatan berakhir pukul 10.05 WIT.",
            "- **Tempat:** Daring",
        ]
        for s in expected { #expect(md.contains(s), "missing: \(s)\n\(md)") }
        // The opening sentence goes to the first item that is not registration or a break.
        #expect(!md.contains("### 1. Registrasi (09.00–09.10 WIT)\n\nPukul"))
    }

    @Test func goldens() throws {
        var logs: [(String, LogReading)] = [("handbuilt", try smallLog().reading()), ("hostile", try hostileLog().reading())]
        let samples = repoRoot.appendingPathComponent("sample-events")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? [])
            .filter { $0.hasSuffix(".jsonl") }.sorted()
        for f in files {
            logs.append((String(f.dropLast(6)), try LogReader.read(path: samples.appendingPathComponent(f).path)))
        }
        if recording { try FileManager.default.createDirectory(at: goldenDir, withIntermediateDirectories: true) }
        for (name, reading) in logs {
            for lang in Language.allCases {
                for format in ExportFormat.allCases {
                    let out = export(reading, format: format, lang: lang)
                    let url = goldenDir.appendingPathComponent("\(name).\(lang.rawValue).\(format.fileExtension)")
                    if recording {
                        try Data(out.utf8).write(to: url)
                        continue
                    }
                    guard let data = FileManager.default.contents(atPath: url.path) else {
                        Issue.record("no golden \(url.lastPathComponent): record with RAKOR_RECORD=1")
                        continue
                    }
                    let golden = String(decoding: data, as: UTF8.self)
                    if golden != out {
                        let a = golden.split(separator: "\n", omittingEmptySubsequences: false)
                        let b = out.split(separator: "\n", omittingEmptySubsequences: false)
                        let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
                        Issue.record("""
                        \(url.lastPathComponent) differs at line \(i + 1):
                          golden: \(i < a.count ? String(a[i]) : "<end>")
                          now:    \(i < b.count ? String(b[i]) : "<end>")
                        """)
                    }
                }
            }
        }
    }
}

private func zoneT(_ b: LogBuilder, _ clock: String) -> Int {
    var c = b
    c.at(clock)
    return c.t
}
