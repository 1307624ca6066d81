/// How the pre-pass moved the characters of one line, so cmark's columns in the rewritten text map back to what the staffer typed.
struct ColumnMap: Sendable, Equatable {
    /// From `firstColumn` (1-based, in the rewritten line) on, columns are `shift` scalars to the right of the original.
    private var edits: [(firstColumn: Int, shift: Int)] = []

    static func == (lhs: ColumnMap, rhs: ColumnMap) -> Bool {
        lhs.edits.elementsEqual(rhs.edits) { $0.firstColumn == $1.firstColumn && $0.shift == $1.shift }
    }

    /// Records that scalars were inserted (positive `shift`) or removed (negative) just before rewritten column `firstColumn`.
    mutating func record(firstColumn: Int, shift: Int) {
        edits.append((firstColumn, shift))
    }

    /// The original column of rewritten column `column`.
    func originalColumn(_ column: Int) -> Int {
        var original = column
        for edit in edits where edit.firstColumn <= column {
            original -= edit.shift
        }
        return original
    }
}
