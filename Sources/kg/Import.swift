import ArgumentParser
import Foundation
import KGExport
import KGQuery
import KGStore

/// `kg import`: load a graph from node-link JSON or node and edge CSV tables.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load a graph from node-link JSON or from node and edge CSV files.",
        discussion: """
            kg import graph.json
              NetworkX node-link JSON, as kg export writes it ("edges" or "links").
            kg import --nodes nodes.csv --edges edges.csv
              nodes.csv: id,name,type[,aliases,documents]  (lists separated by ';')
              edges.csv: subject,object,action[,cameo,kind,document,sentence,confidence]

            Everything is loaded in one transaction: a bad row stops the import and changes nothing.
            """
    )

    @OptionGroup var database: DatabaseOption

    @Argument(help: ArgumentHelp("A node-link JSON file.", valueName: "file.json"))
    var file: String?

    @Option(name: .long, help: ArgumentHelp("A CSV file of nodes: id,name,type.", valueName: "file"))
    var nodes: String?

    @Option(name: .long, help: ArgumentHelp("A CSV file of edges: subject,object,action.", valueName: "file"))
    var edges: String?

    func validate() throws {
        if file != nil && (nodes != nil || edges != nil) {
            throw ValidationError("give either a JSON file or --nodes/--edges, not both")
        }
        if let file, file.lowercased().hasSuffix(".csv") {
            throw ValidationError("CSV files are imported with --nodes FILE [--edges FILE]")
        }
        if file == nil && nodes == nil {
            throw ValidationError(
                edges == nil
                    ? "give a JSON file, or --nodes (and --edges) CSV files"
                    : "--edges needs --nodes: edges refer to node ids")
        }
    }

    func run() throws {
        let isNew = !FileManager.default.fileExists(atPath: database.path)
        let report: ImportReport
        let source: String
        do {
            let store = try GraphStore(path: database.path)
            let importer = GraphImporter(store: store)
            if let file {
                report = try importer.importNodeLinkJSON(contentsOf: file)
                source = file
            } else {
                report = try importer.importCSV(nodesPath: nodes ?? "", edgesPath: edges)
                source = [nodes, edges].compactMap { $0 }.joined(separator: " and ")
            }
            // The next `kg query` starts from the graph snapshot instead of reading every
            // relation; the snapshot is a cache, so failing to write it fails nothing.
            try? QueryEngine(store: store).refreshGraphSnapshot()
        } catch {
            if isNew { Self.removeIfEmpty(database.path) }
            throw error
        }
        try StandardOutput.write("imported \(report.nodes) nodes and \(report.edges) edges from \(source) into \(database.path)\n")
    }

    /// Removes a database this import created when it failed before writing anything, so bad
    /// input leaves no empty graph behind (one another process filled meanwhile stays).
    static func removeIfEmpty(_ path: String) {
        guard let store = try? GraphStore(path: path, access: .readOnly),
            (try? store.statistics(topActions: 0)).map({ $0.entities == 0 && $0.documents == 0 }) == true
        else { return }
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    }
}
