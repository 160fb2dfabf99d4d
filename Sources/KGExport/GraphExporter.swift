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
        }
    }
}
