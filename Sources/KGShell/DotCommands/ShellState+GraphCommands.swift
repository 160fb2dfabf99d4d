import Foundation
import KGModel
import KGQuery
import KGStore

extension ShellState {
    /// `.schema`: the labels (entity types) with counts, the actions with their CAMEO codes and
    /// counts, the properties a statement can read (entity aliases and documents, relationship
    /// dates and counts of reports, document title, path and date), and the two graphs to USE.
    func showSchema() throws {
        let stats = try store.statistics(topActions: 0)
        let labels = QueryVocabulary.labels.map { (":" + $0, "", stats.entitiesByType[$0] ?? 0) }
        let actions = try store.actionCodeCounts().map { count in
            (":" + count.action, count.cameo == .role ? "role" : "CAMEO \(count.cameo)", count.count)
        }
        // One column width for both lists, from the longest name.
        let nameWidth = (labels + actions).map(\.0.count).max() ?? 0
        let codeWidth = actions.map(\.1.count).max() ?? 0
        func line(_ row: (String, String, Int)) -> String {
            "  " + row.0.padding(toLength: nameWidth + 2, withPad: " ", startingAt: 0)
                + (codeWidth > 0 ? row.1.padding(toLength: codeWidth + 2, withPad: " ", startingAt: 0) : "")
                + "\(row.2)"
        }
        output.writeLine("Labels (node types):")
        labels.forEach { output.writeLine(line($0)) }
        output.writeLine("Actions (edge types):")
        actions.forEach { output.writeLine(line($0)) }
        if actions.isEmpty { output.writeLine("  (none yet: .ingest some articles)") }
        output.writeLine("Properties:")
        output.writeLine("  nodes: " + QueryVocabulary.nodeProperties.joined(separator: ", "))
        output.writeLine("  edges: " + QueryVocabulary.relationshipProperties.joined(separator: ", "))
        output.writeLine("  documents, as document(r) returns them: " + QueryVocabulary.documentProperties.joined(separator: ", "))
        output.writeLine(
            "Graphs: USE reports (the default: an edge per sentence, \(stats.relations)), "
                + "USE facts (an edge per subject, action and object, \(stats.facts))")
    }

    /// `.stats`: how much the store holds, as `kg stats` shows it.
    func showStatistics() throws {
        output.writeLine(try store.statistics(topActions: 5).table())
    }

    /// `.entities [TYPE] [PATTERN]`: entities, most mentioned first, printed in the current
    /// mode. PATTERN matches any part of a name or alias, ignoring case; `*` and `?` are
    /// wildcards.
    func listEntities(arguments: [String]) throws {
        var type: EntityType?
        var pattern: String?
        if let first = arguments.first {
            if let parsed = Self.entityType(first) {
                type = parsed
                pattern = arguments.count > 1 ? arguments[1] : nil
            } else if arguments.count == 2 {
                let names = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
                throw ShellError.invalidArgument("unknown type '\(first)'; types: \(names)")
            } else {
                pattern = first
            }
        }
        // Nodes, not bare names, so `.export` can draw them.
        let rows: [[QueryValue]] = try store.entitySummaries(type: type, matching: pattern).map { summary in
            let node = NodeValue(id: summary.entity.id, name: summary.entity.name, type: summary.entity.type.rawValue)
            return [.node(node), .string(node.type), .int(summary.mentions), .int(summary.relations)]
        }
        let result = QueryResult(columns: ["name", "type", "mentions", "relations"], rows: rows)
        try printResult(result)
    }

    /// A type name, also in the plural (`people`, `countries`, `organizations`).
    static func entityType(_ text: String) -> EntityType? {
        let lowered = text.lowercased()
        if let type = EntityType(rawValue: lowered) { return type }
        switch lowered {
        case "people", "persons": return .person
        case "countries": return .country
        case "organizations", "orgs": return .organization
        case "locations", "places": return .location
        default: return nil
        }
    }
}
