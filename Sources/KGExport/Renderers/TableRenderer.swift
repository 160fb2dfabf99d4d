import KGQuery

/// A box-drawn table for people, fitted to the terminal (like DuckDB's).
///
/// ```
/// ┌─────────┬─────────┬───┐
/// │ a.name  │ b.name  │ n │
/// ├─────────┼─────────┼───┤
/// │ NATO    │ Russia  │ 3 │
/// │ Ukraine │ Russia  │ 1 │
/// └─────────┴─────────┴───┘
/// 2 rows
/// ```
/// Widths count terminal columns (wide characters and emoji two, combining marks none). When the
/// table would be wider than `maxWidth`, the widest columns give way first and their cells end in
/// "…"; when even narrow columns do not fit, the last columns are left out and a "…" column says
/// so. At most `maxRows` rows are shown; the footer gives the full count. Numbers are
/// right-aligned, null shows as NULL, line breaks in cells as spaces.
public struct TableRenderer: ResultRenderer {
    public init() {}

    /// A column is not squeezed below this many terminal columns unless it is narrower already.
    static let minimumWidth = 3

    private struct Cell {
        var text: String
        var rightAligned = false
        var isNull = false
    }

    public func render(_ result: QueryResult, options: RenderOptions) -> String {
        let columnCount = result.columns.count
        guard columnCount > 0 else {
            return result.rows.isEmpty ? "(no rows)\n" : Self.countLine(rows: result.rows.count, shown: result.rows.count)
        }
        let shownRows = options.maxRows.map { Array(result.rows.prefix(max(0, $0))) } ?? result.rows
        let header = result.columns.map { Cell(text: Self.singleLine($0)) }
        let body = shownRows.map { row in
            (0..<columnCount).map { index -> Cell in
                let value = index < row.count ? row[index] : .null
                if value == .null { return Cell(text: "NULL", isNull: true) }
                return Cell(text: Self.singleLine(value.text), rightAligned: value.isNumber)
            }
        }
        var widths = (0..<columnCount).map { index in
            ([header[index]] + body.map { $0[index] }).map { DisplayWidth.of($0.text) }.max() ?? 1
        }.map { max(1, $0) }
        var shownColumns = columnCount
        if let maxWidth = options.maxWidth {
            shownColumns = Self.fit(&widths, into: maxWidth)
        }
        let elided = shownColumns < columnCount
        var layout = Array(widths.prefix(shownColumns))
        if elided { layout.append(1) }

        func row(_ cells: [Cell], bold: Bool = false, centered: Bool = false) -> String {
            var parts = cells.prefix(shownColumns).enumerated().map { index, cell in
                Self.format(cell, width: layout[index], centered: centered, bold: bold, color: options.color)
            }
            if elided { parts.append("…") }
            return "│ " + parts.joined(separator: " │ ") + " │\n"
        }
        func rule(_ left: String, _ middle: String, _ right: String) -> String {
            left + layout.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right + "\n"
        }

        var out = rule("┌", "┬", "┐")
        out += row(header, bold: true, centered: true)
        out += rule("├", "┼", "┤")
        for cells in body { out += row(cells) }
        out += rule("└", "┴", "┘")
        if result.rows.isEmpty {
            out += "(no rows)\n"
        } else {
            var footer = Self.countLine(rows: result.rows.count, shown: shownRows.count)
            if elided {
                footer.removeLast()
                footer += ", \(columnCount) columns (\(shownColumns) shown)\n"
            }
            out += footer
        }
        return out
    }

    /// Shrinks `widths` so the table fits `maxWidth`; returns how many columns can be shown.
    static func fit(_ widths: inout [Int], into maxWidth: Int) -> Int {
        func total(_ widths: ArraySlice<Int>, elided: Bool) -> Int {
            widths.reduce(0, +) + 3 * widths.count + 1 + (elided ? 4 : 0)
        }
        let minimums = widths.map { min($0, minimumWidth) }
        var shown = widths.count
        while shown > 1 && total(minimums.prefix(shown), elided: shown < widths.count) > maxWidth {
            shown -= 1
        }
        let elided = shown < widths.count
        // Take one column at a time from the widest column until the table fits.
        while total(widths.prefix(shown), elided: elided) > maxWidth {
            guard
                let widest = (0..<shown).filter({ widths[$0] > minimums[$0] })
                    .max(by: { widths[$0] < widths[$1] })
            else { break }
            widths[widest] -= 1
        }
        return shown
    }

    private static func format(_ cell: Cell, width: Int, centered: Bool, bold: Bool, color: Bool) -> String {
        let text = DisplayWidth.truncate(cell.text, to: width)
        let gap = max(0, width - DisplayWidth.of(text))
        var styled = text
        if color && bold { styled = "\u{1B}[1m" + text + "\u{1B}[0m" }
        if color && cell.isNull { styled = "\u{1B}[2m" + text + "\u{1B}[0m" }
        if centered {
            return String(repeating: " ", count: gap / 2) + styled + String(repeating: " ", count: gap - gap / 2)
        }
        let padding = String(repeating: " ", count: gap)
        return cell.rightAligned ? padding + styled : styled + padding
    }

    /// Cell text on one line: line breaks and tabs as spaces, other control characters dropped.
    static func singleLine(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\r\n", "\n", "\r", "\t": out += " "
            default:
                if let value = character.unicodeScalars.first?.value,
                    value < 0x20 || (0x7F..<0xA0).contains(value)
                {
                    continue
                }
                out.append(character)
            }
        }
        return out
    }

    /// "1 row", "12 rows", "12 rows (10 shown)".
    static func countLine(rows: Int, shown: Int) -> String {
        let count = rows == 1 ? "1 row" : "\(rows) rows"
        return shown < rows ? "\(count) (\(shown) shown)\n" : count + "\n"
    }
}
