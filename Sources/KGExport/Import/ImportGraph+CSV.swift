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
        try self.init(nodesCSV: nodesCSV, nodesFile: nodesFile)
        guard let edgesCSV else { return }
        var relations = GraphImport.RelationList()
        try edgeReader(file: edgesFile).read(edgesCSV, batchSize: Int.max) { relations = $0 }
        self.relations = relations
    }

    /// Reads a node table (`id,name,type[,aliases,documents]`, lists separated by `;`); its
    /// edges come later (`edgeReader`).
    init(nodesCSV: String, nodesFile: String) throws {
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
    }

    /// A reader of `file`, an edge table between this graph's nodes.
    func edgeReader(file: String) -> EdgeTableReader {
        EdgeTableReader(
            nodeIndex: nodeIndex, nodeKeys: nodes.count <= 10_000 ? nodes.map(\.key) : nil, file: file)
    }

    /// Reads an edge table (`subject,object,action[,cameo,kind,document,sentence,confidence]`)
    /// whose subject and object are ids of a node table read before, into relations between the
    /// nodes' positions.
    ///
    /// ```swift
    /// try graph.edgeReader(file: "edges.csv").read(text, batchSize: 65_536) { batch in store(batch) }
    /// ```
    /// A value of its own, apart from the graph, so that another thread can read the edges while
    /// the nodes are being stored.
    struct EdgeTableReader: Sendable {
        /// Node positions by id.
        let nodeIndex: NodeKeyIndex
        /// Every node id, for "did you mean" hints; nil for big graphs, where it costs too much.
        let nodeKeys: [String]?
        let file: String

        /// Calls `deliver` with the edges in batches of `batchSize` relations, in file order.
        func read(_ text: String, batchSize: Int, _ deliver: (GraphImport.RelationList) throws -> Void) throws {
            let edgesFile = file
            var relations = GraphImport.RelationList()
            var columns: EdgeColumns?
            // A million edges carry a few dozen distinct kind and CAMEO cells: each is checked once.
            var codes: [EdgeCodes: (kind: RelationKind, cameo: CAMEOCode)] = [:]
            try ImportGraph.forEachRow(text, file: edgesFile, columns: ImportGraph.edgeColumns) { row in
                let at = columns ?? EdgeColumns(row.columns)
                columns = at
                let fields = row.fields
                guard let subjectPosition = at.subject, let objectPosition = at.object, let actionPosition = at.action else {
                    return
                }
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
                    let kind = try ImportGraph.relationKind(cells.kind, cameo: cells.cameo, at: location())
                    code = (kind, try ImportGraph.cameo(cells.cameo, kind: kind, at: location()))
                    codes[cells] = code
                }
                var confidence: Double?
                if let position = at.confidence, !fields[position].isEmpty {
                    guard let value = Double(fields[position]) else {
                        throw ExportError.badInput(location(), "confidence '\(fields[position])' is not a number")
                    }
                    confidence = value
                }
                let checkedConfidence = try ImportGraph.confidence(confidence, at: location())
                let document = at.document.map { fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
                let sentence = at.sentence.map { fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
                let source = try position(ofNode: subject, role: "source", at: location)
                let target = try position(ofNode: object, role: "target", at: location)
                relations.append(
                    GraphImport.Relation(
                        subject: source, object: target, action: action, cameo: code.cameo, kind: code.kind,
                        document: document, sentence: sentence, confidence: checkedConfidence))
                if relations.count >= batchSize {
                    try deliver(relations)
                    relations = GraphImport.RelationList()
                }
            }
            if !relations.isEmpty || batchSize == Int.max { try deliver(relations) }
        }

        private func position(ofNode key: String, role: String, at location: () -> FileLocation) throws -> Int {
            if let index = nodeIndex[key] { return index }
            let hint = nodeKeys.map { Suggestion.clause(for: key, among: $0) } ?? ""
            throw ExportError.badInput(location(), "edge \(role) refers to unknown node id '\(key)'\(hint)")
        }
    }

    /// Where each edge column is in the file's rows, found once from the header.
    fileprivate struct EdgeColumns {
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
    fileprivate struct EdgeCodes: Hashable {
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
    fileprivate static func forEachRow(
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
