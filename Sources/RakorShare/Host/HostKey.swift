import Crypto
import Foundation
import NIOSSH

/// A host key file that cannot be used, and why.
public struct HostKeyError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// The gateway's Ed25519 host key, kept so joiners' `known_hosts` stays valid across meetings.
///
/// Stored in OpenSSH's own unencrypted format, so `ssh-keygen -l -f` shows the same fingerprint.
public struct HostKey: Sendable {
    /// The 32-byte seed (Crypto's key type is not Sendable; the bytes are).
    private let seed: [UInt8]

    public init(privateKey: Curve25519.Signing.PrivateKey) {
        self.seed = [UInt8](privateKey.rawRepresentation)
    }

    public var privateKey: Curve25519.Signing.PrivateKey {
        // The seed came from a valid key, so this cannot fail.
        try! Curve25519.Signing.PrivateKey(rawRepresentation: seed)
    }

    /// The key NIOSSH signs with.
    public var sshKey: NIOSSHPrivateKey { NIOSSHPrivateKey(ed25519Key: privateKey) }

    /// The public key's wire blob: string "ssh-ed25519", string key.
    public var publicBlob: [UInt8] {
        var w = SSHWire()
        w.string(Array("ssh-ed25519".utf8))
        w.string([UInt8](privateKey.publicKey.rawRepresentation))
        return w.bytes
    }

    /// `SHA256:…`, as the joiner's ssh shows it at the first prompt.
    public var fingerprint: String { Fingerprint.sha256(blob: publicBlob) }

    /// The `.pub` line.
    public var openSSHPublicLine: String { "ssh-ed25519 " + Data(publicBlob).base64EncodedString() + " rakor-share" }

    /// `$XDG_DATA_HOME/rakor/ssh_host_ed25519_key`, `~/.local/share` when unset.
    public static func defaultPath(environment: [String: String]) -> String {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return base + "/rakor/ssh_host_ed25519_key"
    }

    /// Reads the key at `path`, or makes one there (mode 0600) on first use.
    public static func loadOrCreate(path: String) throws(HostKeyError) -> (key: HostKey, created: Bool) {
        if FileManager.default.fileExists(atPath: path) { return (try load(path: path), false) }
        let key = HostKey(privateKey: Curve25519.Signing.PrivateKey())
        let dir = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw HostKeyError(description: "\(dir): cannot make the folder for the host key: \(error.localizedDescription)")
        }
        // Write beside, then link into place: two `rakor share` starting at once agree on one key.
        let tmp = path + ".tmp-\(getpid())"
        let text = Array(key.openSSHPrivateText.utf8)
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw HostKeyError(description: "\(tmp): cannot write the host key: \(String(cString: strerror(errno)))") }
        let wrote = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        fsync(fd)
        close(fd)
        defer { unlink(tmp) }
        guard wrote == text.count else { throw HostKeyError(description: "\(tmp): short write of the host key") }
        if link(tmp, path) != 0 {
            if errno == EEXIST { return (try load(path: path), false) }
            throw HostKeyError(description: "\(path): cannot save the host key: \(String(cString: strerror(errno)))")
        }
        try? (key.openSSHPublicLine + "\n").write(toFile: path + ".pub", atomically: true, encoding: .utf8)
        return (key, true)
    }

    /// Reads a key rakor wrote (unencrypted OpenSSH, Ed25519), refusing one others can read.
    public static func load(path: String) throws(HostKeyError) -> HostKey {
        var st = stat()
        guard stat(path, &st) == 0 else { throw HostKeyError(description: "\(path): cannot read the host key: \(String(cString: strerror(errno)))") }
        if st.st_mode & 0o077 != 0 {
            throw HostKeyError(description: "\(path): the host key can be read by others (mode \(String(st.st_mode & 0o777, radix: 8))); run: chmod 600 \(path)")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw HostKeyError(description: "\(path): cannot read the host key")
        }
        do {
            return try parse(openSSHPrivateText: text)
        } catch {
            throw HostKeyError(description: "\(path): \(error.description); move it away and rakor makes a new one (joiners then see a changed key)")
        }
    }

    static let magic = Array("openssh-key-v1".utf8) + [0]

    /// The file's text: `-----BEGIN OPENSSH PRIVATE KEY-----`, base64 in 70 columns, the end line.
    public var openSSHPrivateText: String {
        let pub = [UInt8](privateKey.publicKey.rawRepresentation)
        let seed = [UInt8](privateKey.rawRepresentation)
        var check = UInt32.random(in: .min ... .max)
        var priv = SSHWire()
        priv.uint32(check); priv.uint32(check)
        check = 0
        priv.string(Array("ssh-ed25519".utf8))
        priv.string(pub)
        priv.string(seed + pub)
        priv.string(Array("rakor-share".utf8))
        var pad: UInt8 = 1
        while priv.bytes.count % 8 != 0 { priv.bytes.append(pad); pad += 1 }
        var w = SSHWire()
        w.bytes = HostKey.magic
        w.string(Array("none".utf8)); w.string(Array("none".utf8)); w.string([])
        w.uint32(1)
        w.string(publicBlob)
        w.string(priv.bytes)
        let b64 = Data(w.bytes).base64EncodedString()
        var lines: [String] = []
        var i = b64.startIndex
        while i < b64.endIndex {
            let j = b64.index(i, offsetBy: 70, limitedBy: b64.endIndex) ?? b64.endIndex
            lines.append(String(b64[i..<j]))
            i = j
        }
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + lines.joined(separator: "\n") + "\n-----END OPENSSH PRIVATE KEY-----\n"
    }

    /// Parses what `openSSHPrivateText` writes.
    public static func parse(openSSHPrivateText text: String) throws(HostKeyError) -> HostKey {
        let body = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.hasPrefix("-----") }.joined()
        guard text.contains("-----BEGIN OPENSSH PRIVATE KEY-----"), let data = Data(base64Encoded: body) else {
            throw HostKeyError(description: "not an OpenSSH private key")
        }
        var r = SSHWireReader([UInt8](data))
        guard r.take(magic.count) == magic else { throw HostKeyError(description: "not an OpenSSH private key") }
        guard r.string() == Array("none".utf8), r.string() == Array("none".utf8), r.string() == [] else {
            throw HostKeyError(description: "the host key is encrypted; rakor needs it unencrypted")
        }
        guard r.uint32() == 1, r.string() != nil, let privBytes = r.string() else { throw HostKeyError(description: "not a single-key file") }
        var p = SSHWireReader(privBytes)
        guard let c1 = p.uint32(), let c2 = p.uint32(), c1 == c2 else { throw HostKeyError(description: "damaged (check words differ)") }
        guard p.string() == Array("ssh-ed25519".utf8) else { throw HostKeyError(description: "not an Ed25519 key") }
        guard let pub = p.string(), let sk = p.string(), sk.count == 64, pub.count == 32 else { throw HostKeyError(description: "damaged Ed25519 key") }
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: sk.prefix(32)),
              [UInt8](key.publicKey.rawRepresentation) == pub else {
            throw HostKeyError(description: "damaged Ed25519 key (public half does not match)")
        }
        return HostKey(privateKey: key)
    }
}

/// SSH wire encoding: big-endian uint32 and length-prefixed strings.
struct SSHWire {
    var bytes: [UInt8] = []
    mutating func uint32(_ v: UInt32) { bytes += [UInt8(v >> 24), UInt8((v >> 16) & 0xff), UInt8((v >> 8) & 0xff), UInt8(v & 0xff)] }
    mutating func string(_ s: [UInt8]) { uint32(UInt32(s.count)); bytes += s }
}

/// Reads what `SSHWire` writes; every read is bounds-checked.
struct SSHWireReader {
    let bytes: [UInt8]
    var at = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    mutating func take(_ n: Int) -> [UInt8]? {
        guard n >= 0, at + n <= bytes.count else { return nil }
        defer { at += n }
        return Array(bytes[at..<at + n])
    }
    mutating func uint32() -> UInt32? {
        guard let b = take(4) else { return nil }
        return b.reduce(0) { $0 << 8 | UInt32($1) }
    }
    mutating func string() -> [UInt8]? {
        guard let n = uint32(), n < 1 << 20 else { return nil }
        return take(Int(n))
    }
}
