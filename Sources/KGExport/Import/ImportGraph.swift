import Foundation
import KGModel
import KGQuery
import KGStore

/// A graph read from an import file and checked, ready to be stored; each part remembers where
/// in the file it came from.
struct ImportGraph {
    struct Node {
        /// The id as the file writes it; edges refer to it.
        var key: String
        var name: String
        var type: EntityType
        var aliases: [String]
        var documents: [String]
        var location: FileLocation

        /// A positive integer id is kept as the entity id when the store has it free, so a round
        /// trip through a fresh database reproduces the same ids.
        var requestedID: Int? { Int(key).flatMap { $0 > 0 ? $0 : nil } }
    }

    struct Edge {
        var sourceKey: String
        var targetKey: String
        var requestedID: Int?
        var action: String
        var cameo: CAMEOCode
        var kind: RelationKind
        var document: String?
        var sentence: String?
        var confidence: Double
        var location: FileLocation
        /// Positions of the ends in `nodes`, set when the edge is added.
        var source = -1
        var target = -1
    }

    var nodes: [Node] = []
    /// The edges as the store takes them (ends as positions in `nodes`): kept in that form from
    /// the start, since a million-edge file should not be held twice.
    var relations: GraphImport.RelationList = []
    /// Position in `nodes` by the node's id in the file.
    private(set) var nodeIndex = NodeKeyIndex()

    /// Adds a node, refusing a second node with the same id.
    mutating func add(_ node: Node) throws {
        if let first = nodeIndex[node.key] {
            throw ExportError.badInput(node.location, "duplicate node id '\(node.key)' (first at line \(nodes[first].location.line))")
        }
        nodeIndex.insert(node.key, position: nodes.count)
        nodes.append(node)
    }

    /// Adds an edge, refusing one whose ends are not nodes of the graph.
    mutating func add(_ edge: Edge) throws {
        let source = try position(ofNode: edge.sourceKey, role: "source", at: edge.location)
        let target = try position(ofNode: edge.targetKey, role: "target", at: edge.location)
        relations.append(
            GraphImport.Relation(
                subject: source, object: target, action: edge.action, cameo: edge.cameo, kind: edge.kind,
                document: edge.document, sentence: edge.sentence, confidence: edge.confidence,
                requestedID: edge.requestedID))
    }

    /// The position in `nodes` of the node with id `key`, which an edge's `role` end names.
    func position(ofNode key: String, role: String, at location: @autoclosure () -> FileLocation) throws -> Int {
        if let index = nodeIndex[key] { return index }
        let hint = nodes.count <= 10_000 ? Suggestion.clause(for: key, among: nodes.map(\.key)) : ""
        throw ExportError.badInput(location(), "edge \(role) refers to unknown node id '\(key)'\(hint)")
    }

    /// The graph as the store imports it; entity `i` is node `i`.
    func storeImport(sourceName: String) -> GraphImport {
        var graph = GraphImport(sourceName: sourceName)
        graph.entities = nodes.map { node in
            GraphImport.Entity(
                name: node.name, type: node.type, aliases: node.aliases, documents: node.documents,
                requestedID: node.requestedID)
        }
        graph.relations = relations
        return graph
    }

    /// `text` without surrounding spaces and tabs; as it is (no Foundation call) when it has
    /// none, as nearly every cell of a million-row table does.
    static func trimmed(_ text: String) -> String {
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard let first = text.utf8.first, let last = text.utf8.last, blank(first) || blank(last) else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The entity type named by `text`, in any case; unknown names get a suggestion.
    static func entityType(_ text: String, at location: FileLocation) throws -> EntityType {
        let trimmed = Self.trimmed(text)
        if let type = EntityType(rawValue: trimmed.lowercased()) { return type }
        let names = EntityType.allCases.map(\.rawValue)
        let hint =
            Suggestion.closest(to: trimmed, among: names).map { "; did you mean '\($0)'?" }
            ?? " (expected one of: \(names.joined(separator: ", ")))"
        throw ExportError.badInput(location, "unknown entity type '\(trimmed)'\(hint)")
    }

    /// The relation kind named by `text`, or the default: role when the CAMEO code says so.
    static func relationKind(_ text: String?, cameo: String?, at location: FileLocation) throws -> RelationKind {
        guard let text = text.map(Self.trimmed), !text.isEmpty else {
            return cameo == CAMEOCode.role.rawValue ? .role : .action
        }
        if let kind = RelationKind(rawValue: text.lowercased()) { return kind }
        let names = RelationKind.allCases.map(\.rawValue)
        let hint =
            Suggestion.closest(to: text, among: names).map { "; did you mean '\($0)'?" }
            ?? " (expected \(names.joined(separator: " or ")))"
        throw ExportError.badInput(location, "unknown relation kind '\(text)'\(hint)")
    }

    /// The CAMEO code to store: an action's root code (`"4"` read as `"04"`) or a role's
    /// `"role"`; when none is given, `.role` for roles and `.uncoded` for actions.
    static func cameo(_ text: String?, kind: RelationKind, at location: FileLocation) throws -> CAMEOCode {
        guard let text = text.map(Self.trimmed), !text.isEmpty else {
            return kind == .role ? .role : .uncoded
        }
        switch kind {
        case .role:
            guard text.lowercased() == CAMEOCode.role.rawValue else {
                throw ExportError.badInput(location, "a role's CAMEO code is '\(CAMEOCode.role)', not '\(text)'")
            }
            return .role
        case .action:
            guard let code = CAMEORootCode(normalizing: text) else {
                throw ExportError.badInput(location, "unknown CAMEO root code '\(text)' (expected 01 to 20)")
            }
            return .root(code)
        }
    }

    static func confidence(_ value: Double?, at location: FileLocation) throws -> Double {
        guard let value else { return 1 }
        guard value.isFinite, (0...1).contains(value) else {
            throw ExportError.badInput(location, "confidence \(value) is outside 0...1")
        }
        return value
    }
}

/// Node positions by the ids a file gives its nodes, which edges refer to.
///
/// ```swift
/// var index = NodeKeyIndex()
/// index.insert("42", position: 0)
/// index["42"]   // 0
/// ```
/// Ids that are plain decimal numbers, as in most exported graphs, are looked up in an array by
/// their value: a million-edge file looks two ids up per edge, and hashing each string cost
/// more than reading the rest of the edge. Other ids go through a dictionary.
struct NodeKeyIndex {
    private var byKey: [String: Int] = [:]
    /// Position by numeric id, -1 where no node has that id.
    private var byNumber: [Int32] = []
    /// Numeric ids from here on go to the dictionary, so one huge id cannot claim gigabytes.
    private static let numberLimit = 1 << 22

    subscript(key: String) -> Int? {
        guard let number = Self.number(key), number < Self.numberLimit else { return byKey[key] }
        guard number < byNumber.count, byNumber[number] >= 0 else { return nil }
        return Int(byNumber[number])
    }

    mutating func insert(_ key: String, position: Int) {
        guard let number = Self.number(key), number < Self.numberLimit, position < Int(Int32.max) else {
            byKey[key] = position
            return
        }
        if number >= byNumber.count {
            byNumber.append(contentsOf: repeatElement(-1, count: number + 1 - byNumber.count))
        }
        byNumber[number] = Int32(position)
    }

    /// The value of a plain decimal number ("42"); nil for any other text ("042", "+4", "4.0",
    /// " 4", "", or more than 9 digits), which stays a text id.
    static func number(_ key: String) -> Int? {
        let digits = key.utf8
        guard let first = digits.first, digits.count <= 9, first != UInt8(ascii: "0") || digits.count == 1 else {
            return nil
        }
        var value = 0
        for digit in digits {
            guard digit >= UInt8(ascii: "0") && digit <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }
}
