/// The command line's own complaints (swift-argument-parser's: unknown option, missing value or
/// argument, bad value; and rakor's checks of its options), said in Indonesian. English is
/// ArgumentParser's own text, untouched. `--help` stays English: it is generated whole from
/// the commands' declarations, and a second copy in Indonesian would drift from them.
public enum ArgumentWords {
    /// ArgumentParser's whole error text (`Error: …`, `Usage: …`, `See '…' …`) in `lang`.
    public static func translate(_ full: String, _ lang: Language) -> String {
        guard lang == .id else { return full }
        return full.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let l = String(line)
            if l.hasPrefix("Error: ") { return "Kesalahan: " + message(String(l.dropFirst(7))) }
            if l.hasPrefix("Usage: ") { return "Cara pakai: " + l.dropFirst(7) }
            if l.hasPrefix("Help:  ") { return "Bantuan: " + l.dropFirst(7) }
            if let parts = TemplateText.match(l, "  See '{0}' for more information.") {
                return "  Lihat \(parts[0]) untuk keterangan lebih lanjut."
            }
            return l
        }.joined(separator: "\n")
    }

    /// One complaint in Indonesian; one no template fits stays as it is.
    static func message(_ english: String) -> String {
        for (en, id) in templates {
            if let parts = TemplateText.match(english, en) { return TemplateText.fill(id, parts) }
        }
        return english
    }

    /// ArgumentParser's English and rakor's own checks (left), the Indonesian (right).
    static let templates: [(String, String)] = [
        ("Unknown option '{0}'. Did you mean '{1}'?", "opsi {0} tidak dikenal. Maksudnya {1}?"),
        ("Unknown option '{0}'", "opsi {0} tidak dikenal"),
        ("Missing value for '{0}'", "nilai untuk {0} belum diisi"),
        ("Missing expected argument '{0}'", "argumen {0} belum diisi"),
        ("The value '{0}' is invalid for '{1}': {2}", "nilai {0} tidak sah untuk {1}: {2}"),
        ("The value '{0}' is invalid for '{1}'", "nilai {0} tidak sah untuk {1}"),
        ("Unexpected argument '{0}'", "argumen {0} tidak dikenal"),
        ("Unexpected arguments '{0}'", "argumen {0} tidak dikenal"),
        ("--lang must be id or en", "--lang harus id atau en"),
        ("unknown language \"{0}\": use id or en", "bahasa \"{0}\" tidak dikenal: pakai id atau en"),
        ("unknown format \"{0}\": use {1}", "format \"{0}\" tidak dikenal: pakai {1}"),
    ]

    /// The `--lang` value among the arguments (`--lang en` or `--lang=en`), if any.
    public static func langFlag(in arguments: [String]) -> String? {
        for (i, a) in arguments.enumerated() {
            if a == "--lang", i + 1 < arguments.count { return arguments[i + 1] }
            if a.hasPrefix("--lang=") { return String(a.dropFirst(7)) }
        }
        return nil
    }
}
