extension SessionPhase {
    /// The phase as the moderator reads it on screen.
    public func label(_ lang: Language) -> String {
        switch (self, lang) {
        case (.belumMulai, .id): return "belum mulai"
        case (.belumMulai, .en): return "not started"
        case (.pembukaan, .id): return "pembukaan"
        case (.pembukaan, .en): return "opening"
        case (.laporan, .id): return "laporan"
        case (.laporan, .en): return "report"
        case (.sambutan, .id): return "sambutan"
        case (.sambutan, .en): return "remarks"
        case (.paparan, .id): return "paparan"
        case (.paparan, .en): return "presentations"
        case (.tanyaJawab, .id): return "tanya jawab"
        case (.tanyaJawab, .en): return "Q&A"
        case (.kesimpulan, .id): return "kesimpulan"
        case (.kesimpulan, .en): return "conclusions"
        case (.penutupan, .id): return "penutupan"
        case (.penutupan, .en): return "closing"
        case (.istirahat, .id): return "istirahat"
        case (.istirahat, .en): return "break"
        case (.berlangsung, .id): return "berlangsung"
        case (.berlangsung, .en): return "in session"
        case (.diskors, .id): return "diskors"
        case (.diskors, .en): return "suspended"
        case (.selesai, .id): return "selesai"
        case (.selesai, .en): return "closed"
        }
    }
}

extension ItemKind {
    /// The kind as a rundown shows it.
    public func label(_ lang: Language) -> String {
        switch (self, lang) {
        case (.opening, .id): return "pembukaan"
        case (.opening, .en): return "opening"
        case (.report, .id): return "laporan"
        case (.report, .en): return "report"
        case (.remarks, .id): return "sambutan"
        case (.remarks, .en): return "remarks"
        case (.presentation, .id): return "paparan"
        case (.presentation, .en): return "presentation"
        case (.qa, .id): return "tanya jawab"
        case (.qa, .en): return "Q&A"
        case (.conclusion, .id): return "kesimpulan"
        case (.conclusion, .en): return "conclusion"
        case (.closing, .id): return "penutupan"
        case (.closing, .en): return "closing"
        case (.break, .id): return "istirahat"
        case (.break, .en): return "break"
        case (.other, .id): return "lainnya"
        case (.other, .en): return "other"
        }
    }
}

extension SuspensionReason {
    /// The reason as spoken in the room.
    public func label(_ lang: Language) -> String {
        switch (self, lang) {
        case (.skors, .id): return "skors"
        case (.skors, .en): return "adjournment"
        case (.ishoma, .id): return "ishoma"
        case (.ishoma, .en): return "break (ishoma)"
        case (.technical, .id): return "gangguan teknis"
        case (.technical, .en): return "technical problem"
        case (.other, .id): return "lainnya"
        case (.other, .en): return "other"
        }
    }
}

extension NoteKind {
    /// The kind as the notulis names it.
    public func label(_ lang: Language) -> String {
        switch (self, lang) {
        case (.note, .id): return "catatan"
        case (.note, .en): return "note"
        case (.decision, .id): return "keputusan"
        case (.decision, .en): return "decision"
        case (.action, .id): return "tindak lanjut"
        case (.action, .en): return "action"
        case (.conclusion, .id): return "kesimpulan"
        case (.conclusion, .en): return "conclusion"
        }
    }
}

extension Language {
    /// The language to use: an explicit choice, else the session's, else the locale's.
    public static func resolve(flag: String?, session: String?, environment: [String: String]) -> Language {
        if let f = flag, let l = Language(rawValue: f) { return l }
        if let s = session, let l = Language(rawValue: s) { return l }
        let locale = environment["LC_ALL"] ?? environment["LC_MESSAGES"] ?? environment["LANG"] ?? ""
        if locale.hasPrefix("en") { return .en }
        return .id
    }
}
