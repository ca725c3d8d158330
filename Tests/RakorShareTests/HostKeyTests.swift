import Foundation
import Testing
@testable import RakorShare

@Suite("Host key, fingerprints, authorized_keys")
struct HostKeyTests {
    func scratch() -> String {
        let p = FileManager.default.temporaryDirectory.path + "/rakor-share-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
        return p
    }

    @Test("made on first use with mode 0600, the same key every time after")
    func firstUse() throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/rakor/ssh_host_ed25519_key"
        let (a, created) = try HostKey.loadOrCreate(path: path)
        #expect(created)
        var st = stat()
        #expect(stat(path, &st) == 0)
        #expect(st.st_mode & 0o777 == 0o600)
        let (b, again) = try HostKey.loadOrCreate(path: path)
        #expect(!again)
        #expect(a.fingerprint == b.fingerprint)
        #expect(a.privateKey.rawRepresentation == b.privateKey.rawRepresentation)
    }

    @Test("a key others can read is refused with the chmod to run")
    func tooOpen() throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/k"
        _ = try HostKey.loadOrCreate(path: path)
        chmod(path, 0o644)
        #expect(throws: HostKeyError.self) { try HostKey.load(path: path) }
        do { _ = try HostKey.load(path: path) } catch { #expect(error.description.contains("chmod 600")) }
    }

    @Test("a damaged key file says so instead of making a new key")
    func damaged() throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/k"
        let fd = open(path, O_WRONLY | O_CREAT, 0o600)
        _ = "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n".withCString { write(fd, $0, strlen($0)) }
        close(fd)
        #expect(throws: HostKeyError.self) { try HostKey.loadOrCreate(path: path) }
    }

    @Test("the fingerprint is OpenSSH's: SHA256 of the wire blob, base64 without padding")
    func fingerprintFormat() {
        // ssh-keygen -l of this well-known test vector's blob (empty input): the SHA-256 of nothing.
        #expect(Fingerprint.sha256(blob: []) == "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU")
        let key = HostKey(privateKey: .init())
        #expect(key.fingerprint.hasPrefix("SHA256:") && !key.fingerprint.hasSuffix("=") && key.fingerprint.count == 50)
    }

    @Test("the private key text reads back to the same key")
    func roundTrip() throws {
        let key = HostKey(privateKey: .init())
        let back = try HostKey.parse(openSSHPrivateText: key.openSSHPrivateText)
        #expect(back.publicBlob == key.publicBlob)
        #expect(key.openSSHPrivateText.split(separator: "\n").allSatisfy { $0.count <= 70 })
    }

    @Test("authorized_keys: a role after each key; bad lines are reported by number and skipped")
    func authorizedKeys() throws {
        let a = HostKey(privateKey: .init()).openSSHPublicLine.split(separator: " ").prefix(2).joined(separator: " ")
        let b = HostKey(privateKey: .init()).openSSHPublicLine.split(separator: " ").prefix(2).joined(separator: " ")
        let text = """
        # keys that join without the code
        \(a) notulis ani@laptop

        \(b) lurah
        \(b)
        ssh-rsa AAAAB3NzaC1yc2E layar
        \(b) layar
        """
        let keys = AuthorizedKeys.parse(text, path: "ak")
        #expect(keys.keys.map(\.role) == [.notulis, .layar])
        #expect(keys.keys.map(\.line) == [2, 7])
        #expect(keys.problems.count == 3)
        #expect(keys.problems[0].hasPrefix("ak:4: unknown role \"lurah\""))
        #expect(keys.problems[1].hasPrefix("ak:5: expected"))
        #expect(keys.problems[2].hasPrefix("ak:6: not a public key"))
    }

    @Test("a missing authorized_keys means no keys, quietly")
    func missing() {
        let k = AuthorizedKeys.load(path: "/nonexistent/rakor/authorized_keys")
        #expect(k.keys.isEmpty && k.problems.isEmpty)
    }

    @Test("the child's environment has nothing from the joiner and a clean TERM")
    func environment() {
        let env = ShareConfiguration.cleanEnvironment(from: ["HOME": "/home/m", "SECRET_TOKEN": "x", "LANG": "C", "TZ": "Asia/Jakarta"])
        #expect(env == ["HOME": "/home/m", "TZ": "Asia/Jakarta", "LANG": "C.UTF-8", "PATH": "/usr/local/bin:/usr/bin:/bin"])
        #expect(ShareConfiguration.cleanTerm("xterm-256color") == "xterm-256color")
        #expect(ShareConfiguration.cleanTerm("xterm;rm -rf /") == "xterm-256color")
        #expect(ShareConfiguration.cleanTerm("") == "xterm-256color")
    }

    @Test("the share log cannot be forged by a user name with a newline")
    func logLines() {
        #expect(ShareLog.clean("notulis\n2026 1.2.3.4 moderator code joined") == "notulis?2026?1.2.3.4?moderator?code?joined")
        #expect(ShareLog.clean("") == "-")
        #expect(ShareLog.oneLine("a\nb") == "a b")
    }
}
