import Foundation
import Testing

/// The real binary, copied into an installed layout (`bin/rakor` + `share/rakor`) and a tarball
/// layout (`rakor` beside `themes/`), finds the themes and samples that come with it; the user's
/// own themes in $XDG_CONFIG_HOME/rakor/themes come first.
@Suite struct DataDirectoryTests {
    let rakor: String
    let root: String

    init() throws {
        rakor = try #require(RakorBinary.path, "build the rakor binary first (swift build)")
        // Beside the binary, so it can be hard-linked: a copy is a file this process once had open
        // for writing, and a test spawning a process meanwhile can inherit it (exec: text file busy).
        root = (rakor as NSString).deletingLastPathComponent + "/rakor-datadir-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    func place(binaryAt bin: String, dataAt data: String) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: (bin as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try fm.createDirectory(atPath: data + "/themes", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: data + "/sample-events", withIntermediateDirectories: true)
        try fm.linkItem(atPath: rakor, toPath: bin)
        try fm.copyItem(atPath: RakorBinary.repoRoot + "/themes/light.toml", toPath: data + "/themes/light.toml")
        try "name = \"shipped\"\n".write(toFile: data + "/themes/shipped.toml", atomically: true, encoding: .utf8)
        try fm.copyItem(atPath: RakorBinary.repoRoot + "/sample-events/demo.jsonl", toPath: data + "/sample-events/demo.jsonl")
    }

    func environment() -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = root + "/config"
        env["XDG_DATA_HOME"] = root + "/data"
        return env
    }

    @Test func installedBinaryFindsShareRakor() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try place(binaryAt: root + "/usr/bin/rakor", dataAt: root + "/usr/share/rakor")
        let themes = try runProcess(root + "/usr/bin/rakor", ["themes"], environment: environment())
        #expect(themes.status == 0)
        #expect(themes.stdout == """
            default
            light  (\(root)/usr/share/rakor/themes/light.toml)
            high-contrast
            mono
            shipped  (\(root)/usr/share/rakor/themes/shipped.toml)

            """)
        let verify = try runProcess(root + "/usr/bin/rakor", ["verify", "demo"], environment: environment())
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.hasPrefix("\(root)/usr/share/rakor/sample-events/demo.jsonl: 62 events"), "\(verify.stdout)")
        let theme = try runProcess(root + "/usr/bin/rakor", ["themes", "--check", "shipped"], environment: environment())
        #expect(theme.stdout == "shipped: ok (shipped)\n")
    }

    @Test func unpackedTarballFindsFilesBesideTheBinary() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dir = root + "/rakor-0.2.0-linux-x86_64"
        try place(binaryAt: dir + "/rakor", dataAt: dir)
        // The user's theme of the same name wins over the shipped one.
        try FileManager.default.createDirectory(atPath: root + "/config/rakor/themes", withIntermediateDirectories: true)
        try "name = \"my shipped\"\n".write(toFile: root + "/config/rakor/themes/shipped.toml", atomically: true, encoding: .utf8)
        let themes = try runProcess(dir + "/rakor", ["themes"], environment: environment())
        #expect(themes.stdout.contains("shipped  (\(root)/config/rakor/themes/shipped.toml)\n"), "\(themes.stdout)")
        let theme = try runProcess(dir + "/rakor", ["themes", "--check", "shipped"], environment: environment())
        #expect(theme.stdout == "shipped: ok (my shipped)\n")
        let verify = try runProcess(dir + "/rakor", ["verify", "demo.jsonl"], environment: environment())
        #expect(verify.stdout.hasPrefix("\(dir)/sample-events/demo.jsonl: 62 events"), "\(verify.stdout)")
    }

    @Test func aBinaryWithNoDataFolderSaysWhatIsMissing() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/bin", withIntermediateDirectories: true)
        try FileManager.default.linkItem(atPath: rakor, toPath: root + "/bin/rakor")
        let verify = try runProcess(root + "/bin/rakor", ["verify", "demo"], environment: environment())
        #expect(verify.status == 2)
        #expect(verify.stderr.contains("demo"), "\(verify.stderr)")
    }
}
