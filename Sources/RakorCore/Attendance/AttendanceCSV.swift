// The daftar hadir as CSV (`rakor export LOG --format csv --what attendance`): everyone on the
// list, present or not, with the time they were recorded and the time they left. The same
// rules as the timing CSV: CRLF, quoted where needed, text that a spreadsheet would read as a
// formula prefixed with '.

/// Writes the attendance list of a session as CSV.
public enum AttendanceCSV {
    /// The column names, in order.
    public static let columns = ["no", "id", "name", "nip", "role", "org", "mode", "group", "invited", "present", "arrived", "left"]

    public static func render(_ reading: LogReading) -> String {
        let s = reading.state
        let zone = ZoneClock(header: s.header)
        var out = columns.joined(separator: ",") + "\r\n"
        let ordered = s.attendees.present + s.attendees.awaited
        for (i, p) in ordered.enumerated() {
            let cells: [TimingCSV.Cell] = [
                .number(i + 1), .text(inert(p.id)), .text(inert(p.info.name)), text(p.info.nip), text(p.info.role),
                text(p.info.org), .text(p.info.isOnline ? "online" : "onsite"), .text(inert(p.info.group ?? "peserta")),
                .text(p.invited ? "yes" : "no"), .text(p.isPresent ? "yes" : "no"),
                p.presentT.map { .text(zone.clock($0, separator: ":")) } ?? .empty,
                p.leftT.map { .text(zone.clock($0, separator: ":")) } ?? .empty,
            ]
            out += cells.map(TimingCSV.field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func text(_ v: String?) -> TimingCSV.Cell { v.map { .text(inert($0)) } ?? .empty }
}
