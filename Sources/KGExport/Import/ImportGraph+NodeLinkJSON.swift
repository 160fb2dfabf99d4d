import Foundation

extension ImportGraph {
    /// Reads NetworkX node-link JSON: `{"nodes": [...], "edges": [...]}` (or `"links"`), node ids
    /// strings or integers.
    ///
    /// ```swift
    /// let graph = try ImportGraph(nodeLinkJSON: Array(data), file: "graph.json")
    /// ```
    init(nodeLinkJSON bytes: [UInt8], file: String) throws {
        let root = try JSONParser.parse(bytes, file: file)
        func location(_ value: LocatedJSON) -> FileLocation {
            FileLocation(file: file, line: value.line, column: value.column)
        }
        guard case .object = root.value else {
            throw ExportError.badInput(location(root), "expected a node-link graph object, found \(root.kindName)")
        }
        guard let nodeList = root["nodes"] else {
            throw ExportError.badInput(location(root), "the graph has no \"nodes\" array")
        }
        guard case let .array(nodes) = nodeList.value else {
            throw ExportError.badInput(location(nodeList), "\"nodes\" must be an array, found \(nodeList.kindName)")
        }
        for node in nodes {
            try add(Self.node(from: node, at: location))
        }
        guard let edgeList = root["edges"] ?? root["links"] else { return }
        if case .null = edgeList.value { return }
        guard case let .array(edges) = edgeList.value else {
            throw ExportError.badInput(location(edgeList), "\"edges\" must be an array, found \(edgeList.kindName)")
        }
        for edge in edges {
            try add(Self.edge(from: edge, at: location))
        }
    }

    private static func node(from value: LocatedJSON, at location: (LocatedJSON) -> FileLocation) throws -> Node {
        guard case .object = value.value else {
            throw ExportError.badInput(location(value), "a node must be an object, found \(value.kindName)")
        }
        let key = try identifier(value, field: "id", what: "node", at: location)
        let name = try string(value, field: "name", at: location) ?? key
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ExportError.badInput(location(value["name"] ?? value), "node '\(key)' has an empty name")
        }
        guard let typeValue = value["type"] else {
            throw ExportError.badInput(location(value), "node '\(key)' has no \"type\"")
        }
        guard case let .string(typeName) = typeValue.value else {
            throw ExportError.badInput(location(typeValue), "\"type\" must be a string, found \(typeValue.kindName)")
        }
        let type = try entityType(typeName, at: location(typeValue))
        return Node(
            key: key, name: name, type: type,
            aliases: try strings(value, field: "aliases", at: location),
            documents: try strings(value, field: "documents", at: location),
            location: location(value))
    }

    private static func edge(from value: LocatedJSON, at location: (LocatedJSON) -> FileLocation) throws -> Edge {
        guard case .object = value.value else {
            throw ExportError.badInput(location(value), "an edge must be an object, found \(value.kindName)")
        }
        let source = try identifier(value, field: "source", what: "edge", at: location)
        let target = try identifier(value, field: "target", what: "edge", at: location)
        guard let action = try string(value, field: "action", at: location), !action.isEmpty else {
            throw ExportError.badInput(location(value), "edge '\(source)' -> '\(target)' has no \"action\"")
        }
        let cameoText: String?
        switch value["cameo"]?.value {
        case let .int(code)?: cameoText = code < 10 && code >= 0 ? "0\(code)" : String(code)
        default: cameoText = try string(value, field: "cameo", at: location)
        }
        let kindValue = value["kind"]
        let kind = try relationKind(
            try string(value, field: "kind", at: location), cameo: cameoText,
            at: kindValue.map(location) ?? location(value))
        var requestedID: Int?
        if case let .int(key)? = value["key"]?.value, key > 0 { requestedID = key }
        let confidenceValue = value["confidence"]
        var confidence: Double?
        if let confidenceValue {
            switch confidenceValue.value {
            case let .int(v): confidence = Double(v)
            case let .double(v): confidence = v
            case .null: confidence = nil
            default:
                throw ExportError.badInput(location(confidenceValue), "\"confidence\" must be a number, found \(confidenceValue.kindName)")
            }
        }
        return Edge(
            sourceKey: source, targetKey: target, requestedID: requestedID, action: action,
            cameo: try cameo(cameoText, kind: kind, at: value["cameo"].map(location) ?? location(value)), kind: kind,
            document: try string(value, field: "document", at: location),
            sentence: try string(value, field: "sentence", at: location),
            confidence: try Self.confidence(confidence, at: confidenceValue.map(location) ?? location(value)),
            location: location(value))
    }

    /// A required id: a string or an integer, written as text.
    private static func identifier(
        _ object: LocatedJSON, field: String, what: String,
        at location: (LocatedJSON) -> FileLocation
    ) throws -> String {
        guard let value = object[field] else {
            throw ExportError.badInput(location(object), "\(what) has no \"\(field)\"")
        }
        switch value.value {
        case let .string(text) where !text.isEmpty: return text
        case let .int(number): return String(number)
        default:
            throw ExportError.badInput(location(value), "\"\(field)\" must be a non-empty string or an integer, found \(value.kindName)")
        }
    }

    /// An optional string member; null counts as absent.
    private static func string(
        _ object: LocatedJSON, field: String,
        at location: (LocatedJSON) -> FileLocation
    ) throws -> String? {
        guard let value = object[field] else { return nil }
        switch value.value {
        case .null: return nil
        case let .string(text): return text
        default: throw ExportError.badInput(location(value), "\"\(field)\" must be a string, found \(value.kindName)")
        }
    }

    /// An optional array of strings; null counts as empty.
    private static func strings(
        _ object: LocatedJSON, field: String,
        at location: (LocatedJSON) -> FileLocation
    ) throws -> [String] {
        guard let value = object[field] else { return [] }
        switch value.value {
        case .null: return []
        case let .array(items):
            return try items.map { item in
                guard case let .string(text) = item.value else {
                    throw ExportError.badInput(location(item), "\"\(field)\" must hold strings, found \(item.kindName)")
                }
                return text
            }
        default:
            throw ExportError.badInput(location(value), "\"\(field)\" must be an array of strings, found \(value.kindName)")
        }
    }
}
