import KGExport
import KGQuery
import KGStore

/// The words tab completion offers: keywords, dot-commands, labels, and the store's actions and
/// entity names.
///
/// ```swift
/// let vocabulary = try CompletionVocabulary(store: store)
/// vocabulary.entityNames  // ["Joe Biden", "NATO", ...]
/// ```
/// A value loaded once (and again after `.ingest`), so completing never touches the database.
public struct CompletionVocabulary: Sendable, Equatable {
    /// A name as written somewhere (`Putin`) and the entity's canonical name (`Vladimir Putin`).
    public struct Alias: Sendable, Equatable {
        public var surface: String
        public var name: String

        public init(surface: String, name: String) {
            self.surface = surface
            self.name = name
        }
    }

    /// Keywords and function names, offered wherever a statement has a word.
    public var keywords: [String]
    public var dotCommands: [String]
    public var labels: [String]
    public var actions: [String]
    public var entityNames: [String]
    public var aliases: [Alias]
    /// Properties after `variable.`: a node's and an edge's.
    public var properties: [String]

    public init(
        keywords: [String] = QueryVocabulary.keywords + QueryVocabulary.functions,
        dotCommands: [String] = DotCommand.all.map(\.name),
        labels: [String] = QueryVocabulary.labels, actions: [String] = [],
        entityNames: [String] = [], aliases: [Alias] = [],
        properties: [String] = Self.propertyNames
    ) {
        self.keywords = keywords
        self.dotCommands = dotCommands
        self.labels = labels
        self.actions = actions
        self.entityNames = entityNames
        self.aliases = aliases
        self.properties = properties
    }

    /// The vocabulary with the store's actions, entity names and aliases.
    public init(store: GraphStore) throws {
        self.init(actions: try QueryVocabulary.actions(in: store))
        entityNames = try store.entityNames()
        aliases = try store.aliasesOtherThanNames().map { Alias(surface: $0.surface, name: $0.name) }
    }

    /// A node's properties, then the edge properties it lacks (`id` is both).
    public static let propertyNames =
        QueryVocabulary.nodeProperties
        + QueryVocabulary.relationshipProperties.filter { !QueryVocabulary.nodeProperties.contains($0) }

    /// Sub-words of dot-commands that take a fixed set of values.
    static let dotCommandArguments: [DotCommand.Kind: [String]] = [
        .mode: OutputMode.allCases.map(\.rawValue),
        .timer: ["on", "off"],
        .bail: ["on", "off"],
        .echo: ["on", "off"],
        .param: ["set", "unset", "list", "clear"],
        .entities: QueryVocabulary.labels,
        .export: ExportFormat.allCases.map(\.rawValue),
    ]
}
