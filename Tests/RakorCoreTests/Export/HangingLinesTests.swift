import Testing
@testable import RakorCore

/// The plain-text export's byte writers (HangingLines.swift) must write what the String layout
/// they skip gives, line for line, on text that reaches both sides of every test they make.
@Suite("Plain text written from its bytes")
struct HangingLinesTests {
    /// Words, spaces and breaks of every kind the wrap meets, plain scalars beyond ASCII ("–", "é",
    /// "◽" which is two columns), and what is not plain (a combining mark, CR LF, a control, CJK).
    static let pieces = ["rapat", "koordinasi", "Bappeda", "x", " ", "  ", "   ", "\n", "\n\n", "\r\n", "\t",
                         "–", "—", "é", "·", "…", "◽", "\u{301}", "中文", "a-very-long-word-that-will-not-fit-on-a-line",
                         "Kesimpulan 1:", "(penanggung jawab: Bappeda)", "09.41", "…….", "\u{7}"]
    static let leads = ["", "- 09.41  ", "   - 10.02  ", "   1. ", "12. ", "- é–  ", " ", "x", "\u{301}- ", "◽ "]

    /// What `hanging` gives, as `ExportLines` writes it for the plain text (trailing spaces dropped).
    func byStrings(_ text: String, first: String, indent: Int, width: Int) -> String {
        ExportWriter.collect { w in
            var out = ExportLines(w, each: { $0.trailingSpacesDropped })
            out.append(contentsOf: NotulenText.hanging(text, first: first, rest: .repeated(" ", count: indent), width: width))
        }
    }

    @Test func hangingFromBytes_writesWhatTheStringLayoutGives() {
        var rng = SplitMix64(seed: 1506)
        var fromBytes = 0
        for _ in 0..<6_000 {
            let text = rng.text(of: Self.pieces, fewerThan: 16)
            let first = Self.leads[Int(rng.next() % UInt64(Self.leads.count))]
            let indent = rng.next() % 3 == 0 ? Int(rng.next() % 12) : first.displayWidth
            let width = [1, 8, 20, 40, 61, 80][Int(rng.next() % 6)]
            let fast = ExportWriter.collect { w in
                var out = ExportLines(w, each: { $0.trailingSpacesDropped })
                NotulenText.appendHanging(text, first: first, indent: indent, width: width, to: &out)
            }
            #expect(fast == byStrings(text, first: first, indent: indent, width: width),
                    "\(text.debugDescription) after \(first.debugDescription), indent \(indent), width \(width)")
            // Count the texts the byte path took, so the test is known to reach it.
            var t = text, f = first
            let took = ExportWriter.collect { w in
                var out = ExportLines(w)
                _ = t.withUTF8 { tb in f.withUTF8 { out.writeHanging(tb, first: $0, indent: indent, width: width) } }
            }
            if !took.isEmpty { fromBytes += 1 }
        }
        #expect(fromBytes > 500, "the byte path took \(fromBytes) of 6,000 texts")
    }

    @Test func hangingFromBytes_declinesWhatOnlyGraphemesCanLayOut() {
        func declines(_ text: String, first: String = "- 09.41  ", indent: Int? = nil, width: Int = 80) -> Bool {
            var t = text, f = first
            return ExportWriter.collect { w in
                var out = ExportLines(w)
                #expect(!t.withUTF8 { tb in f.withUTF8 { out.writeHanging(tb, first: $0, indent: indent, width: width) } })
            }.isEmpty
        }
        #expect(declines(""))                       // hanging keeps no lead on an empty text
        #expect(declines("\nrapat"))                // nor on an empty first paragraph
        #expect(declines("cafe\u{301}"))            // a combining mark joins its letter
        #expect(declines("baris\r\nbaru"))          // CR LF is one grapheme
        #expect(declines("rapat", first: "\u{301}- "))
        #expect(declines("rapat", first: "- ", indent: 30, width: 40))   // the lead's room is not the indent's
    }

    @Test func entriesFromBytes_writeWhatTheStringLayoutGives() {
        var rng = SplitMix64(seed: 77)
        for lang in [Language.id, .en] {
            let labels = Notulen.Labels.of(lang)
            for round in 0..<400 {
                let kind = NoteKind.allCases[Int(rng.next() % 4)]
                let entries = (0..<Int(rng.next() % 4)).map { i in
                    Proceedings.Entry(id: "n\(i)", kind: kind, number: i + 1, text: rng.text(of: Self.pieces, fewerThan: 10),
                                      t: 0, clock: ["09.41", "09:41", "9.05–"][i % 3], edited: false,
                                      owner: rng.next() % 2 == 0 ? nil : rng.text(of: Self.pieces, fewerThan: 4),
                                      due: rng.next() % 2 == 0 ? nil : "20 Oktober 2020")
                }
                let indent = round % 2 == 0 ? "" : "      "
                let width = [40, 72, 80][round % 3]
                let slow = ExportWriter.collect { w in
                    var out = ExportLines(w, each: { $0.trailingSpacesDropped })
                    out.append(contentsOf: NotulenText.entries(entries, labels: labels, indent: indent, width: width))
                }
                let fast = ExportWriter.collect { w in
                    var out = ExportLines(w, each: { $0.trailingSpacesDropped })
                    var scratch = NotulenText.EntryScratch()
                    NotulenText.entries(entries, labels: labels, indent: indent, width: width, to: &out, scratch: &scratch)
                }
                #expect(fast == slow, "\(entries.map(\.text)) at \(width)")
            }
        }
    }

    @Test func labelAndDetailsAsBytes_areTheStrings() {
        var rng = SplitMix64(seed: 909)
        for lang in [Language.id, .en] {
            let labels = Notulen.Labels.of(lang)
            for i in 0..<2_000 {
                let e = Proceedings.Entry(id: "n", kind: NoteKind.allCases[i % 4], number: i, text: rng.text(of: ["Rapat", ".", "!", " ", "é", "—", "?"], fewerThan: 5),
                                          t: 0, clock: "09.41", edited: false,
                                          owner: [nil, "", "Bappeda", "élan"][Int(rng.next() % 4)], due: [nil, "", "20 Oktober 2020"][Int(rng.next() % 3)])
                var bytes: [UInt8] = []
                labels.appendEntryLabel(e, to: &bytes)
                #expect(String(decoding: bytes, as: UTF8.self) == labels.entryLabel(e).map { "\($0): " } ?? "")
                bytes = []
                labels.appendActionDetails(e, to: &bytes)
                #expect(String(decoding: bytes, as: UTF8.self) == labels.actionDetails(e), "\(e)")
            }
        }
    }

    @Test func actionRowsFromBytes_writeWhatTheStringLayoutGives() {
        var rng = SplitMix64(seed: 31)
        for round in 0..<300 {
            let actions = (0..<Int(rng.next() % 5)).map { i in
                Notulen.Action(number: i * 997 + 1, text: rng.text(of: Self.pieces, fewerThan: 14),
                               owner: rng.next() % 3 == 0 ? nil : rng.text(of: Self.pieces, fewerThan: 5),
                               due: rng.next() % 3 == 0 ? nil : rng.text(of: ["20 Oktober 2020", " ", "—", "\n", "é"], fewerThan: 4))
            }
            let width = [40, 64, 80, 100][round % 4]
            let columns = Notulen.Labels.of(round % 2 == 0 ? .id : .en).actionColumns
            let slow = ExportWriter.collect { w in
                var out = ExportLines(w, each: { $0.trailingSpacesDropped })
                out.append(contentsOf: NotulenText.actionTable(actions, columns: columns, width: width))
            }
            let fast = ExportWriter.collect { w in
                var out = ExportLines(w, each: { $0.trailingSpacesDropped })
                NotulenText.actionTable(SummaryList(actions, number: \.number), columns: columns, width: width, to: &out)
            }
            #expect(fast == slow, "\(actions) at \(width)")
        }
    }

    @Test func displayWidthOfPlainText_isTheGraphemeSum() {
        var rng = SplitMix64(seed: 2512)
        for _ in 0..<5_000 {
            let s = rng.text(of: Self.pieces, fewerThan: 10)
            #expect(s.displayWidth == s.displayWidthByGraphemes, "\(s.debugDescription)")
        }
        #expect("09.00–09.35 WITA".displayWidth == 16)
        #expect("◽◽".displayWidth == 4)
    }
}
