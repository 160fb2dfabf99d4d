import Foundation

/// Writes a graph in an export format.
///
/// ```swift
/// let dot = try GraphExporter.render(GraphSnapshot(store: store), as: .dot)
/// try GraphExporter.write(StoredGraph(store: store), as: .graphml, to: "graph.graphml")  // streamed
/// ```
/// Only DOT refuses a graph for its size: `ExportError.graphTooLarge` above 500 nodes.
public enum GraphExporter {
    /// The whole export as one string (tests, small results).
    public static func render(_ snapshot: GraphSnapshot, as format: ExportFormat) throws -> String {
        var text = ""
        try write(snapshot, as: format, to: &text)
        return text
    }

    /// Writes `graph` to `output` as it is read: JSON, GraphML and DOT (not Neo4j, which is two
    /// files).
    ///
    /// ```swift
    /// var text = ""
    /// try GraphExporter.write(StoredGraph(store: store), as: .json, to: &text)
    /// ```
    public static func write(_ graph: some ExportableGraph, as format: ExportFormat, to output: inout some ExportOutput) throws {
        switch format {
        case .json: try NodeLinkJSONWriter().write(graph, to: &output)
        case .dot: try DOTWriter().write(graph, to: &output)
        case .graphml: try GraphMLWriter().write(graph, to: &output)
        case .neo4j: throw ExportError.needsFolder(format: format.rawValue)
        }
    }

    /// Writes `graph` to standard output in blocks as it is read.
    ///
    /// ```swift
    /// try GraphExporter.writeToStandardOutput(StoredGraph(store: store), as: .json)
    /// ```
    public static func writeToStandardOutput(_ graph: some ExportableGraph, as format: ExportFormat) throws {
        var output = BufferedDescriptorOutput(descriptor: STDOUT_FILENO, name: "standard output")
        try write(graph, as: format, to: &output)
        try output.flush()
    }

    /// Writes `graph` to `path`: a file, or for `.neo4j` a folder (created if missing) holding
    /// `nodes.csv` and `relationships.csv`. Each file is streamed into a temporary file that
    /// replaces it once whole, so it is written whole or not at all.
    ///
    /// ```swift
    /// try GraphExporter.write(snapshot, as: .neo4j, to: "neo4j-import")
    /// ```
    public static func write(_ graph: some ExportableGraph, as format: ExportFormat, to path: String) throws {
        guard format.writesFolder else {
            try OutputFile.replace(path) { output in try write(graph, as: format, to: &output) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ExportError.file(path: path, message: "cannot create the folder")
        }
        let folder = URL(fileURLWithPath: path)
        let writer = Neo4jCSVWriter()
        try OutputFile.replace(folder.appendingPathComponent(Neo4jCSVWriter.nodesFile).path) { output in
            try writer.writeNodes(graph, to: &output)
        }
        try OutputFile.replace(folder.appendingPathComponent(Neo4jCSVWriter.relationshipsFile).path) { output in
            try writer.writeRelationships(graph, to: &output)
        }
    }
}
