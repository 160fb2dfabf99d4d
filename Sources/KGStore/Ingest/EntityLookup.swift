import KGModel

/// What the entity resolver needs to know about entities already stored.
///
/// ```swift
/// let lookup = try StoredEntityLookup(database: store.database)
/// try lookup.entities(withAliasKey: "putin", type: .person)   // [(id: 7, name: "Vladimir Putin")]
/// ```
/// Ingest asks the tables as it goes (`StoredEntityLookup`); a bulk import reads them once into
/// memory (`EntityDirectory`), since asking per node would cost more than the import.
protocol EntityLookup: AnyObject {
    /// Entities of `type` with an alias whose lookup key is `key`, each once.
    func entities(withAliasKey key: String, type: EntityType) throws -> [(id: Int, name: String)]
    /// Persons whose multi-word canonical name ends in `surname` (`person_surnames`).
    func persons(withSurname surname: String) throws -> [Int]
    /// The canonical name of entity `id`.
    func name(of id: Int) throws -> String?
    /// Told when the resolver renames an entity, so a copy stays true.
    func renamed(_ id: Int, to name: String)
}

/// Looks entities up in the store's tables through the alias and surname indexes.
final class StoredEntityLookup: EntityLookup {
    private let entitiesByAliasKey: Statement
    private let personsBySurname: Statement
    private let nameOfEntity: Statement

    init(database: Database) throws {
        // CROSS JOIN keeps the key's index first: without statistics SQLite's planner walked every
        // entity of the type (`entities_by_type`) and probed the key index once for each, a cost
        // that grew with the graph for every name of every document. Rows come in entity id order
        // either way (both indexes end in the entity id). An entity with several surfaces of one
        // key comes once per surface; `entities(withAliasKey:type:)` keeps it once (a DISTINCT
        // built a temporary b-tree for every look-up).
        entitiesByAliasKey = try database.prepare(Self.entitiesByAliasKeySQL)
        personsBySurname = try database.prepare(Self.personsBySurnameSQL)
        nameOfEntity = try database.prepare("SELECT name FROM entities WHERE id = ?")
    }

    static let entitiesByAliasKeySQL = """
        SELECT e.id, e.name FROM aliases a CROSS JOIN entities e ON e.id = a.entity_id
        WHERE a.key = ? AND e.type = ?
        """
    static let personsBySurnameSQL = """
        SELECT s.entity_id FROM person_surnames s CROSS JOIN entities e ON e.id = s.entity_id
        WHERE s.key = ? AND e.type = 'person'
        """

    func entities(withAliasKey key: String, type: EntityType) throws -> [(id: Int, name: String)] {
        var found: [(id: Int, name: String)] = []
        try entitiesByAliasKey.bind([.text(key), .text(type.rawValue)])
        while try entitiesByAliasKey.step() {
            let id = entitiesByAliasKey.int(0)
            if !found.contains(where: { $0.id == id }) { found.append((id, entitiesByAliasKey.text(1))) }
        }
        return found
    }

    func persons(withSurname surname: String) throws -> [Int] {
        var ids: [Int] = []
        try personsBySurname.bind([.text(surname)])
        while try personsBySurname.step() { ids.append(personsBySurname.int(0)) }
        return ids
    }

    func name(of id: Int) throws -> String? {
        try nameOfEntity.bind([.int(id)])
        defer { nameOfEntity.reset() }
        return try nameOfEntity.step() ? nameOfEntity.text(0) : nil
    }

    func renamed(_ id: Int, to name: String) {}
}

/// The store's entities, aliases and surnames as they were when read, in memory.
///
/// Entities written after reading are not in it: a bulk import resolves each node of its file
/// against the graph as it was before the import, never against another node of the same file.
final class EntityDirectory: EntityLookup {
    private var names: [Int: String] = [:]
    private var types: [Int: EntityType] = [:]
    private var idsByAliasKey: [String: [Int]] = [:]
    private var idsBySurname: [String: [Int]] = [:]

    var isEmpty: Bool { names.isEmpty }

    init(database: Database) throws {
        let entities = try database.prepare("SELECT id, name, type FROM entities")
        while try entities.step() {
            let id = entities.int(0)
            names[id] = entities.text(1)
            types[id] = EntityType(rawValue: entities.text(2))
        }
        guard !names.isEmpty else { return }
        let aliases = try database.prepare("SELECT DISTINCT key, entity_id FROM aliases")
        while try aliases.step() { idsByAliasKey[aliases.text(0), default: []].append(aliases.int(1)) }
        let surnames = try database.prepare("SELECT key, entity_id FROM person_surnames")
        while try surnames.step() { idsBySurname[surnames.text(0), default: []].append(surnames.int(1)) }
    }

    func entities(withAliasKey key: String, type: EntityType) throws -> [(id: Int, name: String)] {
        (idsByAliasKey[key] ?? []).compactMap { id in
            guard types[id] == type, let name = names[id] else { return nil }
            return (id, name)
        }
    }

    func persons(withSurname surname: String) throws -> [Int] {
        (idsBySurname[surname] ?? []).filter { types[$0] == .person }
    }

    func name(of id: Int) throws -> String? { names[id] }

    func renamed(_ id: Int, to name: String) {
        if names[id] != nil { names[id] = name }
    }
}
