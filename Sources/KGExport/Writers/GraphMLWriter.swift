/// Writes a graph as GraphML, for Gephi, yEd, Cytoscape and `networkx.read_graphml`.
///
/// ```swift
/// let xml = try GraphMLWriter().write(snapshot)
/// ```
/// GraphML has no list type, so a node's aliases and documents are joined with "; ", an edge's
/// evidence with line breaks. Node ids are `n<entity id>`, edge ids `e<relation id>` (a fact's:
/// its first report's). `reports` and `weight` count the reports an edge stands for: 1 each for
/// `kg export`, the fact's count for `kg export --facts`.
public struct GraphMLWriter: Sendable {
    public init() {}

    private static let nodeKeys: [(id: String, name: String, type: String)] = [
        ("label", "label", "string"), ("name", "name", "string"), ("type", "type", "string"),
        ("aliases", "aliases", "string"), ("documents", "documents", "string"),
    ]
    private static let edgeKeys: [(id: String, name: String, type: String)] = [
        ("e_label", "label", "string"), ("action", "action", "string"), ("cameo", "cameo", "string"),
        ("kind", "kind", "string"), ("document", "document", "string"), ("sentence", "sentence", "string"),
        ("confidence", "confidence", "double"), ("date", "date", "string"),
        ("reports", "reports", "int"), ("weight", "weight", "double"), ("first_date", "first_date", "string"),
        ("last_date", "last_date", "string"), ("documents_e", "documents", "string"),
        ("evidence", "evidence", "string"),
    ]

    public func write(_ snapshot: GraphSnapshot) throws -> String {
        var text = ""
        try write(snapshot, to: &text)
        return text
    }

    /// Writes `graph` to `output` one node or edge at a time.
    ///
    /// ```swift
    /// var text = ""
    /// try GraphMLWriter().write(StoredGraph(store: store), to: &text)
    /// ```
    public func write(_ graph: some ExportableGraph, to output: inout some ExportOutput) throws {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for key in Self.nodeKeys {
            out += "  <key id=\"\(key.id)\" for=\"node\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        for key in Self.edgeKeys {
            out += "  <key id=\"\(key.id)\" for=\"edge\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"kg\" edgedefault=\"directed\">\n"
        try output.write(out)
        try graph.forEachNode { node in
            var out = "    <node id=\"n\(node.id)\">"
            out += data("label", node.name) + data("name", node.name) + data("type", node.type)
            out += data("aliases", node.aliases.joined(separator: "; "))
            out += data("documents", node.documents.joined(separator: "; "))
            out += "</node>\n"
            try output.write(out)
        }
        try graph.forEachEdge { edge in
            var out = "    <edge id=\"e\(edge.id)\" source=\"n\(edge.source)\" target=\"n\(edge.target)\">"
            out += data("e_label", edge.action) + data("action", edge.action) + data("cameo", edge.cameo.rawValue)
            out += data("kind", edge.kind)
            if let document = edge.document { out += data("document", document) }
            if let sentence = edge.sentence { out += data("sentence", sentence) }
            out += data("confidence", String(edge.confidence))
            if let date = edge.date { out += data("date", date) }
            out += data("reports", String(edge.reports)) + data("weight", String(Double(edge.reports)))
            if let first = edge.firstDate, let last = edge.lastDate {
                out += data("first_date", first) + data("last_date", last)
            }
            out += data("documents_e", edge.documents.joined(separator: "; "))
            out += data("evidence", edge.evidence.compactMap(Self.line(of:)).joined(separator: "\n"))
            out += "</edge>\n"
            try output.write(out)
        }
        try output.write("  </graph>\n</graphml>\n")
    }

    /// "date, document: sentence" for one report, nil when it has no sentence.
    static func line(of report: SnapshotEvidence) -> String? {
        guard let sentence = report.sentence else { return nil }
        let place = [report.date, report.document].compactMap { $0 }.joined(separator: ", ")
        return (place.isEmpty ? "" : place + ": ") + sentence
    }

    private func data(_ key: String, _ value: String) -> String {
        "<data key=\"\(key)\">\(Self.escaped(value))</data>"
    }

    /// XML text: markup characters as entities, characters XML 1.0 forbids dropped, carriage
    /// returns kept as a reference so parsers do not fold them into line feeds.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
