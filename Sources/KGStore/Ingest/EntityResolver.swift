import KGModel

/// Finds the store entity an extracted entity stands for, or creates it: cross-document
/// canonicalization.
///
/// ```swift
/// let resolver = try EntityResolver(database: store.database)
/// let putin = try resolver.resolve(vladimirPutin)   // new entity "Vladimir Putin"
/// try resolver.resolve(putinAlone).id == putin.id   // "Putin" joins it
/// ```
/// Rules, in order, always within one entity type:
/// 1. An alias key (`AliasKey.lookupKey`) already stored joins that entity when the key is the
///    canonical name of one side: "UN" meets "United Nations" whose alias it is, but two
///    ministries that each also went by "the Foreign Ministry" stay apart. For a person whose
///    name has several words, only its multi-word keys count here: a bare "Biden" alias must not
///    pull "Jill Biden" into "Joe Biden".
/// 2. A one-word person name ("Putin") joins the one person whose multi-word name ends in that
///    word; a multi-word name joins the one person named by that last word alone. Ambiguity (two
///    such people) leaves the entity on its own.
/// 3. A multi-word person name joins the one person with the same surname whose whole name is
///    equal once the first name is folded by `FirstNameVariants` (`AliasKey.personKey`):
///    "Vladimir Zelensky" joins "Volodymyr Zelenskiy", "Jill Biden" does not join "Joe Biden".
/// When joining, the stored name becomes the more complete form (every word of the old name and
/// more), and the new aliases are added. Runs inside the caller's transaction.
final class EntityResolver {
    struct Resolution: Equatable {
        var id: Int
        var isNew: Bool
    }

    private let database: Database
    private let entitiesByAliasKey: Statement
    private let personsBySurname: Statement
    private let nameOfEntity: Statement
    private let insertEntity: Statement
    private let insertAlias: Statement
    private let renameEntity: Statement
    private let insertSurname: Statement
    private let deleteSurnames: Statement
    /// `AliasKey.lookupKey` by surface: the same names recur in document after document, and
    /// normalizing is most of the cost of resolving.
    private var keyCache: [String: String] = [:]

    init(database: Database) throws {
        self.database = database
        entitiesByAliasKey = try database.prepare("""
            SELECT DISTINCT e.id, e.name FROM aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.key = ? AND e.type = ?
            """)
        personsBySurname = try database.prepare("""
            SELECT s.entity_id FROM person_surnames s JOIN entities e ON e.id = s.entity_id
            WHERE s.key = ? AND e.type = 'person'
            """)
        nameOfEntity = try database.prepare("SELECT name FROM entities WHERE id = ?")
        insertEntity = try database.prepare("INSERT INTO entities (name, type) VALUES (?, ?)")
        insertAlias = try database.prepare(
            "INSERT OR IGNORE INTO aliases (entity_id, surface, key) VALUES (?, ?, ?)")
        renameEntity = try database.prepare("UPDATE entities SET name = ? WHERE id = ?")
        insertSurname = try database.prepare(
            "INSERT OR IGNORE INTO person_surnames (entity_id, key) VALUES (?, ?)")
        deleteSurnames = try database.prepare("DELETE FROM person_surnames WHERE entity_id = ?")
    }

    /// The store entity for `entity`, joined or created, with its aliases recorded.
    func resolve(_ entity: ExtractedEntity) throws -> Resolution {
        var surfaces: [(surface: String, key: String)] = []
        for surface in [entity.name] + entity.aliases
        where !surface.isEmpty && !surfaces.contains(where: { $0.surface == surface }) {
            surfaces.append((surface, key(surface)))
        }
        let nameWords = surfaces.first.map { $0.key.split(separator: " ") } ?? []

        let resolution: Resolution
        if let existing = try findExisting(entity, surfaces: surfaces, nameWords: nameWords) {
            try adoptNameIfMoreComplete(entity.name, nameWords: nameWords, type: entity.type, for: existing)
            resolution = Resolution(id: existing, isNew: false)
        } else {
            try insertEntity.run([.text(entity.name), .text(entity.type.rawValue)])
            let id = database.lastInsertRowID
            try recordSurname(of: id, type: entity.type, nameWords: nameWords)
            resolution = Resolution(id: id, isNew: true)
        }
        for (surface, key) in surfaces {
            try insertAlias.run([.int(resolution.id), .text(surface), .text(key)])
        }
        return resolution
    }

    /// The words of a name's lookup key: "Vladimir V. Putin" -> ["vladimir", "v", "putin"].
    private func words(_ name: String) -> [Substring] {
        key(name).split(separator: " ")
    }

    /// The family name in a name's words: the last word, passing over a generational suffix
    /// ("Martin Luther King Jr." -> "king").
    static func surname(_ words: [Substring]) -> Substring? {
        var words = words[...]
        while words.count > 1, let last = words.last, generationalSuffixes.contains(last) {
            words = words.dropLast()
        }
        return words.last
    }

    private static let generationalSuffixes: Set<Substring> = ["jr", "sr", "ii", "iii", "iv"]

    private func key(_ surface: String) -> String {
        if let known = keyCache[surface] { return known }
        if keyCache.count > 100_000 { keyCache.removeAll(keepingCapacity: true) }
        let computed = AliasKey.lookupKey(surface)
        keyCache[surface] = computed
        return computed
    }

    private func findExisting(_ entity: ExtractedEntity, surfaces: [(surface: String, key: String)],
                              nameWords: [Substring]) throws -> Int? {
        let isPerson = entity.type == .person
        var keys: [String] = []
        for (_, key) in surfaces {
            guard !key.isEmpty, !keys.contains(key) else { continue }
            if isPerson && nameWords.count > 1 && !key.contains(" ") { continue }
            keys.append(key)
        }

        // Rule 1: shared alias keys naming one side; the entity sharing the most wins, then the oldest.
        let nameKey = surfaces.first?.key ?? ""
        var sharedKeys: [Int: Int] = [:]
        for key in keys {
            try entitiesByAliasKey.bind([.text(key), .text(entity.type.rawValue)])
            while try entitiesByAliasKey.step() {
                let namesEitherSide = key == nameKey || key == self.key(entitiesByAliasKey.text(1))
                guard namesEitherSide else { continue }
                sharedKeys[entitiesByAliasKey.int(0), default: 0] += 1
            }
        }
        if isPerson && nameWords.count == 1 && sharedKeys.count > 1 {
            return nil  // "Biden" when two Bidens are known: nothing to go on
        }
        if let best = sharedKeys.min(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            return best.key
        }

        // Rule 2: a surname alone meets a full name, in either direction.
        guard isPerson, let last = Self.surname(nameWords) else { return nil }
        let namesakes = try surnameHolders(String(last))
        if nameWords.count == 1 {
            return namesakes.count == 1 ? namesakes[0] : nil
        }
        if !namesakes.isEmpty {
            // Rule 3: the one namesake whose name is this one transliterated ("Volodymyr
            // Zelenskiy" and "Vladimir Zelensky"); any other full name sharing it: ambiguous
            let personKey = AliasKey.personKey(entity.name)
            var sameName: [Int] = []
            for id in namesakes {
                if let name = try storedName(of: id), AliasKey.personKey(name) == personKey { sameName.append(id) }
            }
            return sameName.count == 1 ? sameName[0] : nil
        }
        var bareSurnames: [Int] = []
        try entitiesByAliasKey.bind([.text(String(last)), .text(EntityType.person.rawValue)])
        while try entitiesByAliasKey.step() {
            if words(entitiesByAliasKey.text(1)).count == 1 {
                bareSurnames.append(entitiesByAliasKey.int(0))
            }
        }
        return bareSurnames.count == 1 ? bareSurnames[0] : nil
    }

    /// Persons whose multi-word canonical name ends in `surname`.
    private func surnameHolders(_ surname: String) throws -> [Int] {
        var ids: [Int] = []
        try personsBySurname.bind([.text(surname)])
        while try personsBySurname.step() { ids.append(personsBySurname.int(0)) }
        return ids
    }

    private func storedName(of id: Int) throws -> String? {
        try nameOfEntity.bind([.int(id)])
        defer { nameOfEntity.reset() }
        return try nameOfEntity.step() ? nameOfEntity.text(0) : nil
    }

    /// Renames `id` to `name` when `name` says everything the stored name says and more.
    private func adoptNameIfMoreComplete(_ name: String, nameWords: [Substring], type: EntityType,
                                         for id: Int) throws {
        try nameOfEntity.bind([.int(id)])
        guard try nameOfEntity.step() else { return }
        let storedWords = words(nameOfEntity.text(0))
        nameOfEntity.reset()
        guard nameWords.count > storedWords.count,
              Set(storedWords).isSubset(of: Set(nameWords)) else { return }
        try renameEntity.run([.text(name), .int(id)])
        try deleteSurnames.run([.int(id)])
        try recordSurname(of: id, type: type, nameWords: nameWords)
    }

    private func recordSurname(of id: Int, type: EntityType, nameWords: [Substring]) throws {
        guard type == .person, nameWords.count > 1, let last = Self.surname(nameWords) else { return }
        try insertSurname.run([.int(id), .text(String(last))])
    }
}
