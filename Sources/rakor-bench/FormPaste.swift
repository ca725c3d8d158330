import RakorCore
import RakorTUI

// `rakor-bench paste`: a 10,000-character paste into the `c` note form, as the run loop
// handles it (keys one by one, a frame between batches), and one frame of the open form.
// The tmux figure in docs/PERFORMANCE.md §8 adds the terminal's own share to this.

/// The note form (`c`) as the live controller opens it, holding `text`.
private func noteForm(_ text: String) -> Form {
    var form = Form(purpose: .note(editing: nil), title: ("Catatan", "Note"), fields: [
        FormField(key: "text", label: ("Isi", "Text"), multiline: true),
        FormField(key: "kind", label: ("Jenis", "Kind"), kind: .choice(["note", "decision", "action"],
                                                                       labelsID: ["catatan", "keputusan", "tindak lanjut"],
                                                                       labelsEN: ["note", "decision", "action"])),
        FormField(key: "owner", label: ("PIC", "Owner")),
    ])
    if !text.isEmpty { _ = form.handle(.paste(text)) }
    return form
}

/// 10,000 characters of Indonesian prose, words and spaces, no newline (a pasted paragraph).
func pasteText(_ count: Int = 10_000) -> String {
    var out = ""
    var i = 0
    while out.count < count {
        out += MeetingGenerator.subjects[i % MeetingGenerator.subjects.count] + " "
            + MeetingGenerator.predicates[i % MeetingGenerator.predicates.count] + ". "
        i += 1
    }
    return String(out.prefix(count))
}

@MainActor
func paste() {
    print("## 8. Paste: 10,000 characters into the `c` note form (120×40)")
    print("")
    let (state, now) = renderState(entries: 100, queued: 20)
    let size = Size(width: 120, height: 40)
    let text = pasteText()
    func frame(_ form: Form) -> Canvas {
        var ui = UIState()
        ui.overlay = .form(form)
        return Dashboard.render(ViewContext(state: state, ui: ui, now: now, lang: .id), size: size)
    }
    // One frame of the form holding the whole paste, cursor at its end.
    let full = noteForm(text)
    var frames: [Double] = []
    for _ in 0..<50 { frames.append(seconds { blackHole(frame(full)) } * 1000) }
    // The paste as the run loop takes it: every key handled, a frame every `batch` keys
    // (tmux hands the keys over in bursts; 500 a burst is about what the pane delivers).
    var whole: [Double] = []
    for _ in 0..<5 {
        whole.append(seconds {
            var form = noteForm("")
            for (k, c) in text.enumerated() {
                _ = form.handle(.char(c))
                if k % 500 == 499 { blackHole(frame(form)) }
            }
            blackHole(frame(form))
        } * 1000)
    }
    let f = Stats(frames), w = Stats(whole)
    table(["what", "median", "p90"], [
        ["one frame with the 10,000-character field", fmt(f.median, 2) + " ms", fmt(f.percentile(90), 2) + " ms"],
        ["10,000 keys handled, a frame every 500 (21 frames)", fmt(w.median, 1) + " ms", fmt(w.percentile(90), 1) + " ms"],
    ])
    print("")
    print("target: the paste drawn within 100 ms in tmux, of which about 28 ms is tmux's own: rakor's share under 70 ms: "
          + met(w.median < 70))
    print("")
}
