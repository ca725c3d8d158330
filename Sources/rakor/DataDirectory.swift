import Foundation

/// Where the files that come with rakor (themes, sample sessions) are: beside the binary in the
/// unpacked tarball, `../share/rakor` from the binary once installed (`/usr/bin` → `/usr/share/rakor`).
/// A binary run from `.build` has none; its themes are built in and its samples are in the tree.
enum DataDirectory {
    /// The first folder that holds `themes/` or `sample-events/`, or nil.
    static let path: String? = find(executable: executablePath())

    /// The folder for a binary at `executable` (symlinks resolved), or nil.
    static func find(executable: String?) -> String? {
        guard let executable else { return nil }
        let binDir = (executable as NSString).deletingLastPathComponent
        let candidates = [binDir, ((binDir as NSString).deletingLastPathComponent as NSString).appendingPathComponent("share/rakor")]
        return candidates.first { dir in
            ["themes", "sample-events"].contains { isDirectory((dir as NSString).appendingPathComponent($0)) }
        }.map { ($0 as NSString).standardizingPath }
    }

    /// `<data>/themes`, when there is a data folder.
    static var themes: String? { path.map { $0 + "/themes" } }

    /// `<data>/sample-events`, when there is a data folder.
    static var samples: String? { path.map { $0 + "/sample-events" } }

    /// A log argument: itself when such a file exists, else an installed sample of that name
    /// (`demo` or `demo.jsonl`), else itself (so the error names what was typed).
    static func log(_ argument: String) -> String {
        if FileManager.default.fileExists(atPath: argument) || argument.contains("/") { return argument }
        guard let samples else { return argument }
        for name in [argument, argument + ".jsonl"] {
            let candidate = samples + "/" + name
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return argument
    }

    /// This process's binary, symlinks resolved (/proc/self/exe on Linux).
    static func executablePath() -> String? {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return target }
        guard let arg0 = CommandLine.arguments.first, arg0.contains("/") else { return nil }
        return (URL(fileURLWithPath: arg0).resolvingSymlinksInPath().path)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
