extension String {
    /// The text split at each "\n", empty parts kept: the text whole when it holds no line break,
    /// seen from its bytes, where the split walks it grapheme by grapheme to give the same one part.
    var lineParts: [Substring] {
        anyByte({ $0 == 0x0A }) ? split(separator: "\n", omittingEmptySubsequences: false) : [self[...]]
    }
}
