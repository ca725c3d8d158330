import Foundation
import NIOSSH

/// One key that may join without the code, in one role.
public struct AuthorizedKey: Equatable, Sendable {
    /// The key's wire blob (what the base64 field decodes to).
    public var blob: [UInt8]
    public var role: ShareRole
    public var fingerprint: String
    /// Where it was read, for messages.
    public var line: Int
}

/// `$XDG_CONFIG_HOME/rakor/authorized_keys`: `ssh-ed25519 AAAA… notulis [comment]`, one key a line.
///
/// A line rakor cannot read is reported with its number and skipped; the other keys still work.
public struct AuthorizedKeys: Sendable {
    public var keys: [AuthorizedKey]
    public var problems: [String]

    public init(keys: [AuthorizedKey] = [], problems: [String] = []) {
        self.keys = keys
        self.problems = problems
    }

    /// The default place: `$XDG_CONFIG_HOME/rakor/authorized_keys`, `~/.config` when unset.
    public static func defaultPath(environment: [String: String]) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        return base + "/rakor/authorized_keys"
    }

    /// Reads the file; a missing file means no keys.
    public static func load(path: String) -> AuthorizedKeys {
        guard FileManager.default.fileExists(atPath: path) else { return AuthorizedKeys() }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return AuthorizedKeys(problems: ["\(path): cannot be read as UTF-8 text; no keys are accepted"])
        }
        return parse(text, path: path)
    }

    /// Parses the file's text.
    public static func parse(_ text: String, path: String) -> AuthorizedKeys {
        var out = AuthorizedKeys()
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let n = i + 1
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            let roles = ShareRole.allCases.map(\.rawValue).joined(separator: ", ")
            guard fields.count >= 3 else {
                out.problems.append("\(path):\(n): expected \"KEY-TYPE BASE64 ROLE\" (a role after the key: \(roles)); line skipped")
                continue
            }
            guard let role = ShareRole(rawValue: fields[2]) else {
                out.problems.append("\(path):\(n): unknown role \"\(fields[2])\" after the key (use one of \(roles)); line skipped")
                continue
            }
            guard let blobData = Data(base64Encoded: fields[1]),
                  (try? NIOSSHPublicKey(openSSHPublicKey: fields[0] + " " + fields[1])) != nil else {
                out.problems.append("\(path):\(n): not a public key rakor can use (ssh-ed25519 or ecdsa-sha2-nistp256/384/521; options before the key are not supported); line skipped")
                continue
            }
            let blob = [UInt8](blobData)
            out.keys.append(AuthorizedKey(blob: blob, role: role, fingerprint: Fingerprint.sha256(blob: blob), line: n))
        }
        return out
    }

    /// The wire blob of a key the client offered.
    public static func blob(of key: NIOSSHPublicKey) -> [UInt8] {
        let text = String(openSSHPublicKey: key)
        let parts = text.split(separator: " ")
        guard parts.count >= 2, let data = Data(base64Encoded: String(parts[1])) else { return [] }
        return [UInt8](data)
    }
}
