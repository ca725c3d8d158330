import Foundation
import RakorCore
import RakorTUI

/// Wiring for a live session: log location, terminal, theme, and the run loop.
enum LiveSession {
    /// Where logs go by default: $XDG_DATA_HOME/rakor/sessions, else ~/.local/share/rakor/sessions.
    static func sessionsDirectory() -> String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (home() + "/.local/share")
        return base + "/rakor/sessions"
    }

    /// $HOME, else the account's home directory.
    static func home() -> String {
        if let h = ProcessInfo.processInfo.environment["HOME"], !h.isEmpty { return h }
        return NSHomeDirectory()
    }

    /// A file name from the date and title: "2020-10-15-rapat-koordinasi-kepegawaian.jsonl".
    static func defaultLogPath(title: String, startedAtMs: Int, tz: String) throws -> String {
        let dir = sessionsDirectory()
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let d = ZoneClock(startedAtMs: startedAtMs, tz: tz).date(0)
        let date = String(format: "%04d-%02d-%02d", d.year, d.month, d.day)
        let slug = slugify(title)
        var path = "\(dir)/\(date)-\(slug).jsonl"
        var n = 2
        while FileManager.default.fileExists(atPath: path) {
            path = "\(dir)/\(date)-\(slug)-\(n).jsonl"
            n += 1
        }
        return path
    }

    static func slugify(_ s: String) -> String {
        var out = ""
        for ch in s.lowercased().unicodeScalars {
            if ch.isASCII, ch.properties.isAlphabetic || ("0"..."9").contains(ch) { out.unicodeScalars.append(ch) }
            else if !out.hasSuffix("-") { out += "-" }
        }
        let trimmed = out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return String((trimmed.isEmpty ? "rakor" : trimmed).prefix(48))
    }

    /// Today's logs in the sessions directory that did not end with session.closed, newest first.
    /// No session log in the sessions folder yet, besides `path`.
    static func isFirstRun(except path: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sessionsDirectory())) ?? []
        return !names.contains { $0.hasSuffix(".jsonl") && sessionsDirectory() + "/" + $0 != path }
    }

    static func unfinishedToday(nowMs: Int) -> [(path: String, reading: LogReading)] {
        let dir = sessionsDirectory()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        var found: [(String, LogReading, Int)] = []
        for name in names where name.hasSuffix(".jsonl") {
            let path = dir + "/" + name
            guard let r = try? LogReader.read(path: path), !r.endsClean, !r.unknownVersion else { continue }
            // A session that never got going (rakor opened and quit) is not worth offering.
            guard r.state.phase != .belumMulai || !r.state.entries.isEmpty || !r.state.suspensions.isEmpty else { continue }
            let zone = ZoneClock(header: r.header)
            let today = ZoneClock(startedAtMs: nowMs, tz: r.header.tz).date(0)
            guard zone.date(0) == today else { continue }
            found.append((path, r, r.header.startedAtMs + (r.events.last?.t ?? 0)))
        }
        return found.sorted { $0.2 > $1.2 }.map { ($0.0, $0.1) }
    }

    static func nowMs() -> Int { Int(Date().timeIntervalSince1970 * 1000) }

    /// Fails with exit 2 unless standard input and output are a terminal.
    static func requireTerminal() throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            printError("rakor: the live dashboard needs a terminal (standard input and output are not one). For a frame as text use `rakor replay LOG --print`.")
            throw ExitCodeError.code(2)
        }
        // Before any file is made: an unknown TERM must not leave an empty log behind.
        do { try NcursesBackend.checkTerminalType() } catch {
            printError("rakor: \(error)")
            throw ExitCodeError.code(2)
        }
    }

    /// Loads the theme: a name or path; the mono theme when the terminal draws without colour.
    static func theme(_ nameOrPath: String?, colorCount: Int) throws -> Theme {
        if colorCount == 0 { return ThemeLoader.builtin(named: "mono") ?? ThemeLoader.defaultTheme }
        guard let nameOrPath else { return ThemeLoader.defaultTheme }
        return try ThemeLoader.load(nameOrPath: nameOrPath, searchDirectories: themeDirectories())
    }

    static func themeDirectories() -> [String] {
        let env = ProcessInfo.processInfo.environment
        let config = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (home() + "/.config")
        return [config + "/rakor/themes"] + [DataDirectory.themes].compactMap { $0 }
    }

    /// Runs the dashboard on an open log until the user quits or a signal arrives.
    /// Fails with exit 2 and a plain message when the theme cannot be loaded (before any file is created).
    static func checkTheme(_ themeName: String?) throws {
        guard let themeName else { return }
        do { _ = try ThemeLoader.load(nameOrPath: themeName, searchDirectories: themeDirectories()) } catch {
            printError("rakor: \(error)")
            throw ExitCodeError.code(2)
        }
    }

}

/// An exit status for `main` to return without ArgumentParser printing anything more.
enum ExitCodeError: Error {
    case code(Int32)
}
