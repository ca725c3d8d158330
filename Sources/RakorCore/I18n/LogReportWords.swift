import Foundation

/// What `rakor verify` and the export warnings say about a log, one place per language.
///
/// The reader words each problem in English (it is also the log's technical record); the common
/// ones are said again here in Indonesian from a table of templates, `{0}`, `{1}`, … standing
/// for what the English quotes. A message no template fits is shown as the reader wrote it.
public struct LogReportWords: Sendable {
    public let lang: Language

    public init(_ lang: Language) { self.lang = lang }

    private func t(_ id: String, _ en: String) -> String { lang == .id ? id : en }

    /// The label of a note (not a problem) on a line: "keterangan: " / "note: ".
    public var notePrefix: String { t("keterangan: ", "note: ") }
    /// The label of an export's warning: "peringatan: " / "warning: ".
    public var warningPrefix: String { t("peringatan: ", "warning: ") }

    /// The summary line after the issues.
    public func summary(events: Int, duration: String, items: Int, speakers: Int, entries: Int, problems: Int, notes: Int) -> String {
        if lang == .en {
            var out = "\(events) events, \(duration), \(items) items, \(speakers) speakers, \(entries) notes; "
            out += problems == 0 ? "sound" : "\(problems) problem\(problems == 1 ? "" : "s")"
            if notes > 0 { out += ", \(notes) note\(notes == 1 ? "" : "s")" }
            return out
        }
        var out = "\(events) peristiwa, \(duration), \(items) acara, \(speakers) pembicara, \(entries) entri notulen; "
        out += problems == 0 ? "utuh" : "\(problems) masalah"
        if notes > 0 { out += ", \(notes) keterangan" }
        return out
    }

    /// A problem the reader found, in this language.
    public func message(_ english: String) -> String {
        guard lang == .id else { return english }
        for (en, id) in Self.templates {
            // A placeholder may hold a whole message of its own ("torn tail: not JSON: …").
            if let parts = TemplateText.match(english, en) { return TemplateText.fill(id, parts.map(message)) }
        }
        return english
    }

    /// The reader's English (left) and the Indonesian (right).
    static let templates: [(String, String)] = [
        ("torn tail: {0}", "ekor terpotong: {0}"),
        ("not JSON: {0}", "bukan JSON: {0}"),
        ("checksum mismatch (line says {0}, bytes give {1})", "checksum tidak cocok (baris menulis {0}, isinya memberi {1})"),
        ("seq jumps from {0} to {1}: {2} event(s) missing", "seq melompat dari {0} ke {1}: {2} peristiwa hilang"),
        ("seq {0} repeats the line before", "seq {0} mengulang baris sebelumnya"),
        ("seq {0} goes back (after {1})", "seq {0} mundur (setelah {1})"),
        ("time goes backward: t {0} after {1}", "waktu mundur: t {0} setelah {1}"),
        ("unknown event type \"{0}\": kept, changes nothing", "jenis peristiwa \"{0}\" tidak dikenal: disimpan, tidak mengubah apa pun"),
        ("{0} line(s) have no checksum: accepted as unverified", "{0} baris tanpa checksum: diterima tanpa diperiksa"),
        ("the header line has no final newline (torn)", "baris kepala tidak diakhiri baris baru (terpotong)"),
        ("the last line has no final newline", "baris terakhir tidak diakhiri baris baru"),
        ("the line holds NUL bytes", "baris memuat bita NUL"),
        ("{0} is missing", "{0} tidak ada"),
        ("{0} should be a string, found {1}", "{0} seharusnya teks, isinya {1}"),
        ("{0} should be a whole number, found {1}", "{0} seharusnya bilangan bulat, isinya {1}"),
        ("{0} should be true or false, found {1}", "{0} seharusnya true atau false, isinya {1}"),
        ("the file is empty: it has no header line", "berkas kosong: tidak ada baris kepala"),
        ("cannot be read: {0}", "tidak bisa dibaca: {0}"),
    ]

    /// The export could not be written to `target` (a file, or standard output).
    public func cannotWriteExport(_ target: String, _ error: String) -> String {
        t("\(target): hasil ekspor tidak bisa ditulis: \(error)", "\(target): cannot write the export: \(error)")
    }

    /// What standard output is called in a message.
    public var standardOutput: String { t("keluaran standar", "standard output") }
}

extension VerifyReport {
    /// The report in `lang`: English is `text(_:path:)` itself; Indonesian says the same
    /// lines with `LogReportWords`.
    public static func text(_ r: LogReading, path: String, lang: Language) -> String {
        guard lang == .id else { return text(r, path: path) }
        let w = LogReportWords(lang)
        var out = ""
        for i in r.issues {
            out += "\(path):\(i.line): " + (i.severity == .note ? w.notePrefix : "") + inert(w.message(i.message)) + "\n"
        }
        let s = r.state
        out += "\(path): " + w.summary(events: r.eventCount, duration: DurationText.hms(r.lastEventT), items: s.items.count,
                                     speakers: s.speakers.count, entries: s.liveEntryCount,
                                     problems: r.problems.count, notes: r.notes.count) + "\n"
        return out
    }
}
