import ArgumentParser
import Foundation
import KGExport
import KGQuery
import KGStore

/// `kg export`: the whole graph, or one query's result, as node-link JSON, DOT, GraphML or Neo4j
/// import CSV.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph, or a query's result, as JSON, DOT, GraphML or Neo4j CSV.",
        discussion: """
            Formats:
              json     NetworkX node-link: networkx.node_link_graph(data, edges="edges")
              dot      Graphviz, up to 500 nodes: kg export --format dot | dot -Tsvg
              graphml  for Gephi, yEd, Cytoscape and networkx.read_graphml
              neo4j    -o DIR: DIR/nodes.csv and DIR/relationships.csv for
                       neo4j-admin database import full --nodes=DIR/nodes.csv \
                         --relationships=DIR/relationships.csv --multiline-fields=true neo4j

            Every relation is one report of a fact; --facts merges the reports of each (subject,
            action, object) into one edge carrying their count (reports, weight) and evidence.
            DOT always draws facts, thicker the more reports they have.

            The graph is written as it is read, so memory stays flat however large it is; with -o \
            the file is replaced only once the whole output is ready.
            """
    )

    @OptionGroup var database: DatabaseOption

    @Option(name: .long, help: "json, dot, graphml or neo4j (default: from the -o file's extension, else json).")
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Export only the nodes, edges and paths this statement returns.",
            valueName: "statement"))
    var query: String?

    @Flag(name: .long, help: "One edge per fact, with its number of reports and their evidence.")
    var facts = false

    func run() throws {
        let store = try GraphStore(path: database.path, access: .reading)
        if query == nil && !facts {
            // The whole graph, read and written a row at a time: flat memory at any size.
            try write(StoredGraph(store: store))
            return
        }
        let snapshot: GraphSnapshot
        if let query {
            let result = try QueryEngine(store: store).run(query)
            snapshot = try GraphSnapshot(store: store, result: result)
            if snapshot.nodes.isEmpty && !result.rows.isEmpty {
                FileHandle.standardError.write(
                    Data(
                        ("warning: the query returned no nodes, edges or paths; "
                            + "return them (RETURN a, r, b) to export a graph\n").utf8))
            }
        } else {
            snapshot = try GraphSnapshot(store: store)
        }
        try write(facts ? snapshot.facts() : snapshot)
    }

    private func write(_ graph: some ExportableGraph) throws {
        if let output {
            try GraphExporter.write(graph, as: chosenFormat, to: output)
        } else {
            try GraphExporter.writeToStandardOutput(graph, as: chosenFormat)
        }
    }

    private var chosenFormat: ExportFormat {
        if let format { return format }
        switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "dot"?, "gv"?: return .dot
        case "graphml"?, "xml"?: return .graphml
        default: return .json
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
