/// Writes a graph as the two CSV files `neo4j-admin database import full` reads.
///
/// ```swift
/// let files = try Neo4jCSVWriter().write(snapshot)
/// files.nodes          // "id:ID,name,type,aliases:string[],documents:string[],:LABEL\n1,NATO,..."
/// files.relationships  // ":START_ID,:END_ID,:TYPE,action,cameo,...\n1,2,CONDEMN,condemn,11,..."
/// ```
/// Then:
/// ```
/// neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \
///     --multiline-fields=true neo4j
/// ```
/// Nodes carry the label `Entity` and their type's (`Person`, `Country`, `Organization`,
/// `Location`); lists use Neo4j's default array delimiter `;` (a `;` inside an alias becomes
/// `,`). A relationship's type is its action in upper case (`CONDEMN`, `PRESIDENT`); one row per
/// edge of the snapshot, so a snapshot of facts (`kg export --facts`) gives one per fact with
/// its `reports` count.
public struct Neo4jCSVWriter: Sendable {
    public init() {}

    public static let nodesFile = "nodes.csv"
    public static let relationshipsFile = "relationships.csv"

    public func write(_ snapshot: GraphSnapshot) throws -> (nodes: String, relationships: String) {
        var nodes = "", relationships = ""
        try writeNodes(snapshot, to: &nodes)
        try writeRelationships(snapshot, to: &relationships)
        return (nodes, relationships)
    }

    /// Writes `nodes.csv` of `graph` to `output`, a row at a time.
    ///
    /// ```swift
    /// var nodes = ""
    /// try Neo4jCSVWriter().writeNodes(StoredGraph(store: store), to: &nodes)
    /// ```
    public func writeNodes(_ graph: some ExportableGraph, to output: inout some ExportOutput) throws {
        try output.write("id:ID,name,type,aliases:string[],documents:string[],:LABEL\n")
        try graph.forEachNode { node in
            try output.write(
                [
                    String(node.id), node.name, node.type, Self.array(node.aliases), Self.array(node.documents),
                    "Entity;" + Self.label(node.type),
                ].map(Self.field).joined(separator: ",") + "\n")
        }
    }

    /// Writes `relationships.csv` of `graph` to `output`, a row at a time.
    ///
    /// ```swift
    /// var relationships = ""
    /// try Neo4jCSVWriter().writeRelationships(StoredGraph(store: store), to: &relationships)
    /// ```
    public func writeRelationships(_ graph: some ExportableGraph, to output: inout some ExportOutput) throws {
        try output.write(
            ":START_ID,:END_ID,:TYPE,action,cameo,kind,document,sentence,confidence:float,"
                + "date:date,reports:int,documents:string[],first_date:date,last_date:date\n")
        try graph.forEachEdge { edge in
            try output.write(
                [
                    String(edge.source), String(edge.target), Self.relationshipType(edge.action), edge.action,
                    edge.cameo.rawValue, edge.kind, edge.document ?? "", edge.sentence ?? "", String(edge.confidence),
                    edge.date ?? "", String(edge.reports), Self.array(edge.documents), edge.firstDate ?? "",
                    edge.lastDate ?? "",
                ].map(Self.field).joined(separator: ",") + "\n")
        }
    }

    /// `person` -> `Person`.
    static func label(_ type: String) -> String {
        type.prefix(1).uppercased() + type.dropFirst()
    }

    /// `condemn` -> `CONDEMN`, `prime minister` -> `PRIME_MINISTER`.
    static func relationshipType(_ action: String) -> String {
        let mapped = action.uppercased().unicodeScalars.map { scalar -> String in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? String(scalar) : "_"
        }.joined()
        return mapped.isEmpty ? "RELATED" : mapped
    }

    static func array(_ items: [String]) -> String {
        items.map { $0.replacingOccurrences(of: ";", with: ",") }.joined(separator: ";")
    }

    /// A CSV field, quoted when it holds a comma, quote or line break (quotes doubled).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
