/// Writes a graph snapshot in an export format.
///
/// ```swift
/// let dot = try GraphExporter.render(GraphSnapshot(store: store), as: .dot)
/// ```
public enum GraphExporter {
    public static func render(_ snapshot: GraphSnapshot, as format: ExportFormat) throws -> String {
        // Lands with the export work.
        ""
    }
}
