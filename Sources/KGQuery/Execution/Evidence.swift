import KGStore

/// The sentence and document behind relations, fetched by sentence id on demand and cached.
///
/// ```swift
/// let evidence = Evidence(store: store)
/// evidence.lookup(sentence: 12)   // ("Biden condemned ...", "001_x.txt")
/// ```
final class Evidence {
    private let store: GraphStore
    private var statement: Statement?
    private var cache: [Int: (sentence: String?, document: String?)] = [:]

    init(store: GraphStore) {
        self.store = store
    }

    func lookup(sentence id: Int) throws -> (sentence: String?, document: String?) {
        if id < 0 { return (nil, nil) }
        if let known = cache[id] { return known }
        if statement == nil {
            statement = try store.database.prepare("""
                SELECT s.text, d.name FROM sentences s JOIN documents d ON d.id = s.document_id
                WHERE s.id = ?
                """)
        }
        guard let statement else { return (nil, nil) }
        try statement.bind([.int(id)])
        var found: (sentence: String?, document: String?) = (nil, nil)
        if try statement.step() {
            found = (statement.optionalText(0), statement.optionalText(1))
        }
        cache[id] = found
        return found
    }
}
