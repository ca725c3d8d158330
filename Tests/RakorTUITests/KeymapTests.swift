import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

/// The one keymap drives dispatch, the status bar, the help overlay and `rakor keys`: these keep them one table.
@Suite("Keymap")
struct KeymapTests {
    @Test(arguments: KeyContext.allCases)
    func noKeyIsBoundTwiceInOneContext(_ context: KeyContext) {
        var seen: [InputEvent: Action] = [:]
        for b in Keymap.bindings where b.contexts.contains(context) {
            #expect(Set(b.keys).count == b.keys.count, "\(b.action) lists a key twice")
            for k in b.keys {
                if let other = seen[k] {
                    Issue.record("\(Keymap.label(k)) is bound to both \(other) and \(b.action) in \(context)")
                }
                seen[k] = b.action
            }
        }
    }

    @Test func everyActionHasABinding() {
        let bound = Set(Keymap.bindings.map(\.action))
        let unbound = Action.allCases.filter { !bound.contains($0) }
        #expect(unbound.isEmpty, "actions no key reaches: \(unbound)")
    }

    @Test(arguments: KeyContext.allCases)
    func everyBindingIsReachableByEachOfItsKeys(_ context: KeyContext) {
        for b in Keymap.bindings where b.contexts.contains(context) {
            for k in b.keys {
                #expect(Keymap.action(for: k, in: context) == b.action,
                        "\(Keymap.label(k)) in \(context) reaches \(String(describing: Keymap.action(for: k, in: context))), not \(b.action)")
            }
            #expect(Keymap.binding(b.action, in: context)?.keys == b.keys, "\(b.action) has two rows in \(context)")
        }
    }

    /// Replay keys belong to replay, the rest to the live dashboard and the minutes view; only help and quit are everywhere.
    @Test func replayAndLiveKeysDoNotMix() {
        for b in Keymap.bindings {
            if b.group == .replay {
                #expect(b.contexts == [.replay], "\(b.action) is a replay key bound in \(b.contexts)")
            } else if b.contexts.contains(.replay) {
                #expect([.help, .quit].contains(b.action), "\(b.action) is bound in replay but grouped under \(b.group)")
            }
        }
        // Each context can be left and explains itself.
        for c in KeyContext.allCases {
            #expect(Keymap.binding(.help, in: c) != nil && Keymap.binding(.quit, in: c) != nil, "\(c)")
        }
        #expect(Keymap.binding(.minutesView, in: .live) != nil && Keymap.binding(.dashboardView, in: .minutes) != nil)
    }

    @Test func everyBindingHasTextInBothLanguages() {
        for b in Keymap.bindings {
            #expect(!b.keys.isEmpty)
            #expect(!b.summary.id.isEmpty && !b.summary.en.isEmpty, "\(b.action)")
            if b.inStatusBar { #expect(!b.hint.id.isEmpty && !b.hint.en.isEmpty, "\(b.action)") }
        }
    }

    @Test(arguments: [Language.id, .en])
    func printableListsEveryBindingUnderItsContext(_ lang: Language) throws {
        let text = Keymap.printable(lang)
        let titles: [KeyContext: String] = lang == .id
            ? [.live: "RAPAT BERJALAN (dasbor moderator)", .minutes: "TAMPILAN NOTULEN", .replay: "PUTAR ULANG",
               .notulis: "NOTULIS (rakor attach --role notulis)", .watch: "LAYAR DAN PESERTA (hanya melihat)"]
            : [.live: "LIVE SESSION (moderator's dashboard)", .minutes: "MINUTES VIEW", .replay: "REPLAY",
               .notulis: "NOTULIS (rakor attach --role notulis)", .watch: "STAGE VIEW AND VIEWER (read-only)"]
        // Split the text into its three sections.
        var sections: [KeyContext: [String]] = [:]
        var current: KeyContext?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let c = titles.first(where: { $0.value == line })?.key { current = c; continue }
            if let current { sections[current, default: []].append(line) }
        }
        for context in KeyContext.allCases {
            let lines = try #require(sections[context], "no section for \(context)")
            let rows = Keymap.bindings.filter { $0.contexts.contains(context) }
            for b in rows {
                let row = "    " + b.keyLabel.padded(toWidth: 14) + " " + b.summary(lang)
                #expect(lines.contains(row), "\(context): \(row)")
            }
            for g in KeyGroup.allCases where rows.contains(where: { $0.group == g }) {
                #expect(lines.contains("  " + g.title(lang)), "\(context): group \(g)")
            }
            // Nothing else is listed: one line per binding plus group titles (the replay section also holds the form notes).
            let listed = lines.filter { $0.hasPrefix("    ") }
            #expect(listed.count == rows.count, "\(context): \(listed.count) rows for \(rows.count) bindings")
        }
    }

    @Test(arguments: KeyContext.allCases)
    func theHelpOverlayShowsEveryBindingOfItsContext(_ context: KeyContext) {
        for lang in [Language.id, .en] {
            var sc = Fixture.tanyaJawab.scene
            sc.ui.overlay = .help
            if context == .minutes { sc.ui.screen = .minutes }
            if context == .notulis { sc.ui.role = .notulis; sc.ui.screen = .minutes }
            if context == .watch { sc.ui.role = .peserta }
            var ctx = sc.context(lang)
            if context == .replay {
                ctx.replay = ReplayInfo(position: 3, count: 10, playing: false, speed: 1, durationMs: 60_000,
                                        chapters: [], damage: [], atEnd: false)
            }
            let c = Dashboard.render(ctx, size: Size(width: 120, height: 40))
            let lines = c.lines()
            for b in Keymap.bindings where b.contexts.contains(context) {
                let key = b.action == .jumpPercent ? "0–9" : b.keyLabel
                // The summary at least as far as the help's column lets it show.
                let summary = String(b.summary(lang).prefix(30))
                let shown = lines.contains { $0.contains(key) && $0.contains(summary) }
                #expect(shown, "\(context) \(lang): \(key) \(summary)\n\(c.text)")
            }
            // And nothing of another context.
            for b in Keymap.bindings where !b.contexts.contains(context) {
                let summary = b.summary(lang)
                let alsoHere = Keymap.bindings.contains { $0.contexts.contains(context) && $0.summary(lang).hasPrefix(summary) }
                if !alsoHere { #expect(!lines.contains { $0.contains(summary) }, "\(context) \(lang) shows \(b.action)") }
            }
        }
    }

    @Test func rakorKeysPrintsThePrintableKeymap() throws {
        let binary = try #require(RakorBinary.path, "the rakor binary was not found next to the tests (run `swift build` first)")
        for lang in [Language.id, .en] {
            var env = ProcessInfo.processInfo.environment
            env["LANG"] = "C.UTF-8"
            let r = try runProcess(binary, ["keys", "--lang", lang.rawValue], environment: env)
            #expect(r.status == 0, "\(r.stderr)")
            let diff = Snapshot.lineDiff(expected: Keymap.printable(lang), actual: r.stdout)
            #expect(r.stdout == Keymap.printable(lang), "`rakor keys --lang \(lang.rawValue)` differs from Keymap.printable:\n\(diff)")
        }
        // Without --lang the locale decides.
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "en_US.UTF-8"
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        #expect(try runProcess(binary, ["keys"], environment: env).stdout == Keymap.printable(.en))
    }
}
