/// The file formats a graph or a query result can be written as.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json
    case dot
    case graphml
    /// `nodes.csv` and `relationships.csv` for `neo4j-admin database import`: a folder, not a file.
    case neo4j

    /// True when the format writes several files into a folder.
    public var writesFolder: Bool { self == .neo4j }
}
