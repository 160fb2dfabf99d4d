import Foundation
import KGExport
import KGQuery

extension ShellState {
    /// `.export FORMAT FILE [STATEMENT]`: the last result, or STATEMENT's, as a graph file.
    /// The file is written whole or not at all. `statementColumn` is where STATEMENT starts on
    /// the command's line, so its errors point into that line.
    func export(
        formatName: String, path: String, statement: String, statementColumn: Int,
        location: InputLocation
    ) throws {
        guard let format = ExportFormat(rawValue: formatName.lowercased()) else {
            let names = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw ShellError.invalidArgument("unknown export format '\(formatName)'; formats: \(names)")
        }
        let result: QueryResult
        if statement.isEmpty {
            guard let lastResult else { throw ShellError.noResultToExport }
            result = lastResult
        } else {
            result = try engine.run(
                statement, parameters: parameters,
                sourceName: location.isInteractive ? "query" : location.sourceName,
                firstLine: location.isInteractive ? 1 : location.line,
                firstColumn: statementColumn)
            lastResult = result
        }
        let snapshot = try GraphSnapshot(store: store, result: result)
        guard !snapshot.nodes.isEmpty else {
            throw ShellError.invalidArgument("the result holds no nodes, edges or paths to export")
        }
        do {
            try GraphExporter.write(snapshot, as: format, to: path)
        } catch let error as ExportError {
            throw ShellError(error)
        }
        console.writeLine("Wrote \(snapshot.nodes.count) nodes and \(snapshot.edges.count) edges to \(path)")
    }
}
