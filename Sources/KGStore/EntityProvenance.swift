import KGModel

/// Keeps entities as if removed documents had never been read: which documents named an entity
/// and by which surfaces (`entity_sources`, `alias_sources`), and the clean-up after a document
/// goes or is replaced.
///
/// ```swift
/// let provenance = try EntityProvenance(database: database)
/// try provenance.record(entity: 7, name: "Vladimir Putin", surfaces: ["Putin"], document: 3)
/// let former = try provenance.aliasSources(ofDocument: 3)   // before deleting it
/// // ... delete the document's rows ...
/// let removed = try provenance.reconcile(entities: [7], formerAliases: former)
/// ```
/// Reconciling deletes entities nothing refers to any more, the aliases only removed documents
/// gave, and gives back the name the remaining documents give, chosen as the entity resolver
/// would: the first document's, replaced by any later one that says all of it and more.
/// Aliases and names that came from `kg import` have no source and are left alone.
final class EntityProvenance {
    private let database: Database
    private let insertEntitySource: Statement
    private let insertAliasSource: Statement
    private let aliasSourcesOfDocument: Statement
    private let deleteEntitySources: Statement
    private let deleteAliasSources: Statement
    private let deleteOrphan: Statement
    private let deleteUnbackedAlias: Statement
    private let namesOfEntity: Statement
    private let nameAndType: Statement
    private let renameEntity: Statement
    private let deleteSurnames: Statement
    private let insertSurname: Statement

    init(database: Database) throws {
        self.database = database
        insertEntitySource = try database.prepare(
            "INSERT OR IGNORE INTO entity_sources (entity_id, document_id, name) VALUES (?, ?, ?)")
        insertAliasSource = try database.prepare(
            "INSERT OR IGNORE INTO alias_sources (entity_id, surface, document_id) VALUES (?, ?, ?)")
        aliasSourcesOfDocument = try database.prepare(
            "SELECT entity_id, surface FROM alias_sources WHERE document_id = ?")
        deleteEntitySources = try database.prepare("DELETE FROM entity_sources WHERE document_id = ?")
        deleteAliasSources = try database.prepare("DELETE FROM alias_sources WHERE document_id = ?")
        deleteOrphan = try database.prepare(
            """
            DELETE FROM entities WHERE id = ?1
              AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = ?1)
              AND NOT EXISTS (SELECT 1 FROM relations WHERE subject_id = ?1)
              AND NOT EXISTS (SELECT 1 FROM relations WHERE object_id = ?1)
            """)
        deleteUnbackedAlias = try database.prepare(
            """
            DELETE FROM aliases WHERE entity_id = ?1 AND surface = ?2
              AND NOT EXISTS (SELECT 1 FROM alias_sources WHERE entity_id = ?1 AND surface = ?2)
            """)
        namesOfEntity = try database.prepare(
            "SELECT name FROM entity_sources WHERE entity_id = ? ORDER BY document_id")
        nameAndType = try database.prepare("SELECT name, type FROM entities WHERE id = ?")
        renameEntity = try database.prepare("UPDATE entities SET name = ? WHERE id = ?")
        deleteSurnames = try database.prepare("DELETE FROM person_surnames WHERE entity_id = ?")
        insertSurname = try database.prepare(
            "INSERT OR IGNORE INTO person_surnames (entity_id, key) VALUES (?, ?)")
    }

    /// Notes that `document` named `entity` as `name` and by `surfaces`.
    func record(entity: Int, name: String, surfaces: [String], document: Int) throws {
        // bound one by one, as the writer's rows are: arrays of values per row, and the name joined
        // to its surfaces in another, were made and freed for every entity of every document
        try insertEntitySource.bind(int: entity, at: 1)
        try insertEntitySource.bind(int: document, at: 2)
        try insertEntitySource.bind(.text(name), at: 3)
        try insertEntitySource.runBound()
        func recordAlias(_ surface: String) throws {
            guard !surface.isEmpty else { return }
            try insertAliasSource.bind(int: entity, at: 1)
            try insertAliasSource.bind(.text(surface), at: 2)
            try insertAliasSource.bind(int: document, at: 3)
            try insertAliasSource.runBound()
        }
        try recordAlias(name)
        for surface in surfaces { try recordAlias(surface) }
    }

    /// The (entity, surface) pairs `document` gave; read them before the document goes.
    func aliasSources(ofDocument document: Int) throws -> [(entity: Int, surface: String)] {
        try aliasSourcesOfDocument.bind([.int(document)])
        var pairs: [(Int, String)] = []
        while try aliasSourcesOfDocument.step() {
            pairs.append((aliasSourcesOfDocument.int(0), aliasSourcesOfDocument.text(1)))
        }
        return pairs
    }

    /// Forgets what `document` said about entities (before it is replaced).
    func forget(document: Int) throws {
        try deleteEntitySources.run([.int(document)])
        try deleteAliasSources.run([.int(document)])
    }

    /// Cleans up `entities` after documents went; returns how many entities were deleted.
    func reconcile(entities: [Int], formerAliases: [(entity: Int, surface: String)]) throws -> Int {
        var removed = 0
        var survivors: [Int] = []
        for id in Set(entities).sorted() {
            try deleteOrphan.run([.int(id)])
            if database.changes > 0 { removed += 1 } else { survivors.append(id) }
        }
        let surviving = Set(survivors)
        for pair in formerAliases where surviving.contains(pair.entity) {
            try deleteUnbackedAlias.run([.int(pair.entity), .text(pair.surface)])
        }
        for id in survivors { try restoreName(of: id) }
        return removed
    }

    /// Renames `id` to the name its remaining documents give it, when that differs.
    private func restoreName(of id: Int) throws {
        try namesOfEntity.bind([.int(id)])
        var names: [String] = []
        while try namesOfEntity.step() { names.append(namesOfEntity.text(0)) }
        guard var name = names.first else { return }
        for candidate in names.dropFirst() where Self.isMoreComplete(candidate, than: name) {
            name = candidate
        }
        try nameAndType.bind([.int(id)])
        guard try nameAndType.step() else { return }
        let current = nameAndType.text(0)
        let type = EntityType(rawValue: nameAndType.text(1))
        nameAndType.reset()
        guard current != name else { return }
        try renameEntity.run([.text(name), .int(id)])
        try deleteSurnames.run([.int(id)])
        let words = AliasKey.lookupKey(name).split(separator: " ")
        if type == .person, words.count > 1, let surname = EntityResolver.surname(words) {
            try insertSurname.run([.int(id), .text(String(surname))])
        }
    }

    /// The resolver's rule for adopting a name: every word of `stored` and more.
    static func isMoreComplete(_ candidate: String, than stored: String) -> Bool {
        let candidateWords = AliasKey.lookupKey(candidate).split(separator: " ")
        let storedWords = AliasKey.lookupKey(stored).split(separator: " ")
        return candidateWords.count > storedWords.count && Set(storedWords).isSubset(of: Set(candidateWords))
    }
}
