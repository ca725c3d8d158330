extension String {
    /// Whether the last character is ".", "!" or "?": `last.map { ".!?".contains($0) }`.
    ///
    /// Read from the last two bytes: a last byte other than those three cannot end one of them,
    /// and one of them after an ASCII byte (or alone) is a character of its own. After another
    /// byte it may share its character with a prepended mark, so the characters decide. The
    /// characters' way cost some thousands of instructions for every action in the notulen.
    var endsInStop: Bool {
        let u = utf8
        guard let lastByte = u.last else { return false }
        guard lastByte == 0x2E || lastByte == 0x21 || lastByte == 0x3F else { return false }
        let before = u.index(before: u.endIndex)
        if before == u.startIndex || u[u.index(before: before)] < 0x80 { return true }
        return last.map { ".!?".contains($0) } ?? false
    }

    /// The text with its first character in capitals: `prefix(1).uppercased() + dropFirst()`.
    ///
    /// A first ASCII byte followed by an ASCII byte (or by nothing) is a character of its own,
    /// uppercased as a byte; any other start goes through Unicode's uppercasing.
    var capitalizedFirst: String {
        let u = utf8
        guard let first = u.first, first < 0x80 else { return prefix(1).uppercased() + dropFirst() }
        let second = u.index(after: u.startIndex)
        guard second == u.endIndex || u[second] < 0x80 else { return prefix(1).uppercased() + dropFirst() }
        guard first >= 0x61 && first <= 0x7A else { return self }
        var bytes = Array(u)
        bytes[0] -= 0x20
        return String(decoding: bytes, as: UTF8.self)
    }
}
