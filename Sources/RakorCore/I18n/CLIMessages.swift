/// What the command line says to a person, in one place per language. Indonesian sentences
/// carry no backticks and no "(y/n)": a command is named plainly, a question says its keys.
public struct CLIMessages: Sendable {
    public let lang: Language

    public init(_ lang: Language) { self.lang = lang }

    private func t(_ id: String, _ en: String) -> String { lang == .id ? id : en }

    /// The one line a first run prints: what starts, where the log goes, how to try the demo.
    public func firstRun(log: String) -> String {
        t("rakor: rapat baru dengan susunan acara bawaan; log ditulis ke \(log). Ingin mencoba dulu? Jalankan rakor demo.",
          "rakor: a new session on the built-in rundown; the log goes to \(log). To try it first, run: rakor demo")
    }

    /// A live session ended by a signal, everything saved.
    public func stoppedBySignal(_ signal: Int32, log: String) -> String {
        t("rakor: dihentikan oleh sinyal \(signal). Semua peristiwa ada di \(log); lanjutkan dengan perintah rakor resume \(log)",
          "rakor: stopped by signal \(signal). Every event is in \(log); continue with: rakor resume \(log)")
    }

    /// A terminal attached to a live session, ended by a signal: the log is whole, the others go on.
    public func peerStoppedBySignal(_ signal: Int32, log: String, role: String) -> String {
        t("rakor: dihentikan oleh sinyal \(signal). Semua peristiwa ada di \(log); bergabung lagi dengan perintah rakor attach \(log) --role \(role)",
          "rakor: stopped by signal \(signal). Every event is in \(log); join again with: rakor attach \(log) --role \(role)")
    }

    /// After quitting while other terminals still follow the session.
    public func goesOnElsewhere(log: String, peers: String) -> String {
        t("Log: \(log)\nRapat masih berjalan di terminal lain (\(peers)).",
          "Log: \(log)\nThe session goes on in other terminals (\(peers)).")
    }

    /// Events that could not be written before the program ended.
    public func unsaved(_ n: Int, error: String, log: String) -> String {
        t("rakor: \(n) peristiwa terakhir TIDAK tersimpan (\(error)). Yang tersimpan ada di \(log).",
          "rakor: the last \(n) events were NOT saved (\(error)). What was saved is in \(log).")
    }

    /// The log was deleted and could not be written again: what is not saved.
    public func logGone(_ n: Int, error: String, log: String) -> String {
        t("rakor: log \(log) tidak ada lagi dan tidak bisa ditulis ulang (\(error)); \(n) peristiwa TIDAK tersimpan.",
          "rakor: the log \(log) is gone and could not be written again (\(error)); \(n) events are NOT saved.")
    }

    /// After quitting a session that is still open.
    public func notClosed(log: String) -> String {
        t("Log: \(log)\nRapat belum ditutup; lanjutkan dengan perintah rakor resume \(log)",
          "Log: \(log)\nThe session is not closed; continue with: rakor resume \(log)")
    }

    /// After quitting a closed session.
    public func closed(log: String) -> String {
        t("Log: \(log)\nNotulen: rakor export \(log) -o notulen.md",
          "Log: \(log)\nMinutes: rakor export \(log) -o minutes.md")
    }

    /// The question before resuming an unfinished session from today.
    public func resumeQuestion(title: String, last: String, zone: String, path: String) -> String {
        t("Ada rapat hari ini yang belum selesai: \"\(title)\" (peristiwa terakhir \(last) \(zone))\n  \(path)\nLanjutkan? Enter atau y = ya · n = rapat baru: ",
          "An unfinished session from today: \"\(title)\" (last event \(last) \(zone))\n  \(path)\nResume it? Enter or y = yes · n = a new session: ")
    }

    /// A torn last line was cut off on resume; the original is kept.
    public func tornLineKept(backup: String) -> String {
        t("rakor: baris terakhir log terpotong; berkas aslinya disimpan sebagai \(backup)",
          "rakor: the last line was torn; the original is kept as \(backup)")
    }

    /// An agenda file with errors: nothing was started.
    public func agendaRefused(_ count: Int) -> String {
        t("rakor: agenda punya \(count) kesalahan; rapat tidak dimulai dan tidak ada log yang dibuat.",
          "rakor: the agenda has \(count) errors; no session was started and no log was made.")
    }
}
