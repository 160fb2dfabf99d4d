import KGModel

/// A whole graph to add to the store in one go, as `kg import` reads it from a file: entities
/// (with aliases and the documents that mention them) and relations between them.
///
/// ```swift
/// var graph = GraphImport(sourceName: "graph.json")
/// graph.entities.append(.init(name: "NATO", type: .organization))
/// graph.entities.append(.init(name: "Russia", type: .country))
/// graph.relations.append(.init(subject: 0, object: 1, action: "condemn", cameo: .root(.disapprove)))
/// let result = try store.importGraph(graph)
/// ```
public struct GraphImport: Sendable {
    public struct Entity: Sendable {
        public var name: String
        public var type: EntityType
        public var aliases: [String]
        /// Documents that mention it: each gets a mention, in the sentence of one of its edges
        /// there when there is one.
        public var documents: [String]
        /// The id to give a new entity when the store has it free.
        public var requestedID: Int?

        public init(
            name: String, type: EntityType, aliases: [String] = [], documents: [String] = [],
            requestedID: Int? = nil
        ) {
            self.name = name
            self.type = type
            self.aliases = aliases
            self.documents = documents
            self.requestedID = requestedID
        }
    }

    public struct Relation: Sendable {
        /// Positions in `entities`.
        public var subject: Int
        public var object: Int
        public var action: String
        public var cameo: CAMEOCode
        public var kind: RelationKind
        /// Provenance: the document (file name) and sentence text, when known.
        public var document: String?
        public var sentence: String?
        public var confidence: Double
        /// The id to give the relation when the store has it free.
        public var requestedID: Int?

        public init(
            subject: Int, object: Int, action: String, cameo: CAMEOCode, kind: RelationKind = .action,
            document: String? = nil, sentence: String? = nil, confidence: Double = 1,
            requestedID: Int? = nil
        ) {
            self.subject = subject
            self.object = object
            self.action = action
            self.cameo = cameo
            self.kind = kind
            self.document = document
            self.sentence = sentence
            self.confidence = confidence
            self.requestedID = requestedID
        }
    }

    public var entities: [Entity] = []
    public var relations: RelationList = []
    /// The document name of relations that have a sentence but no document.
    public var sourceName: String

    public init(sourceName: String) {
        self.sourceName = sourceName
    }
}

extension GraphImport {
    /// Throws unless every relation of `relations` joins two of this import's entities.
    func checkEnds(of relations: RelationList) throws {
        let entities = self.entities.indices
        for (position, (subject, object)) in zip(relations.subjects, relations.objects).enumerated()
        where !entities.contains(subject) || !entities.contains(object) {
            throw StoreError.invalidImport(
                source: sourceName,
                detail: "relation '\(relations[position].action)' refers to an entity the import does not hold")
        }
    }
}

/// What an import did.
public struct GraphImportResult: Sendable {
    /// The entity id each entity of the import got, in import order (joined or new).
    public var entityIDs: [Int] = []
    /// Entities created; the others joined an entity the store already had.
    public var entitiesAdded = 0
    public var entitiesJoined = 0
    public var relationsAdded = 0
    /// Relations the store already held exactly (an import repeated).
    public var relationsUnchanged = 0
    /// Document and sentence rows created for provenance (`path` "import:<name>").
    public var documentsAdded = 0
    public var sentencesAdded = 0

    public init() {}
}
