import Foundation

/// Reads agenda files (the format is in docs/agenda.md) into an `AgendaPlan`.
public enum AgendaFile {
    /// The longest an item or a speaker may be planned for, in minutes (a day).
    public static let maxMinutes = 24 * 60

    /// The values `mode` may take.
    public static let modes = ["onsite", "online", "hybrid"]
    /// The values `lang` may take.
    public static let languages = ["id", "en"]

    static let topKeys = ["title", "theme", "venue", "mode", "date", "tz", "lang", "chair", "notetaker",
                          "organizer", "warning_s", "danger_s", "min_speaker_s", "items"]
    static let itemKeys = ["title", "kind", "minutes", "start", "speakers"]
    static let speakerKeys = ["name", "role", "org", "remote", "minutes"]

    /// Reads and checks an agenda file; an unreadable file or invalid UTF-8 is an error naming it.
    public static func load(path: String) throws(TOMLError) -> AgendaPlan {
        try parse(text: TOML.readText(path: path), file: path)
    }

    /// Parses and checks agenda text; `file` names it in errors (the first, when there are several).
    public static func parse(text: String, file: String) throws(TOMLError) -> AgendaPlan {
        let (plan, errors) = try collect(text: text, file: file)
        if let first = errors.first { throw first }
        return plan
    }

    /// Parses agenda text and checks every part of it, returning the plan as far as it could be
    /// read and every error found (not only the first), in file order. Only a syntax error,
    /// after which nothing can be trusted, is thrown.
    public static func collect(text: String, file: String) throws(TOMLError) -> (plan: AgendaPlan, errors: [TOMLError]) {
        let root = try TOML.parse(text, file: file)
        var errors: [TOMLError] = []
        // Each check stands alone: a bad value is reported and the next check still runs.
        func check(_ body: () throws -> Void) {
            do { try body() } catch { errors.append(error as? TOMLError ?? TOMLError(file: file, line: 0, message: "\(error)")) }
        }
        errors += root.unknownKeyErrors(allowed: topKeys)

        var plan = AgendaPlan(title: "", items: [])
        check { plan.title = try requiredText("title", in: root) }
        check { plan.theme = try optionalText("theme", in: root) }
        check { plan.venue = try optionalText("venue", in: root) }
        check { plan.chair = try optionalText("chair", in: root) }
        check { plan.notetaker = try optionalText("notetaker", in: root) }
        check { plan.organizer = try optionalText("organizer", in: root) }
        check { plan.mode = try choice("mode", in: root, among: modes) }
        check { plan.lang = try choice("lang", in: root, among: languages) ?? "id" }
        check {
            if let tz = try root.string("tz") {
                guard TimeZone(identifier: tz) != nil else {
                    throw root.error("tz", "unknown time zone '\(tz)'; use an IANA name such as Asia/Jakarta (WIB), "
                                     + "Asia/Makassar (WITA) or Asia/Jayapura (WIT)")
                }
                plan.tz = tz
            }
        }
        check {
            if let date = try root.string("date") {
                guard isValidDate(date) else {
                    throw root.error("date", "invalid date '\(date)'; write it as YYYY-MM-DD, e.g. \"2020-10-15\"")
                }
                plan.date = date
            }
        }
        var timingOK = true
        check {
            if let warning = try root.integer("warning_s") {
                guard (1...3600).contains(warning) else {
                    timingOK = false
                    throw root.error("warning_s", "must be between 1 and 3600 seconds, found \(warning)")
                }
                plan.warningS = warning
            }
        }
        check {
            if let danger = try root.integer("danger_s") {
                guard danger >= 0 else {
                    timingOK = false
                    throw root.error("danger_s", "must not be negative, found \(danger)")
                }
                plan.dangerS = danger
            }
        }
        if let floor = try root.integer("min_speaker_s") {
            guard (0...3600).contains(floor) else {
                throw root.error("min_speaker_s", "must be between 0 and 3600 seconds, found \(floor)")
            }
            plan.minSpeakerS = floor
        }
        if timingOK, plan.dangerS >= plan.warningS {
            let key = root["danger_s"] != nil ? "danger_s" : "warning_s"
            errors.append(root.error(key, "danger_s (\(plan.dangerS)) must be less than warning_s (\(plan.warningS))"))
        }

        var items: [TOMLTable]?
        check { items = try tableList("items", in: root) }
        if items == nil || items?.isEmpty == true, !errors.contains(where: { $0.key == "items" }) {
            errors.append(TOMLError(file: file, line: root["items"]?.line ?? 1, key: "items",
                                    message: "an agenda needs at least one item: add an [[items]] table"))
        }
        var previousStart: (minutes: Int, text: String)?
        for item in items ?? [] {
            let (planned, itemErrors) = plannedItem(item)
            errors += itemErrors
            guard let planned else { continue }
            if let start = planned.plannedStart, let minutes = minutesOfDay(start) {
                if let previous = previousStart, minutes < previous.minutes {
                    errors.append(item.error("start", "starts at \(start), before the previous item (\(previous.text))"))
                }
                previousStart = (minutes, start)
            }
            plan.items.append(planned)
        }
        // File order, and for one line the order the checks ran in.
        errors = errors.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return (plan, errors)
    }

    // MARK: Items and speakers

    /// One item read and checked: the item (nil when it cannot be built) and every error in it.
    private static func plannedItem(_ item: TOMLTable) -> (PlannedItem?, [TOMLError]) {
        var errors = item.unknownKeyErrors(allowed: itemKeys)
        func check(_ body: () throws -> Void) {
            do { try body() } catch { errors.append(error as? TOMLError ?? item.error(nil, "\(error)")) }
        }
        var title: String?
        check { title = try requiredText("title", in: item) }
        var kind = ItemKind.other
        check {
            if let name = try item.string("kind") {
                guard let parsed = ItemKind(rawValue: name) else {
                    let names = ItemKind.allCases.map(\.rawValue)
                    var message = "unknown kind '\(name)'"
                    if let near = TOML.suggestion(for: name, among: names) { message += "; did you mean '\(near)'?" }
                    throw item.error("kind", message + "; the kinds are " + names.joined(separator: ", "))
                }
                kind = parsed
            }
        }
        var start: String?
        check {
            if let text = try item.string("start") {
                guard let normalized = normalizedClockTime(text) else {
                    throw item.error("start", "invalid start '\(text)'; write the clock time as HH:MM, e.g. \"09:30\"")
                }
                start = normalized
            }
        }
        var itemMinutes: Int?
        var minutesOK = true
        check {
            do { itemMinutes = try minutes("minutes", in: item) } catch { minutesOK = false; throw error }
        }

        var speakers: [BookedSpeaker] = []
        var unset: [Int] = []
        var speakerTables: [TOMLTable] = []
        check { speakerTables = try tableList("speakers", in: item) ?? [] }
        for speaker in speakerTables {
            errors += speaker.unknownKeyErrors(allowed: speakerKeys)
            var booked = BookedSpeaker(name: "", role: nil, org: nil, remote: false, allottedS: 0)
            var ok = true
            func part(_ body: () throws -> Void) {
                do { try body() } catch { errors.append(error as? TOMLError ?? speaker.error(nil, "\(error)")); ok = false }
            }
            part { booked.name = try requiredText("name", in: speaker) }
            part { booked.role = try optionalText("role", in: speaker) }
            part { booked.org = try optionalText("org", in: speaker) }
            part { booked.remote = try speaker.bool("remote") ?? false }
            part { booked.allottedS = (try minutes("minutes", in: speaker) ?? 0) * 60 }
            guard ok else { minutesOK = false; continue }
            if speaker["minutes"] == nil { unset.append(speakers.count) }
            speakers.append(booked)
        }

        guard let title, minutesOK else { return (nil, errors) }
        let bookedS = speakers.reduce(0) { $0 + $1.allottedS }
        let plannedS: Int
        if let itemMinutes {
            plannedS = itemMinutes * 60
            if bookedS > plannedS {
                errors.append(item.error("minutes", "the speakers' minutes add up to \(bookedS / 60), more than the item's \(itemMinutes)"))
                return (nil, errors)
            }
            if !unset.isEmpty {
                // Speakers without their own minutes share what the others leave of the item.
                let share = (plannedS - bookedS) / unset.count
                guard share > 0 else {
                    errors.append(item.error("minutes", "no time is left for the speakers without minutes"))
                    return (nil, errors)
                }
                for index in unset { speakers[index].allottedS = share }
            }
        } else {
            guard !speakers.isEmpty, unset.isEmpty else {
                errors.append(TOMLError(file: item.file, line: item.line, key: item.keyPath("minutes"),
                                        message: "missing required key; give the item's minutes (or every speaker's)"))
                return (nil, errors)
            }
            plannedS = bookedS
            if plannedS > maxMinutes * 60 {
                errors.append(item.error("speakers", "the speakers' minutes add up to more than \(maxMinutes)"))
                return (nil, errors)
            }
        }
        guard errors.isEmpty else { return (nil, errors) }
        return (PlannedItem(title: title, kind: kind, plannedS: plannedS, plannedStart: start, speakers: speakers), errors)
    }

    // MARK: Values

    /// An array of tables; a single `[items]` table gets a hint, as it is the likely slip.
    private static func tableList(_ key: String, in table: TOMLTable) throws(TOMLError) -> [TOMLTable]? {
        if case .table? = table[key]?.value {
            let header = table.path.isEmpty ? key : "items.\(key)"
            throw table.error(key, "expected an array of tables: write [[\(header)]] with two brackets")
        }
        return try table.tables(key)
    }

    private static func minutes(_ key: String, in table: TOMLTable) throws(TOMLError) -> Int? {
        guard let value = try table.integer(key) else { return nil }
        guard value > 0 else { throw table.error(key, "must be a positive number of minutes, found \(value)") }
        guard value <= maxMinutes else {
            throw table.error(key, "must be at most \(maxMinutes) minutes (a day), found \(value)")
        }
        return value
    }

    private static func requiredText(_ key: String, in table: TOMLTable) throws(TOMLError) -> String {
        guard let text = try optionalText(key, in: table) else { throw table.missingKeyError(key) }
        return text
    }

    /// A one-line text: not blank, no control characters (they would reach the terminal).
    private static func optionalText(_ key: String, in table: TOMLTable) throws(TOMLError) -> String? {
        guard let text = try table.string(key) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw table.error(key, "must not be empty") }
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw table.error(key, "must be one line without control characters")
        }
        return trimmed
    }

    private static func choice(_ key: String, in table: TOMLTable, among allowed: [String]) throws(TOMLError) -> String? {
        guard let value = try table.string(key) else { return nil }
        guard allowed.contains(value) else {
            throw table.error(key, "unknown \(key) '\(value)'; expected one of " + allowed.joined(separator: ", "))
        }
        return value
    }

    /// "9:05", "09:05" or "09.05" (as Indonesian rundowns write it) as "09:05"; nil when not a clock time.
    static func normalizedClockTime(_ text: String) -> String? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60 else { return nil }
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    static func minutesOfDay(_ clock: String) -> Int? {
        let parts = clock.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        return hour * 60 + minute
    }

    static func isValidDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}
