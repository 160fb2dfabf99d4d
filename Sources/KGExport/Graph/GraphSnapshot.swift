/// A node as exports see it.
public struct SnapshotNode: Hashable, Sendable {
    public var id: Int
    public var name: String
    public var type: String
    public var aliases: [String]
    /// File names of the documents that mention it.
    public var documents: [String]

    public init(id: Int, name: String, type: String, aliases: [String], documents: [String]) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.documents = documents
    }
}

/// An edge as exports see it.
public struct SnapshotEdge: Hashable, Sendable {
    public var id: Int
    public var source: Int
    public var target: Int
    public var action: String
    public var cameo: String
    public var kind: String
    public var document: String?
    public var sentence: String?
    public var confidence: Double

    public init(id: Int, source: Int, target: Int, action: String, cameo: String, kind: String,
                document: String?, sentence: String?, confidence: Double) {
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

/// A graph to write out: the whole store, or the nodes, edges and paths of a query result.
public struct GraphSnapshot: Sendable {
    public var nodes: [SnapshotNode]
    public var edges: [SnapshotEdge]

    public init(nodes: [SnapshotNode], edges: [SnapshotEdge]) {
        self.nodes = nodes
        self.edges = edges
    }
}
