import Foundation
import Testing
@testable import RakorCore

/// The file is read in blocks: a line across a block's edge, a line longer than the block, the
/// last line (the only one a crash can tear) at the block's edge, all read as from one buffer.
@Suite struct LogBlockReadTests {
    typealias F = DamageFixture

    /// Every shape of log the reader's rules distinguish at the end of a file, and in its middle.
    static func logs() -> [(String, [UInt8])] {
        let lines = F.lines()
        let whole = lines.flatMap { $0 }
        var torn = whole
        torn.removeLast(7)
        var damaged = lines
        damaged[4][12] ^= 0x01
        var lastDamaged = lines
        lastDamaged[lastDamaged.count - 1][12] ^= 0x01
        let unknown = lines + [F.line(body: #"{"seq":11,"t":99000000,"type":"future.thing","data":{"x":1}"#)]
        let long = lines + [Array(LogLine.encode(Event(seq: 11, t: 99_000_000, by: "notulis",
                                                      kind: .marker(label: String(repeating: "panjang ", count: 300)))).utf8)]
        return [
            ("sound", whole),
            ("torn tail", torn),
            ("no final newline", Array(whole.dropLast())),
            ("damage in mid-file", damaged.flatMap { $0 }),
            ("damaged last line", lastDamaged.flatMap { $0 }),
            ("unknown type", unknown.flatMap { $0 }),
            ("a line longer than the block", long.flatMap { $0 }),
            ("blank lines", (lines[0...2] + [[0x0A], [0x0A]] + lines[3...]).flatMap { $0 }),
            ("header only", lines[0]),
            ("header without newline", Array(lines[0].dropLast())),
        ]
    }

    @Test(arguments: [1, 2, 3, 7, 64, 200, 4096])
    func readingInBlocksEqualsReadingTheWholeFile(blockSize: Int) throws {
        let dir = TempDir("rakor-blocks")
        defer { dir.remove() }
        for (name, bytes) in Self.logs() {
            let path = dir.file("log.jsonl")
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let whole = try LogReader.read(bytes: bytes, path: path)
            let blocks = try LogReader.read(path: path, keepEvents: true, blockSize: blockSize)
            #expect(blocks.issues == whole.issues, "\(name)")
            #expect(blocks.events == whole.events, "\(name)")
            #expect(blocks.eventLines == whole.eventLines, "\(name)")
            #expect(blocks.tornTail == whole.tornTail, "\(name)")
            #expect(blocks.damagedLines == whole.damagedLines, "\(name)")
            #expect(blocks.seqGaps == whole.seqGaps, "\(name)")
            #expect(blocks.fileLength == bytes.count, "\(name)")
            #expect(blocks.state == whole.state, "\(name)")
            #expect(VerifyReport.text(blocks, path: path) == VerifyReport.text(whole, path: path), "\(name)")
        }
    }

    @Test func theTornTailIsFoundWhenItsNewlineEndsABlock() throws {
        // A block that ends exactly after a newline must not make that line the last one.
        let lines = F.lines()
        var bytes = lines.flatMap { $0 }
        bytes += Array(#"{"seq":11,"t":"#.utf8)
        let dir = TempDir("rakor-blocks")
        defer { dir.remove() }
        let path = dir.file("log.jsonl")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let upToLastNewline = lines.flatMap { $0 }.count
        let r = try LogReader.read(path: path, keepEvents: false, blockSize: upToLastNewline)
        #expect(r.tornTail == TornTail(line: 12, goodLength: upToLastNewline, tornBytes: bytes.count - upToLastNewline,
                                       reason: "the last line has no final newline"))
        #expect(r.damagedLines.isEmpty)
        #expect(r.eventCount == 10)
    }
}
