import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

// Sessions for the dashboard tests, built the way a live session builds them: every state
// comes from `decide` commands applied with `evolve`, never from hand-written state.

/// Minutes and seconds as a session time (ms since the header's start): `tm(39, 30)` is 09.39.30 WITA.
func tm(_ minutes: Int, _ seconds: Int = 0) -> Int { minutes * 60_000 + seconds * 1000 }

/// The meeting every fixture is a moment of.
enum FixtureHeader {
    /// 2020-10-15T01:00:00Z, a Thursday: 09.00 WITA in Asia/Makassar.
    static let startedAtMs = 1_602_723_600_000

    static func make(title: String = "Rapat Koordinasi Kepegawaian se-Kalimantan Timur 2020") -> SessionHeader {
        SessionHeader(sessionId: "6f1c2b4e-0000-4000-8000-00000000f1c5", title: title,
                      startedAtMs: startedAtMs, tz: "Asia/Makassar", lang: "id", app: "rakor-tests",
                      venue: "Ruang Ruhui Rahayu, Kantor Gubernur", mode: "hybrid",
                      chair: "Sekretaris Daerah Prov. Kaltim", notetaker: "Biro Organisasi")
    }
}

/// A session at one moment: its state, the events that made it, the time drawn, and the UI around it.
struct Scene {
    var state: SessionState
    var events: [Event] = []
    /// The moment drawn (ms since the start).
    var now: Int = 0
    var ui = UIState()
    var logHealth: LogHealth = .ok

    init(header: SessionHeader = FixtureHeader.make()) {
        state = SessionState(header: header)
    }

    /// Runs a command at `t` through `decide` and applies its events; a refusal fails the test.
    @discardableResult
    mutating func run(_ command: Command, at t: Int, by: String? = "moderator",
                      sourceLocation: SourceLocation = #_sourceLocation) -> [Event] {
        switch decide(command, state, now: t, by: by) {
        case .success(let new):
            for e in new { state.apply(e) }
            events += new
            now = max(now, t)
            return new
        case .failure(let error):
            Issue.record("fixture command \(command) at t=\(t) was refused: \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    /// The id of the speaker with this name.
    func speaker(named name: String) -> String {
        state.speakers.first { $0.name == name }?.id ?? "?"
    }

    func context(_ lang: Language = .id) -> ViewContext {
        ViewContext(state: state, ui: ui, now: now, lang: lang, logHealth: logHealth)
    }

    func render(_ size: Size, _ lang: Language = .id) -> Canvas {
        Dashboard.render(context(lang), size: size)
    }
}

/// The people of the fixtures.
enum Who {
    static let mc = "Hj. Siti Aisyah, S.Sos."
    static let sekda = "Drs. H. Muhammad Sa'bani, M.Si."
    static let gubernur = "Dr. Ir. H. Isran Noor, M.Si."
    static let bkn = "Drs. Bima Haria Wibisana, M.A."
    static let panrb = "Dr. Ir. Rini Widyantini, MPM"
    static let interupsi = "H. Rusman Ya'qub"
}

/// One moment of a session for each phase and state the dashboard must draw.
enum Fixture: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case belumMulai = "belum-mulai"
    case pembukaan
    case paparanWarning = "paparan-warning"
    case paparanDanger = "paparan-danger"
    case paparanOvertime = "paparan-overtime"
    case jeda
    case diskors
    case tanyaJawab = "tanya-jawab"
    case tanyaJawabJawaban = "tanya-jawab-jawaban"
    case selesai
    case logGagal = "log-gagal"
    case hostile
    case interupsi
    /// Overlays and the minutes view, over the fixtures above.
    case formTambah = "form-tambah"
    case bantuan
    case konfirmasiKeluar = "konfirmasi-keluar"
    case notulen
    case laporan
    case sambutan
    case istirahat
    case kesimpulan
    case penutupan
    /// The paparan's list, and other items' lists folded under their names (issue 10).
    case antreanPerAcara = "antrean-per-acara"
    /// The same queue with the other items' lists unfolded (`z`), a speaker of one selected.
    case antreanTerbuka = "antrean-terbuka"

    var testDescription: String { rawValue }

    var scene: Scene {
        switch self {
        case .belumMulai: return Fixtures.notStarted()
        case .laporan: return Fixtures.report()
        case .sambutan: return Fixtures.remarks()
        case .istirahat: return Fixtures.lunchBreak()
        case .kesimpulan: return Fixtures.conclusions()
        case .penutupan: return Fixtures.closing()
        case .pembukaan: return Fixtures.opening()
        case .paparanWarning: return Fixtures.presentation(remaining: tm(0, 90))
        case .paparanDanger: return Fixtures.presentation(remaining: tm(0, 20))
        case .paparanOvertime: return Fixtures.presentation(remaining: -tm(0, 95))
        case .jeda: return Fixtures.paused()
        case .diskors: return Fixtures.suspended()
        case .tanyaJawab: return Fixtures.qaQuestionOnFloor()
        case .tanyaJawabJawaban: return Fixtures.qaAnswer()
        case .selesai: return Fixtures.closed()
        case .logGagal: return Fixtures.logFailing()
        case .hostile: return Fixtures.hostile()
        case .interupsi: return Fixtures.interruption()
        case .formTambah: return Fixtures.addSpeakerForm()
        case .bantuan:
            var sc = Fixtures.presentation(remaining: tm(0, 300))
            sc.ui.overlay = .help
            return sc
        case .konfirmasiKeluar:
            var sc = Fixtures.opening()
            sc.ui.overlay = .quit
            return sc
        case .notulen:
            var sc = Fixtures.closed()
            sc.ui.screen = .minutes
            return sc
        case .antreanPerAcara: return Fixtures.queueByItem()
        case .antreanTerbuka:
            var sc = Fixtures.queueByItem()
            sc.ui.queueUnfolded = true
            sc.ui.queueSelection = 3
            return sc
        }
    }
}

enum Fixtures {
    // MARK: The rundown

    /// Eight items of several kinds, and the two narasumber booked under the presentation.
    static func base(header: SessionHeader = FixtureHeader.make()) -> Scene {
        var sc = Scene(header: header)
        let items: [(String, ItemKind, Int)] = [
            ("Pembukaan, lagu Indonesia Raya dan doa", .opening, 10),
            ("Laporan Ketua Panitia", .report, 10),
            ("Sambutan Gubernur Kalimantan Timur", .remarks, 15),
            ("Paparan kebijakan manajemen ASN 2021", .presentation, 40),
            ("Tanya jawab", .qa, 30),
            ("Ishoma", .break, 60),
            ("Rumusan dan kesimpulan", .conclusion, 15),
            ("Penutupan dan doa", .closing, 5),
        ]
        for (title, kind, minutes) in items {
            sc.run(.rundown(.addItem(title: title, kind: kind, plannedS: minutes * 60)), at: 0)
        }
        sc.run(.floor(.queueSpeaker(name: Who.bkn, role: "Kepala BKN", org: "Badan Kepegawaian Negara",
                             allottedS: 1200, item: "a4")), at: 0)
        sc.run(.floor(.queueSpeaker(name: Who.panrb, role: "Sekretaris Kementerian", org: "Kementerian PANRB",
                             remote: true, allottedS: 1200, item: "a4")), at: 0)
        return sc
    }

    // MARK: One moment per phase

    /// Before the first item: 09.01 WITA.
    static func notStarted() -> Scene {
        var sc = base()
        sc.run(.session(.updateAttendance(onsite: 64, online: 112, note: nil)), at: tm(1))
        sc.now = tm(1, 15)
        return sc
    }

    /// Pembukaan: the MC speaks, 1:30 of 5:00 used (normal).
    static func opening() -> Scene {
        var sc = notStarted()
        sc.run(.rundown(.startItem()), at: tm(2))
        sc.run(.floor(.queueSpeaker(name: Who.mc, role: "Pembawa acara", org: "Biro Umum Setda Prov. Kaltim",
                             allottedS: 300, index: 0)), at: tm(2, 10))
        sc.run(.floor(.startNextSpeaker()), at: tm(3))
        sc.run(.minutes(.addNote(kind: .note, text: "Rapat dibuka pukul 09.03 WITA; peserta menyanyikan Indonesia Raya.")),
               at: tm(4), by: "notulis")
        sc.now = tm(4, 30)
        return sc
    }

    /// Laporan: the Sekda (as ketua panitia) reports, 4 of 10 minutes used.
    static func report() -> Scene {
        var sc = opening()
        sc.run(.floor(.endTurn), at: tm(8))
        sc.run(.rundown(.startItem()), at: tm(9))
        sc.run(.floor(.queueSpeaker(name: Who.sekda, role: "Sekretaris Daerah", org: "Pemprov Kaltim", allottedS: 600, index: 0)),
               at: tm(9, 5))
        sc.run(.floor(.startNextSpeaker()), at: tm(10))
        sc.now = tm(14)
        return sc
    }

    /// Sambutan: the Governor speaks, 4 of 15 minutes used.
    static func remarks() -> Scene {
        var sc = report()
        sc.run(.floor(.endTurn), at: tm(19))
        sc.run(.rundown(.startItem()), at: tm(20))
        sc.run(.floor(.queueSpeaker(name: Who.gubernur, role: "Gubernur Kalimantan Timur", org: "Pemprov Kaltim",
                             allottedS: 900, index: 0)), at: tm(20, 5))
        sc.run(.floor(.startNextSpeaker()), at: tm(21))
        sc.now = tm(25)
        return sc
    }

    /// Istirahat: the ishoma item runs after the termin.
    static func lunchBreak() -> Scene {
        var sc = qaAnswer()
        sc.run(.floor(.endTurn), at: tm(92))
        sc.run(.qa(.closeRound), at: tm(92, 5))
        sc.run(.rundown(.startItem()), at: tm(93))
        sc.now = tm(100)
        return sc
    }

    /// Kesimpulan: the conclusions are read after the break.
    static func conclusions() -> Scene {
        var sc = lunchBreak()
        sc.run(.rundown(.startItem()), at: tm(150))
        sc.run(.minutes(.addNote(kind: .conclusion, text: "Usulan kebutuhan ASN 2021 disampaikan paling lambat 30 November 2020.")),
               at: tm(155), by: "notulis")
        sc.now = tm(156)
        return sc
    }

    /// Penutupan: the closing prayer, before the meeting is closed.
    static func closing() -> Scene {
        var sc = conclusions()
        sc.run(.rundown(.startItem()), at: tm(160))
        sc.now = tm(162)
        return sc
    }

    /// Paparan: the Kepala BKN has the floor since 09.39 with 20 minutes.
    static func presentationStarted() -> Scene {
        var sc = opening()
        sc.run(.floor(.endTurn), at: tm(8))
        sc.run(.rundown(.startItem()), at: tm(9))
        sc.run(.floor(.queueSpeaker(name: Who.sekda, role: "Sekretaris Daerah", org: "Pemprov Kaltim", allottedS: 600, index: 0)),
               at: tm(9, 5))
        sc.run(.floor(.startNextSpeaker()), at: tm(10))
        sc.run(.floor(.endTurn), at: tm(19))
        sc.run(.minutes(.addNote(kind: .decision, text: "Laporan panitia diterima: 176 peserta dari 10 kabupaten/kota.")),
               at: tm(19, 20), by: "notulis")
        sc.run(.rundown(.startItem()), at: tm(20))
        sc.run(.floor(.queueSpeaker(name: Who.gubernur, role: "Gubernur Kalimantan Timur", org: "Pemprov Kaltim",
                             allottedS: 900, index: 0)), at: tm(20, 5))
        sc.run(.floor(.startNextSpeaker()), at: tm(21))
        sc.run(.floor(.endTurn), at: tm(37))
        sc.run(.rundown(.startItem()), at: tm(38))
        sc.run(.floor(.startNextSpeaker()), at: tm(39))
        sc.run(.minutes(.addNote(kind: .action, text: "Menyusun peta jabatan fungsional hasil penyetaraan",
                        owner: "BKN Kanreg VIII", due: "2020-11-30")), at: tm(45), by: "notulis")
        sc.now = tm(45, 1)
        return sc
    }

    /// The paparan runs; the Sekretaris PANRB and one more wait for it (a speaker added without
    /// an item is booked under the running one), three more for the conclusions and the closing.
    static func queueByItem() -> Scene {
        var sc = presentationStarted()
        sc.run(.floor(.queueSpeaker(name: "Dra. Siti Aminah", role: "Kepala BKD", org: "BKD Kab. Paser", allottedS: 300)), at: tm(45, 10))
        sc.run(.floor(.queueSpeaker(name: "Ir. Budi Santoso", role: "Kepala Biro Organisasi", org: "Setda Prov. Kaltim",
                                    allottedS: 600, item: "a7")), at: tm(45, 20))
        sc.run(.floor(.queueSpeaker(name: "Hj. Nurhayati", role: "Sekretaris BKD", org: "BKD Prov. Kaltim",
                                    allottedS: 300, item: "a7")), at: tm(45, 30))
        sc.run(.floor(.queueSpeaker(name: Who.sekda, role: "Sekretaris Daerah", org: "Pemprov Kaltim",
                                    allottedS: 300, item: "a8")), at: tm(45, 40))
        sc.now = tm(47)
        return sc
    }

    /// Paparan with `remaining` ms left of the Kepala BKN's 20 minutes (negative: overtime).
    static func presentation(remaining: Int) -> Scene {
        var sc = presentationStarted()
        sc.now = tm(59) - remaining
        return sc
    }

    /// The speaker paused at 09.50; drawn at 09.52.
    static func paused() -> Scene {
        var sc = presentationStarted()
        sc.run(.floor(.togglePause), at: tm(50))
        sc.now = tm(52)
        return sc
    }

    /// Ishoma called at 09.50 in the middle of the speech, resuming in an hour; drawn at 09.55.
    static func suspended() -> Scene {
        var sc = presentationStarted()
        sc.run(.session(.suspend(reason: .ishoma, note: "Ishoma siang", resumeAfterS: 3600)), at: tm(50))
        sc.now = tm(55)
        return sc
    }

    /// An interupsi from the floor while the Kepala BKN speaks: it goes before the queued narasumber.
    static func interruption() -> Scene {
        var sc = presentationStarted()
        sc.run(.floor(.queueSpeaker(name: Who.interupsi, role: "Anggota Komisi I", org: "DPRD Prov. Kaltim",
                             allottedS: 180, interruption: true)), at: tm(46))
        sc.now = tm(47)
        return sc
    }

    /// Tanya jawab, termin 1 of three askers: the first has asked, the second is on the floor.
    static func qaQuestionOnFloor() -> Scene {
        var sc = presentationStarted()
        let bkn = sc.speaker(named: Who.bkn), panrb = sc.speaker(named: Who.panrb)
        sc.run(.floor(.startNextSpeaker()), at: tm(58))
        sc.run(.floor(.endTurn), at: tm(78))
        sc.run(.rundown(.startItem()), at: tm(79))
        sc.run(.qa(.openRound(maxQuestions: 3)), at: tm(79, 10))
        sc.run(.qa(.queueQuestion(asker: "Andi Rahman", org: "BKPSDM Kab. Kutai Kartanegara", to: bkn,
                              text: "Kapan hasil penyetaraan jabatan ditetapkan?", allottedS: 180)), at: tm(80))
        sc.run(.qa(.queueQuestion(asker: "Yuliana Pasang", org: "BKD Kab. Mahakam Ulu", to: panrb,
                              text: "Formasi PPPK guru untuk daerah 3T?", allottedS: 180, remote: true)), at: tm(80, 30))
        sc.run(.qa(.queueQuestion(asker: "Sutrisno", org: "BKPSDM Kota Bontang", allottedS: 180)), at: tm(81))
        sc.run(.qa(.startQuestion()), at: tm(81, 20))
        sc.run(.minutes(.addNote(kind: .note, text: "Penanya 1 menanyakan jadwal penetapan penyetaraan jabatan.")),
               at: tm(83, 30), by: "notulis")
        sc.run(.qa(.startQuestion()), at: tm(84))
        sc.now = tm(85, 10)
        return sc
    }

    /// The third asker skipped; the Kepala BKN answers the termin.
    static func qaAnswer() -> Scene {
        var sc = qaQuestionOnFloor()
        let bkn = sc.speaker(named: Who.bkn)
        sc.run(.floor(.endTurn), at: tm(86))
        let third = sc.state.questions.last?.id ?? "?"
        sc.run(.qa(.endQuestion(id: third, outcome: .skipped)), at: tm(86, 30))
        sc.run(.qa(.startAnswer(by: bkn, allottedS: 300)), at: tm(87))
        sc.now = tm(89)
        return sc
    }

    /// The meeting closed at 11.45, with a conclusion and a decision in the minutes.
    static func closed() -> Scene {
        var sc = qaAnswer()
        sc.run(.floor(.endTurn), at: tm(92))
        sc.run(.qa(.closeRound), at: tm(92, 5))
        sc.run(.rundown(.startItem()), at: tm(93))
        sc.run(.rundown(.startItem()), at: tm(150))
        sc.run(.minutes(.addNote(kind: .conclusion, text: "Usulan kebutuhan ASN 2021 disampaikan paling lambat 30 November 2020.")),
               at: tm(155), by: "notulis")
        sc.run(.minutes(.addNote(kind: .decision, text: "Rakor berikutnya di Balikpapan, Maret 2021.")), at: tm(157), by: "notulis")
        sc.run(.rundown(.startItem()), at: tm(160))
        sc.run(.session(.close), at: tm(165))
        sc.now = tm(166)
        return sc
    }

    /// The log cannot be written: three events wait in memory; the banner and the message show it.
    static func logFailing() -> Scene {
        var sc = opening()
        let error = LogWriteError(path: "/media/usb/rakor.jsonl", operation: "fdatasync", errno: EIO)
        sc.logHealth = .failing(error, pendingEvents: 3)
        sc.ui.message = StatusMessage("Log GAGAL ditulis; 3 peristiwa menunggu. Rapat tetap berjalan; L = tulis ke lokasi lain.",
                                      kind: .error, t: sc.now - 2_000)
        return sc
    }

    /// The add-speaker form with a name typed, over the opening.
    static func addSpeakerForm() -> Scene {
        var sc = opening()
        var form = FormFactory.speaker(interruption: false, sc.state)
        for ch in "Ir. Nepal Sekali" { _ = form.handle(.char(ch)) }
        sc.ui.overlay = .form(form)
        return sc
    }

    // MARK: Hostile text

    /// Escape sequences, an OSC window title, a bidi override and wide text, in names from a log.
    enum Hostile {
        static let osc = "\u{1B}]0;PWNED\u{07}"
        static let red = "\u{1B}[31m"
        static let rlo = "\u{202E}"
        static let title = "Rapat \(osc)Koordinasi"
        /// On the floor: an SGR colour and a reset.
        static let floorName = "\(red)MERAH\u{1B}[0m Budi"
        /// Role with a right-to-left override that would make "Rp 9.000" read "000.9 pR".
        static let role = "\(rlo)Rp 9.000\u{202C} Kepala"
        static let org = "東京都庁 👩‍💻 Tim"
        /// In the queue: a C1 CSI (clear screen) and CJK.
        static let queued1 = "王小明 \u{9B}2J sesudah"
        static let queued2 = "Siti 🇮🇩🎉 \(osc)"
        static let note = "\u{07}bel \u{1B}]8;;http://evil.example\u{1B}\\tautan\u{1B}]8;;\u{1B}\\ \u{2066}isolasi\u{2069}"
        /// Every scalar a terminal acts on or that reorders text.
        static func isForbidden(_ v: UInt32) -> Bool {
            v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
    }

    static func hostile() -> Scene {
        var sc = base(header: FixtureHeader.make(title: Hostile.title))
        sc.run(.rundown(.startItem()), at: tm(2))
        sc.run(.floor(.queueSpeaker(name: Hostile.floorName, role: Hostile.role, org: Hostile.org, allottedS: 300, index: 0)), at: tm(2))
        sc.run(.floor(.queueSpeaker(name: Hostile.queued1, org: "北京 \(Hostile.red)x", allottedS: 240, index: 1)), at: tm(2))
        sc.run(.floor(.queueSpeaker(name: Hostile.queued2, allottedS: 240, index: 2)), at: tm(2))
        sc.run(.floor(.startNextSpeaker()), at: tm(3))
        sc.run(.minutes(.addNote(kind: .note, text: Hostile.note)), at: tm(4), by: "notulis")
        sc.run(.minutes(.addNote(kind: .action, text: "Tindak \(Hostile.rlo)lanjut", owner: Hostile.osc + "BKN", due: nil)), at: tm(4), by: "notulis")
        sc.now = tm(5)
        return sc
    }
}

// MARK: - Files, processes and the built binary

/// A fresh directory under the system's temporary directory, removed by `remove()`.
struct ScratchDir {
    let path: String

    init(_ name: String) {
        let base = FileManager.default.temporaryDirectory.path
        path = "\(base)/\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { "\(path)/\(name)" }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// What a finished process said.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program to completion and collects its output.
///
/// Spawned directly rather than with Foundation's Process, for two reasons: output goes to files,
/// so a child that leaves a daemon holding its stdout (tmux starting its server) cannot hang the
/// read; and the child starts with no signal blocked and default handlers, whatever the test
/// runner's thread had, so signals reach the programs under test as they would from a shell.
func runProcess(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> ProcessResult {
    let base = FileManager.default.temporaryDirectory.path + "/rakor-proc-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
    let outPath = base + ".out", errPath = base + ".err"
    defer { unlink(outPath); unlink(errPath) }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    var attr = posix_spawnattr_t()
    posix_spawnattr_init(&attr)
    defer { posix_spawnattr_destroy(&attr) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attr, &none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for sig: Int32 in 1...31 where sig != SIGKILL && sig != SIGSTOP { sigaddset(&defaults, sig) }
    posix_spawnattr_setsigdefault(&attr, &defaults)
    posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) }; envp.forEach { free($0) } }

    var pid = pid_t()
    let rc = posix_spawn(&pid, executable, &actions, &attr, argv, envp)
    guard rc == 0 else { throw SpawnError(executable: executable, code: rc) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    // WIFEXITED / WEXITSTATUS by hand: the macros are not imported.
    let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    func read(_ path: String) -> String {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
    return ProcessResult(status: exitStatus, stdout: read(outPath), stderr: read(errPath))
}

struct SpawnError: Error, CustomStringConvertible {
    var executable: String
    var code: Int32
    var description: String { "cannot run \(executable): \(String(cString: strerror(code)))" }
}

/// The `rakor` executable SwiftPM built next to the test bundle.
enum RakorBinary {
    /// The repository root, from this file's path.
    static var repoRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent() // Support
            .deletingLastPathComponent() // RakorTUITests
            .deletingLastPathComponent() // Tests
            .deletingLastPathComponent().path
    }

    /// The built binary, or nil when it cannot be found.
    static var path: String? {
        var dirs: [String] = []
        if let arg0 = CommandLine.arguments.first {
            dirs.append(URL(fileURLWithPath: arg0).deletingLastPathComponent().path)
        }
        let bundle = URL(fileURLWithPath: Bundle.main.bundlePath)
        dirs.append(bundle.path)
        dirs.append(bundle.deletingLastPathComponent().path)
        for b in Bundle.allBundles where b.bundlePath.hasSuffix(".xctest") {
            dirs.append(URL(fileURLWithPath: b.bundlePath).deletingLastPathComponent().path)
        }
        dirs.append(repoRoot + "/.build/debug")
        for d in dirs {
            let candidate = d + "/rakor"
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        return nil
    }
}
