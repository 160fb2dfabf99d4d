import KGStore

extension GraphStatistics {
    /// The counts as label and count rows, counts right-aligned in one column: what `kg stats`
    /// and the shell's `.stats` print.
    ///
    /// ```swift
    /// print(try store.statistics(topActions: 5).table(title: store.path))
    /// // kg.sqlite
    /// // documents       4
    /// // ...
    /// ```
    public func table(title: String? = nil) -> String {
        var rows: [(label: String, count: Int?)] = [
            ("documents", documents),
            ("sentences", sentences),
            ("mentions", mentions),
            ("entities", entities),
        ]
        for (type, count) in entitiesByType.sorted(by: { $0.key < $1.key }) {
            rows.append(("  \(type)", count))
        }
        rows.append(("facts", facts))
        rows.append(("reports", relations))
        for (kind, count) in relationsByKind.sorted(by: { $0.key < $1.key }) {
            rows.append(("  \(kind)", count))
        }
        if !topActions.isEmpty {
            rows.append(("top actions", nil))
            rows += topActions.map { ("  \($0.action)", $0.count) }
        }
        if !topRoles.isEmpty {
            rows.append(("top roles", nil))
            rows += topRoles.map { ("  \($0.action)", $0.count) }
        }
        let labelWidth = rows.map(\.label.count).max() ?? 0
        let countWidth = rows.compactMap { $0.count.map { String($0).count } }.max() ?? 0
        var lines = title.map { [$0] } ?? []
        for row in rows {
            guard let count = row.count else {
                lines.append(row.label)
                continue
            }
            let label = row.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            let number = String(count)
            lines.append(label + "  " + String(repeating: " ", count: countWidth - number.count) + number)
        }
        return lines.joined(separator: "\n")
    }
}
