/// A Universal Dependencies part-of-speech tag (the 17 UPOS categories).
///
/// ```swift
/// UPOS(rawValue: "VERB") // .VERB
/// ```
public enum UPOS: String, Sendable, Hashable, CaseIterable, Codable {
    case ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X

    /// Verbs and auxiliaries: the tokens that can head a clause.
    public var isVerbal: Bool { self == .VERB || self == .AUX }
}
