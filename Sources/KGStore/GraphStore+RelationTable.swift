import CSQLite
import KGModel

/// Every relation of the store as columns, in id order: what a whole-graph load reads.
///
/// The texts a relation repeats (action, CAMEO code, kind) come as small integer codes into
/// `actions`, `cameos` and `kinds`: a million rows carry a few dozen distinct texts, so each
/// row's text is matched by its bytes and no string is made per row.
public struct RelationTable: Sendable {
    public var ids: [Int] = []
    public var subjects: [Int] = []
    public var objects: [Int] = []
    /// Index into `actions`.
    public var actionCodes: [Int32] = []
    public var actions: [String] = []
    /// Index into `cameos`: the codes as stored, valid or not (`CAMEOCode(rawValue:)` decides).
    public var cameoCodes: [Int32] = []
    public var cameos: [String] = []
    /// Index into `kinds` (`action`, `role`).
    public var kindCodes: [Int32] = []
    public var kinds: [String] = []
    /// The evidence sentence's id, or -1 for imported facts.
    public var sentences: [Int] = []
    public var confidences: [Double] = []

    public var count: Int { ids.count }
}

extension GraphStore {
    /// Reads every relation into a `RelationTable`, calling `poll` every 65,536 rows (it throws
    /// to stop the read).
    ///
    /// ```swift
    /// let table = try store.relationTable()
    /// table.actions[Int(table.actionCodes[0])]   // "meet"
    /// ```
    /// About twice as fast as `forEachRelation` on a million rows, which makes three strings
    /// and hashes them for each.
    ///
    /// Right after a bulk load into an empty store (`kg import`, which then writes the graph
    /// snapshot) the table comes from the relations the load held in memory, when the store's
    /// content is still what the load left (`contentStamp`): the same rows, without reading a
    /// million of them back. It is handed over once.
    public func relationTable(poll: () throws -> Void = {}) throws -> RelationTable {
        if let imported = importedRelations {
            importedRelations = nil
            if try contentStamp() == imported.stamp { return imported.table }
        }
        let statement = try database.prepare(
            "SELECT id, subject_id, object_id, action, cameo, kind, sentence_id, confidence FROM relations ORDER BY id")
        var table = RelationTable()
        var actions = TextCodes(), cameos = TextCodes(), kinds = TextCodes()
        var rows = 0
        while try statement.step() {
            rows += 1
            if rows % 65_536 == 0 { try poll() }
            table.ids.append(statement.int(0))
            table.subjects.append(statement.int(1))
            table.objects.append(statement.int(2))
            table.actionCodes.append(actions.code(of: statement, column: 3))
            table.cameoCodes.append(cameos.code(of: statement, column: 4))
            table.kindCodes.append(kinds.code(of: statement, column: 5))
            table.sentences.append(statement.isNull(6) ? -1 : statement.int(6))
            table.confidences.append(statement.double(7))
        }
        (table.actions, table.cameos, table.kinds) = (actions.texts, cameos.texts, kinds.texts)
        return table
    }
}

/// Gives each distinct text a code, matching texts of up to 16 bytes by their bytes alone.
private struct TextCodes {
    private(set) var texts: [String] = []
    private var shortCodes: [ShortText: Int32] = [:]
    private var longCodes: [String: Int32] = [:]

    /// Up to 16 bytes of UTF-8 and their length, compared and hashed as three integers.
    private struct ShortText: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length: Int
    }

    mutating func code(of statement: Statement, column: Int) -> Int32 {
        let index = Int32(column)
        let pointer = sqlite3_column_text(statement.handle, index)
        let length = Int(sqlite3_column_bytes(statement.handle, index))
        guard let pointer, length <= 16 else { return longCode(statement.text(column)) }
        var key = ShortText(length: length)
        withUnsafeMutableBytes(of: &key.low) { low in
            withUnsafeMutableBytes(of: &key.high) { high in
                for offset in 0..<length {
                    if offset < 8 { low[offset] = pointer[offset] } else { high[offset - 8] = pointer[offset] }
                }
            }
        }
        if let known = shortCodes[key] { return known }
        let code = longCode(String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self))
        shortCodes[key] = code
        return code
    }

    private mutating func longCode(_ text: String) -> Int32 {
        if let known = longCodes[text] { return known }
        let code = Int32(texts.count)
        texts.append(text)
        longCodes[text] = code
        return code
    }
}

/// The relations a bulk load wrote, as the `RelationTable` a read of them would give, and the
/// store's `contentStamp` when they were written.
struct ImportedRelationTable {
    var table: RelationTable
    var stamp: [Int]
}

extension RelationTable {
    /// Collects the rows of an import into a store without relations, batch by batch, in insert
    /// order (ids 1, 2, 3, ...: an empty table's rowids). Gives up (nil) on relations with an
    /// evidence sentence or a requested id, whose rows it does not know.
    struct ImportCollector {
        private(set) var table = RelationTable()
        private var codes: [String: Int32] = [:]

        init() {
            table.kinds = [RelationKind.action.rawValue, RelationKind.role.rawValue]
        }

        /// Adds `relations`, written in order right after the rows before; `entityIDs` are the
        /// store ids of the import's entities. False when the batch cannot be collected.
        mutating func add(_ relations: GraphImport.RelationList, entityIDs: [Int]) -> Bool {
            guard !relations.hasEvidence, relations.requestedIDs.isEmpty else { return false }
            // Each batch has its own list of texts: map them to codes shared by all batches.
            let textCodes = relations.texts.map { text -> Int32 in
                if let code = codes[text] { return code }
                let code = Int32(table.actions.count)
                codes[text] = code
                table.actions.append(text)
                return code
            }
            table.cameos = table.actions
            let first = table.ids.count + 1
            table.ids.append(contentsOf: first..<(first + relations.count))
            table.subjects.append(contentsOf: relations.subjects.lazy.map { entityIDs[$0] })
            table.objects.append(contentsOf: relations.objects.lazy.map { entityIDs[$0] })
            table.actionCodes.append(contentsOf: relations.actions.lazy.map { textCodes[Int($0)] })
            table.cameoCodes.append(contentsOf: relations.cameos.lazy.map { textCodes[Int($0)] })
            table.kindCodes.append(contentsOf: relations.isRole.lazy.map { $0 ? 1 : 0 })
            table.sentences.append(contentsOf: repeatElement(-1, count: relations.count))
            if relations.confidences.isEmpty {
                table.confidences.append(contentsOf: repeatElement(1, count: relations.count))
            } else {
                table.confidences.append(contentsOf: relations.confidences)
            }
            return true
        }
    }
}
