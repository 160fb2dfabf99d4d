import KGStore

/// What the in-memory graph does not hold, read from the store on demand and cached: each
/// relation's sentence, document and date, documents' titles and paths, entities' aliases and
/// documents.
///
/// ```swift
/// let evidence = Evidence(store: store)
/// try evidence.report(12)?.sentence   // "Biden condemned ..."
/// try evidence.aliases(ofEntity: 3)   // ["Putin", "Vladimir Putin"]
/// ```
final class Evidence {
    private let store: GraphStore
    private var reports: [Int: StoredRelation?] = [:]
    private var documents: [Int: StoredDocument?] = [:]
    private var details: [Int: (aliases: [String], documents: [String])] = [:]
    /// Every relation's date, loaded at the first date a whole-graph statement asks for.
    private var allDates: RelationDates?

    init(store: GraphStore) {
        self.store = store
    }

    /// The relation `id` with its evidence, or nil when it is gone.
    func report(_ id: Int) throws -> StoredRelation? {
        if let known = reports[id] { return known }
        let found = try store.relation(id: id)
        reports[id] = found
        return found
    }

    /// The date of relation `id`. Over the whole graph every date is read at once, in one scan:
    /// a statement that filters or groups by date touches most edges, and a lookup per edge would
    /// cost more than the scan. Over a neighbourhood, one lookup per edge.
    func date(ofReport id: Int, wholeGraph: Bool) throws -> String? {
        guard wholeGraph else { return try report(id)?.date }
        if allDates == nil { allDates = try store.relationDates() }
        return allDates?.date(ofRelation: id)
    }

    /// The document `id`, or nil.
    func document(_ id: Int) throws -> StoredDocument? {
        if let known = documents[id] { return known }
        let found = try store.document(id: id)
        documents[id] = found
        return found
    }

    /// Every surface form of the entity, sorted.
    func aliases(ofEntity id: Int) throws -> [String] {
        try entityDetails(id).aliases
    }

    /// File names of the documents that mention the entity, sorted.
    func documents(ofEntity id: Int) throws -> [String] {
        try entityDetails(id).documents
    }

    private func entityDetails(_ id: Int) throws -> (aliases: [String], documents: [String]) {
        if let known = details[id] { return known }
        let found = try store.entityDetails(ids: [id])
        let entry = (found.aliases[id] ?? [], found.documents[id] ?? [])
        details[id] = entry
        return entry
    }
}
