import KGModel

extension GraphImport {
    /// The relations of an import, kept column by column with repeated texts stored once.
    ///
    /// ```swift
    /// var relations: GraphImport.RelationList = []
    /// relations.append(.init(subject: 0, object: 1, action: "condemn", cameo: "11"))
    /// relations[0].action   // "condemn"
    /// ```
    /// A news graph has a few dozen actions and CAMEO codes over millions of edges, so a relation
    /// costs about 25 bytes here instead of the hundred or more of a `Relation` value: ten
    /// million edges fit in a quarter of a gigabyte. Columns no relation uses (documents,
    /// sentences, confidences other than 1, requested ids) take no memory at all.
    public struct RelationList: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
        /// Positions in the import's entities.
        private(set) var subjects: [Int] = []
        private(set) var objects: [Int] = []
        /// Positions in `texts` (CAMEO codes as their raw values, the text the store writes).
        private(set) var actions: [Int32] = []
        private(set) var cameos: [Int32] = []
        private(set) var isRole: [Bool] = []
        /// Positions in `texts`, or -1 for none; empty while no relation has one.
        private(set) var documents: [Int32] = []
        private(set) var sentences: [Int32] = []
        /// Empty while every confidence is 1.
        private(set) var confidences: [Double] = []
        /// `Int.min` for none; empty while no relation requests an id.
        private(set) var requestedIDs: [Int] = []
        /// Each distinct action, CAMEO code, document name and sentence once.
        private(set) var texts: [String] = []
        private var textPositions: [String: Int32] = [:]

        public init() {}

        public init(arrayLiteral relations: Relation...) {
            reserveCapacity(relations.count)
            for relation in relations { append(relation) }
        }

        public var startIndex: Int { 0 }
        public var endIndex: Int { subjects.count }

        public subscript(position: Int) -> Relation {
            Relation(
                subject: subjects[position], object: objects[position], action: texts[Int(actions[position])],
                cameo: CAMEOCode(rawValue: texts[Int(cameos[position])]) ?? .uncoded, kind: isRole[position] ? .role : .action,
                document: documents.isEmpty ? nil : text(at: documents[position]),
                sentence: sentences.isEmpty ? nil : text(at: sentences[position]),
                confidence: confidences.isEmpty ? 1 : confidences[position],
                requestedID: requestedIDs.isEmpty || requestedIDs[position] == Int.min ? nil : requestedIDs[position])
        }

        public mutating func reserveCapacity(_ count: Int) {
            subjects.reserveCapacity(count)
            objects.reserveCapacity(count)
            actions.reserveCapacity(count)
            cameos.reserveCapacity(count)
            isRole.reserveCapacity(count)
        }

        public mutating func append(_ relation: Relation) {
            let position = subjects.count
            subjects.append(relation.subject)
            objects.append(relation.object)
            actions.append(intern(relation.action))
            cameos.append(intern(relation.cameo.rawValue))
            isRole.append(relation.kind == .role)
            if let document = relation.document {
                Self.fill(&documents, upTo: position, with: -1, capacity: subjects.capacity)
                documents.append(intern(document))
            } else if !documents.isEmpty {
                documents.append(-1)
            }
            if let sentence = relation.sentence {
                Self.fill(&sentences, upTo: position, with: -1, capacity: subjects.capacity)
                sentences.append(intern(sentence))
            } else if !sentences.isEmpty {
                sentences.append(-1)
            }
            if relation.confidence != 1 || !confidences.isEmpty {
                Self.fill(&confidences, upTo: position, with: 1, capacity: subjects.capacity)
                confidences.append(relation.confidence)
            }
            if relation.requestedID != nil || !requestedIDs.isEmpty {
                Self.fill(&requestedIDs, upTo: position, with: Int.min, capacity: subjects.capacity)
                requestedIDs.append(relation.requestedID ?? Int.min)
            }
        }

        /// Whether some relation has a document or a sentence (provenance rows to write).
        var hasEvidence: Bool { !documents.isEmpty || !sentences.isEmpty }

        /// The text stored at `position` of `texts`, nil for -1.
        func text(at position: Int32) -> String? {
            position < 0 ? nil : texts[Int(position)]
        }

        private mutating func intern(_ text: String) -> Int32 {
            if let known = textPositions[text] { return known }
            // Two billion distinct texts would not fit in memory long before this wraps.
            let position = Int32(truncatingIfNeeded: texts.count)
            textPositions[text] = position
            texts.append(text)
            return position
        }

        /// Pads a column that was left empty until now with its default for the rows before.
        private static func fill<T>(_ column: inout [T], upTo count: Int, with value: T, capacity: Int) {
            guard column.count < count else { return }
            column.reserveCapacity(capacity)
            column.append(contentsOf: repeatElement(value, count: count - column.count))
        }
    }
}
