import KGModel

extension GraphStore {
    /// Ids of the entities `name` can stand for in a query's `{name: ...}`: any entity with an
    /// alias of the same `AliasKey.lookupKey`, and any entity so named, ignoring case.
    ///
    /// ```swift
    /// try store.entityIDs(namedOrAliased: "the kremlin's")  // [id of Kremlin]
    /// ```
    /// Uses the alias-key index and the case-insensitive name index.
    public func entityIDs(namedOrAliased name: String) throws -> Set<Int> {
        var ids = Set<Int>()
        let byAlias = try database.prepare("SELECT entity_id FROM aliases WHERE key = ?")
        try byAlias.bind([.text(AliasKey.lookupKey(name))])
        while try byAlias.step() { ids.insert(byAlias.int(0)) }
        let byName = try database.prepare("SELECT id FROM entities WHERE name = ? COLLATE NOCASE")
        try byName.bind([.text(name)])
        while try byName.step() { ids.insert(byName.int(0)) }
        return ids
    }

    /// Ids of the entities whose name is exactly `name`, case included (`WHERE a.name = "..."`).
    public func entityIDs(exactlyNamed name: String) throws -> Set<Int> {
        // The case-insensitive index finds the candidates; Swift keeps the exact ones.
        let statement = try database.prepare("SELECT id, name FROM entities WHERE name = ? COLLATE NOCASE")
        try statement.bind([.text(name)])
        var ids = Set<Int>()
        while try statement.step() {
            if statement.text(1) == name { ids.insert(statement.int(0)) }
        }
        return ids
    }
}
