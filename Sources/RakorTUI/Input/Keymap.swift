import RakorCore

/// Everything a key can ask for, in live sessions and in replay.
public enum Action: String, CaseIterable, Sendable {
    // Floor
    case nextSpeaker, togglePause, plusMinute, minusMinute, endTurn
    case addSpeaker, addInterruption, selectUp, selectDown, moveUp, moveDown, removeSelected, editSelected, startSelected
    case toggleQueueFold
    // Q&A
    case toggleRound, addQuestion, nextQuestion, skipQuestion, answer
    case cutAsker
    // Rundown and session
    case nextItem, endItem, suspendResume, marker, attendance, closeSession, reopenSession
    case attendanceList
    case itemUp, itemDown, addItem, editItem, moveItemUp, moveItemDown, removeItem
    case applyAdvice, speakingTime
    // Minutes
    case quickNote, minutesView, dashboardView, newEntry, editEntry, deleteEntry, search
    // General
    case help, quit, relocateLog
    // Stage view (layar)
    case stageMessage, stageClear
    case shareSession
    // Replay
    case playPause, stepForward, stepBack, nextChapter, previousChapter, seekBack, seekForward
    case faster, slower, jumpPercent, goTo, eventList
}

/// Where a binding applies.
public enum KeyContext: String, CaseIterable, Sendable {
    case live, minutes, replay
    /// The notulis's own terminal: the minutes view and attendance, nothing that moves the floor.
    case notulis
    /// A read-only terminal: the layar and the peserta view.
    case watch
}

/// A group of bindings in help and in `rakor keys`.
public enum KeyGroup: String, CaseIterable, Sendable {
    case floor, qa, rundown, minutes, general, replay

    public func title(_ lang: Language) -> String {
        switch (self, lang) {
        case (.floor, .id): return "Pembicara"
        case (.floor, .en): return "Floor"
        case (.qa, .id): return "Tanya jawab (termin)"
        case (.qa, .en): return "Q&A (termin)"
        case (.rundown, .id): return "Susunan acara dan rapat"
        case (.rundown, .en): return "Rundown and session"
        case (.minutes, .id): return "Notulen"
        case (.minutes, .en): return "Minutes"
        case (.general, .id): return "Umum"
        case (.general, .en): return "General"
        case (.replay, .id): return "Putar ulang"
        case (.replay, .en): return "Replay"
        }
    }
}

/// One row of the keymap: the keys, what they do, and how they are explained.
public struct KeyBinding: Sendable {
    public var keys: [InputEvent]
    public var action: Action
    public var contexts: Set<KeyContext>
    public var group: KeyGroup
    /// Short text for the status bar, per language.
    public var hint: (id: String, en: String)
    /// Longer text for help and `rakor keys`.
    public var summary: (id: String, en: String)
    /// Shown in the status bar (the keys that matter most).
    public var inStatusBar: Bool
    /// The status-bar text while the toggle this key flips is on (paused, suspended).
    public var active: (id: String, en: String)?

    /// The status-bar text while the toggle is on, if the key has one.
    public func activeHint(_ lang: Language) -> String? { active.map { lang == .id ? $0.id : $0.en } }

    public func hint(_ lang: Language) -> String { lang == .id ? hint.id : hint.en }
    public func summary(_ lang: Language) -> String { lang == .id ? summary.id : summary.en }

    /// The keys as they are written in hints and help ("space", "+", "Ctrl-L").
    public var keyLabel: String { keys.map(Keymap.label).joined(separator: "/") }
}

/// The one keymap: dispatch, status-bar hints, the `?` overlay and `rakor keys` all read this table.
public enum Keymap {
    public static let bindings: [KeyBinding] = [
        b([.char("n")], .nextSpeaker, [.live], .floor, ("berikut", "next"), ("Beri lantai ke pembicara berikutnya (mengakhiri giliran yang berjalan)", "Give the floor to the next speaker (ends the current turn)"), bar: true),
        b([.char(" ")], .togglePause, [.live], .floor, ("jeda", "pause"), ("Jeda / lanjutkan waktu pembicara", "Pause / resume the speaker's time"), bar: true, active: ("lanjut", "resume")),
        b([.char("+"), .char("=")], .plusMinute, [.live], .floor, ("+1 mnt", "+1 min"), ("Tambah 1 menit untuk pembicara", "Give the speaker one more minute"), bar: true),
        b([.char("-")], .minusMinute, [.live], .floor, ("-1 mnt", "-1 min"), ("Kurangi 1 menit", "Take a minute off the speaker's time"), bar: false),
        b([.char("e")], .endTurn, [.live], .floor, ("akhiri", "end"), ("Akhiri giliran yang sedang berbicara", "End the current turn"), bar: true),
        b([.char("a")], .addSpeaker, [.live], .floor, ("tambah", "add"), ("Tambah pembicara ke antrean", "Add a speaker to the queue"), bar: true),
        b([.char("i")], .addInterruption, [.live], .floor, ("interupsi", "interruption"), ("Interupsi: masuk antrean paling depan", "Point of order: goes to the front of the queue"), bar: false),
        b([.key(.up)], .selectUp, [.live, .minutes, .notulis, .watch], .general, ("", ""), ("Pilih baris sebelumnya", "Select the previous row"), bar: false),
        b([.key(.down)], .selectDown, [.live, .minutes, .notulis, .watch], .general, ("", ""), ("Pilih baris berikutnya", "Select the next row"), bar: false),
        b([.char("K")], .moveUp, [.live], .floor, ("naik", "up"), ("Naikkan pembicara terpilih dalam antrean", "Move the selected speaker up the queue"), bar: false),
        b([.char("J")], .moveDown, [.live], .floor, ("turun", "down"), ("Turunkan pembicara terpilih", "Move the selected speaker down the queue"), bar: false),
        b([.key(.enter)], .startSelected, [.live], .floor, ("", ""), ("Beri lantai ke pembicara terpilih", "Give the floor to the selected speaker"), bar: false),
        b([.char("r")], .editSelected, [.live], .floor, ("ubah", "edit"), ("Ubah pembicara terpilih (nama, jabatan, waktu)", "Edit the selected speaker (name, role, time)"), bar: false),
        b([.char("x"), .key(.delete)], .removeSelected, [.live], .floor, ("hapus", "remove"), ("Keluarkan pembicara terpilih dari antrean (dengan konfirmasi)", "Remove the selected speaker from the queue (asks first)"), bar: false),
        b([.char("z")], .toggleQueueFold, [.live], .floor, ("buka antrean", "unfold queue"), ("Buka / lipat daftar pembicara acara lain di antrean", "Unfold / fold the other items' speaker lists in the queue"), bar: false),
        b([.char("t")], .toggleRound, [.live], .qa, ("termin", "termin"), ("Buka termin baru / tutup termin", "Open a new termin / close the termin"), bar: true),
        b([.char("k")], .addQuestion, [.live], .qa, ("penanya", "asker"), ("Tambah penanya ke termin", "Add an asker to the termin"), bar: false),
        b([.char("g")], .nextQuestion, [.live], .qa, ("tanya", "ask"), ("Beri lantai ke penanya berikutnya", "Give the floor to the next asker"), bar: false),
        b([.char("l")], .skipQuestion, [.live], .qa, ("lewati", "skip"), ("Lewati penanya berikutnya yang tidak hadir", "Skip the next waiting asker, who is absent"), bar: false),
        b([.char("C")], .cutAsker, [.live], .qa, ("hentikan penanya", "cut asker"), ("Hentikan penanya yang sedang berbicara (dengan konfirmasi)", "Cut off the asker who is speaking (asks first)"), bar: false),
        b([.char("j")], .answer, [.live], .qa, ("jawab", "answer"), ("Narasumber menjawab pertanyaan termin", "A resource speaker answers the termin's questions"), bar: false),
        b([.char(">")], .nextItem, [.live], .rundown, ("acara ›", "item ›"), ("Mulai acara berikutnya di susunan acara", "Start the next rundown item"), bar: true),
        b([.char("<")], .endItem, [.live], .rundown, ("akhiri acara", "end item"), ("Akhiri acara yang berjalan", "End the running rundown item"), bar: false),
        b([.char("[")], .itemUp, [.live], .rundown, ("", ""), ("Pilih acara sebelumnya di susunan acara", "Select the previous rundown item"), bar: false),
        b([.char("]")], .itemDown, [.live], .rundown, ("", ""), ("Pilih acara berikutnya di susunan acara", "Select the next rundown item"), bar: false),
        b([.char("W")], .speakingTime, [.live], .rundown, ("waktu bicara", "speaking time"), ("Waktu bicara per orang dan instansi", "Speaking time per person and organisation"), bar: false),
        b([.char("O")], .applyAdvice, [.live], .rundown, ("agar tepat waktu", "on time"), ("Terapkan saran agar selesai tepat waktu (dengan konfirmasi)", "Apply the advice for ending on time (asks first)"), bar: false),
        b([.char("A")], .addItem, [.live], .rundown, ("tambah acara", "add item"), ("Tambah acara setelah acara terpilih (atau yang berjalan)", "Add a rundown item after the selected (or running) one"), bar: false),
        b([.char("E")], .editItem, [.live], .rundown, ("ubah acara", "edit item"), ("Ubah acara terpilih (judul, jenis, menit, jam mulai)", "Edit the selected item (title, kind, minutes, start)"), bar: false),
        b([.char("{")], .moveItemUp, [.live], .rundown, ("", ""), ("Naikkan acara terpilih", "Move the selected item up"), bar: false),
        b([.char("}")], .moveItemDown, [.live], .rundown, ("", ""), ("Turunkan acara terpilih", "Move the selected item down"), bar: false),
        b([.char("D")], .removeItem, [.live], .rundown, ("hapus acara", "remove item"), ("Hapus acara terpilih yang belum berjalan (dengan konfirmasi)", "Remove the selected item if it has not run (asks first)"), bar: false),
        b([.char("s")], .suspendResume, [.live], .rundown, ("skors", "suspend"), ("Skors rapat / lanjutkan rapat", "Suspend / resume the meeting"), bar: true, active: ("lanjutkan", "resume")),
        b([.char("b")], .marker, [.live], .rundown, ("penanda", "marker"), ("Pasang penanda (bab dalam putar ulang)", "Set a marker (a chapter in replay)"), bar: false),
        b([.char("p")], .attendance, [.live, .notulis], .rundown, ("peserta", "attendance"), ("Catat jumlah peserta luring dan daring", "Record attendance in the room and online"), bar: false),
        b([.char("h")], .attendanceList, [.live, .minutes, .notulis], .rundown, ("hadir", "present"), ("Daftar hadir: cari, centang yang datang", "Attendance list: tick off arrivals"), bar: false),
        b([.char("X")], .closeSession, [.live], .rundown, ("tutup rapat", "close"), ("Tutup rapat (dengan konfirmasi)", "Close the meeting (asks first)"), bar: false),
        b([.char("R")], .reopenSession, [.live], .rundown, ("buka lagi", "reopen"), ("Buka kembali rapat yang sudah ditutup (dengan konfirmasi)", "Reopen a closed meeting (asks first)"), bar: false),
        b([.char("c")], .quickNote, [.live], .minutes, ("catat", "note"), ("Catatan cepat tanpa meninggalkan dasbor", "Quick note without leaving the dashboard"), bar: true),
        b([.key(.tab)], .minutesView, [.live], .minutes, ("notulen", "minutes"), ("Buka tampilan notulen", "Open the minutes view"), bar: false),
        b([.key(.tab)], .dashboardView, [.minutes], .minutes, ("dasbor", "dashboard"), ("Kembali ke dasbor", "Back to the dashboard"), bar: true),
        b([.char("c"), .char("n")], .newEntry, [.minutes, .notulis], .minutes, ("baru", "new"), ("Tulis entri notulen baru", "Write a new minutes entry"), bar: true),
        b([.key(.enter), .char("r")], .editEntry, [.minutes, .notulis], .minutes, ("ubah", "edit"), ("Ubah entri terpilih", "Edit the selected entry"), bar: true),
        b([.char("x"), .key(.delete)], .deleteEntry, [.minutes, .notulis], .minutes, ("hapus", "delete"), ("Hapus entri terpilih (dengan konfirmasi)", "Delete the selected entry (asks first)"), bar: true),
        b([.char("/")], .search, [.minutes, .notulis], .minutes, ("cari", "search"), ("Cari dalam notulen", "Search the minutes"), bar: true),
        b([.char("L")], .relocateLog, [.live, .minutes, .notulis], .general, ("pindah log", "move log"), ("Tulis log ke lokasi lain (saat disk gagal)", "Write the log to another place (when the disk fails)"), bar: false),
        b([.char("S")], .shareSession, [.live], .general, ("bagikan", "share"), ("Bagikan lewat SSH; lihat siapa tersambung", "Share over SSH; see who is connected"), bar: false),
        b([.char("?"), .key(.f(1))], .help, [.live, .minutes, .replay, .notulis, .watch], .general, ("bantuan", "help"), ("Tampilkan / tutup bantuan tombol", "Show / hide the key help"), bar: true),
        b([.char("q")], .quit, [.live, .minutes, .replay, .notulis], .general, ("keluar", "quit"), ("Keluar (bertanya dulu saat rapat berjalan)", "Quit (asks first while a session is live)"), bar: true),
        b([.char("q")], .quit, [.watch], .general, ("keluar", "quit"), ("Keluar (layar ini tidak menulis apa pun)", "Quit (this screen writes nothing)"), bar: true),
        b([.char("m")], .stageMessage, [.live], .floor, ("pesan layar", "stage msg"), ("Kirim pesan ke layar pembicara (pilihan atau tulis sendiri)", "Send a message to the stage view (a preset or your own text)"), bar: false),
        b([.char("M")], .stageClear, [.live], .floor, ("", ""), ("Turunkan pesan dari layar pembicara", "Take the message off the stage view"), bar: false),
        // Replay
        b([.char(" ")], .playPause, [.replay], .replay, ("putar/jeda", "play/pause"), ("Putar / jeda", "Play / pause"), bar: true),
        b([.char(".")], .stepForward, [.replay], .replay, ("›1", "›1"), ("Maju satu peristiwa", "One event forward"), bar: true),
        b([.char(",")], .stepBack, [.replay], .replay, ("‹1", "‹1"), ("Mundur satu peristiwa", "One event back"), bar: true),
        b([.char("]")], .nextChapter, [.replay], .replay, ("bab›", "chapter›"), ("Bab berikutnya (acara, penanda)", "Next chapter (rundown item, marker)"), bar: true),
        b([.char("[")], .previousChapter, [.replay], .replay, ("‹bab", "‹chapter"), ("Bab sebelumnya", "Previous chapter"), bar: false),
        b([.key(.left)], .seekBack, [.replay], .replay, ("-10 d", "-10 s"), ("Mundur 10 detik", "10 seconds back"), bar: false),
        b([.key(.right)], .seekForward, [.replay], .replay, ("+10 d", "+10 s"), ("Maju 10 detik", "10 seconds forward"), bar: false),
        b([.char("+"), .char("=")], .faster, [.replay], .replay, ("lebih cepat", "faster"), ("Percepat: 1×, 2×, 4×, 8×, 16×, 60×", "Faster: 1×, 2×, 4×, 8×, 16×, 60×"), bar: true),
        b([.char("-")], .slower, [.replay], .replay, ("lebih lambat", "slower"), ("Perlambat", "Slower"), bar: false),
        b((0...9).map { .char(Character(String($0))) }, .jumpPercent, [.replay], .replay, ("0–90%", "0–90%"), ("Lompat ke 0–90 % rekaman", "Jump to 0–90 % of the recording"), bar: false),
        b([.char("g")], .goTo, [.replay], .replay, ("ke…", "go to"), ("Ke jam (HH.MM) atau nomor peristiwa", "Go to a clock time (HH.MM) or an event number"), bar: true),
        b([.char("e")], .eventList, [.replay], .replay, ("peristiwa", "events"), ("Daftar peristiwa; Enter melompat ke sana", "The event list; Enter jumps there"), bar: true),
    ]

    private static func b(_ keys: [InputEvent], _ action: Action, _ contexts: Set<KeyContext>, _ group: KeyGroup,
                          _ hint: (String, String), _ summary: (String, String), bar: Bool,
                          active: (String, String)? = nil) -> KeyBinding {
        KeyBinding(keys: keys, action: action, contexts: contexts, group: group, hint: (hint.0, hint.1),
                   summary: (summary.0, summary.1), inStatusBar: bar, active: active.map { (id: $0.0, en: $0.1) })
    }

    /// The action a key asks for in a context.
    public static func action(for event: InputEvent, in context: KeyContext) -> Action? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(event) }?.action
    }

    /// The binding of an action in a context.
    public static func binding(_ action: Action, in context: KeyContext) -> KeyBinding? {
        bindings.first { $0.action == action && $0.contexts.contains(context) }
    }

    /// How a key is written for people.
    public static func label(_ e: InputEvent) -> String {
        switch e {
        case .char(" "): return "space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-\(c.uppercased())"
        case .alt(let c): return "Alt-\(c)"
        case .paste: return "paste"
        case .resize: return "resize"
        case .key(let k):
            switch k {
            case .up: return "↑"
            case .down: return "↓"
            case .left: return "←"
            case .right: return "→"
            case .home: return "Home"
            case .end: return "End"
            case .pageUp: return "PgUp"
            case .pageDown: return "PgDn"
            case .backspace: return "Backspace"
            case .delete: return "Del"
            case .insert: return "Ins"
            case .enter: return "Enter"
            case .tab: return "Tab"
            case .backTab: return "Shift-Tab"
            case .escape: return "Esc"
            case .f(let n): return "F\(n)"
            }
        }
    }

    /// The key list `rakor keys` prints: one table, grouped.
    public static func printable(_ lang: Language) -> String {
        var out = ""
        for context in KeyContext.allCases {
            let title: String
            switch (context, lang) {
            case (.live, .id): title = "RAPAT BERJALAN (dasbor moderator)"
            case (.live, .en): title = "LIVE SESSION (moderator's dashboard)"
            case (.minutes, .id): title = "TAMPILAN NOTULEN"
            case (.minutes, .en): title = "MINUTES VIEW"
            case (.replay, .id): title = "PUTAR ULANG"
            case (.replay, .en): title = "REPLAY"
            case (.notulis, .id): title = "NOTULIS (rakor attach --role notulis)"
            case (.notulis, .en): title = "NOTULIS (rakor attach --role notulis)"
            case (.watch, .id): title = "LAYAR DAN PESERTA (hanya melihat)"
            case (.watch, .en): title = "STAGE VIEW AND VIEWER (read-only)"
            }
            out += title + "\n"
            for group in KeyGroup.allCases {
                let rows = bindings.filter { $0.contexts.contains(context) && $0.group == group }
                guard !rows.isEmpty else { continue }
                out += "  " + group.title(lang) + "\n"
                for r in rows {
                    out += "    " + r.keyLabel.padded(toWidth: 14) + " " + r.summary(lang) + "\n"
                }
            }
            out += "\n"
        }
        out += lang == .id
            ? "Dalam formulir: Tab/Shift-Tab pindah kolom, ←/→ memilih opsi, Enter simpan, Esc batal;\nCtrl-A/E awal/akhir, Ctrl-K/U/W hapus, Alt-Enter baris baru pada catatan.\n"
            : "In a form: Tab/Shift-Tab move between fields, ←/→ choose an option, Enter saves, Esc cancels;\nCtrl-A/E start/end, Ctrl-K/U/W delete, Alt-Enter a new line in a note.\n"
        return out
    }
}
