import RakorCore

/// The replay frame at one position as plain text: what `replay --print` prints and the replay shows when paused there.
public enum ReplayFrame {
    public static func canvas(timeline: ReplayTimeline, position: Int, now: Int, lang: Language, size: Size) -> Canvas {
        let controller = ReplayController(timeline: timeline, lang: lang, startPosition: position, playing: false)
        var ctx = controller.viewContext()
        ctx.now = now
        return Dashboard.render(ctx, size: size)
    }

    public static func text(timeline: ReplayTimeline, position: Int, now: Int, lang: Language, size: Size) -> String {
        canvas(timeline: timeline, position: position, now: now, lang: lang, size: size).lines().joined(separator: "\n")
    }
}
