import KGModel

/// Signing stated with a light verb: "the ministers put their names to the accord", "the presidents put
/// their initials to the deal".
///
/// "put" relates without acting ("put pressure on", "put it to a vote"), so no lexicon codes it and
/// the uncoded-verb rule leaves it out; with a signature for object and a "to" phrase for what is
/// signed (or the signers' own signature: "their names"), it is the act of signing (or initialling), done by coordinated signers with each other.
///
/// ```swift
/// // "Bolivia and Chile put their names to the accord ." -> Bolivia -sign-> Chile, Chile -sign-> Bolivia
/// // "Bolivia put its name to the accord ." -> nothing (no other side)
/// ```
extension TreeActionExtractor {
    /// Verbs that set a signature on a text: "put", "set", "affix".
    static let signingLightLemmas: WordSet = ["put", "set", "affix", "add"]
    /// Nouns for a signature, and the act setting each to a text is.
    static let signatureNouns: WordTable<String> = [
        "name": "sign", "names": "sign", "signature": "sign", "signatures": "sign", "initials": "initial",
    ]

    /// The signing that light verb `w` (lemma `lemma`) states, between its coordinated subjects.
    func signing(_ facts: inout [Fact], _ p: ParsedSentence, _ w: Int, lemma: String) {
        guard Self.signingLightLemmas.contains(lemma), !isPassive(p, w), !isUnreal(p, w),
            let mark = p.dependents(w, .obj).first(where: { p.word($0, in: Self.signatureNouns) != nil }),
            let action = p.word(mark, in: Self.signatureNouns), let sign = verbEntry(lemma: "sign")
        else { return }
        // what is signed: "to the accord", on the verb or on the signature, or the signers' own signature
        // ("put their initials", the parsed stretch ending before the text)
        let text =
            (p.dependents(w, base: "obl") + p.dependents(mark, base: "nmod")).contains { p.preposition($0) == "to" } || !p.dependents(mark, .nmodPoss).isEmpty
        let actors = self.actors(p, w, passive: false, depth: 0)
        guard text, actors.count >= 2 else { return }
        addBothWays(&facts, p, actors, VerbEntry(lemma: action, cameo: sign.cameo), at: w, confidence: FactConfidence.Tree.reciprocalClause)
    }
}
