import KGQuery

/// The nodes, edges and paths of a result drawn as a Graphviz graph.
///
/// ```swift
/// let dot = try DOTRenderer().checkedRender(result, options: RenderOptions())
/// ```
/// Uses `GraphSnapshot(result:)`, so nodes carry no aliases or documents. Over the DOT size limit
/// `render` returns a small graph whose label says so; `checkedRender` throws instead.
public struct DOTRenderer: ResultRenderer {
    public var writer: DOTWriter

    public init(writer: DOTWriter = DOTWriter()) {
        self.writer = writer
    }

    public func checkedRender(_ result: QueryResult, options: RenderOptions) throws -> String {
        try writer.write(GraphSnapshot(result: result))
    }

    public func render(_ result: QueryResult, options: RenderOptions) -> String {
        do {
            return try checkedRender(result, options: options)
        } catch {
            let message = (error as? ExportError)?.errorDescription ?? "\(error)"
            return "digraph kg {\n  graph [label=\(DOTWriter.quoted(message)), fontname=\"Helvetica\"];\n}\n"
        }
    }
}
