import Crypto
import Foundation

/// Key fingerprints written as OpenSSH writes them.
public enum Fingerprint {
    /// `SHA256:` and the unpadded base64 of the SHA-256 of the key's wire blob, as `ssh-keygen -l` prints.
    public static func sha256(blob: [UInt8]) -> String {
        let digest = Data(SHA256.hash(data: blob))
        var b64 = digest.base64EncodedString()
        while b64.hasSuffix("=") { b64.removeLast() }
        return "SHA256:" + b64
    }
}
