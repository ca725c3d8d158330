#if canImport(Glibc)
import Glibc
#endif

/// How the C allocator is set for the commands that read a whole log.
///
/// The read decodes lines on a second thread (AheadLines.swift), and glibc gives that thread an
/// arena of its own. The strings it makes live on in the state, beside those the main thread
/// makes in the main arena, and each arena keeps its own free space and top slack: at 200,000
/// events, 2–3 MB of an export's peak. One arena holds it all; the two threads rarely meet in it,
/// since each takes its small blocks from its own cache first. (A fixed mmap threshold saved as
/// much, but every list that grew faulted its pages in again: 2.5× the page faults, and verify's
/// system time with them.)
public enum Allocator {
    /// Every thread's blocks from one arena.
    public static func oneArena() {
        #if canImport(Glibc)
        // mallopt is declared in <malloc.h>, which the Glibc module leaves out: looked up by name,
        // and skipped where the C library is not glibc.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let arenaMax: Int32 = -8   // M_ARENA_MAX in <malloc.h>
        _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 1)
        #endif
    }
}
