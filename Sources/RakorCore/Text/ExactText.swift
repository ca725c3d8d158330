#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text as a memo's key, equal only to the same bytes. String's own `==` and hash treat
/// canonically equivalent texts as one ("é" and "e" + U+0301), but the canvas draws them as
/// different glyphs, and the notulen keeps the bytes it was given, so a memo keyed by String
/// could answer for the other. Bytes are also cheaper to hash than the normalised form.
public struct ExactText: Hashable, Sendable {
    public var text: String

    public init(_ text: String) { self.text = text }

    public static func == (a: ExactText, b: ExactText) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        var x = a.text, y = b.text
        return x.withUTF8 { p in y.withUTF8 { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 } }
    }

    public func hash(into h: inout Hasher) {
        var text = self.text
        text.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
