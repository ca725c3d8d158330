import Testing
@testable import RakorCore

/// A long meeting's state is mostly its entries and speakers: each byte of their layout is tens of
/// kilobytes of a replay's and an export's memory (docs/PERFORMANCE.md, the 200k targets).
@Suite("State layout")
struct StateLayoutTests {
    @Test func entriesAndSpeakersAreNotPaddedBetweenTheirFields() {
        // Seven stored strings and optional strings (16 bytes each), two Ints (one optional), two bytes.
        #expect(MemoryLayout<MinutesEntry>.stride == 136)
        // Five strings, three Ints, an optional turn clock, three bytes.
        #expect(MemoryLayout<Speaker>.stride <= 184)
    }
}
