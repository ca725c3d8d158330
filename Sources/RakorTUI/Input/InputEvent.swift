/// A named key that is not a character.
public enum Key: Equatable, Hashable, Sendable {
    case up, down, left, right
    case home, end, pageUp, pageDown
    case backspace, delete, insert
    case enter, tab, backTab, escape
    /// A function key, F1 = `.f(1)`.
    case f(Int)
}

/// One thing the user did at the terminal, as the run loop sees it.
public enum InputEvent: Equatable, Hashable, Sendable {
    /// A typed character (never a control character).
    case char(Character)
    /// A named key.
    case key(Key)
    /// Ctrl with a key, as a lowercase letter: Ctrl-A is `.ctrl("a")`. Ctrl-I, Ctrl-J/Ctrl-M
    /// and Ctrl-H arrive as `.key(.tab)`, `.key(.enter)` and `.key(.backspace)`, because
    /// terminals send the same bytes for them. Ctrl-Space is `.ctrl(" ")`; Ctrl-\ ] ^ _ keep
    /// their symbols.
    case ctrl(Character)
    /// Alt (or Esc typed quickly before a key) with a character: Alt-B is `.alt("b")`.
    case alt(Character)
    /// Text pasted in one go (bracketed paste); may hold newlines, never other controls.
    case paste(String)
    /// The terminal changed size; read the backend's `size` and redraw.
    case resize
}
