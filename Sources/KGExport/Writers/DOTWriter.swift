/// Writes a graph for Graphviz: nodes shaped and coloured by type, one edge per fact (the reports
/// of the same action between the same nodes merged) labelled with its count of reports, drawn
/// thicker and weighted by it, its evidence as the tooltip, and a legend of the types.
///
/// ```swift
/// let dot = try DOTWriter().write(snapshot)   // then: dot -Tsvg graph.dot > graph.svg
/// ```
/// Graphs over `maxNodes` nodes throw `ExportError.graphTooLarge`: laid out, they are unreadable.
public struct DOTWriter: Sendable {
    public var maxNodes: Int

    public init(maxNodes: Int = 500) {
        self.maxNodes = maxNodes
    }

    /// Shape and fill colour for each entity type; other types get a grey ellipse.
    static let styles: [String: (shape: String, fill: String)] = [
        "person": ("ellipse", "#AED6F1"),
        "country": ("box", "#A9DFBF"),
        "organization": ("hexagon", "#F9E79F"),
        "location": ("house", "#F5B7B1"),
    ]
    static let typeOrder = ["person", "country", "organization", "location"]
    static let fallbackStyle = (shape: "ellipse", fill: "#E5E7E9")

    public func write(_ snapshot: GraphSnapshot) throws -> String {
        var text = ""
        try write(snapshot, to: &text)
        return text
    }

    /// Writes `graph` to `output` a line at a time; the size check comes first, so a graph too
    /// large to draw is refused before it is read.
    ///
    /// ```swift
    /// var text = ""
    /// try DOTWriter().write(StoredGraph(store: store), to: &text)
    /// ```
    public func write(_ graph: some ExportableGraph, to output: inout some ExportOutput) throws {
        let nodeCount = try graph.nodeCount()
        guard nodeCount <= maxNodes else {
            throw ExportError.graphTooLarge(nodes: nodeCount, limit: maxNodes)
        }
        // Reports merge into facts, which takes the whole graph: at most maxNodes nodes.
        let snapshot = try graph.snapshot()
        try output.write(
            """
            digraph kg {
              graph [rankdir=LR, fontname="Helvetica", fontsize=11, nodesep=0.3, ranksep=0.6, splines=true, overlap=false];
              node [fontname="Helvetica", fontsize=11, style="filled", color="#566573"];
              edge [fontname="Helvetica", fontsize=9, color="#566573", fontcolor="#1B2631"];

            """)
        for node in snapshot.nodes {
            let style = Self.styles[node.type] ?? Self.fallbackStyle
            var tooltip = node.type
            if !node.aliases.isEmpty { tooltip += "\naka " + node.aliases.joined(separator: ", ") }
            if !node.documents.isEmpty { tooltip += "\nin " + node.documents.joined(separator: ", ") }
            try output.write(
                "  \(Self.quoted(String(node.id))) [label=\(Self.quoted(node.name)), shape=\(style.shape), "
                    + "fillcolor=\(Self.quoted(style.fill)), tooltip=\(Self.quoted(tooltip))];\n")
        }
        for fact in snapshot.facts().edges {
            let label = fact.reports > 1 ? "\(fact.action) (\(fact.reports))" : fact.action
            var attributes = "label=\(Self.quoted(label)), penwidth=\(Self.penwidth(reports: fact.reports)), weight=\(fact.reports)"
            if fact.kind == "role" { attributes += ", style=dashed" }
            let evidence = Self.evidenceTooltip(fact.evidence)
            if !evidence.isEmpty { attributes += ", tooltip=\(Self.quoted(evidence))" }
            try output.write("  \(Self.quoted(String(fact.source))) -> \(Self.quoted(String(fact.target))) [\(attributes)];\n")
        }
        try output.write(legend(for: snapshot.nodes) + "}\n")
    }

    /// Line width for a fact with `reports` reports: 1 for one, thicker by the doubling, at most 6.
    static func penwidth(reports: Int) -> String {
        var width = 1.0
        var count = max(1, reports)
        while count > 1 && width < 6 {
            count /= 2
            width += 1
        }
        return String(width)
    }

    /// One line per report, "date, document: sentence", the first ten, each shortened.
    static func evidenceTooltip(_ evidence: [SnapshotEvidence]) -> String {
        var lines: [String] = []
        for report in evidence.prefix(10) {
            guard let sentence = report.sentence else { continue }
            let place = [report.date, report.document].compactMap { $0 }.joined(separator: ", ")
            lines.append((place.isEmpty ? "" : place + ": ") + shortened(sentence))
        }
        if evidence.count > 10 { lines.append("and \(evidence.count - 10) more") }
        return lines.joined(separator: "\n")
    }

    private func legend(for nodes: [SnapshotNode]) -> String {
        let present = Set(nodes.map(\.type))
        let types = Self.typeOrder.filter(present.contains) + present.subtracting(Self.typeOrder).sorted()
        guard !types.isEmpty else { return "" }
        var out = """
              subgraph cluster_legend {
                label="Entity types"; fontsize=10; style="rounded"; color="#ABB2B9";

            """
        for type in types {
            let style = Self.styles[type] ?? Self.fallbackStyle
            out +=
                "    \(Self.quoted("legend:" + type)) [label=\(Self.quoted(type)), shape=\(style.shape), "
                + "fillcolor=\(Self.quoted(style.fill)), fontsize=9];\n"
        }
        // Invisible edges keep the legend's entries in one column beside the graph.
        if types.count > 1 {
            out += "    " + types.map { Self.quoted("legend:" + $0) }.joined(separator: " -> ") + " [style=invis];\n"
        }
        out += "  }\n"
        return out
    }

    /// A DOT double-quoted string: quotes and backslashes escaped, line breaks as `\n`, other
    /// control characters dropped. Unicode passes through (DOT files are UTF-8).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": continue
            case "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func shortened(_ text: String, to limit: Int = 200) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}
