/// The formats `rakor export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The notulen as Markdown (the default).
    case md
    /// The notulen as plain text wrapped at 80 columns.
    case txt
    /// The notulen as one self-contained, printable HTML file.
    case html
    /// The whole folded session as JSON, for other tools.
    case json
    /// The timing report as CSV.
    case csv

    /// The file name extension for this format.
    public var fileExtension: String { rawValue }

    /// Whether the format is the notulen (worded in a language) rather than data.
    public var isNotulen: Bool {
        switch self {
        case .md, .txt, .html: return true
        case .json, .csv: return false
        }
    }
}

/// Exports a read log in `format`; the notulen formats are worded in `lang` (JSON and CSV do not depend on it).
///
/// Only what the log could be read for goes into the document: damaged lines are skipped by the
/// reader, and the problems it found are never written into the export (show them separately).
public func export(_ reading: LogReading, format: ExportFormat, lang: Language) -> String {
    switch format {
    case .md: return NotulenMarkdown.render(Notulen(reading, lang: lang))
    case .txt: return NotulenText.render(Notulen(reading, lang: lang))
    case .html: return NotulenHTML.render(Notulen(reading, lang: lang))
    case .json: return SessionJSON.render(reading)
    case .csv: return TimingCSV.render(reading)
    }
}

/// Exports a read log in `format` to `writer` as the document is laid out, the notulen around
/// `proceedings` when it was drafted while the log was read (else from the reading's events).
public func export(_ reading: LogReading, format: ExportFormat, lang: Language, proceedings: Proceedings? = nil,
                   to writer: ExportWriter) {
    func notulen() -> Notulen { Notulen(reading, lang: lang, proceedings: proceedings ?? Proceedings(reading, lang: lang)) }
    switch format {
    case .md: NotulenMarkdown.render(notulen(), to: writer)
    case .txt: NotulenText.render(notulen(), to: writer)
    case .html: NotulenHTML.render(notulen(), to: writer)
    case .json: SessionJSON.render(reading, to: writer)
    case .csv: TimingCSV.render(reading, to: writer)
    }
    writer.flush()
}
