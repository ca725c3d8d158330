import RakorCore

/// The header's word on the stage view's message and on the other terminals: "layar: «1 menit lagi»  notulis ✓ · layar ✓".
enum PeerHeader {
    static func text(_ ctx: ViewContext) -> String {
        var out = ""
        // The notulis's strip shows the stage message already.
        if let m = ctx.state.stageMessage, ctx.ui.role != .notulis {
            out += ctx.t("layar: «", "stage: «") + m.text + "»  "
        }
        if !ctx.peers.isEmpty, ctx.replay == nil { out += Presence.summary(ctx.peers, ctx.lang) + "  " }
        return out
    }
}
