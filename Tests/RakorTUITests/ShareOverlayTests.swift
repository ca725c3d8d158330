import Foundation
import Testing
@testable import RakorCore
@testable import RakorTUI

/// A share that starts and stops in memory; joiners are set by the test.
final class FakeShare: ShareLauncher {
    var running = false
    var starts = 0, stops = 0
    var joiners: [ShareStatus.Joiner] = []
    var lastError: String?
    var isSharing: Bool { running }
    var status: ShareStatus? {
        running ? ShareStatus(pid: 4242, port: 2222, bind: "0.0.0.0", addresses: ["192.168.1.23", "10.42.0.1"], code: "418207",
                              fingerprint: "SHA256:3pIh8yTbW0x0rYJ6v4Tq8W9nq8oXcJ4kqf0mVtDWmEc", allowModerator: false, joiners: joiners)
            : nil
    }
    func start() { starts += 1; running = true }
    func stop() { stops += 1; running = false }
}

@Suite("The share key and overlay")
struct ShareOverlayTests {
    @Test("S starts sharing and shows how to join; joins appear on the tick; S there stops; nothing is logged")
    func startShowStop() {
        let h = Harness(Fixtures.presentation(remaining: tm(10)))
        let share = FakeShare()
        h.controller.share = share
        h.press(.char("S"))
        #expect(share.starts == 1)
        #expect(h.controller.ui.shareOverlay == ShareOverlay(status: share.status, error: nil, starting: false))

        let frame = Dashboard.render(h.controller.viewContext(), size: Size(width: 100, height: 30)).text
        #expect(frame.contains("Berbagi lewat SSH — S hentikan · Esc tutup"))
        #expect(frame.contains("ssh -p 2222 notulis@192.168.1.23"))
        #expect(frame.contains("ssh -p 2222 layar@192.168.1.23"))
        #expect(frame.contains("ssh -p 2222 peserta@192.168.1.23"))
        #expect(!frame.contains("moderator@"))
        #expect(frame.contains("Kode gabung (kata sandi): 418207"))
        #expect(frame.contains("SHA256:3pIh8yTbW0x0rYJ6v4Tq8W9nq8oXcJ4kqf0mVtDWmEc"))
        #expect(frame.contains("Alamat lain: 10.42.0.1"))
        #expect(frame.contains("Tersambung (0):"))

        share.joiners = [.init(role: "notulis", address: "192.168.1.40", via: "code", sinceMs: h.clock.ms)]
        h.controller.tick()
        let joined = Dashboard.render(h.controller.viewContext(), size: Size(width: 100, height: 30)).text
        #expect(joined.contains("Tersambung (1):"))
        #expect(joined.contains("notulis   192.168.1.40     kode"))

        h.press(.char("S"))
        #expect(share.stops == 1)
        #expect(h.controller.ui.shareOverlay == nil)
        #expect(h.newEvents.isEmpty)
    }

    @Test("any other key closes the overlay without acting behind it; S again reopens it without restarting")
    func closeAndReopen() {
        let h = Harness(Fixtures.presentation(remaining: tm(10)))
        let share = FakeShare()
        h.controller.share = share
        h.press(.char("S"), .char("n"))
        #expect(h.controller.ui.shareOverlay == nil)
        #expect(h.newEvents.isEmpty, "n acted behind the overlay")
        #expect(share.running)
        h.press(.char("S"))
        #expect(share.starts == 1)
        #expect(h.controller.ui.shareOverlay != nil)
    }

    @Test("a share that failed to start says why")
    func failed() {
        let h = Harness(Fixtures.presentation(remaining: tm(10)), lang: .en)
        let share = FakeShare()
        h.controller.share = share
        h.press(.char("S"))
        share.running = false
        share.lastError = "rakor share: cannot listen on 0.0.0.0 port 2222: Address already in use"
        h.controller.tick()
        let frame = Dashboard.render(h.controller.viewContext(), size: Size(width: 100, height: 30)).text
        #expect(frame.contains("Not sharing."))
        #expect(frame.contains("Address already in use"))
    }

    @Test("without a launcher the key says how to share by hand")
    func unavailable() {
        let h = Harness(Fixtures.presentation(remaining: tm(10)), lang: .en)
        h.press(.char("S"))
        #expect(h.controller.ui.message?.text.contains("rakor share LOG") == true)
    }
}
