import RakorCore

/// The share key: start sharing and show how to join and who is connected; stop from the overlay.
extension LiveController {
    func shareKey() {
        guard let share else {
            ui.message = StatusMessage(lang == .id ? "Berbagi tidak tersedia di sini; jalankan `rakor share LOG` di terminal lain."
                                                   : "Sharing is not available here; run `rakor share LOG` in another terminal.",
                                       kind: .error, t: now)
            return
        }
        if !share.isSharing { share.start() }
        refreshShareOverlay(open: true)
    }

    /// Keys while the share overlay is up: S stops sharing, anything else closes the overlay.
    func handleShareOverlay(_ input: InputEvent) {
        if input == .char("S"), let share {
            share.stop()
            ui.message = StatusMessage(lang == .id ? "Berbagi dihentikan; tampilan yang tersambung ditutup. Rapat tetap berjalan."
                                                   : "Sharing stopped; joined views were closed. The meeting goes on.",
                                       kind: .info, t: now)
        }
        ui.shareOverlay = nil
    }

    /// Reads the share's status into the overlay (on the tick, so joins and leaves show).
    func refreshShareOverlay(open: Bool = false) {
        guard let share, open || ui.shareOverlay != nil else { return }
        let status = share.status
        let running = share.isSharing
        ui.shareOverlay = ShareOverlay(status: status, error: running ? nil : share.lastError,
                                       starting: running && status == nil)
    }
}
