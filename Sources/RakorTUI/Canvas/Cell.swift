/// One terminal cell of a Canvas.
///
/// A grapheme wider than one column sits in its lead cell, and each further column it
/// covers is a continuation cell (empty grapheme, width 0, same role), so columns and
/// array indices always agree.
///
/// Stored in 8 bytes with no references (a scalar or an interned grapheme, an interned
/// role, the width), so a frame of 12,000 cells is one plain allocation that is filled,
/// copied and compared without retain and release; the String views are computed.
public struct Cell: Equatable, Hashable, Sendable {
    /// The grapheme: its scalar value when it is one scalar, `CellGlyph.internedBit` | an
    /// index into `CellGlyph`'s table when it is several, 0 when empty.
    var glyph: UInt32
    /// The role's index in `CellRole`'s table.
    var roleID: UInt16
    /// Columns taken, 0 on a continuation cell.
    var columns: UInt16

    /// The grapheme drawn here; empty on a continuation cell.
    public var grapheme: String {
        get { CellGlyph.string(glyph) }
        set { glyph = CellGlyph.id(newValue) }
    }
    /// Columns the grapheme takes from here (1 or more), or 0 on a continuation cell.
    public var width: Int {
        get { Int(columns) }
        set { columns = UInt16(clamping: newValue) }
    }
    /// The style role (a key of `Theme`) the cell is drawn with.
    public var role: String {
        get { CellRole.name(roleID) }
        set { roleID = CellRole.id(newValue) }
    }

    /// A cell holding `grapheme` (already inert and measured) in `role`.
    public init(grapheme: String, width: Int, role: String) {
        self.init(glyph: CellGlyph.id(grapheme), roleID: CellRole.id(role), columns: UInt16(clamping: width))
    }

    init(glyph: UInt32, roleID: UInt16, columns: UInt16) {
        self.glyph = glyph
        self.roleID = roleID
        self.columns = columns
    }

    /// A space in the given role.
    public static func blank(_ role: String) -> Cell {
        blank(CellRole.id(role))
    }

    static func blank(_ roleID: UInt16) -> Cell {
        Cell(glyph: 0x20, roleID: roleID, columns: 1)
    }

    /// Whether this cell is covered by a wide grapheme to its left.
    public var isContinuation: Bool { columns == 0 }

    /// The scalar value when the grapheme is exactly one scalar, else nil.
    var scalarValue: UInt32? {
        glyph != 0 && glyph & CellGlyph.internedBit == 0 ? glyph : nil
    }
}
