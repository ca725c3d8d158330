import Foundation

// Fits theme colours to what the terminal can show. Terminals differ in their first 16 colours,
// so the xterm defaults stand in for them; for 256 colours an rgb colour only maps into the cube
// and the grey ramp (16-255), whose values every terminal agrees on.

public extension ThemeColor {
    /// The palette index to draw this colour with on a terminal of `colorCount` colours;
    /// -1 means the terminal's default colour (also used when the terminal has fewer than 8).
    func paletteIndex(colorCount: Int) -> Int {
        guard colorCount >= 8 else { return -1 }
        switch self {
        case .terminalDefault:
            return -1
        case .ansi(let index):
            return Self.fitSystem(min(max(index, 0), 15), colorCount: colorCount)
        case .indexed(let index):
            let index = min(max(index, 0), 255)
            if index < 16 { return Self.fitSystem(index, colorCount: colorCount) }
            if colorCount >= 256 { return index }
            let (r, g, b) = Self.xtermRGB(index)
            return Self.nearest(r, g, b, among: 0..<(colorCount >= 16 ? 16 : 8))
        case .rgb(let r, let g, let b):
            if colorCount >= 256 { return Self.nearest256(Int(r), Int(g), Int(b)) }
            return Self.nearest(Int(r), Int(g), Int(b), among: 0..<(colorCount >= 16 ? 16 : 8))
        }
    }
}

extension ThemeColor {
    /// A system colour on a terminal that may only have the first 8: bright ones lose their brightness.
    static func fitSystem(_ index: Int, colorCount: Int) -> Int {
        colorCount >= 16 ? index : index % 8
    }

    /// xterm's default values for the 16 system colours.
    static let systemRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]

    /// The levels of each axis of the 6x6x6 colour cube (indices 16-231).
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB value of an xterm-256 palette entry.
    static func xtermRGB(_ index: Int) -> (Int, Int, Int) {
        switch index {
        case ..<16:
            return systemRGB[max(index, 0)]
        case 16..<232:
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
        default:
            let grey = 8 + 10 * (min(index, 255) - 232)
            return (grey, grey, grey)
        }
    }

    /// The nearest entry of the cube or the grey ramp, whichever is nearer.
    static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> Int {
        nearest(r, g, b, among: 16..<256)
    }

    static func nearest(_ r: Int, _ g: Int, _ b: Int, among candidates: Range<Int>) -> Int {
        let target = lab(r, g, b)
        var best = candidates.lowerBound
        var bestDistance = Double.infinity
        for index in candidates {
            let entry = paletteLab[index]
            let d = (entry.0 - target.0) * (entry.0 - target.0) + (entry.1 - target.1) * (entry.1 - target.1)
                + (entry.2 - target.2) * (entry.2 - target.2)
            if d < bestDistance {
                best = index
                bestDistance = d
            }
        }
        return best
    }

    /// The palette in CIELAB, where straight-line distance follows what the eye sees; weighted RGB
    /// formulas send mid grey to yellow on an 8-colour terminal.
    static let paletteLab: [(Double, Double, Double)] = (0..<256).map { index in
        let (r, g, b) = xtermRGB(index)
        return lab(r, g, b)
    }

    /// sRGB (D65) to CIELAB.
    static func lab(_ r: Int, _ g: Int, _ b: Int) -> (Double, Double, Double) {
        func linear(_ channel: Int) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let (lr, lg, lb) = (linear(r), linear(g), linear(b))
        let x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047
        let y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb
        let z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116.0 }
        let (fx, fy, fz) = (f(x), f(y), f(z))
        return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))
    }
}
