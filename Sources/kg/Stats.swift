import ArgumentParser
import Foundation
import KGStore

/// `kg stats [--db FILE] [--top N] [--json]`: what the graph holds.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the graph holds: entities by type, relations by kind, top actions.")

    @OptionGroup var database: DatabaseOption

    @Option(name: .long, help: ArgumentHelp("How many of the most frequent actions and roles to list.",
                                            valueName: "n"))
    var top = 10

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 or more") }
    }

    func run() throws {
        let store = try GraphStore(path: database.path, readOnly: true)
        let stats = try store.statistics(topActions: top)
        print(json ? try Self.json(stats) : Self.table(stats, path: store.path))
    }

    /// Label and count rows, counts right-aligned in one column.
    static func table(_ stats: GraphStatistics, path: String) -> String {
        var rows: [(label: String, count: Int?)] = [
            ("documents", stats.documents),
            ("sentences", stats.sentences),
            ("mentions", stats.mentions),
            ("entities", stats.entities),
        ]
        for (type, count) in stats.entitiesByType.sorted(by: { $0.key < $1.key }) {
            rows.append(("  \(type)", count))
        }
        rows.append(("relations", stats.relations))
        for (kind, count) in stats.relationsByKind.sorted(by: { $0.key < $1.key }) {
            rows.append(("  \(kind)", count))
        }
        if !stats.topActions.isEmpty {
            rows.append(("top actions", nil))
            rows += stats.topActions.map { ("  \($0.action)", $0.count) }
        }
        if !stats.topRoles.isEmpty {
            rows.append(("top roles", nil))
            rows += stats.topRoles.map { ("  \($0.action)", $0.count) }
        }
        let labelWidth = rows.map(\.label.count).max() ?? 0
        let countWidth = rows.compactMap { $0.count.map { String($0).count } }.max() ?? 0
        var lines = [path]
        for row in rows {
            let label = row.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            guard let count = row.count else {
                lines.append(row.label)
                continue
            }
            let number = String(count)
            lines.append(label + "  " + String(repeating: " ", count: countWidth - number.count) + number)
        }
        return lines.joined(separator: "\n")
    }

    /// The same counts as one JSON object, keys sorted.
    static func json(_ stats: GraphStatistics) throws -> String {
        let object: [String: Any] = [
            "documents": stats.documents,
            "sentences": stats.sentences,
            "mentions": stats.mentions,
            "entities": stats.entities,
            "relations": stats.relations,
            "entities_by_type": stats.entitiesByType,
            "relations_by_kind": stats.relationsByKind,
            "top_actions": stats.topActions.map { ["action": $0.action, "count": $0.count] as [String: Any] },
            "top_roles": stats.topRoles.map { ["role": $0.action, "count": $0.count] as [String: Any] },
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
