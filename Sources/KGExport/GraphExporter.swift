import Foundation

/// Writes a graph snapshot in an export format.
///
/// ```swift
/// let dot = try GraphExporter.render(GraphSnapshot(store: store), as: .dot)
/// ```
/// Only DOT throws: `ExportError.graphTooLarge` above 500 nodes.
public enum GraphExporter {
    public static func render(_ snapshot: GraphSnapshot, as format: ExportFormat) throws -> String {
        switch format {
        case .json: return NodeLinkJSONWriter().write(snapshot)
        case .dot: return try DOTWriter().write(snapshot)
        case .graphml: return GraphMLWriter().write(snapshot)
        case .neo4j: throw ExportError.needsFolder(format: format.rawValue)
        }
    }

    /// Writes `snapshot` to `path`: a file, or for `.neo4j` a folder (created if missing) holding
    /// `nodes.csv` and `relationships.csv`. Each file is written whole or not at all.
    ///
    /// ```swift
    /// try GraphExporter.write(snapshot, as: .neo4j, to: "neo4j-import")
    /// ```
    public static func write(_ snapshot: GraphSnapshot, as format: ExportFormat, to path: String) throws {
        guard format.writesFolder else {
            try OutputFile.replace(path, with: try render(snapshot, as: format))
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ExportError.file(path: path, message: "cannot create the folder")
        }
        let files = Neo4jCSVWriter().write(snapshot)
        let folder = URL(fileURLWithPath: path)
        try OutputFile.replace(folder.appendingPathComponent(Neo4jCSVWriter.nodesFile).path, with: files.nodes)
        try OutputFile.replace(folder.appendingPathComponent(Neo4jCSVWriter.relationshipsFile).path, with: files.relationships)
    }
}
