/// What `rakor --version` reports: the version, and the commit a release build was made from.
///
/// `scripts/release.sh` builds from a staged copy of the tree in which it rewrites `commit` (and
/// `built`); the file in the repository keeps nil, so a plain `swift build` says "source build".
enum BuildInfo {
    static let version = "0.2.0"
    static let commit: String? = nil
    static let built: String? = nil

    /// "0.2.0 (commit 1a2b3c4d5e6f, built 2026-12-02)" for a release build, "0.2.0 (source build)" otherwise.
    static var versionLine: String {
        guard let commit else { return "\(version) (source build)" }
        return "\(version) (commit \(commit)" + (built.map { ", built \($0)" } ?? "") + ")"
    }
}
