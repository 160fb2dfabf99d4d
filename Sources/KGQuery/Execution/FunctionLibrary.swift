import Foundation
import KGModel

/// The functions a query can call, with their arities, and which ones aggregate.
///
/// ```swift
/// FunctionLibrary.isAggregate("count")   // true
/// try FunctionLibrary.call("length", [.path(p)], evaluator: e, at: position)  // .int(2)
/// ```
enum FunctionLibrary {
    /// Aggregates fold many rows into one value per group.
    static let aggregates: Set<String> = ["count", "collect", "sum", "avg", "min", "max"]

    /// Every function, lowercased, with its accepted argument counts.
    static let arities: [String: ClosedRange<Int>] = [
        "count": 1...1, "collect": 1...1, "sum": 1...1, "avg": 1...1, "min": 1...1, "max": 1...1,
        "length": 1...1, "nodes": 1...1, "relationships": 1...1, "rels": 1...1, "type": 1...1,
        "id": 1...1, "labels": 1...1, "tolower": 1...1, "toupper": 1...1, "lower": 1...1,
        "upper": 1...1, "size": 1...1, "coalesce": 1...16, "startnode": 1...1, "endnode": 1...1,
        "tostring": 1...1, "trim": 1...1, "date": 1...1, "date.truncate": 2...2, "document": 1...1,
    ]

    /// The spellings users see in suggestions.
    static let displayNames = [
        "count", "collect", "sum", "avg", "min", "max", "length", "nodes", "relationships", "type",
        "id", "labels", "toLower", "toUpper", "size", "coalesce", "startNode", "endNode", "toString",
        "trim", "date", "date.truncate", "document",
    ]

    static func isAggregate(_ name: String) -> Bool { aggregates.contains(name.lowercased()) }

    static func call(
        _ name: String, _ arguments: [QueryValue], evaluator: Evaluator,
        at position: Position
    ) throws -> QueryValue {
        let first = arguments.first ?? .null
        switch name.lowercased() {
        case "length":
            switch first {
            case let .path(p): return .int(p.length)
            case let .list(items): return .int(items.count)
            case let .string(s): return .int(s.count)
            default: return .null
            }
        case "size":
            switch first {
            case let .list(items): return .int(items.count)
            case let .string(s): return .int(s.count)
            case let .path(p): return .int(p.length)
            default: return .null
            }
        case "nodes":
            guard case let .path(p) = first else { return .null }
            return .list(p.nodes.map(QueryValue.node))
        case "relationships", "rels":
            switch first {
            case let .path(p): return .list(p.edges.map(QueryValue.edge))
            case let .list(items): return .list(items)
            default: return .null
            }
        case "type":
            guard case let .edge(e) = first else { return .null }
            return .string(e.action)
        case "id":
            switch first {
            case let .node(n): return .int(n.id)
            case let .edge(e): return .int(e.id)
            default: return .null
            }
        case "labels":
            guard case let .node(n) = first else { return .null }
            return .list([.string(n.type)])
        case "tolower", "lower":
            guard case let .string(s) = first else { return .null }
            return .string(s.lowercased())
        case "toupper", "upper":
            guard case let .string(s) = first else { return .null }
            return .string(s.uppercased())
        case "trim":
            guard case let .string(s) = first else { return .null }
            return .string(s.trimmingCharacters(in: .whitespaces))
        case "tostring":
            return first == .null ? .null : .string(first.text)
        case "date":
            // Dates are ISO 8601 strings, so they compare and sort as dates; date() checks one.
            guard case let .string(text) = first else { return .null }
            guard let date = CalendarDate(iso: text), text.count == 10 || text.dropFirst(10).first == "T" else {
                throw Diagnostic("date('\(text)') is not a date; write date('YYYY-MM-DD')", at: position)
            }
            return .string(date.iso)
        case "date.truncate":
            guard case let .string(unitName) = first,
                let unit = CalendarDate.Unit(rawValue: unitName.lowercased())
            else {
                let units = CalendarDate.Unit.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                throw Diagnostic("date.truncate() takes a unit, one of \(units), then a date", at: position)
            }
            guard case let .string(text) = arguments.dropFirst().first ?? .null, let date = CalendarDate(iso: text) else { return .null }
            return .string(date.truncated(to: unit).iso)
        case "document":
            guard case let .edge(edge) = first, let report = try evaluator.evidence.report(edge.id),
                let id = report.documentID, let document = try evaluator.evidence.document(id)
            else { return .null }
            return .node(DocumentNode.value(document))
        case "coalesce":
            return arguments.first { $0 != .null } ?? .null
        case "startnode":
            guard case let .edge(e) = first else { return .null }
            return .node(e.source)
        case "endnode":
            guard case let .edge(e) = first else { return .null }
            return .node(e.target)
        default:
            throw Diagnostic("\(name)() can only be used in RETURN as a whole column", at: position)
        }
    }
}
