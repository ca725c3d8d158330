import Foundation
import Testing
@testable import RakorCore

/// Issue 9: hostile and clumsy input never traps, never writes through a link, never claims saved what is not.
@Suite struct HardeningTests {
    static func events(_ n: Int) -> [Event] {
        (1...n).map { Event(seq: $0, t: $0 * 1000, by: "moderator", kind: .marker(label: "m\($0)")) }
    }

    /// A canonical line (as `encode` writes it, checksum right) with the given seq and t text.
    static func canonical(seq: String, t: String) -> [UInt8] {
        let body = "{\"seq\":\(seq),\"t\":\(t),\"type\":\"marker\",\"by\":\"moderator\",\"data\":{\"label\":\"x\"}"
        return DamageFixture.line(body: body)
    }

    // MARK: 1. Numbers out of range

    @Test(arguments: ["9223372036854775807", "9223372036854775808", "99999999999999999999", "1000000000000000001",
                      "123456789012345678901234567890"])
    func anOversizedSeqIsADamagedLineByNumber(_ seq: String) throws {
        var bytes = logBytes(Self.events(2))
        bytes += Self.canonical(seq: seq, t: "3000")
        bytes += Array(LogLine.encode(Event(seq: 3, t: 4000, kind: .marker(label: "after"))).utf8)
        let r = try LogReader.read(bytes: bytes, path: "x.jsonl")
        #expect(r.damagedLines == [4])
        #expect(r.events.map(\.seq) == [1, 2, 3])
        #expect(r.problems.contains { $0.line == 4 && $0.message.contains("seq") })
    }

    @Test(arguments: ["9223372036854775807", "99999999999999999999", "10000000000001"])
    func anOversizedTIsADamagedLine(_ t: String) throws {
        var bytes = logBytes(Self.events(2))
        bytes += Self.canonical(seq: "3", t: t)
        let r = try LogReader.read(bytes: bytes, path: "x.jsonl")
        #expect(r.events.count == 2)
        #expect(r.damagedLines == [4] && r.tornTail == nil)
        #expect(r.problems.contains { $0.line == 4 && $0.message.contains("t ") })
    }

    @Test func aLastLineWithSeqIntMaxIsRefusedByResumeWithItsLine() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("max.jsonl")
        writeBytes(logBytes(Self.events(2)) + Self.canonical(seq: "9223372036854775807", t: "3000"), to: path)
        #expect(throws: LogOpenError.self) { _ = try SessionLog.resume(path: path, nowMs: TestHeader.startedAtMs + 10_000) }
        do {
            _ = try SessionLog.resume(path: path, nowMs: TestHeader.startedAtMs + 10_000)
        } catch {
            guard case .damaged(_, let line, _) = error else { Issue.record("\(error)"); return }
            #expect(line == 4)
        }
    }

    // MARK: 7. The crc key

    @Test(arguments: ["crd", "Crc", "CRC", "xrc"])
    func aFlippedCrcKeyIsDamageNotUnverified(_ key: String) throws {
        var line = Array(LogLine.encode(Event(seq: 3, t: 3000, kind: .marker(label: "x"))).utf8)
        let at = line.count - 17  // the key's first byte: ,"crc":"xxxxxxxx"}\n
        for (k, b) in key.utf8.enumerated() { line[at + k] = b }
        var bytes = logBytes(Self.events(2)) + line
        bytes += Array(LogLine.encode(Event(seq: 4, t: 4000, kind: .marker(label: "y"))).utf8)
        let r = try LogReader.read(bytes: bytes, path: "x.jsonl")
        #expect(r.damagedLines == [4])
        #expect(!r.notes.contains { $0.message.contains("no checksum") })
        #expect(r.problems.first?.message.contains("\"\(key)\"") == true)
    }

    @Test func anOrdinaryLastMemberIsNotTakenForAChecksum() throws {
        // A line without crc whose last member happens to be a string: still merely unverified.
        let line = Array("{\"seq\":3,\"t\":3000,\"type\":\"marker\",\"data\":{\"label\":\"x\"},\"note\":\"hello\"}\n".utf8)
        let r = try LogReader.read(bytes: logBytes(Self.events(2)) + line, path: "x.jsonl")
        #expect(r.damagedLines.isEmpty && r.events.count == 3)
    }

    // MARK: 8. Unknown time zone

    @Test func anUnknownZoneIsAProblemVerifyReportsButResumeGoesOn() throws {
        var header = TestHeader.make()
        header.tz = "Asia/Makasar"
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("tz.jsonl")
        writeBytes(logBytes(header: header, Self.events(2)), to: path)
        let r = try LogReader.read(path: path)
        #expect(r.problems.map(\.line) == [1])
        #expect(r.problems.first?.message.contains("Asia/Makasar") == true)
        #expect(VerifyReport.text(r, path: path).contains("1 problem"))
        let resumed = try SessionLog.resume(path: path, nowMs: TestHeader.startedAtMs + 10_000)
        resumed.log.close()
    }

    // MARK: 2. Inert messages

    @Test func verifyMakesBidiOverridesAndEscapesInert() throws {
        let e = Event(seq: 1, t: 0, kind: .unknown(type: "x\u{202E}\u{1B}]0;PWNED\u{07}", data: .object([])))
        let r = try LogReader.read(bytes: logBytes([e]), path: "x.jsonl")
        let text = VerifyReport.text(r, path: "x.jsonl")
        #expect(!text.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("PWNED"))
    }

    // MARK: 12. What a path is

    @Test func aDirectoryFIFOAndDevicesAreNamedForWhatTheyAre() throws {
        let dir = TempDir()
        defer { dir.remove() }
        func message(_ path: String) -> String {
            do { _ = try LogReader.read(path: path); return "read" } catch { return error.message }
        }
        #expect(message(dir.path) == "is a directory, not a session log file")
        let fifo = dir.file("pipa")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(message(fifo) == "is a FIFO (named pipe), not a session log file")
        #expect(message("/dev/null") == "is a character device, not a session log file")
        #expect(message("/dev/zero") == "is a character device, not a session log file")
        #expect(message(dir.file("none")) == "no such file")
    }

    @Test func aSecondRunOnAHeldLogNamesTheHolder() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("held.jsonl")
        let log = try SessionLog.create(path: path, header: TestHeader.make())
        defer { log.close() }
        #expect(throws: LogOpenError.locked(path, pid: Int(getpid()))) {
            _ = try SessionLog.create(path: path, header: TestHeader.make())
        }
    }

    // MARK: 9. Header through a temporary

    @Test func createLeavesOnlyTheLogWithItsWholeHeader() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("baru.jsonl")
        let log = try SessionLog.create(path: path, header: TestHeader.make())
        log.close()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["baru.jsonl"])
        #expect(readBytes(path) == Array(LogLine.header(TestHeader.make()).utf8))
        var st = stat()
        #expect(stat(path, &st) == 0 && st.st_mode & 0o777 == 0o600)
    }

    @Test func resumeOfAnEmptyOrHeaderTornFileSaysWhatItIs() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let empty = dir.file("kosong.jsonl")
        writeBytes([], to: empty)
        #expect(throws: LogOpenError.noHeader(empty, reason: "the file is empty: it has no header line")) {
            _ = try SessionLog.resume(path: empty, nowMs: TestHeader.startedAtMs)
        }
        let torn = dir.file("sobek.jsonl")
        writeBytes(Array(LogLine.header(TestHeader.make()).utf8.prefix(40)), to: torn)
        #expect(throws: LogOpenError.noHeader(torn, reason: "the file holds only 40 byte(s) of a header line, cut before its end")) {
            _ = try SessionLog.resume(path: torn, nowMs: TestHeader.startedAtMs)
        }
    }

    // MARK: 3. Deleted while idle

    @Test func aLogDeletedWhileIdleIsFailingWithEveryEventUnsaved() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("idle.jsonl")
        let log = try SessionLog.create(path: path, header: TestHeader.make())
        defer { log.close() }
        #expect(log.append(Self.events(3)).isOK)
        #expect(log.checkOnDisk().isOK)
        try FileManager.default.removeItem(atPath: path)
        // No write happens: the check alone must notice.
        guard case .failing(_, let n) = log.checkOnDisk() else { Issue.record("a deleted log is called saved"); return }
        #expect(n == 3)
        #expect(!log.retry().isOK, "nothing pending is not the same as saved")
        try log.relocate(to: path, header: TestHeader.make(), events: Self.events(3))
        #expect(log.checkOnDisk().isOK)
        #expect(try LogReader.read(path: path).events == Self.events(3))
    }

    // MARK: 4. Symlinks

    @Test func noLogFileIsWrittenThroughASymlink() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let victim = dir.file("victim.txt")
        let precious = Array("do not touch\n".utf8)
        writeBytes(precious, to: victim)
        let link = dir.file("link.jsonl")
        #expect(symlink(victim, link) == 0)
        // run --log LINK
        #expect(throws: LogOpenError.symlink(link)) { _ = try SessionLog.create(path: link, header: TestHeader.make()) }
        // resume LINK (a real log behind it, torn, so a backup and a cut would follow)
        let real = dir.file("real.jsonl")
        writeBytes(logBytes(Self.events(2)) + Array("{\"seq\":3".utf8), to: real)
        let realBefore = readBytes(real)
        let toReal = dir.file("to-real.jsonl")
        #expect(symlink(real, toReal) == 0)
        #expect(throws: LogOpenError.symlink(toReal)) { _ = try SessionLog.resume(path: toReal, nowMs: TestHeader.startedAtMs) }
        #expect(readBytes(real) == realBefore)
        // relocate (L) onto a link
        let log = try SessionLog.create(path: dir.file("ok.jsonl"), header: TestHeader.make())
        #expect(throws: LogOpenError.symlink(link)) { try log.relocate(to: link, header: TestHeader.make(), events: []) }
        log.close()
        #expect(readBytes(victim) == precious)
    }

    @Test func resumeBacksUpTheBytesAndNeverWritesThroughALinkAtTheBackupName() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let victim = dir.file("victim.txt")
        writeBytes(Array("precious\n".utf8), to: victim)
        let path = dir.file("torn.jsonl")
        let bytes = logBytes(Self.events(2)) + Array("{\"seq\":3".utf8)
        writeBytes(bytes, to: path)
        let now = TestHeader.startedAtMs + 60_000
        let aside = "\(path).broken-\(RFC3339.format(ms: now).replacingOccurrences(of: ":", with: ""))"
        #expect(symlink(victim, aside) == 0)
        #expect(throws: LogOpenError.self) { _ = try SessionLog.resume(path: path, nowMs: now) }
        #expect(readBytes(victim) == Array("precious\n".utf8))
        #expect(readBytes(path) == bytes, "the torn tail was cut without a backup")
        unlink(aside)
        let resumed = try SessionLog.resume(path: path, nowMs: now)
        resumed.log.close()
        #expect(FileKind.of(aside) == .regular)
        #expect(readBytes(aside) == bytes)
    }

    @Test func safeFileRefusesALinkAndNeverUsesAPredictableTemporary() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let victim = dir.file("victim.txt")
        writeBytes(Array("precious\n".utf8), to: victim)
        let link = dir.file("notulen.md")
        #expect(symlink(victim, link) == 0)
        #expect(throws: SafeFileError.self) { try SafeFile.write(Array("x".utf8), to: link) }
        // The temporary name the old export used, planted: a fresh mkstemp name is used instead.
        let target = dir.file("out.md")
        #expect(symlink(victim, dir.file(".out.md.tmp-\(getpid())")) == 0)
        try SafeFile.write(Array("# Notulen\n".utf8), to: target)
        #expect(readBytes(target) == Array("# Notulen\n".utf8))
        #expect(readBytes(victim) == Array("precious\n".utf8))
    }

    // MARK: 11. Not a regular file

    @Test func aFIFOIsWrittenToDirectlyAndNeverReplaced() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let fifo = dir.file("pipa")
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try SafeFile.write(Array("halo\n".utf8), to: fifo)
        #expect(FileKind.of(fifo) == .fifo)
        var buf = [UInt8](repeating: 0, count: 16)
        let n = read(reader, &buf, 16)
        #expect(n == 5 && Array(buf.prefix(5)) == Array("halo\n".utf8))
        try SafeFile.write(Array("x".utf8), to: "/dev/null")
        #expect(FileKind.of("/dev/null") == .characterDevice)
        #expect(throws: SafeFileError.self) { try SafeFile.write(Array("x".utf8), to: dir.path) }
    }

    // MARK: 5. The list behind the state

    @Test func theChunkedListBehavesAsAnArray() {
        struct Item: Identified, Equatable, Sendable { var id: String; var v: Int }
        var list = IdentifiedList<Item>()
        var model: [Item] = []
        var rng = SplitMix64(seed: 99)
        for i in 0..<6_000 {
            let r = Int(rng.next() % 10)
            let at = Int(rng.next() % UInt64(model.count + 1))
            switch r {
            case 0...3:
                let e = Item(id: "x\(i)", v: i)
                list.insert(e, at: at); model.insert(e, at: min(at, model.count))
            case 4: let e = Item(id: "x\(i)", v: i); list.append(e); model.append(e)
            case 5 where !model.isEmpty:
                let id = model[Int(rng.next() % UInt64(model.count))].id
                list.remove(id: id); model.removeAll { $0.id == id }
            case 6 where !model.isEmpty:
                let id = model[Int(rng.next() % UInt64(model.count))].id
                list.move(id: id, to: at)
                let e = model.first { $0.id == id }!
                model.removeAll { $0.id == id }
                model.insert(e, at: max(0, min(at, model.count)))
            case 7 where !model.isEmpty:
                let k = Int(rng.next() % UInt64(model.count))
                list.update(id: model[k].id) { $0.v = -i }
                model[k].v = -i
            default: break
            }
            if i % 500 == 0 || i == 5_999 {
                #expect(Array(list) == model)
                #expect(list.count == model.count)
                for (k, e) in model.enumerated() where k % 37 == 0 {
                    #expect(list.position(of: e.id) == k && list[id: e.id] == e && list[k] == e)
                }
            }
        }
        #expect(list.elements == model)
    }
}
