/// The file formats a graph or a query result can be written as.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json
    case dot
    case graphml
}
