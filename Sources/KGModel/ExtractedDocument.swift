/// A sentence of a document: its position, where it sits in the text, and its text.
public struct Sentence: Hashable, Sendable {
    /// 0-based position in the document.
    public var index: Int
    public var span: TextSpan
    public var text: String

    public init(index: Int, span: TextSpan, text: String) {
        self.index = index
        self.span = span
        self.text = text
    }
}

/// An entity as one document knows it: a document-local id, its canonical name, type and every
/// surface form the document used for it.
public struct ExtractedEntity: Hashable, Sendable {
    /// Document-local identifier; mentions and relations refer to it.
    public var id: Int
    public var name: String
    public var type: EntityType
    /// Every surface form used for it in the document, the name included.
    public var aliases: [String]

    public init(id: Int, name: String, type: EntityType, aliases: [String]) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
    }
}

/// One place in the text where an entity is named.
public struct Mention: Hashable, Sendable {
    public var entity: Int
    public var sentence: Int
    public var span: TextSpan
    public var surface: String

    public init(entity: Int, sentence: Int, span: TextSpan, surface: String) {
        self.entity = entity
        self.sentence = sentence
        self.span = span
        self.surface = surface
    }
}

/// A directed fact `subject -action-> object` stated in one sentence.
///
/// ```swift
/// // "NATO condemned Russia."
/// Fact(subject: nato, object: russia, action: "condemn", cameo: .root(.disapprove), kind: .action,
///      sentence: 0, span: TextSpan(start: 0, end: 21), confidence: 0.9)
/// ```
public struct Fact: Hashable, Sendable {
    /// Document-local entity ids.
    public var subject: Int
    public var object: Int
    /// The verb's lemma (`condemn`) or the role noun (`president`), lower case.
    public var action: String
    /// The action's CAMEO root code, or `.role`.
    public var cameo: CAMEOCode
    public var kind: RelationKind
    /// Index of the sentence the fact comes from.
    public var sentence: Int
    /// The evidence: the stretch of text that states the fact.
    public var span: TextSpan
    /// 0...1, how sure the extractor is; users filter on it.
    public var confidence: Double
    /// The day the fact happened, when known (see `FactDating`); nil straight from the extractor.
    public var date: CalendarDate?
    /// Where `date` came from: the sentence, a relative date in it, or the document.
    public var dateSource: FactDateSource?
    /// The rule that made the fact (its source file and line); no part of the fact's identity.
    public var origin: FactOrigin

    public init(
        subject: Int, object: Int, action: String, cameo: CAMEOCode, kind: RelationKind,
        sentence: Int, span: TextSpan, confidence: Double, date: CalendarDate? = nil,
        dateSource: FactDateSource? = nil, file: StaticString = #fileID, line: UInt = #line
    ) {
        self.origin = FactOrigin(file: file, line: line)
        self.date = date
        self.dateSource = dateSource
        self.subject = subject
        self.object = object
        self.action = action
        self.cameo = cameo
        self.kind = kind
        self.sentence = sentence
        self.span = span
        self.confidence = confidence
    }
}

/// Everything the extractor found in one document.
public struct ExtractedDocument: Sendable {
    public var title: String?
    public var sentences: [Sentence]
    public var entities: [ExtractedEntity]
    public var mentions: [Mention]
    public var facts: [Fact]

    public init(
        title: String?, sentences: [Sentence], entities: [ExtractedEntity],
        mentions: [Mention], facts: [Fact]
    ) {
        self.title = title
        self.sentences = sentences
        self.entities = entities
        self.mentions = mentions
        self.facts = facts
    }
}
