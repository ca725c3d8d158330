import Foundation
import Testing

/// The man page `rakor generate-manual` writes (what scripts/release.sh packages as rakor.1)
/// says what `--help` says: every subcommand, every argument and option of each.
@Suite struct ManualPageTests {
    let rakor: String

    init() throws {
        rakor = try #require(RakorBinary.path, "build the rakor binary first (swift build)")
    }

    /// The page as plain text per section: roff escapes and font changes removed.
    func page() throws -> String {
        let result = try runProcess(rakor, ["generate-manual"])
        #expect(result.status == 0, "generate-manual failed: \(result.stderr)")
        return result.stdout
    }

    static func plain(_ roff: String) -> String {
        roff.replacingOccurrences(of: "\\-", with: "-")
            .replacingOccurrences(of: "\\fB", with: "").replacingOccurrences(of: "\\fR", with: "")
            .replacingOccurrences(of: "\\fI", with: "").replacingOccurrences(of: "\\e", with: "\\")
            .replacingOccurrences(of: "\\&", with: "")
    }

    /// The lines of one section of `--help` output ("SUBCOMMANDS:", "OPTIONS:"), entries only
    /// (two spaces in; wrapped help text is indented further).
    static func entries(_ help: String, section: String) -> [String] {
        var inSection = false
        var out: [String] = []
        for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if !line.hasPrefix(" "), line.hasSuffix(":") { inSection = line == section; continue }
            guard inSection, line.hasPrefix("  "), !line.hasPrefix("   "), !line.hasPrefix("  See '") else { continue }
            out.append(String(line.dropFirst(2)))
        }
        return out
    }

    /// The label of an entry: "-o, --output <file>" of "-o, --output <file>   Write to FILE".
    static func label(_ entry: String) -> String {
        let parts = entry.components(separatedBy: "  ")
        return parts[0].trimmingCharacters(in: .whitespaces)
    }

    /// The text of the page from `.SS "rakor NAME"` to the next heading.
    static func section(_ page: String, subcommand: String) -> String? {
        let lines = page.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(of: ".SS \"rakor \(subcommand)\"") else { return nil }
        let rest = lines[(start + 1)...]
        let end = rest.firstIndex { $0.hasPrefix(".SS") || $0.hasPrefix(".SH") } ?? lines.endIndex
        return plain(lines[(start + 1)..<end].joined(separator: "\n"))
    }

    @Test func listsEverySubcommandAndOptionThatHelpLists() throws {
        let roff = try page()
        let help = try runProcess(rakor, ["--help"]).stdout
        let subcommands = Self.entries(help, section: "SUBCOMMANDS:").map {
            String(Self.label($0).split(separator: " ")[0])
        }
        #expect(subcommands.count >= 8, "too few subcommands read from --help:\n\(help)")
        for sub in subcommands {
            let section = try #require(Self.section(roff, subcommand: sub), "the page has no section for `rakor \(sub)`")
            let subHelp = try runProcess(rakor, ["help", sub]).stdout
            let labels = (Self.entries(subHelp, section: "ARGUMENTS:") + Self.entries(subHelp, section: "OPTIONS:")).map(Self.label)
            #expect(!labels.isEmpty, "no options read from `rakor help \(sub)`")
            for label in labels where !label.isEmpty {
                // Help wraps a long label onto its own line; the page writes it whole after .TP.
                #expect(section.contains(label), "`rakor \(sub)`: the man page lacks \(label) that --help lists")
            }
            // The abstract --help gives in the list of subcommands is the one the page gives.
            if let line = Self.entries(help, section: "SUBCOMMANDS:").first(where: { Self.label($0).hasPrefix(sub) }) {
                let abstractStart = line.components(separatedBy: "  ").dropFirst().joined(separator: "  ").trimmingCharacters(in: .whitespaces)
                #expect(section.contains(abstractStart.prefix(30)), "`rakor \(sub)`: the page's summary differs from --help's '\(abstractStart)'")
            }
        }
        let rootLabels = Self.entries(help, section: "OPTIONS:").map(Self.label)
        #expect(rootLabels.contains("--version"))
        let plainPage = Self.plain(roff)
        for label in rootLabels { #expect(plainPage.contains(label), "the page lacks the top-level \(label)") }
    }

    @Test func leavesOutTheHiddenCommands() throws {
        let roff = try page()
        #expect(!roff.contains("_stress-append") && !roff.contains("_stress\\-append"))
        #expect(!roff.contains(".SS \"rakor generate"))
    }

    @Test func isWellFormedRoff() throws {
        let roff = try page()
        let lines = roff.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix(".\\\"") == true, "the first line says the page is generated")
        #expect(lines.contains { $0.hasPrefix(".TH RAKOR 1 ") })
        for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "FILES", "ENVIRONMENT"] {
            #expect(lines.contains { $0 == ".SH \(heading)" }, "no .SH \(heading)")
        }
        // A text line starting with a dot or a quote would be read as a macro.
        for line in lines where line.hasPrefix(".") || line.hasPrefix("'") {
            let macro = line.dropFirst().prefix { $0 != " " }
            #expect(["\\\"", "TH", "SH", "SS", "PP", "TP", "B", "br", "RS", "RE", "nf", "fi"].contains(String(macro)),
                    "unexpected request line: \(line)")
        }
        // Every example block is closed.
        #expect(lines.filter { $0 == ".nf" }.count == lines.filter { $0 == ".fi" }.count)
    }

    @Test func versionSaysSourceBuildOutsideARelease() throws {
        let result = try runProcess(rakor, ["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix(" (source build)\n"), "got \(result.stdout)")
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+ "#, options: .regularExpression) != nil)
    }
}
