import Foundation
import Testing

// `rakor share` with the real OpenSSH client: the share runs in one private tmux server, the
// joiner's `ssh` in another (its window is the joiner's laptop screen).

/// What a joiner's terminal runs, and how the test recognises it. The only part that changes when
/// the real `rakor attach` replaces the stand-in (issue 12): `shareArguments` becomes `[]`, and the
/// three recognisers read attach's screen (the role's view, its size) and its presence file.
struct JoinChild {
    let dir: ScratchDir

    /// A stand-in for `rakor attach LOG --role ROLE --lang L` (the same arguments): says who it is,
    /// prints its terminal's size on start and on every SIGWINCH, echoes lines typed, leaves its pid.
    func install() throws {
        let script = """
        #!/bin/bash
        # $1=attach $2=LOG $3=--role $4=ROLE $5=--lang $6=L
        echo $$ > \(shellQuote(dir.path))/child-$4.pid
        trap 'echo "size $(stty size)"' WINCH
        echo "stand-in view: $1 role=$4 lang=$6 TERM=$TERM size $(stty size)"
        while true; do if IFS= read -r -t 0.2 line; then echo "got: $line"; fi; done
        """
        try script.write(toFile: dir.file("child.sh"), atomically: true, encoding: .utf8)
        chmod(dir.file("child.sh"), 0o755)
    }

    /// Added to `rakor share`'s arguments.
    var shareArguments: [String] { ["--join-command", dir.file("child.sh")] }

    /// The joiner's screen shows the role's view.
    func showsView(_ screen: String, role: String) -> Bool { screen.contains("stand-in view: attach role=\(role) lang=") }

    /// The view has redrawn at `cols`×`rows`.
    func showsSize(_ screen: String, cols: Int, rows: Int) -> Bool { screen.contains("size \(rows) \(cols)") }

    /// The view's process, while it runs.
    func pid(role: String) -> Int32? {
        (try? String(contentsOfFile: dir.file("child-\(role).pid"), encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
}

/// A TCP port nobody listens on now.
func freePort() -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    addr.sin_port = 0
    var len = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &addr) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { p -> Int32 in
            _ = bind(fd, p, len)
            return getsockname(fd, p, &len)
        }
    }
    return Int(UInt16(bigEndian: addr.sin_port))
}

func isInstalled(_ name: String) -> Bool {
    ["/usr/bin/", "/usr/local/bin/", "/bin/"].contains { FileManager.default.isExecutableFile(atPath: $0 + name) }
}

@Suite("rakor share with the real ssh", .serialized,
       .enabled(if: Tmux.isInstalled && isInstalled("ssh") && isInstalled("sshpass") && isInstalled("ssh-keygen"),
                "tmux, ssh or sshpass is missing (.ci/run installs them)"))
final class ShareEndToEndTests {
    let dir = ScratchDir("rakor-share-e2e")
    let child: JoinChild
    let port = freePort()
    let server = Tmux("share-srv")
    let joiner = Tmux("share-join")
    var log: String { dir.file("rapat.jsonl") }
    var shareLog: String { log + ".share.log" }

    init() throws {
        child = JoinChild(dir: dir)
        try child.install()
        try FileManager.default.copyItem(atPath: RakorBinary.repoRoot + "/sample-events/demo.jsonl", toPath: log)
    }

    deinit {
        joiner.kill()
        server.kill()
        dir.remove()
    }

    func binary() throws -> String {
        try #require(RakorBinary.path, "the rakor binary was not found next to the test bundle; build it with `swift build`")
    }

    var env: String {
        "env XDG_DATA_HOME=\(shellQuote(dir.file("data"))) XDG_CONFIG_HOME=\(shellQuote(dir.file("config"))) LANG=C.UTF-8 LC_ALL=C.UTF-8 "
    }

    /// Starts sharing on 127.0.0.1 and returns the join code it printed.
    @discardableResult
    func share(_ extra: [String] = []) throws -> String {
        let args = [try binary(), "share", log, "--bind", "127.0.0.1", "--port", "\(port)"] + child.shareArguments + extra
        try server.start(env + args.map(shellQuote).joined(separator: " "), width: 160, height: 40)
        let screen = try server.wait(for: "Join code (the password): ", timeout: 20)
        let code = screen.components(separatedBy: "Join code (the password): ")[1].prefix(6)
        try #require(code.count == 6 && code.allSatisfy(\.isNumber), "no code on the screen:\n\(screen)")
        return String(code)
    }

    func sshArguments(_ user: String, password: Bool = true) -> [String] {
        ["-F", "/dev/null", "-p", "\(port)", "-o", "UserKnownHostsFile=\(dir.file("known_hosts"))",
         "-o", "StrictHostKeyChecking=accept-new", "-o", "ServerAliveInterval=0"]
            + (password ? ["-o", "PreferredAuthentications=password", "-o", "PubkeyAuthentication=no", "-o", "NumberOfPasswordPrompts=1"] : [])
            + ["\(user)@127.0.0.1"]
    }

    private var joinerStarted = false

    /// `ssh` with the code typed by sshpass, in the joiner's tmux window.
    func join(_ user: String, code: String, extra: [String] = [], width: Int = 80, height: Int = 24) throws {
        let args = ["sshpass", "-p", code, "ssh", "-tt"] + extra + sshArguments(user)
        let line = args.map(shellQuote).joined(separator: " ") + "; echo \"[ssh exited $?]\""
        if joinerStarted { try joiner.respawn(line) } else { try joiner.start(line, width: width, height: height) }
        joinerStarted = true
    }

    /// One `ssh` outside tmux, to completion.
    func sshOnce(_ user: String, code: String, command: [String] = []) throws -> ProcessResult {
        try runProcess("/usr/bin/sshpass", ["-p", code, "ssh", "-T"] + sshArguments(user) + command)
    }

    func shareLogText() -> String { (try? String(contentsOfFile: shareLog, encoding: .utf8)) ?? "" }

    func waitUntil(_ seconds: Double, _ ok: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while !ok() && Date() < end { usleep(50_000) }
        return ok()
    }

    @Test("join with the code: the view, keys both ways, a resize redraws, killing ssh ends that view only")
    func joinWithCode() throws {
        let code = try share()
        let banner = server.capture()
        #expect(banner.contains("Listening on 127.0.0.1 only, port \(port)"))
        #expect(banner.contains("ssh -p \(port) notulis@127.0.0.1"))
        #expect(banner.contains("ssh -p \(port) layar@127.0.0.1"))
        #expect(banner.contains("moderator@ is not offered"))
        let fingerprint = try #require(banner.components(separatedBy: "Host key fingerprint: ").dropFirst().first?.prefix { !$0.isWhitespace })

        try join("notulis", code: code)
        try joiner.wait(for: "the notulis view", timeout: 20) { child.showsView($0, role: "notulis") }
        #expect(child.showsSize(joiner.capture(), cols: 80, rows: 24))
        let pid = try #require(child.pid(role: "notulis"))

        // The fingerprint ssh stored is the one rakor printed.
        let known = try runProcess("/usr/bin/ssh-keygen", ["-l", "-f", dir.file("known_hosts")])
        #expect(known.stdout.contains(String(fingerprint)), "ssh-keygen: \(known.stdout) \(known.stderr); printed: \(fingerprint)")
        // OpenSSH itself reads the stored host key (its own format, mode 0600).
        let keyFile = dir.file("data") + "/rakor/ssh_host_ed25519_key"
        let pub = try runProcess("/usr/bin/ssh-keygen", ["-l", "-f", keyFile])
        #expect(pub.stdout.contains(String(fingerprint)), "\(pub.stdout) \(pub.stderr)")

        try joiner.type("halo dari notulis")
        try joiner.keys("Enter")
        try joiner.wait(for: "got: halo dari notulis")

        try joiner.resize(100, 30)
        try joiner.wait(for: "the view at 100x30") { child.showsSize($0, cols: 100, rows: 30) }

        try server.wait(for: "connected: notulis@127.0.0.1")
        #expect(shareLogText().contains("127.0.0.1 notulis code joined as notulis (80x24"))

        // Killing the joiner's ssh hangs up their view, and the share goes on.
        let sshpass = try #require(Int32(joiner.display("#{pane_pid}")))
        let kids = try String(contentsOfFile: "/proc/\(sshpass)/task/\(sshpass)/children", encoding: .utf8)
        let ssh = try #require(kids.split(separator: " ").compactMap { Int32($0) }.first)
        kill(ssh, SIGKILL)
        #expect(waitUntil(8) { kill(pid, 0) != 0 }, "the view (pid \(pid)) outlived its ssh")
        try server.wait(for: "connected: nobody")
        #expect(shareLogText().contains("left after"))

        // Someone else can still join.
        try join("layar", code: code)
        try joiner.wait(for: "the layar view", timeout: 20) { child.showsView($0, role: "layar") }
    }

    @Test("a key in authorized_keys joins without the code, in its role only")
    func keyJoins() throws {
        let keyPath = dir.file("id_ed25519")
        let gen = try runProcess("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "ani@laptop", "-f", keyPath])
        #expect(gen.status == 0, "\(gen.stderr)")
        let pub = try String(contentsOfFile: keyPath + ".pub", encoding: .utf8).split(separator: " ").prefix(2).joined(separator: " ")
        try FileManager.default.createDirectory(atPath: dir.file("config") + "/rakor", withIntermediateDirectories: true)
        try "\(pub) notulis ani@laptop\n".write(toFile: dir.file("config") + "/rakor/authorized_keys", atomically: true, encoding: .utf8)
        try share()
        #expect(server.capture().contains("1 key(s) from"))

        let keyArgs = ["-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-i", keyPath, "-o", "BatchMode=yes",
                       "-o", "PreferredAuthentications=publickey"]
        try joiner.start((["ssh", "-tt"] + keyArgs + sshArguments("notulis", password: false)).map(shellQuote).joined(separator: " ")
                         + "; echo \"[ssh exited $?]\"")
        try joiner.wait(for: "the notulis view by key", timeout: 20) { child.showsView($0, role: "notulis") }
        let fp = try runProcess("/usr/bin/ssh-keygen", ["-l", "-f", keyPath + ".pub"]).stdout.split(separator: " ")[1]
        #expect(shareLogText().contains("127.0.0.1 notulis \(fp) joined as notulis"))

        // The same key as layar: refused (no code to fall back on in batch mode).
        let other = try runProcess("/usr/bin/ssh", ["-T"] + keyArgs + sshArguments("layar", password: false))
        #expect(other.status == 255)
        #expect(other.stderr.contains("Permission denied"))
        #expect(shareLogText().contains("refused: key is listed for notulis only"))
    }

    @Test("wrong codes are refused; the fifth makes the address wait, even with the right code")
    func wrongCodes() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        let code = try share()
        let wrong = code == "000000" ? "111111" : "000000"
        for _ in 0..<5 {
            let r = try sshOnce("notulis", code: wrong)
            #expect(r.status != 0)
        }
        let lines = shareLogText().split(separator: "\n")
        #expect(lines.filter { $0.contains("refused: wrong code") }.count == 5)
        #expect(lines.contains { $0.contains("too many, this address waits 30 s") })
        // The next try is turned away before it is checked, right code or not.
        let started = Date()
        let sixth = try sshOnce("notulis", code: code)
        #expect(sixth.status != 0)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(shareLogText().contains("refused: address is waiting after wrong codes"))
        #expect(!shareLogText().contains("joined"))
        // Nothing of this reached the session log.
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
    }

    @Test("refused clearly: commands, subsystems, unknown roles, moderator@ unless offered, no terminal")
    func refusals() throws {
        let code = try share()
        let exec = try sshOnce("notulis", code: code, command: ["cat", "/etc/passwd"])
        #expect(exec.status != 0)
        #expect(exec.stderr.contains("rakor share runs no commands"), "\(exec.stderr)")
        #expect(!exec.stdout.contains("root:"))

        let sftp = try runProcess("/usr/bin/sshpass", ["-p", code, "ssh", "-T", "-s"] + sshArguments("notulis") + ["sftp"])
        #expect(sftp.status != 0)
        #expect(sftp.stderr.contains("no subsystems"), "\(sftp.stderr)")

        let root = try runProcess("/usr/bin/sshpass", ["-p", code, "ssh", "-tt"] + sshArguments("root"))
        #expect(root.stdout.contains("there is no role \"root\"") || root.stderr.contains("there is no role \"root\""), "\(root.stdout) \(root.stderr)")

        let mod = try runProcess("/usr/bin/sshpass", ["-p", code, "ssh", "-tt"] + sshArguments("moderator"))
        #expect((mod.stdout + mod.stderr).contains("moderator@ is not offered"), "\(mod.stdout) \(mod.stderr)")

        let noTerminal = try sshOnce("notulis", code: code)
        #expect((noTerminal.stdout + noTerminal.stderr).contains("needs a terminal"), "\(noTerminal.stdout) \(noTerminal.stderr)")

        let forward = try runProcess("/usr/bin/sshpass", ["-p", code, "ssh", "-T", "-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:9"]
                                     + sshArguments("notulis"))
        #expect(forward.status != 0)
        #expect(forward.stderr.contains("forwarding failed"), "\(forward.stderr)")
        #expect(child.pid(role: "notulis") == nil, "a refused request started a view")
    }

    @Test("moderator@ joins when sharing was started with --allow-moderator")
    func moderatorAllowed() throws {
        let code = try share(["--allow-moderator"])
        #expect(server.capture().contains("ssh -p \(port) moderator@127.0.0.1"))
        try join("moderator", code: code)
        try joiner.wait(for: "the moderator view", timeout: 20) { child.showsView($0, role: "moderator") }
    }
}
