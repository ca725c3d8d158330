#if canImport(Glibc)
import Glibc
#endif

/// How the C allocator places large blocks, set for the commands that read a whole log.
///
/// glibc maps a block of 128 KB or more on its own, but it raises that threshold to the size of
/// any mapped block freed (up to 32 MB). A fold grows its lists of entries and speakers by
/// doubling: once the first grown list's old storage is freed, every later large block comes
/// from the heap, and the storage each growth leaves behind stays there as slack rather than
/// going back to the system. At 200,000 events that slack was 3 MB of an export's peak and of
/// verify's. With the threshold set, glibc no longer moves it, so every large block is mapped
/// and returned whole when freed.
public enum LargeBlocks {
    /// Every block of 128 KB or more mapped on its own, whatever has been freed before.
    public static func mapEachOnItsOwn() {
        #if canImport(Glibc)
        // mallopt is declared in <malloc.h>, which the Glibc module leaves out: looked up by name,
        // and skipped where the C library is not glibc.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mmapThreshold: Int32 = -3   // M_MMAP_THRESHOLD in <malloc.h>
        _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, 128 << 10)
        #endif
    }
}
