/// One terminal cell of a Canvas.
///
/// A grapheme wider than one column sits in its lead cell, and each further column it
/// covers is a continuation cell (empty grapheme, width 0, same role), so columns and
/// array indices always agree.
public struct Cell: Equatable, Hashable, Sendable {
    /// The grapheme drawn here; empty on a continuation cell.
    public var grapheme: String
    /// Columns the grapheme takes from here (1 or more), or 0 on a continuation cell.
    public var width: Int
    /// The style role (a key of `Theme`) the cell is drawn with.
    public var role: String

    /// A cell holding `grapheme` (already inert and measured) in `role`.
    public init(grapheme: String, width: Int, role: String) {
        self.grapheme = grapheme
        self.width = width
        self.role = role
    }

    /// A space in the given role.
    public static func blank(_ role: String) -> Cell {
        Cell(grapheme: " ", width: 1, role: role)
    }

    /// Whether this cell is covered by a wide grapheme to its left.
    public var isContinuation: Bool { width == 0 }
}
