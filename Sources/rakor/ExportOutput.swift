import ArgumentParser
import RakorCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Where `rakor export` writes the document as it is laid out, 64 KB at a time: with -o a file
// written whole or not at all (SafeFileStream: temporary, fsync, rename), else standard output.

extension ExportCommand {
    /// Runs `body` with a writer to -o's file or to standard output; a write error ends in exit status 2.
    func writeExport(_ words: LogReportWords, _ body: (ExportWriter) -> Void) throws {
        if let output {
            let file: SafeFileStream
            do {
                file = try SafeFileStream.open(output)
            } catch {
                printError(words.cannotWriteExport(output, error.message))
                throw ExitCode(2)
            }
            let writer = ExportWriter { file.write($0) }
            body(writer)
            writer.flush()
            do {
                try file.commit()
            } catch {
                printError(words.cannotWriteExport(output, error.message))
                throw ExitCode(2)
            }
            return
        }
        let out = StandardOutput()
        let writer = ExportWriter { out.write($0) }
        body(writer)
        writer.flush()
        if let failure = out.failure {
            printError(words.cannotWriteExport(words.standardOutput, failure))
            throw ExitCode(2)
        }
    }
}

/// Standard output written with write(2), keeping the first error and dropping what follows it.
final class StandardOutput {
    private(set) var failure: String?

    func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, var p = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = Glibc.write(STDOUT_FILENO, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                return
            }
            p += n
            left -= n
        }
    }
}
