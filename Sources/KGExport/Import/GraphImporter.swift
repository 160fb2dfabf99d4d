import Foundation
import KGModel
import KGStore

/// Loads a graph from NetworkX node-link JSON, CSV tables or a snapshot into a store, all in one
/// transaction: any bad row aborts the whole import and leaves the store as it was. Nodes go
/// through the store's entity resolver (`GraphStore.importGraph`): a node joins the entity the
/// store already has for it, and importing the same file twice adds nothing the second time.
///
/// ```swift
/// let store = try GraphStore(path: "kg.sqlite")
/// let report = try GraphImporter(store: store).importNodeLinkJSON(contentsOf: "graph.json")
/// let nato = report.entityIDs["1"]
/// ```
/// Each entity gets alias rows for its name and aliases. An edge with a document or sentence gets
/// a document row (`path` "import:<name>", `content_hash` "import") and a sentence row holding its
/// text, so provenance survives; other edges have no sentence. Positive integer node ids (and edge
/// keys) are kept when the store has them free, so a round trip through an empty store
/// reproduces the export exactly.
public struct GraphImporter {
    public let store: GraphStore

    public init(store: GraphStore) {
        self.store = store
    }

    /// Imports NetworkX node-link JSON, as `kg export --format json` writes it.
    ///
    /// - Parameter sourceName: the file name used in error messages, and the document name of
    ///   edges that have a sentence but no document.
    public func importNodeLinkJSON(data: Data, sourceName: String) throws -> ImportReport {
        try write(ImportGraph(nodeLinkJSON: Array(data), file: sourceName), sourceName: sourceName)
    }

    /// Imports the node-link JSON file at `path`.
    public func importNodeLinkJSON(contentsOf path: String) throws -> ImportReport {
        try importNodeLinkJSON(data: Self.read(path), sourceName: path)
    }

    /// Imports a node table and, optionally, an edge table given as CSV text.
    ///
    /// ```swift
    /// try importer.importCSV(nodes: "id,name,type\nn1,NATO,organization\nn2,Russia,country\n",
    ///                        edges: "subject,object,action,cameo\nn1,n2,condemn,11\n")
    /// ```
    public func importCSV(
        nodes: String, nodesName: String = "nodes.csv",
        edges: String? = nil, edgesName: String = "edges.csv"
    ) throws -> ImportReport {
        try write(
            ImportGraph(nodesCSV: nodes, nodesFile: nodesName, edgesCSV: edges, edgesFile: edgesName),
            sourceName: edgesName)
    }

    /// Imports the CSV files at `nodesPath` and, when given, `edgesPath`.
    ///
    /// The edge file is read on a second thread while the store writes the nodes; a bad edge row
    /// still changes nothing.
    public func importCSV(nodesPath: String, edgesPath: String?) throws -> ImportReport {
        let nodes = try Self.text(Self.read(nodesPath), path: nodesPath)
        let graph = try ImportGraph(nodesCSV: nodes, nodesFile: nodesPath)
        guard let edgesPath else { return try write(graph, sourceName: "edges.csv") }
        let edges = BackgroundEdgeReader(path: edgesPath, reader: graph.edgeReader(file: edgesPath))
        defer { edges.stopAndWait() }
        return try write(graph, sourceName: edgesPath, followedBy: { try edges.next() })
    }

    /// Imports a snapshot built in Swift: node ids are the snapshot's ids, edge keys its edge ids.
    ///
    /// ```swift
    /// let graph = GraphSnapshot(nodes: [SnapshotNode(id: 1, name: "NATO", type: "organization", aliases: [], documents: [])],
    ///                           edges: [])
    /// try GraphImporter(store: store).importSnapshot(graph)
    /// ```
    public func importSnapshot(_ snapshot: GraphSnapshot, sourceName: String = "snapshot") throws -> ImportReport {
        var graph = ImportGraph()
        for (index, node) in snapshot.nodes.enumerated() {
            let location = FileLocation(file: sourceName, line: index + 1)
            try graph.add(
                ImportGraph.Node(
                    key: String(node.id), name: node.name,
                    type: try ImportGraph.entityType(node.type, at: location),
                    aliases: node.aliases, documents: node.documents, location: location))
        }
        for (index, edge) in snapshot.edges.enumerated() {
            let location = FileLocation(file: sourceName, line: snapshot.nodes.count + index + 1)
            let kind = try ImportGraph.relationKind(edge.kind, cameo: edge.cameo.rawValue, at: location)
            try graph.add(
                ImportGraph.Edge(
                    sourceKey: String(edge.source), targetKey: String(edge.target),
                    requestedID: edge.id > 0 ? edge.id : nil, action: edge.action,
                    cameo: try ImportGraph.cameo(edge.cameo.rawValue, kind: kind, at: location), kind: kind,
                    document: edge.document, sentence: edge.sentence,
                    confidence: try ImportGraph.confidence(edge.confidence, at: location),
                    location: location))
        }
        return try write(graph, sourceName: sourceName)
    }

    static func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            throw ExportError.file(path: path, message: reason)
        }
    }

    static func text(_ data: Data, path: String) throws -> String {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ExportError.file(path: path, message: "not UTF-8 text")
        }
        return text
    }

    /// Hands the checked graph to the store, which resolves its entities as ingest does.
    private func write(
        _ graph: ImportGraph, sourceName: String,
        followedBy nextBatch: () throws -> GraphImport.RelationList? = { nil }
    ) throws -> ImportReport {
        let fallbackDocument = URL(fileURLWithPath: sourceName).lastPathComponent
        let result = try store.importGraph(graph.storeImport(sourceName: fallbackDocument), followedBy: nextBatch)
        var report = ImportReport()
        report.nodes = graph.nodes.count
        report.edges = result.relationsAdded
        report.nodesJoined = result.entitiesJoined
        report.edgesUnchanged = result.relationsUnchanged
        report.documents = result.documentsAdded
        report.sentences = result.sentencesAdded
        for (node, id) in zip(graph.nodes, result.entityIDs) { report.entityIDs[node.key] = id }
        return report
    }
}
