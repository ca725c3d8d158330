import Foundation
import RakorCore
import RakorShare
import NIOConcurrencyHelpers

/// The share's status, kept current for the status file.
final class ShareInfoBox: Sendable {
    private let box = NIOLockedValueBox<ShareStatus?>(nil)

    func set(_ s: ShareStatus) { box.withLockedValue { $0 = s } }

    func update(joiners: [Joiner]) {
        box.withLockedValue {
            $0?.joiners = joiners.map { ShareStatus.Joiner(role: $0.role.rawValue, address: $0.address, via: $0.via, sinceMs: $0.sinceMs) }
        }
    }

    func write(to path: String) { box.withLockedValue { $0 }?.write(to: path) }
}


/// What `rakor share` prints (the CLI speaks English, like the other subcommands).
enum ShareText {
    static func clock() -> String {
        let f = DateFormatter()
        f.dateFormat = "HH:mm:ss"
        return f.string(from: Date())
    }

    static func banner(log: String, bind: String, everywhere: Bool, port: Int, addresses: [String], allowModerator: Bool,
                       code: String, fingerprint: String, keyPath: String, created: Bool, keys: Int, keysPath: String,
                       shareLog: String, max: Int) -> String {
        var out = "rakor share: sharing \(log)\n"
        if everywhere {
            out += "Listening on EVERY network interface (\(bind)), port \(port): anyone on these networks can try to join, and needs the code.\n"
            out += "(--bind 127.0.0.1 keeps it to this machine.)\n"
        } else {
            out += "Listening on \(bind) only, port \(port).\n"
        }
        let host = addresses.first ?? "THIS-MACHINE"
        if everywhere {
            out += addresses.isEmpty ? "This machine has no network address yet: join the venue's Wi-Fi or a hotspot.\n"
                : "This machine's addresses: \(addresses.joined(separator: ", "))\n"
        }
        let p = port == 22 ? "" : "-p \(port) "
        out += "\nJoin from any laptop (Windows PowerShell, macOS or Linux terminal):\n"
        out += "  ssh \(p)notulis@\(host)      write the minutes\n"
        out += "  ssh \(p)layar@\(host)        the stage screen (read-only)\n"
        out += "  ssh \(p)peserta@\(host)      follow the meeting (read-only)\n"
        out += allowModerator ? "  ssh \(p)moderator@\(host)    a second moderator's dashboard\n"
            : "  (moderator@ is not offered; share with --allow-moderator to offer it)\n"
        out += "\nJoin code (the password): \(code)   (new each time sharing starts)\n"
        out += "Host key fingerprint: \(fingerprint)\n"
        out += "  At the first join ssh asks \"Are you sure you want to continue connecting?\": say yes only if it shows this fingerprint.\n"
        if created { out += "  (A new host key was made at \(keyPath); it stays the same from now on.)\n" }
        out += keys > 0 ? "\(keys) key(s) from \(keysPath) join without the code.\n" : ""
        out += "\nAt most \(max) connections. Joins and failures go to \(shareLog).\n"
        out += "Ctrl-C stops sharing (joiners' views close; the session goes on).\n"
        return out
    }
}
