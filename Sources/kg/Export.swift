import ArgumentParser
import Foundation
import KGExport
import KGQuery
import KGStore

/// `kg export`: the whole graph, or one query's result, as node-link JSON, DOT or GraphML.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the graph, or a query's result, as JSON, DOT or GraphML.",
        discussion: """
            Formats:
              json     NetworkX node-link: networkx.node_link_graph(data, edges="edges")
              dot      Graphviz, up to 500 nodes: kg export --format dot | dot -Tsvg
              graphml  for Gephi, yEd, Cytoscape and networkx.read_graphml

            With -o the file is replaced only once the whole output is ready.
            """
    )

    @OptionGroup var database: DatabaseOption

    @Option(name: .long, help: "json, dot or graphml (default: from the -o file's extension, else json).")
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Export only the nodes, edges and paths this statement returns.",
                                            valueName: "statement"))
    var query: String?

    func run() throws {
        let path = database.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure.report("\(path): error: no graph database here; run 'kg ingest' or 'kg import' first")
        }
        do {
            let store = try GraphStore(path: path, access: .reading)
            let snapshot: GraphSnapshot
            if let query {
                let result = try QueryEngine(store: store).run(query)
                snapshot = try GraphSnapshot(store: store, result: result)
                if snapshot.nodes.isEmpty && !result.rows.isEmpty {
                    FileHandle.standardError.write(Data(("warning: the query returned no nodes, edges or paths; "
                        + "return them (RETURN a, r, b) to export a graph\n").utf8))
                }
            } else {
                snapshot = try GraphSnapshot(store: store)
            }
            let text = try GraphExporter.render(snapshot, as: chosenFormat)
            if let output {
                try OutputFile.replace(output, with: text)
            } else {
                try StandardOutput.write(text)
            }
        } catch let error as QueryError {
            throw CommandFailure.report(error)
        } catch let error as LocalizedError {
            throw CommandFailure.report(error)
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
