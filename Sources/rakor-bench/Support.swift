#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Monotonic nanoseconds.
@inline(__always)
func nanos() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// CPU seconds (user + system) used so far by this process.
func processCPU() -> Double { cpuSeconds(RUSAGE_SELF.rawValue) }

/// CPU seconds (user + system) used so far by this process's waited-for children.
func childrenCPU() -> Double { cpuSeconds(RUSAGE_CHILDREN.rawValue) }

private func cpuSeconds(_ who: Int32) -> Double {
    var ru = rusage()
    getrusage(__rusage_who_t(who), &ru)
    return Double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + Double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6
}

/// Times `body` once, in seconds.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let t0 = nanos()
    try body()
    return Double(nanos() - t0) / 1e9
}

/// Order statistics of a sample.
struct Stats {
    let sorted: [Double]
    init(_ xs: [Double]) { sorted = xs.sorted() }
    var median: Double {
        let n = sorted.count
        guard n > 0 else { return .nan }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }
    /// Nearest-rank percentile, p in 0...100.
    func percentile(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
    }
    var min: Double { sorted.first ?? .nan }
    var max: Double { sorted.last ?? .nan }
}

/// A number with a fixed count of decimals (no Foundation formatter).
func fmt(_ x: Double, _ decimals: Int = 1) -> String {
    guard x.isFinite else { return "n/a" }
    var p = 1.0
    for _ in 0..<decimals { p *= 10 }
    let r = (abs(x) * p).rounded()
    let whole = Int(r / p)
    var s = (x < 0 && r != 0 ? "-" : "") + group(whole)
    if decimals > 0 {
        let frac = String(Int(r) - whole * Int(p))
        s += "." + String(repeating: "0", count: decimals - frac.count) + frac
    }
    return s
}

/// 1234567 → "1,234,567".
func group(_ n: Int) -> String {
    let s = String(n)
    var out = ""
    for (i, ch) in s.enumerated() {
        if i > 0 && (s.count - i) % 3 == 0 { out += "," }
        out.append(ch)
    }
    return out
}

/// Prints a Markdown table with the columns padded.
func table(_ header: [String], _ rows: [[String]]) {
    var w = header.map(\.count)
    for r in rows { for (i, c) in r.enumerated() { w[i] = Swift.max(w[i], c.count) } }
    func line(_ cells: [String]) -> String {
        "| " + cells.enumerated().map { i, c in c + String(repeating: " ", count: w[i] - c.count) }.joined(separator: " | ") + " |"
    }
    print(line(header))
    print("|" + w.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|")
    for r in rows { print(line(r)) }
}

func met(_ ok: Bool) -> String { ok ? "met" : "NOT MET" }

/// The value of a `Name:   123 kB` line of /proc/self/status, in kB.
func procStatusKB(_ key: String) -> Int? {
    guard let f = fopen("/proc/self/status", "r") else { return nil }
    defer { fclose(f) }
    var buf = [CChar](repeating: 0, count: 512)
    while fgets(&buf, Int32(buf.count), f) != nil {
        let line = String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if line.hasPrefix(key + ":") {
            let digits = line.dropFirst(key.count + 1).filter { $0.isNumber }
            return Int(String(digits))
        }
    }
    return nil
}

/// Runs a shell command line, returning its exit status.
func shell(_ command: String) -> Int32 {
    var pid: pid_t = 0
    let args = ["/bin/sh", "-c", command]
    var cargs: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
    defer { for p in cargs { free(p) } }
    guard posix_spawn(&pid, "/bin/sh", nil, nil, &cargs, environ) == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return (status >> 8) & 0xFF
}

/// Runs a command and returns its standard output.
func capture(_ command: String) -> String {
    guard let p = popen(command, "r") else { return "" }
    defer { pclose(p) }
    var out = [UInt8]()
    var buf = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = fread(&buf, 1, buf.count, p)
        if n <= 0 { break }
        out.append(contentsOf: buf[0..<n])
    }
    return String(decoding: out, as: UTF8.self)
}

/// Writes bytes to a new file.
func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
    guard let f = fopen(path, "w") else { return false }
    defer { fclose(f) }
    return bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) } == bytes.count
}

/// The device a path lives on.
func device(_ path: String) -> UInt64? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return UInt64(st.st_dev)
}

/// Writes a line to standard error.
func eprint(_ s: String) {
    let line = Array((s + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

/// Prevents the optimiser from discarding a result.
@inline(never)
func blackHole<T>(_ x: T) { withExtendedLifetime(x) {} }
