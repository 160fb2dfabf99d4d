import KGModel

/// A node as a query returns it.
public struct NodeValue: Hashable, Sendable {
    public var id: Int
    public var name: String
    public var type: String
    /// For a document (`document(r)`, type `document`): its title, path and publication date.
    public var title: String?
    public var path: String?
    public var date: String?

    public init(
        id: Int, name: String, type: String, title: String? = nil, path: String? = nil,
        date: String? = nil
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.title = title
        self.path = path
        self.date = date
    }
}

/// An edge as a query returns it, always in its stored direction `source -> target`.
public struct EdgeValue: Hashable, Sendable {
    public var id: Int
    public var source: NodeValue
    public var target: NodeValue
    public var action: String
    public var cameo: CAMEOCode
    public var kind: String
    /// The document's file name, when the edge came from one.
    public var document: String?
    /// The evidence sentence.
    public var sentence: String?
    public var confidence: Double
    /// When it happened, `YYYY-MM-DD`; for a fact, its earliest report's date.
    public var date: String?
    /// The reports the edge stands for: 1, or a fact's count under `USE facts`.
    public var reports: Int

    public init(
        id: Int, source: NodeValue, target: NodeValue, action: String, cameo: CAMEOCode,
        kind: String, document: String?, sentence: String?, confidence: Double = 1,
        date: String? = nil, reports: Int = 1
    ) {
        self.date = date
        self.reports = reports
        self.id = id
        self.source = source
        self.target = target
        self.action = action
        self.cameo = cameo
        self.kind = kind
        self.document = document
        self.sentence = sentence
        self.confidence = confidence
    }
}

/// A walk: `nodes.count == edges.count + 1`; `edges[i]` joins `nodes[i]` and `nodes[i + 1]` in
/// either direction, and rendering shows the true one.
public struct PathValue: Hashable, Sendable {
    public var nodes: [NodeValue]
    public var edges: [EdgeValue]

    public init(nodes: [NodeValue], edges: [EdgeValue]) {
        self.nodes = nodes
        self.edges = edges
    }

    public var length: Int { edges.count }

    /// `(Joe Biden)-[call]->(Volodymyr Zelensky)<-[condemn]-(NATO)`
    public var rendered: String {
        guard let first = nodes.first else { return "" }
        var out = "(\(first.name))"
        for (index, edge) in edges.enumerated() where index + 1 < nodes.count {
            let next = nodes[index + 1]
            let forward = edge.source.id == nodes[index].id && edge.target.id == next.id
            out += forward ? "-[\(edge.action)]->" : "<-[\(edge.action)]-"
            out += "(\(next.name))"
        }
        return out
    }
}

/// One cell of a query result.
public enum QueryValue: Hashable, Sendable {
    case null
    case int(Int)
    case double(Double)
    case string(String)
    case bool(Bool)
    case node(NodeValue)
    case edge(EdgeValue)
    case path(PathValue)
    case list([QueryValue])

    /// The plain-text form used by table, CSV and TSV output: a node is its name, an edge its
    /// action, a path its rendering.
    public var text: String {
        switch self {
        case .null: return ""
        case let .int(v): return String(v)
        case let .double(v): return String(v)
        case let .string(v): return v
        case let .bool(v): return v ? "true" : "false"
        case let .node(n): return n.name
        case let .edge(e): return e.action
        case let .path(p): return p.rendered
        case let .list(items): return "[" + items.map(\.text).joined(separator: ", ") + "]"
        }
    }
}
