import Foundation
import KGQuery

extension ImportGraph {
    static let nodeColumns = (required: ["id", "name", "type"], optional: ["aliases", "documents"])
    static let edgeColumns = (
        required: ["subject", "object", "action"],
        optional: ["cameo", "kind", "document", "sentence", "confidence"]
    )

    /// Reads a node table (`id,name,type[,aliases,documents]`, lists separated by `;`) and an edge
    /// table (`subject,object,action[,cameo,kind,document,sentence,confidence]`) whose subject and
    /// object are node ids.
    ///
    /// ```swift
    /// let graph = try ImportGraph(nodesCSV: "id,name,type\n1,NATO,organization\n", nodesFile: "nodes.csv",
    ///                             edgesCSV: nil, edgesFile: "edges.csv")
    /// ```
    init(nodesCSV: String, nodesFile: String, edgesCSV: String?, edgesFile: String) throws {
        try Self.forEachRow(nodesCSV, file: nodesFile, columns: Self.nodeColumns) { row in
            let location = FileLocation(file: nodesFile, line: row.line)
            guard let key = row["id"], !key.isEmpty else { throw ExportError.badInput(location, "empty node id") }
            guard let name = row["name"], !name.isEmpty else {
                throw ExportError.badInput(location, "node '\(key)' has an empty name")
            }
            try add(
                Node(
                    key: key, name: name, type: try Self.entityType(row["type"] ?? "", at: location),
                    aliases: Self.list(row["aliases"]), documents: Self.list(row["documents"]),
                    location: location))
        }
        guard let edgesCSV else { return }
        try Self.forEachRow(edgesCSV, file: edgesFile, columns: Self.edgeColumns) { row in
            let location = FileLocation(file: edgesFile, line: row.line)
            guard let subject = row["subject"], let object = row["object"] else { return }
            guard let action = row["action"], !action.isEmpty else {
                throw ExportError.badInput(location, "edge '\(subject)' -> '\(object)' has an empty action")
            }
            let kind = try Self.relationKind(row["kind"], cameo: row["cameo"], at: location)
            var confidence: Double?
            if let text = row["confidence"], !text.isEmpty {
                guard let value = Double(text) else {
                    throw ExportError.badInput(location, "confidence '\(text)' is not a number")
                }
                confidence = value
            }
            try add(
                Edge(
                    sourceKey: subject, targetKey: object, requestedID: nil, action: action,
                    cameo: try Self.cameo(row["cameo"], kind: kind, at: location), kind: kind,
                    document: row["document"].flatMap { $0.isEmpty ? nil : $0 },
                    sentence: row["sentence"].flatMap { $0.isEmpty ? nil : $0 },
                    confidence: try Self.confidence(confidence, at: location), location: location))
        }
    }

    /// A data row, read by column name.
    struct Row {
        var fields: [String]
        /// Field position by column name, from the header.
        var columns: [String: Int]
        var line: Int
        subscript(column: String) -> String? { columns[column].map { fields[$0] } }
    }

    /// Calls `body` with each row of a CSV table whose header names the `required` columns and
    /// only known ones, as the rows are parsed.
    private static func forEachRow(
        _ text: String, file: String, columns: (required: [String], optional: [String]),
        _ body: (Row) throws -> Void
    ) throws {
        var header: CSVRecord?
        var positions: [String: Int] = [:]
        try CSVParser.forEachRecord(in: text, file: file) { fields, line in
            guard header != nil else {
                header = CSVRecord(fields: fields, line: line)
                positions = try checkHeader(CSVRecord(fields: fields, line: line), file: file, columns: columns)
                return
            }
            guard fields.count == positions.count else {
                throw ExportError.badInput(
                    FileLocation(file: file, line: line),
                    "expected \(positions.count) fields as in the header, found \(fields.count)")
            }
            try body(Row(fields: fields, columns: positions, line: line))
        }
        guard header != nil else {
            throw ExportError.badInput(
                FileLocation(file: file, line: 1),
                "empty file; expected a header row \(columns.required.joined(separator: ","))")
        }
    }

    /// Checks a header row, returning each column's position.
    private static func checkHeader(
        _ header: CSVRecord, file: String,
        columns: (required: [String], optional: [String])
    ) throws -> [String: Int] {
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let known = columns.required + columns.optional
        for (index, name) in names.enumerated() {
            let location = FileLocation(file: file, line: header.line)
            guard known.contains(name) else {
                throw ExportError.badInput(location, "unknown column '\(name)'\(Suggestion.clause(for: name, among: known))")
            }
            if names[..<index].contains(name) {
                throw ExportError.badInput(location, "column '\(name)' appears twice")
            }
        }
        for name in columns.required where !names.contains(name) {
            throw ExportError.badInput(
                FileLocation(file: file, line: header.line),
                "missing required column '\(name)' (the header must name \(columns.required.joined(separator: ", ")))")
        }
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() { positions[name] = index }
        return positions
    }

    /// A `;`-separated list cell.
    private static func list(_ cell: String?) -> [String] {
        (cell ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
