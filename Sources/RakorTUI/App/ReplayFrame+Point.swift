import RakorCore

extension ReplayFrame {
    /// The frame `text(timeline:position:now:lang:size:)` gives, drawn from a point read in one pass.
    public static func canvas(point: ReplayPoint, lang: Language, size: Size) -> Canvas {
        let info = ReplayInfo(position: point.position, count: point.count, playing: false, speed: ReplayPacing.speeds[0],
                              durationMs: point.durationMs, chapters: point.marks.chapters, damage: point.marks.damage,
                              atEnd: point.position >= point.count)
        let ctx = ViewContext(state: point.state, now: point.now, lang: lang, logHealth: .ok, replay: info)
        return Dashboard.render(ctx, size: size)
    }

    public static func text(point: ReplayPoint, lang: Language, size: Size) -> String {
        canvas(point: point, lang: lang, size: size).lines().joined(separator: "\n")
    }
}
