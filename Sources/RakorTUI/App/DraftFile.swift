import Foundation
import RakorCore

/// The draft of the form being typed, in a file beside the log (mode 0600).
///
/// Each save writes a fresh temporary (mkstemp: a new name, never a planted link), syncs it and
/// renames it over the draft, so the draft is whole or the previous one. A symlink or anything
/// but a regular file at the draft's path is refused and never read. A failed save (disk full,
/// read-only folder) is reported in `lastSaveFailure`, for the status line.
public final class FileDraftStore: DraftStore {
    public let path: String
    public private(set) var lastSaveFailure: String?

    public init(path: String) { self.path = path }

    public func save(_ draft: JSONValue) {
        let bytes = Array((draft.serialized() + "\n").utf8)
        if let kind = FileKind.of(path), kind != .regular {
            lastSaveFailure = "\(path) \(kind.phrase)"
            return
        }
        do throws(SafeFileError) {
            try SafeFile.write(bytes, to: path, mode: 0o600)
            lastSaveFailure = nil
        } catch {
            lastSaveFailure = "\(path): \(error.message)"
        }
    }

    public func load() -> JSONValue? {
        // Never through a link, never a FIFO (the read would block the dashboard).
        guard FileKind.of(path) == .regular else { return nil }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, FileKind(mode: st.st_mode) == .regular, st.st_size < 1 << 20 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(st.st_size))
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n == bytes.count, let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return try? JSONParser.parse(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    public func clear() {
        // unlink removes a link itself, never its target.
        unlink(path)
    }
}
