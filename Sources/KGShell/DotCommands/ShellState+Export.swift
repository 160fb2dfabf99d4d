import Foundation
import KGExport
import KGQuery

extension ShellState {
    /// `.export FORMAT FILE [STATEMENT]`: the last result, or STATEMENT's, as a graph file.
    /// The file is written whole or not at all.
    func export(formatName: String, path: String, statement: String, location: InputLocation) throws {
        guard let format = ExportFormat(rawValue: formatName.lowercased()) else {
            let names = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw ShellError.invalidArgument("unknown export format '\(formatName)'; formats: \(names)")
        }
        let result: QueryResult
        if statement.isEmpty {
            guard let lastResult else { throw ShellError.noResultToExport }
            result = lastResult
        } else {
            result = try engine.run(statement, parameters: parameters,
                                    sourceName: location.isInteractive ? "query" : location.sourceName,
                                    firstLine: location.isInteractive ? 1 : location.line)
            lastResult = result
        }
        let snapshot = try ResultGraph.snapshot(of: result, store: store)
        guard !snapshot.nodes.isEmpty else {
            throw ShellError.invalidArgument("the result holds no nodes, edges or paths to export")
        }
        let text: String
        do {
            text = try GraphExporter.render(snapshot, as: format)
        } catch {
            throw ShellError.underlying((error as? LocalizedError)?.errorDescription ?? "\(error)")
        }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw ShellError.cannotWrite(path: path, reason: (error as NSError).localizedFailureReason
                                         ?? error.localizedDescription)
        }
        console.writeLine("Wrote \(snapshot.nodes.count) nodes and \(snapshot.edges.count) edges to \(path)")
    }
}
