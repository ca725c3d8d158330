// The proceedings drafted while the log is read, from the reader's own fold: the reader applies
// each event through `take`, so the export neither keeps the events nor folds them a second time
// into a state of its own.

/// The notulen's proceedings, drafted event by event as a log is read.
///
///     var draft = ProceedingsDraft()
///     let reading = try LogReader.read(path: p, keepEvents: false, apply: { draft.take($1, state: &$0) })
///     let proceedings = draft.finish(reading, lang: .id)
public struct ProceedingsDraft {
    private var builder: ProceedingsBuilder?

    public init() {}

    /// Applies `e` to `state` (the reader's fold) and drafts what it adds; returns the state's warning, as `apply` does.
    public mutating func take(_ e: Event, state: inout SessionState) -> String? {
        if builder == nil { builder = ProceedingsBuilder(header: state.header, lang: .id) }
        return builder!.take(e, state: &state)
    }

    /// The proceedings in `lang`, worded from the reading's final state.
    public mutating func finish(_ reading: LogReading, lang: Language) -> Proceedings {
        var b = builder ?? ProceedingsBuilder(header: reading.header, lang: lang)
        builder = nil
        b.lang = lang
        return b.finish(reading.state)
    }
}
