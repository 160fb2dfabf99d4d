import KGQuery
import Foundation

extension ImportGraph {
    static let nodeColumns = (required: ["id", "name", "type"], optional: ["aliases", "documents"])
    static let edgeColumns = (required: ["subject", "object", "action"],
                              optional: ["cameo", "kind", "document", "sentence", "confidence"])

    /// Reads a node table (`id,name,type[,aliases,documents]`, lists separated by `;`) and an edge
    /// table (`subject,object,action[,cameo,kind,document,sentence,confidence]`) whose subject and
    /// object are node ids.
    ///
    /// ```swift
    /// let graph = try ImportGraph(nodesCSV: "id,name,type\n1,NATO,organization\n", nodesFile: "nodes.csv",
    ///                             edgesCSV: nil, edgesFile: "edges.csv")
    /// ```
    init(nodesCSV: String, nodesFile: String, edgesCSV: String?, edgesFile: String) throws {
        for row in try Self.table(nodesCSV, file: nodesFile, columns: Self.nodeColumns) {
            let location = FileLocation(file: nodesFile, line: row.line)
            guard let key = row["id"], !key.isEmpty else { throw ExportError.badInput(location, "empty node id") }
            guard let name = row["name"], !name.isEmpty else {
                throw ExportError.badInput(location, "node '\(key)' has an empty name")
            }
            try add(Node(key: key, name: name, type: try Self.entityType(row["type"] ?? "", at: location),
                         aliases: Self.list(row["aliases"]), documents: Self.list(row["documents"]),
                         location: location))
        }
        guard let edgesCSV else { return }
        for row in try Self.table(edgesCSV, file: edgesFile, columns: Self.edgeColumns) {
            let location = FileLocation(file: edgesFile, line: row.line)
            guard let subject = row["subject"], let object = row["object"] else { continue }
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
            try add(Edge(sourceKey: subject, targetKey: object, requestedID: nil, action: action,
                         cameo: Self.cameo(row["cameo"], kind: kind), kind: kind,
                         document: row["document"].flatMap { $0.isEmpty ? nil : $0 },
                         sentence: row["sentence"].flatMap { $0.isEmpty ? nil : $0 },
                         confidence: try Self.confidence(confidence, at: location), location: location))
        }
    }

    /// A data row by column name.
    struct Row {
        var values: [String: String]
        var line: Int
        subscript(column: String) -> String? { values[column] }
    }

    /// The rows of a CSV table whose header names the `required` columns and only known ones.
    private static func table(_ text: String, file: String,
                              columns: (required: [String], optional: [String])) throws -> [Row] {
        let records = try CSVParser.parse(text, file: file)
        guard let header = records.first else {
            throw ExportError.badInput(FileLocation(file: file, line: 1),
                                       "empty file; expected a header row \(columns.required.joined(separator: ","))")
        }
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
            throw ExportError.badInput(FileLocation(file: file, line: header.line),
                                       "missing required column '\(name)' (the header must name \(columns.required.joined(separator: ", ")))")
        }
        return try records.dropFirst().map { record in
            guard record.fields.count == names.count else {
                throw ExportError.badInput(FileLocation(file: file, line: record.line),
                                           "expected \(names.count) fields as in the header, found \(record.fields.count)")
            }
            return Row(values: Dictionary(zip(names, record.fields), uniquingKeysWith: { first, _ in first }),
                       line: record.line)
        }
    }

    /// A `;`-separated list cell.
    private static func list(_ cell: String?) -> [String] {
        (cell ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
