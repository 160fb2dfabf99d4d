import KGModel
import KGStore

/// Pattern constraints resolved against the graph: labels to types, `{name: ...}` to nodes
/// through the alias index, action labels to action indices.
extension Planner {
    func constant(_ expression: Expression) throws -> QueryValue {
        switch expression.kind {
        case let .literal(value):
            return value
        case let .parameter(name):
            guard let value = parameters[name] else { throw Self.missingParameter(name, at: expression.position) }
            return value
        case let .list(items):
            return .list(try items.map(constant))
        default:
            throw Diagnostic(
                "property values in a pattern must be literals or parameters; compare variables in WHERE",
                at: expression.position)
        }
    }

    static func missingParameter(_ name: String, at position: Position) -> Diagnostic {
        Diagnostic("no value for parameter $\(name); pass it with --param \(name)=VALUE", at: position)
    }

    /// Narrows a node's candidates by `WHERE v.name = value` (exact name, through the name
    /// index) or `WHERE v.id = value`.
    func narrow(_ filter: inout NodeFilter, by equality: WhereAnchors.Equality) throws {
        let value = try constant(equality.value)
        var found = Set<Int32>()
        if equality.key == "id" {
            if case let .int(id) = value, let index = graph.index(ofNodeID: id) { found.insert(index) }
        } else if case let .string(name) = value {
            for entity in try store.entities(namedIgnoringCase: name) where entity.name == name {
                if let index = graph.index(ofNodeID: entity.id) { found.insert(index) }
            }
        } else {
            // Not a string: `=` on a name can only be false or null.
        }
        filter.candidates = filter.candidates.map { $0.intersection(found) } ?? found
        filter.summary += (filter.summary.isEmpty ? "" : " ") + "\(equality.key)=\(value.text) (WHERE)"
    }

    mutating func nodeFilter(_ node: NodePattern) throws -> NodeFilter {
        var filter = NodeFilter.any
        var summary: [String] = []
        if !node.labels.isEmpty {
            var types = Set<String>()
            for label in node.labels {
                let lowered = label.name.lowercased()
                guard Self.labels.contains(lowered) else {
                    throw Diagnostic(
                        Self.unknown(
                            "label", label.name, among: Self.labels,
                            known: "labels are entity types"), at: label.position)
                }
                types.insert(lowered)
            }
            filter.types = types
            summary.append(":" + types.sorted().joined(separator: "|"))
        }
        for entry in node.properties {
            let key = entry.key.name
            let value = try constant(entry.value)
            switch key {
            case "name":
                let found = try nodesNamed(value, at: entry.value.position)
                filter.candidates = filter.candidates.map { $0.intersection(found) } ?? found
                summary.append("name≈\(value.text)")
            case "id":
                var found = Set<Int32>()
                if case let .int(id) = value, let index = graph.index(ofNodeID: id) { found.insert(index) }
                filter.candidates = filter.candidates.map { $0.intersection(found) } ?? found
                summary.append("id=\(value.text)")
            case "type":
                let type = value.text.lowercased()
                guard Self.labels.contains(type) else {
                    throw Diagnostic(
                        "unknown type '\(value.text)'\(Suggestion.clause(for: type, among: Self.labels))",
                        at: entry.value.position)
                }
                filter.types = (filter.types ?? [type]).intersection([type])
                summary.append("type=\(type)")
            default:
                throw Diagnostic(
                    Self.unknown("node property", key, among: Self.nodeProperties, known: "nodes have"),
                    at: entry.key.position)
            }
        }
        filter.summary = summary.joined(separator: " ")
        return filter
    }

    /// Nodes whose canonical name or any alias matches `value`, ignoring case: through the alias
    /// index (`aliases.key`) and the case-insensitive name index, never a scan.
    mutating func nodesNamed(_ value: QueryValue, at position: Position) throws -> Set<Int32> {
        let names: [String]
        switch value {
        case let .list(items): names = items.map(\.text)
        case .null: return []
        default: names = [value.text]
        }
        var found = Set<Int32>()
        for name in names {
            var matched = false
            // A name of punctuation only ("*", "}") has an empty key that every such name shares;
            // it matches by its exact name alone.
            let key = AliasKey.lookupKey(name)
            let ids =
                try (key.isEmpty ? [] : store.entityIDs(withAliasKey: key))
                + store.entities(namedIgnoringCase: name).map(\.id)
            for id in ids {
                if let index = graph.index(ofNodeID: id) { found.insert(index); matched = true }
            }
            if !matched {
                var notice = "no entity is named '\(name)'"
                let names = graph.isPartial ? try entityNames() : graph.nodeNames
                let near =
                    try Suggestion.closest(to: name, among: names)
                    ?? Suggestion.closest(to: name, among: aliasSurfaces())
                if let near {
                    notice += "; did you mean '\(near)'?"
                } else {
                    let lowered = name.lowercased()
                    let containing = names.filter { $0.lowercased().contains(lowered) }.prefix(3)
                    if !containing.isEmpty {
                        notice += "; did you mean " + containing.map { "'\($0)'" }.joined(separator: " or ") + "?"
                    }
                }
                notices.append(Diagnostic(notice, at: position))
            }
        }
        return found
    }

    /// Every entity's name, when only part of the graph is in memory.
    func entityNames() throws -> [String] {
        try store.entityNames()
    }

    /// Every alias as written, read only when a name matched nothing, for a suggestion.
    func aliasSurfaces() throws -> [String] {
        try store.aliasSurfaces()
    }

    mutating func edgeFilter(_ relationship: RelationshipPattern) throws -> EdgeFilter {
        var filter = EdgeFilter(actions: nil, properties: [], summary: "")
        var summary: [String] = []
        if !relationship.actions.isEmpty {
            var actions = Set<Int32>()
            var missing: [Identifier] = []
            for label in relationship.actions {
                if let index = graph.actionIndex[label.name] ?? graph.actionIndex[label.name.lowercased()] {
                    actions.insert(index)
                } else if let near = Suggestion.closest(to: label.name, among: graph.actions) {
                    throw Diagnostic("unknown action '\(label.name)'; did you mean '\(near)'?", at: label.position)
                } else {
                    missing.append(label)
                }
            }
            // One notice for all of them: thousands of alternatives made thousands of notices,
            // each quoting the whole statement (quadratic time).
            if let first = missing.first {
                let shown = missing.prefix(5).map { "'\($0.name)'" }.joined(separator: ", ")
                let more = missing.count > 5 ? " and \(missing.count - 5) more" : ""
                notices.append(Diagnostic("no relationship in the graph has action \(shown)\(more)", at: first.position))
            }
            filter.actions = actions
            summary.append(":" + relationship.actions.map(\.name).joined(separator: "|"))
        }
        for entry in relationship.properties {
            guard let field = EdgeField(rawValue: entry.key.name) else {
                let known = EdgeField.allCases.map(\.rawValue)
                throw Diagnostic(
                    Self.unknown(
                        "relationship property", entry.key.name, among: known,
                        known: "relationships have"), at: entry.key.position)
            }
            let value = try constant(entry.value)
            filter.properties.append((field, value))
            summary.append("\(field.rawValue)=\(value.text)")
        }
        filter.summary = summary.joined(separator: " ")
        return filter
    }
}
