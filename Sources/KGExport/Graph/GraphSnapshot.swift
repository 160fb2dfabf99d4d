import KGModel

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

/// One report behind an edge: the sentence that states it, where and when.
public struct SnapshotEvidence: Hashable, Sendable {
    public var document: String?
    public var sentence: String?
    /// `YYYY-MM-DD`, when known.
    public var date: String?

    public init(document: String?, sentence: String?, date: String?) {
        self.document = document
        self.sentence = sentence
        self.date = date
    }
}

/// An edge as exports see it: one report (a relation row), or a fact merging several
/// (`GraphSnapshot.facts()`).
public struct SnapshotEdge: Hashable, Sendable {
    /// The relation id; for a fact, its first report's.
    public var id: Int
    public var source: Int
    public var target: Int
    public var action: String
    public var cameo: CAMEOCode
    public var kind: String
    /// The report's document; for a fact, its first report's.
    public var document: String?
    public var sentence: String?
    /// The best confidence.
    public var confidence: Double
    /// When it happened; for a fact, the earliest report's date.
    public var date: String?
    /// Reports merged into this edge: 1 for a report.
    public var reports: Int
    /// Every report behind the edge, in id order; a single report lists itself.
    public var evidence: [SnapshotEvidence]

    public init(
        id: Int, source: Int, target: Int, action: String, cameo: CAMEOCode, kind: String,
        document: String?, sentence: String?, confidence: Double, date: String? = nil,
        reports: Int = 1, evidence: [SnapshotEvidence]? = nil
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.action = action
        self.cameo = cameo
        self.kind = kind
        self.document = document
        self.sentence = sentence
        self.confidence = confidence
        self.date = date
        self.reports = reports
        self.evidence = evidence ?? [SnapshotEvidence(document: document, sentence: sentence, date: date)]
    }

    /// The latest date among the evidence.
    public var lastDate: String? { evidence.compactMap(\.date).max() }
    /// The earliest date among the evidence.
    public var firstDate: String? { evidence.compactMap(\.date).min() }
    /// Distinct documents among the evidence, sorted.
    public var documents: [String] { Array(Set(evidence.compactMap(\.document))).sorted() }
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
