import Foundation
import Testing
@testable import RakorShare

/// A plain TCP client for throwing bytes at the gateway.
struct RawClient {
    let fd: Int32

    init?(port: Int) {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var tv = timeval(tv_sec: 3, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        if ok != 0 { Glibc.close(fd); return nil }
    }

    func send(_ bytes: [UInt8]) { _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } }

    /// Reads what arrives until `until` holds, the peer closes, or 3 s pass.
    func read(until: (String) -> Bool = { _ in false }) -> (text: String, closed: Bool) {
        var got = [UInt8]()
        var buf = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(fd, &buf, buf.count, 0)
            if n <= 0 { return (String(decoding: got, as: UTF8.self), n == 0) }
            got += buf[0..<n]
            let text = String(decoding: got, as: UTF8.self)
            if until(text) { return (text, false) }
        }
    }

    func halfClose() { shutdown(fd, Int32(SHUT_WR)) }
    func close() { Glibc.close(fd) }
}

@Suite("Gateway under garbage", .serialized)
struct ShareServerFuzzTests {
    func server(max: Int, authTimeoutMs: Int = 20_000) throws -> (ShareServer, Int, String) {
        let dir = FileManager.default.temporaryDirectory.path + "/rakor-fuzz-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var config = ShareConfiguration(joinCommand: { _ in JoinCommand(executable: "/bin/cat", arguments: []) },
                                        childEnvironment: [:])
        config.host = "127.0.0.1"
        config.port = 0
        config.maxConnections = max
        config.authTimeoutMs = authTimeoutMs
        let clock: @Sendable () -> Int = { Int(Date().timeIntervalSince1970 * 1000) }
        let log = try ShareLog(path: dir + "/s.jsonl.share.log", clock: clock)
        let s = ShareServer(configuration: config, hostKey: HostKey(privateKey: .init()), code: "123456", keys: [], log: log, clock: clock)
        return (s, try s.start(), dir)
    }

    func waitUntil(_ seconds: Double, _ ok: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while !ok() && Date() < end { usleep(20_000) }
        return ok()
    }

    @Test("100 connections of random bytes, half-open and silent ones: the server stays up and drops them all")
    func garbage() throws {
        let (server, port, dir) = try server(max: 128, authTimeoutMs: 1_000)
        defer { server.stop(); try? FileManager.default.removeItem(atPath: dir) }
        var rng = SystemRandomNumberGenerator()
        var clients: [RawClient] = []
        for i in 0..<100 {
            guard let c = RawClient(port: port) else { Issue.record("connection \(i) refused"); continue }
            switch i % 5 {
            case 0: // pure noise
                c.send((0..<Int.random(in: 1...4096, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) })
            case 1: // a valid version line, then noise where the key exchange should be
                c.send(Array("SSH-2.0-fuzz\r\n".utf8) + (0..<2048).map { _ in UInt8.random(in: 0...255, using: &rng) })
            case 2: // a packet length that claims gigabytes
                c.send(Array("SSH-2.0-fuzz\r\n".utf8) + [0x7f, 0xff, 0xff, 0xff, 20] + [UInt8](repeating: 0, count: 64))
            case 3: // half-open: a version line, then our side shuts its writing half
                c.send(Array("SSH-2.0-fuzz\r\n".utf8))
                c.halfClose()
            default: // connected and silent
                break
            }
            clients.append(c)
        }
        // The server still greets a newcomer with its version line.
        let probe = try #require(RawClient(port: port))
        let greeting = probe.read { $0.contains("\r\n") }
        #expect(greeting.text.hasPrefix("SSH-2.0-"))
        probe.close()
        // Silent and half-open connections are dropped by the authentication timeout.
        #expect(waitUntil(10) { server.connectionCount == 0 }, "still open: \(server.connectionCount)")
        for c in clients { c.close() }
        let log = try String(contentsOfFile: dir + "/s.jsonl.share.log", encoding: .utf8)
        #expect(log.contains("dropped: not authenticated within 1 s"))
        #expect(!log.contains("joined"))
    }

    @Test("at most N connections: the next is told the share is full and closed")
    func connectionLimit() throws {
        let (server, port, dir) = try server(max: 16)
        defer { server.stop(); try? FileManager.default.removeItem(atPath: dir) }
        let open = (0..<16).compactMap { _ in RawClient(port: port) }
        #expect(open.count == 16)
        #expect(waitUntil(5) { server.connectionCount == 16 })
        let extra = try #require(RawClient(port: port))
        let r = extra.read()
        #expect(r.text.contains("full (16 connections)"))
        #expect(r.closed)
        extra.close()
        open[0].close()
        #expect(waitUntil(5) { server.connectionCount == 15 })
        let again = try #require(RawClient(port: port))
        #expect(again.read { $0.contains("\r\n") }.text.hasPrefix("SSH-2.0-"))
        again.close()
        for c in open.dropFirst() { c.close() }
    }
}
