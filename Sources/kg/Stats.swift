import ArgumentParser
import Foundation
import KGExport
import KGStore

/// `kg stats [--db FILE] [--top N] [--json]`: what the graph holds.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show what the graph holds: entities by type, facts and their reports by kind, top actions.")

    @OptionGroup var database: DatabaseOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How many of the most frequent actions and roles to list.",
            valueName: "n"))
    var top = 10

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 or more") }
    }

    func run() throws {
        let store = try GraphStore(path: database.path, access: .reading)
        let stats = try store.statistics(topActions: top)
        try StandardOutput.write((json ? try Self.json(stats) : stats.table(title: store.path)) + "\n")
    }

    /// The same counts as one JSON object, keys sorted.
    static func json(_ stats: GraphStatistics) throws -> String {
        let object: [String: Any] = [
            "documents": stats.documents,
            "sentences": stats.sentences,
            "mentions": stats.mentions,
            "entities": stats.entities,
            "relations": stats.relations,
            "facts": stats.facts,
            "entities_by_type": stats.entitiesByType,
            "relations_by_kind": stats.relationsByKind,
            "top_actions": stats.topActions.map { ["action": $0.action, "count": $0.count] as [String: Any] },
            "top_roles": stats.topRoles.map { ["role": $0.action, "count": $0.count] as [String: Any] },
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
