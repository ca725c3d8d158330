/// What a one-shot command leaves to the end of the process rather than freeing itself.
enum ProcessEnd {
    private final class Kept<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Keeps `value` alive until the process exits, when its memory goes back all at once: freeing a
    /// 200,000-event reading string by string costs `verify` about 10 ms that nobody waits for.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Kept(value))
    }
}
