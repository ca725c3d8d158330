import RakorCore

/// Digits as large as a screen allows, for the stage view: the block font scaled by whole cells.
enum StageDigits {
    /// A font pixel drawn `sx` cells wide and `sy` rows tall (cells are about twice as tall as wide).
    struct Scale: Equatable {
        var sx: Int
        var sy: Int
    }

    /// The largest scale at which `text` fits in `space`, keeping pixels about square; nil when even 1×1 does not fit.
    static func bestScale(for text: String, fitting space: Size) -> Scale? {
        let base = BigDigits.size(of: text, style: .block)
        guard base.width > 0 else { return nil }
        var k = min(space.width / (base.width * 2), space.height / base.height)
        while k >= 1 {
            if base.width * 2 * k <= space.width && base.height * k <= space.height { return Scale(sx: 2 * k, sy: k) }
            k -= 1
        }
        if base.width <= space.width && base.height <= space.height { return Scale(sx: 1, sy: 1) }
        return nil
    }

    /// The size `text` takes at `scale`.
    static func size(of text: String, scale: Scale) -> Size {
        let base = BigDigits.size(of: text, style: .block)
        return Size(width: base.width * scale.sx, height: base.height * scale.sy)
    }

    /// Rows of text drawing `text` at `scale` (`█`, or `#` on terminals without block glyphs).
    static func render(_ text: String, scale: Scale, ascii: Bool) -> [String] {
        let on = ascii ? "#" : "█"
        var out: [String] = []
        for row in BigDigits.render(text, style: .block) {
            let line = row.map { $0 == " " ? String(repeating: " ", count: scale.sx) : String(repeating: on, count: scale.sx) }.joined()
            out.append(contentsOf: Array(repeating: line, count: scale.sy))
        }
        return out
    }
}
