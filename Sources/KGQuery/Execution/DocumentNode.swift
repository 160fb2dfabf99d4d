import KGStore

/// Documents as query values: nodes of type `document`, which `document(r)` returns for a
/// relationship's source article.
///
/// ```
/// MATCH (a)-[r:condemn]->(b) RETURN document(r).title, document(r).date;
/// ```
/// Properties: `name` (file name), `path`, `title`, `date` (publication date), `id`.
enum DocumentNode {
    static let label = "document"
    static let properties = ["name", "path", "title", "date", "id"]

    static func value(_ document: StoredDocument) -> NodeValue {
        NodeValue(
            id: document.id, name: document.name, type: label, title: document.title,
            path: document.path, date: document.date)
    }

    static func property(_ node: NodeValue, _ key: String) -> QueryValue {
        switch key {
        case "name": return .string(node.name)
        case "type": return .string(node.type)
        case "id": return .int(node.id)
        case "path": return node.path.map(QueryValue.string) ?? .null
        case "title": return node.title.map(QueryValue.string) ?? .null
        case "date": return node.date.map(QueryValue.string) ?? .null
        default: return .null
        }
    }
}
