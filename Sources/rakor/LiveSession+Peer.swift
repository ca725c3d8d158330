import Foundation
import RakorCore
import RakorTUI

extension LiveSession {
    /// `rakor run` and `rakor resume` are the moderator's attach: the log they opened is released and joined as a peer.
    static func runAsPeer(log: SessionLog, langFlag: String?, themeName: String?, notice: String? = nil) throws {
        let path = log.path
        log.close()
        try attach(path: path, role: .moderator, langFlag: langFlag, themeName: themeName, notice: notice)
    }

    /// Milliseconds of a clock that never goes back, for the run loop's timers.
    static func monotonicMs() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return ts.tv_sec * 1000 + ts.tv_nsec / 1_000_000
    }

    /// Joins the live log at `path` in `role` and runs its screen until the user quits.
    static func attach(path: String, role: PeerRole, langFlag: String?, themeName: String?, notice: String? = nil) throws {
        let joined: (log: PeerLog, reading: LogReading)
        do { joined = try PeerLog.join(path: path, writable: role.writes) } catch {
            printError("rakor: \(error)")
            throw ExitCodeError.code(2)
        }
        let (peerLog, reading) = joined
        let lang = Language.resolve(flag: langFlag, session: reading.header.lang, environment: ProcessInfo.processInfo.environment)
        let presence: Presence
        do { presence = try Presence(logPath: path, role: role, nowMs: nowMs()) } catch {
            printError("rakor: cannot announce this terminal beside the log: \(error)")
            throw ExitCodeError.code(2)
        }
        let peer: PeerController
        let controller: LiveController?
        if role.writes {
            let drafts = FileDraftStore(path: Presence.draftPath(logPath: path, role: role, slot: presence.me.slot))
            let c = LiveController(state: reading.state, events: reading.events, store: peerLog, drafts: drafts, lang: lang,
                                   by: role.by, clock: { nowMs() })
            if role == .moderator {
                c.share = ShareProcess(executable: ShareCommand.selfExecutable(), log: path)
            }
            if let notice, c.ui.message == nil {
                c.ui.message = StatusMessage(notice, kind: .info, t: c.now)
            }
            peer = WritingPeer(controller: c, role: role)
            controller = c
        } else {
            peer = WatchingPeer(role: role, state: reading.state, log: peerLog, lang: lang, clock: { nowMs() })
            controller = nil
        }
        let backend: NcursesBackend
        do { backend = try NcursesBackend() } catch {
            presence.leave()
            printError("rakor: \(error)")
            throw ExitCodeError.code(2)
        }
        let theme = (try? self.theme(themeName, colorCount: backend.colorCount)) ?? ThemeLoader.defaultTheme
        let watch = LogWatch(path: path)
        let outcome = PeerRunner(peer: peer, backend: backend, theme: theme, watch: watch, presence: presence,
                                 monotonicMs: { monotonicMs() }).run()
        backend.shutdown()
        presence.leave()
        let others = Presence.live(logPath: path)
        let words = CLIMessages(lang)
        let current = peerLog.path
        // A log deleted since the last tick is written again before anything says where the events are.
        if let controller, peerLog.isGone {
            try? peerLog.relocate(to: current, header: controller.state.header, events: controller.events)
        }
        let gone = controller != nil && peerLog.isGone
        peerLog.close()
        if gone, let controller {
            printError(words.logGone(controller.events.count, error: "ENOENT", log: current))
        }
        switch outcome {
        case .signal(let s):
            if !gone { printError(words.peerStoppedBySignal(s, log: current, role: role.rawValue)) }
            throw ExitCodeError.code(128 + s)
        case .quit, .inputEnded:
            guard let controller else { return }
            if controller.state.isClosed {
                say(words.closed(log: current))
            } else if !others.isEmpty {
                say(words.goesOnElsewhere(log: current, peers: Presence.summary(others, lang)))
            } else {
                say(words.notClosed(log: current))
            }
            if gone { throw ExitCodeError.code(1) }
        }
    }

    /// Tells `export` and friends that a log is still being written by live peers.
    static func warnIfLive(_ path: String, lang: Language) {
        let peers = Presence.live(logPath: path)
        if !peers.isEmpty { printError(PeerText.stillRunning(peers.count, lang)) }
    }
}

extension ReplayCommand {
    /// Plays a live log from its start and keeps up with it as it grows.
    static func follow(path: String, timeline: ReplayTimeline, lang: Language, idleCap: Int, speed: Int, theme: String?) throws {
        try LiveSession.requireTerminal()
        try LiveSession.checkTheme(theme)
        let joined: (log: PeerLog, reading: LogReading)
        do { joined = try PeerLog.join(path: path, writable: false) } catch {
            printError("rakor: \(error)")
            throw ExitCodeError.code(2)
        }
        let controller = ReplayController(timeline: ReplayTimeline(reading: joined.reading), lang: lang, idleCapS: idleCap, speed: speed)
        let backend: NcursesBackend
        do { backend = try NcursesBackend() } catch {
            printError("rakor: \(error)")
            throw ExitCodeError.code(2)
        }
        let th = (try? LiveSession.theme(theme, colorCount: backend.colorCount)) ?? ThemeLoader.defaultTheme
        let outcome = FollowingReplayRunner(controller: controller, log: joined.log, state: joined.reading.state, backend: backend,
                                            theme: th, wallClock: { LiveSession.nowMs() }).run()
        backend.shutdown()
        if case .signal(let s) = outcome { printError("rakor: stopped by signal \(s)") }
    }
}
