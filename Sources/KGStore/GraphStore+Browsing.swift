import KGModel

/// An action with the CAMEO code it carries and how many relations have both: a line of the
/// shell's `.schema`.
public struct ActionCodeCount: Hashable, Sendable {
    public var action: String
    public var cameo: CAMEOCode
    public var count: Int

    public init(action: String, cameo: CAMEOCode, count: Int) {
        self.action = action
        self.cameo = cameo
        self.count = count
    }
}

/// An entity with how often the documents mention it and how many relations it takes part in.
public struct EntitySummary: Hashable, Sendable {
    public var entity: StoredEntity
    public var mentions: Int
    public var relations: Int

    public init(entity: StoredEntity, mentions: Int, relations: Int) {
        self.entity = entity
        self.mentions = mentions
        self.relations = relations
    }
}

/// A surface form recorded for an entity and the entity's canonical name.
public struct AliasName: Hashable, Sendable {
    public var surface: String
    public var name: String

    public init(surface: String, name: String) {
        self.surface = surface
        self.name = name
    }
}

extension GraphStore {
    /// Every (action, CAMEO code) pair with its number of relations, most frequent first.
    ///
    /// ```swift
    /// try store.actionCodeCounts().first  // ActionCodeCount(action: "condemn", cameo: .root(.disapprove), count: 12)
    /// ```
    public func actionCodeCounts() throws -> [ActionCodeCount] {
        let statement = try database.prepare(
            """
            SELECT action, cameo, count(*) AS n FROM relations
            GROUP BY action, cameo ORDER BY n DESC, action
            """)
        var counts: [ActionCodeCount] = []
        // A code kg does not know (another program wrote the row) is left out, as by the graph index.
        while try statement.step() {
            guard let cameo = CAMEOCode(rawValue: statement.text(1)) else { continue }
            counts.append(ActionCodeCount(action: statement.text(0), cameo: cameo, count: statement.int(2)))
        }
        return counts
    }

    /// Entities of one type (or all) whose name or any alias matches `pattern`, most mentioned
    /// first, then by name.
    ///
    /// ```swift
    /// try store.entitySummaries(type: .person, matching: "put*")  // Vladimir Putin, ...
    /// ```
    /// `pattern` is a user's wildcard pattern: `*` any run, `?` one character, anything else
    /// itself (ASCII case ignored); it matches anywhere in the name.
    public func entitySummaries(type: EntityType? = nil, matching pattern: String? = nil) throws -> [EntitySummary] {
        let statement = try database.prepare(
            """
            SELECT e.id, e.name, e.type,
                   (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions,
                   (SELECT count(*) FROM relations r
                     WHERE r.subject_id = e.id OR r.object_id = e.id) AS relations
            FROM entities e
            WHERE (?1 IS NULL OR e.type = ?1)
              AND (?2 IS NULL OR e.name LIKE ?2 ESCAPE '\\'
                   OR EXISTS (SELECT 1 FROM aliases a
                              WHERE a.entity_id = e.id AND a.surface LIKE ?2 ESCAPE '\\'))
            ORDER BY mentions DESC, e.name
            """)
        try statement.bind([
            type.map { .text($0.rawValue) } ?? .null,
            pattern.map { .text(Self.likePattern(wildcards: $0)) } ?? .null,
        ])
        var summaries: [EntitySummary] = []
        while try statement.step() {
            guard let type = EntityType(rawValue: statement.text(2)) else { continue }
            summaries.append(
                EntitySummary(
                    entity: StoredEntity(id: statement.int(0), name: statement.text(1), type: type),
                    mentions: statement.int(3), relations: statement.int(4)))
        }
        return summaries
    }

    /// Every entity's canonical name, sorted.
    public func entityNames() throws -> [String] {
        let statement = try database.prepare("SELECT name FROM entities ORDER BY name")
        var names: [String] = []
        while try statement.step() { names.append(statement.text(0)) }
        return names
    }

    /// Every alias that differs from its entity's name, sorted by surface: what completion offers
    /// besides the names.
    public func aliasesOtherThanNames() throws -> [AliasName] {
        let statement = try database.prepare(
            """
            SELECT a.surface, e.name FROM aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.surface <> e.name ORDER BY a.surface
            """)
        var aliases: [AliasName] = []
        while try statement.step() { aliases.append(AliasName(surface: statement.text(0), name: statement.text(1))) }
        return aliases
    }

    /// The distinct actions (relationship labels), sorted, read through the action index one
    /// value at a time (fast however many relations there are).
    public func distinctActions() throws -> [String] {
        let statement = try database.prepare(
            """
            WITH RECURSIVE a(action) AS (
                SELECT min(action) FROM relations
                UNION ALL
                SELECT (SELECT min(action) FROM relations WHERE action > a.action) FROM a WHERE a.action IS NOT NULL)
            SELECT action FROM a WHERE action IS NOT NULL
            """)
        var actions: [String] = []
        while try statement.step() { actions.append(statement.text(0)) }
        return actions
    }

    /// `*` and `?` as SQL wildcards, `%`, `_` and `\` as themselves, anywhere in the text.
    static func likePattern(wildcards pattern: String) -> String {
        var like = ""
        for character in pattern {
            switch character {
            case "%", "_", "\\": like += "\\" + String(character)
            case "*": like += "%"
            case "?": like += "_"
            default: like.append(character)
            }
        }
        return "%" + like + "%"
    }
}
