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
    /// Where existing entities are looked up: the tables (ingest) or a copy in memory (import).
    private let lookup: any EntityLookup
    private let nameOfEntity: Statement
    private let insertEntity: Statement
    private let insertEntityWithID: Statement
    private let entityIDIsTaken: Statement
    private let insertAlias: Statement
    private let renameEntity: Statement
    private let insertSurname: Statement
    private let deleteSurnames: Statement
    /// `AliasKey.lookupKey` by surface: the same names recur in document after document, and
    /// normalizing is most of the cost of resolving.
    private var keyCache: [String: String] = [:]
    /// False when every name comes once (an import into an empty store): the cache would only
    /// cost a hash and an insert per name.
    private let cachesKeys: Bool

    /// A resolver that looks entities up in the store's tables as it goes (`lookup` nil), or in
    /// `lookup`, a copy the caller keeps.
    init(database: Database, lookup: (any EntityLookup)? = nil, cachesKeys: Bool = true) throws {
        self.database = database
        self.cachesKeys = cachesKeys
        self.lookup = try lookup ?? StoredEntityLookup(database: database)
        nameOfEntity = try database.prepare("SELECT name FROM entities WHERE id = ?")
        insertEntity = try database.prepare("INSERT INTO entities (name, type) VALUES (?, ?)")
        insertEntityWithID = try database.prepare("INSERT INTO entities (id, name, type) VALUES (?, ?, ?)")
        entityIDIsTaken = try database.prepare("SELECT 1 FROM entities WHERE id = ?")
        insertAlias = try database.prepare(
            "INSERT OR IGNORE INTO aliases (entity_id, surface, key) VALUES (?, ?, ?)")
        renameEntity = try database.prepare("UPDATE entities SET name = ? WHERE id = ?")
        insertSurname = try database.prepare(
            "INSERT OR IGNORE INTO person_surnames (entity_id, key) VALUES (?, ?)")
        deleteSurnames = try database.prepare("DELETE FROM person_surnames WHERE entity_id = ?")
    }

    /// The store entity for `entity`, joined or created, with its aliases recorded.
    func resolve(_ entity: ExtractedEntity) throws -> Resolution {
        try resolve(entity, joining: true)
    }

    /// Like `resolve(_:)`; `joining` false always creates a new entity (with id `requestedID`
    /// when it is free), `existing` names the entity to join when the caller has matched it.
    /// `requestedIDIsFree` says the caller knows no entity has `requestedID` (saves a lookup).
    func resolve(
        _ entity: ExtractedEntity, joining: Bool, existing known: Int? = nil,
        requestedID: Int? = nil, requestedIDIsFree: Bool = false
    ) throws -> Resolution {
        let surfaces = self.surfaces(of: entity)
        let nameWords = surfaces.first.map { Self.keyWords($0.key) } ?? []

        let resolution: Resolution
        let found = try known.map { (id: $0, name: String?.none) } ?? (joining ? findExisting(entity, surfaces: surfaces, nameWords: nameWords) : nil)
        if let existing = found {
            try adoptNameIfMoreComplete(entity.name, nameWords: nameWords, type: entity.type, for: existing.id, storedName: existing.name)
            resolution = Resolution(id: existing.id, isNew: false)
        } else {
            // Parameters bound one by one: an import creates a hundred thousand entities here.
            if let requestedID, try requestedIDIsFree || !isTaken(requestedID) {
                try insertEntityWithID.bind(int: requestedID, at: 1)
                try insertEntityWithID.bind(.text(entity.name), at: 2)
                try insertEntityWithID.bind(.text(entity.type.rawValue), at: 3)
                try insertEntityWithID.runBound()
            } else {
                try insertEntity.bind(.text(entity.name), at: 1)
                try insertEntity.bind(.text(entity.type.rawValue), at: 2)
                try insertEntity.runBound()
            }
            let id = database.lastInsertRowID
            try recordSurname(of: id, type: entity.type, nameWords: nameWords)
            resolution = Resolution(id: id, isNew: true)
        }
        for (surface, key) in surfaces {
            try insertAlias.bind(int: resolution.id, at: 1)
            try insertAlias.bind(.text(surface), at: 2)
            try insertAlias.bind(.text(key), at: 3)
            try insertAlias.runBound()
        }
        return resolution
    }

    /// The stored entity `entity` is the same as, by the rules above; nil: a new one.
    func match(_ entity: ExtractedEntity) throws -> Int? {
        let surfaces = self.surfaces(of: entity)
        return try findExisting(
            entity, surfaces: surfaces,
            nameWords: surfaces.first.map { Self.keyWords($0.key) } ?? [])?.id
    }

    /// The name and aliases with their lookup keys, each surface once, the name first.
    private func surfaces(of entity: ExtractedEntity) -> [(surface: String, key: String)] {
        var surfaces: [(surface: String, key: String)] = []
        for surface in [entity.name] + entity.aliases
        where !surface.isEmpty && !surfaces.contains(where: { $0.surface == surface }) {
            surfaces.append((surface, key(surface)))
        }
        return surfaces
    }

    private func isTaken(_ id: Int) throws -> Bool {
        try entityIDIsTaken.bind([.int(id)])
        defer { entityIDIsTaken.reset() }
        return try entityIDIsTaken.step()
    }

    /// The words of a name's lookup key: "Vladimir V. Putin" -> ["vladimir", "v", "putin"].
    private func words(_ name: String) -> [Substring] {
        Self.keyWords(key(name))
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
        guard cachesKeys else { return AliasKey.lookupKey(surface) }
        if let known = keyCache[surface] { return known }
        if keyCache.count > 100_000 { keyCache.removeAll(keepingCapacity: true) }
        let computed = AliasKey.lookupKey(surface)
        keyCache[surface] = computed
        return computed
    }

    /// The stored entity `entity` joins by the rules above, with its canonical name when the look-up
    /// that found it read the name (nil: not read); nil when it joins none.
    private func findExisting(
        _ entity: ExtractedEntity, surfaces: [(surface: String, key: String)],
        nameWords: [Substring]
    ) throws -> (id: Int, name: String?)? {
        let isPerson = entity.type == .person
        var keys: [String] = []
        for (_, key) in surfaces {
            guard !key.isEmpty, !keys.contains(key) else { continue }
            if isPerson && nameWords.count > 1 && !Self.keyHasSpace(key) { continue }
            keys.append(key)
        }

        // Rule 1: shared alias keys naming one side; the entity sharing the most wins, then the oldest.
        let nameKey = surfaces.first?.key ?? ""
        var sharedKeys: [Int: Int] = [:]
        // the names the look-ups read, so that joining one needs no second read of its name
        var names: [Int: String] = [:]
        for key in keys {
            for found in try lookup.entities(withAliasKey: key, type: entity.type) {
                let namesEitherSide = key == nameKey || key == self.key(found.name)
                guard namesEitherSide else { continue }
                sharedKeys[found.id, default: 0] += 1
                names[found.id] = found.name
            }
        }
        if isPerson && nameWords.count == 1 && sharedKeys.count > 1 {
            return nil  // "Biden" when two Bidens are known: nothing to go on
        }
        if let best = sharedKeys.min(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            return (best.key, names[best.key])
        }

        // Rule 2: a surname alone meets a full name, in either direction.
        guard isPerson, let last = Self.surname(nameWords) else { return nil }
        let namesakes = try lookup.persons(withSurname: String(last))
        if nameWords.count == 1 {
            return namesakes.count == 1 ? (namesakes[0], nil) : nil
        }
        if !namesakes.isEmpty {
            // Rule 3: the one namesake whose name is this one transliterated ("Volodymyr
            // Zelenskiy" and "Vladimir Zelensky"); any other full name sharing it: ambiguous
            let personKey = AliasKey.personKey(entity.name)
            var sameName: [(id: Int, name: String?)] = []
            for id in namesakes {
                if let name = try lookup.name(of: id), AliasKey.personKey(name) == personKey { sameName.append((id, name)) }
            }
            return sameName.count == 1 ? sameName[0] : nil
        }
        var bareSurnames: [(id: Int, name: String?)] = []
        for found in try lookup.entities(withAliasKey: String(last), type: .person) where words(found.name).count == 1 {
            bareSurnames.append((found.id, found.name))
        }
        return bareSurnames.count == 1 ? bareSurnames[0] : nil
    }

    /// Renames `id` to `name` when `name` says everything the stored name says and more.
    /// `storedName` is the stored name when the caller has just read it (nil: read here).
    private func adoptNameIfMoreComplete(
        _ name: String, nameWords: [Substring], type: EntityType,
        for id: Int, storedName: String? = nil
    ) throws {
        let storedWords: [Substring]
        if let storedName {
            storedWords = words(storedName)
        } else {
            try nameOfEntity.bind([.int(id)])
            guard try nameOfEntity.step() else { return }
            storedWords = words(nameOfEntity.text(0))
            nameOfEntity.reset()
        }
        guard nameWords.count > storedWords.count,
            Set(storedWords).isSubset(of: Set(nameWords))
        else { return }
        try renameEntity.run([.text(name), .int(id)])
        lookup.renamed(id, to: name)
        try deleteSurnames.run([.int(id)])
        try recordSurname(of: id, type: type, nameWords: nameWords)
    }

    private func recordSurname(of id: Int, type: EntityType, nameWords: [Substring]) throws {
        guard type == .person, nameWords.count > 1, let last = Self.surname(nameWords) else { return }
        try insertSurname.bind(int: id, at: 1)
        try insertSurname.bind(.text(String(last)), at: 2)
        try insertSurname.runBound()
    }
}
