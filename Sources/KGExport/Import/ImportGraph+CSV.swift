import Foundation
import KGModel
import KGQuery
import KGStore

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
        // Local copies: the closure below runs once per edge, and calling a method of `self`
        // there copied the whole graph value each time.
        let nodeIndex = self.nodeIndex
        var relations = GraphImport.RelationList()
        var columns: EdgeColumns?
        // A million edges carry a few dozen distinct kind and CAMEO cells: each is checked once.
        var codes: [EdgeCodes: (kind: RelationKind, cameo: CAMEOCode)] = [:]
        try Self.forEachRow(edgesCSV, file: edgesFile, columns: Self.edgeColumns) { row in
            let at = columns ?? EdgeColumns(row.columns)
            columns = at
            let fields = row.fields
            guard let subjectPosition = at.subject, let objectPosition = at.object, let actionPosition = at.action else { return }
            let location = { FileLocation(file: edgesFile, line: row.line) }
            let subject = fields[subjectPosition], object = fields[objectPosition], action = fields[actionPosition]
            guard !action.isEmpty else {
                throw ExportError.badInput(location(), "edge '\(subject)' -> '\(object)' has an empty action")
            }
            let cells = EdgeCodes(kind: at.kind.map { fields[$0] }, cameo: at.cameo.map { fields[$0] })
            let code: (kind: RelationKind, cameo: CAMEOCode)
            if let known = codes[cells] {
                code = known
            } else {
                let kind = try Self.relationKind(cells.kind, cameo: cells.cameo, at: location())
                code = (kind, try Self.cameo(cells.cameo, kind: kind, at: location()))
                codes[cells] = code
            }
            var confidence: Double?
            if let position = at.confidence, !fields[position].isEmpty {
                guard let value = Double(fields[position]) else {
                    throw ExportError.badInput(location(), "confidence '\(fields[position])' is not a number")
                }
                confidence = value
            }
            let checkedConfidence = try Self.confidence(confidence, at: location())
            let document = at.document.map { fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            let sentence = at.sentence.map { fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            guard let source = nodeIndex[subject], let target = nodeIndex[object] else {
                _ = try position(ofNode: subject, role: "source", at: location())
                _ = try position(ofNode: object, role: "target", at: location())
                return
            }
            relations.append(
                GraphImport.Relation(
                    subject: source, object: target, action: action, cameo: code.cameo, kind: code.kind,
                    document: document, sentence: sentence, confidence: checkedConfidence))
        }
        self.relations = relations
    }

    /// Where each edge column is in the file's rows, found once from the header.
    private struct EdgeColumns {
        var subject, object, action, cameo, kind, document, sentence, confidence: Int?

        init(_ positions: [String: Int]) {
            subject = positions["subject"]
            object = positions["object"]
            action = positions["action"]
            cameo = positions["cameo"]
            kind = positions["kind"]
            document = positions["document"]
            sentence = positions["sentence"]
            confidence = positions["confidence"]
        }
    }

    /// An edge's kind and CAMEO cells as written.
    private struct EdgeCodes: Hashable {
        var kind: String?
        var cameo: String?
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
