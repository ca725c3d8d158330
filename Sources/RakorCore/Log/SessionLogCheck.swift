// The per-tick check that the log is still on disk. Kept apart from the write path: it is the
// one piece that runs with no write at all, so an idle dashboard never claims a deleted log saved.
extension SessionLog {
    /// Checks (one `fstat` and one `stat`) that the file is still at its path; a log deleted
    /// or moved away while idle turns `failing`, with every event counted as unsaved.
    @discardableResult
    public func checkOnDisk() -> LogHealth {
        guard health.isOK else { return health }
        return retry()
    }
}
