/// The usual rundown of a rakor (docs/agenda.md), used when no agenda file is given.
public enum BuiltinRundown {
    /// The built-in rundown as agenda-file text, so it is checked by the same parser as user files.
    public static let text = #"""
    # The usual rundown (susunan acara) of a rapat koordinasi.
    title = "Rapat Koordinasi"
    tz = "Asia/Jakarta"
    lang = "id"

    [[items]]
    title = "Pembukaan oleh MC, lagu Indonesia Raya dan doa"
    kind = "opening"
    minutes = 10

    [[items]]
    title = "Laporan Ketua Panitia"
    kind = "report"
    minutes = 10

    [[items]]
    title = "Sambutan dan pembukaan resmi"
    kind = "remarks"
    minutes = 15

    [[items]]
    title = "Paparan narasumber"
    kind = "presentation"
    minutes = 40

    [[items.speakers]]
    name = "Narasumber 1"
    minutes = 20

    [[items.speakers]]
    name = "Narasumber 2"
    minutes = 20

    [[items]]
    title = "Tanya jawab"
    kind = "qa"
    minutes = 45

    [[items]]
    title = "Ishoma"
    kind = "break"
    minutes = 60

    [[items]]
    title = "Rumusan dan kesimpulan"
    kind = "conclusion"
    minutes = 15

    [[items]]
    title = "Penutupan dan doa"
    kind = "closing"
    minutes = 5

    """#

    /// The built-in rundown, parsed.
    public static let plan: AgendaPlan = {
        do {
            return try AgendaFile.parse(text: text, file: "<built-in rundown>")
        } catch {
            // AgendaFileTests parses the built-in rundown, so this only fires on a broken build.
            preconditionFailure("built-in rundown is invalid: \(error)")
        }
    }()
}
