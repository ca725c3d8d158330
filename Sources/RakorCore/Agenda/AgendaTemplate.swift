/// A commented agenda file to start from (`rakor agenda new`): the usual rundown of a rakor.
public enum AgendaTemplate {
    /// The template dated `date` ("YYYY-MM-DD") in zone `tz`; `rakor agenda check` passes it.
    public static func text(date: String, tz: String = "Asia/Jakarta") -> String {
        #"""
        # Agenda rakor: edit the details and the rundown, then check it with
        #   rakor agenda check FILE
        # and run it with
        #   rakor run --agenda FILE
        # Every key is described in docs/agenda.md. Lines starting with # are comments.

        # --- The meeting (rapat) ---------------------------------------------------
        title = "Rapat Koordinasi"                 # nama rapat
        # theme = "Sinergi pusat dan daerah"       # tema rapat (a sentence)
        venue = "Aula Kantor Gubernur"             # tempat, or "Daring melalui Zoom"
        mode = "hybrid"                            # onsite, online or hybrid
        date = "\#(date)"                         # YYYY-MM-DD
        tz = "\#(tz)"                      # Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)
        lang = "id"                                # id or en: the language of the minutes
        # chair = "Sekretaris Daerah"              # pimpinan rapat
        # notetaker = "Nama Notulis"               # notulis
        # organizer = "BKD Provinsi"               # penyelenggara
        warning_s = 120                            # seconds left when a timer turns to warning
        danger_s = 30                              # seconds left when it turns to danger

        # --- The rundown (susunan acara), in order ---------------------------------
        # kind: opening, report, remarks, presentation, qa, conclusion, closing, break, other.
        # minutes: the planned length. start: a fixed clock time "HH:MM" (optional).

        [[items]]
        title = "Registrasi peserta"
        kind = "other"
        start = "08:00"
        minutes = 30

        [[items]]
        title = "Pembukaan oleh MC, lagu Indonesia Raya dan doa"
        kind = "opening"
        minutes = 10

        [[items]]
        title = "Laporan Ketua Panitia"
        kind = "report"
        minutes = 10

        [[items]]
        # The senior official speaks last and opens the meeting formally.
        title = "Sambutan dan pembukaan resmi"
        kind = "remarks"
        minutes = 15

        [[items]]
        title = "Paparan narasumber"
        kind = "presentation"
        minutes = 60

        # Booked speakers of the item above; without minutes they share the item's time.
        [[items.speakers]]
        name = "Narasumber 1"
        role = "Jabatan"
        org = "Instansi"
        minutes = 20

        [[items.speakers]]
        name = "Narasumber 2"
        minutes = 20

        [[items.speakers]]
        name = "Narasumber 3"
        remote = true                              # speaks over the video call
        minutes = 20

        [[items]]
        # Askers come in rounds (termin) of about three; the speakers then answer together.
        title = "Tanya jawab"
        kind = "qa"
        minutes = 60

        [[items]]
        title = "Ishoma"
        kind = "break"
        start = "12:00"
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
    }
}
