/// The words of the several-terminal session and the stage view (layar), in both languages.
///
/// Kept together so a notulis can review the Indonesian without reading code.
public enum PeerText {
    static func pick(_ lang: Language, _ id: String, _ en: String) -> String { lang == .id ? id : en }

    /// A command refused because another terminal changed what it acts on a moment before.
    public static func changedElsewhere(by: String?, what: String, _ lang: Language) -> String {
        let who = by.map { lang == .id ? " (\($0))" : " (\($0))" } ?? ""
        return pick(lang, "Terminal lain\(who) baru saja mengubahnya (\(what)); perintah ini tidak dijalankan. Periksa layar, lalu tekan lagi.",
                    "Another terminal\(who) changed this a moment ago (\(what)); the command was not carried out. Look again, then press once more.")
    }

    /// The refusal when the log could not be written by a peer.
    public static func notWritten(_ error: String, _ lang: Language) -> String {
        pick(lang, "Tidak tersimpan, perintah tidak dijalankan: \(error). Coba lagi; L = tulis ke lokasi lain.",
             "Not saved, the command was not carried out: \(error). Try again; L writes elsewhere.")
    }

    /// A role as people call it.
    public static func role(_ r: PeerRole, _ lang: Language) -> String {
        switch r {
        case .moderator: return "moderator"
        case .notulis: return "notulis"
        case .layar: return "layar"
        case .peserta: return pick(lang, "peserta", "viewer")
        }
    }

    /// The stage-message presets, in the session's language.
    public static func stagePresets(_ lang: Language) -> [(text: String, tone: StageTone)] {
        lang == .id
            ? [("1 menit lagi", .warning), ("Mohon segera diakhiri", .warning), ("Waktu habis", .danger), ("Mikrofon Anda mati", .danger)]
            : [("One minute left", .warning), ("Please wrap up", .warning), ("Time is up", .danger), ("Your microphone is off", .danger)]
    }

    /// "Rapat diskors · dilanjutkan 13.00".
    public static func suspended(_ reason: SuspensionReason, until: String?, _ lang: Language) -> String {
        let what: String
        switch reason {
        case .ishoma: what = pick(lang, "Ishoma", "Break for prayer and lunch")
        case .technical: what = pick(lang, "Rapat dihentikan sementara (gangguan teknis)", "Paused (technical problem)")
        case .skors, .other: what = pick(lang, "Rapat diskors", "The meeting is suspended")
        }
        guard let until else { return what }
        return what + pick(lang, " · dilanjutkan \(until)", " · resumes at \(until)")
    }

    public static func interruption(_ lang: Language) -> String { pick(lang, "INTERUPSI", "POINT OF ORDER") }
    public static func heldSpeaker(_ name: String, left: String, _ lang: Language) -> String {
        pick(lang, "\(name) menunggu · sisa \(left)", "\(name) waits · \(left) left")
    }
    public static func next(_ name: String, _ lang: Language) -> String { pick(lang, "Berikutnya: \(name)", "Next: \(name)") }
    public static func overtime(_ lang: Language) -> String { pick(lang, "LEWAT WAKTU", "OVERTIME") }
    public static func paused(_ lang: Language) -> String { pick(lang, "JEDA", "PAUSED") }
    public static func nobodySpeaking(_ lang: Language) -> String { pick(lang, "Belum ada pembicara", "Nobody holds the floor") }
    public static func closed(_ lang: Language) -> String { pick(lang, "Rapat selesai", "The meeting is closed") }
    public static func notStarted(_ lang: Language) -> String { pick(lang, "Rapat belum dimulai", "The meeting has not started") }
    public static func logLost(_ lang: Language) -> String {
        pick(lang, "LOG TIDAK TERBACA: layar ini tidak lagi mengikuti rapat", "LOG UNREADABLE: this screen no longer follows the meeting")
    }
    public static func stageTitle(_ lang: Language) -> String { pick(lang, "Pesan untuk layar", "Message for the stage view") }
    public static func stageCustom(_ lang: Language) -> String { pick(lang, "atau tulis sendiri", "or write your own") }
    public static func stageCleared(_ lang: Language) -> String { pick(lang, "Pesan layar diturunkan.", "The stage message is down.") }
    /// The note `rakor export` gives for a log with live peers.
    public static func stillRunning(_ peers: Int, _ lang: Language) -> String {
        pick(lang, "rakor: rapat ini masih berjalan (\(peers) terminal terhubung); yang diekspor adalah isi log sampai saat ini.",
             "rakor: this session is still running (\(peers) terminals attached); what is exported is the log as it is now.")
    }
    /// `resume` on a log with live peers.
    public static func joining(_ peers: String, _ lang: Language) -> String {
        pick(lang, "rakor: rapat ini masih berjalan (\(peers)); bergabung tanpa memperbaiki apa pun.",
             "rakor: this session is still running (\(peers)); joining it, nothing to repair.")
    }
}
