import KGModel

/// Clauses that state no fact: negated, modal, conditional, denied or forecast.
extension TreeActionExtractor {
    // Closed grammatical classes, complete here: negators, modals, conditional conjunctions.
    static let negationWords: WordSet = ["not", "n't", "never", "neither", "nor"]
    static let modalWords: WordSet = ["might", "may", "could", "should", "can", "would", "must"]
    static let conditionWords: WordSet = ["if", "unless", "whether", "lest"]
    /// Subordinators after which a present-tense verb is a condition still to be met ("an embargo until
    /// it withdraws"); with a past verb the clause states a fact ("until Iraq withdrew"). Read by the
    /// tree rules and the word-window rules alike.
    static let pendingConditionWords: WordSet = ["until", "till", "before"]
    /// Verbs whose complement did not happen: "refused to recognize", "denied that it invaded".
    static let undoingLemmas: WordSet = WordLists.wordSet("TreeActionExtractor.undoingLemmas")
    /// Adjectives and participles whose complement is a forecast: "expected to condemn".
    static let forecastWords: WordSet = WordLists.wordSet("TreeActionExtractor.forecastWords")
    /// Verbs of weighing an act: their gerund complement is not done ("would discuss suspending X").
    static let deliberationLemmas: WordSet = WordLists.wordSet("TreeActionExtractor.deliberationLemmas")
    /// Verbs whose gerund complement is an act not done: weighed, stopped, refused ("stopped buying X").
    static let undoneGerundHeads: WordSet = undoingLemmas.union(deliberationLemmas)

    /// Whether word `w`'s clause, or a clause it depends on, states something that did not happen.
    ///
    /// ```swift
    /// // "Chile did not condemn Peru ."          -> true (advmod "not")
    /// // "Sweden refused to recognize Kosovo ."  -> true (xcomp of "refuse")
    /// // "Canada will sanction Iran ."           -> false (stated intent counts)
    /// ```
    func isUnreal(_ p: ParsedSentence, _ w: Int, depth: Int = 0) -> Bool {
        for c in p.children[w] {
            switch p.label(c).base {
            case "advmod", "neg": if p.word(c, isIn: Self.negationWords) { return true }
            case "nsubj":
                // "neither X nor Y recognized Z", wherever the parser hangs "neither" and "nor"
                let conjuncts = p.conjuncts(c)
                if conjuncts.contains(where: { k in p.children[k].contains { ["neither", "nor"].contains(p.words[$0]) } }) { return true }
            case "aux": if p.word(c, isIn: Self.modalWords) && !(p.word(c, is: "would") && isReported(p, w)) { return true }
            case "mark":
                if p.word(c, isIn: Self.conditionWords) { return true }
                // "an embargo until it withdraws its troops": a present verb after "until" or "before" is a
                // condition still to be met ("until Iraq withdrew" is a fact); so is a past one after a
                // future or conditional clause ("would stay until Serbia recognised Kosovo", read off the
                // words before "until", wherever the parser hangs its clause)
                if p.word(c, isIn: Self.pendingConditionWords),
                    p.tags[w].xpos == .VBZ || p.tags[w].xpos == .VBP
                        || (max(0, c - ActionExtractor.pendingClauseAuxiliaryWords)..<c).contains(where: { p.word($0, isIn: Self.futureAuxiliaries) })
                {
                    return true
                }
            // "offered no concessions to X": an act with nothing done
            case "obj": if p.children[c].contains(where: { p.word($0, is: "no") && p.label($0).base == "det" }) { return true }
            default: break
            }
            // "has yet to recognize"
            if p.word(c, is: "yet"), p.label(c).base == "advmod" { return true }
            if p.word(c, is: "neither") { return true }
        }
        guard depth < 4, let h = p.head(w) else { return false }
        var label = p.label(w)
        // "would discuss suspending Fiji", "had stopped buying Iraqi oil": the gerund's act is weighed or
        // stopped, not done (whatever the parser calls the gerund: complement or object)
        if p.tags[w].xpos == .VBG, [.xcomp, .ccomp, .obj].contains(label), Self.undoneGerundHeads.contains(lemma(p, h)) { return true }
        // "has yet to recognize" parsed as a purpose clause: controlled all the same
        if label == .advcl, p.children[w].contains(where: { p.word($0, is: "to") && p.label($0).base == "mark" }) { label = .xcomp }
        switch label {
        case .acl:
            // "declined Canberra's request to remove it", "rejected the call to sanction X": the act a request,
            // an appeal or an offer names is asked for or offered, not done (a decision's act is: "Russia's
            // decision to recognise X")
            guard p.tags[h].upos == .NOUN, p.children[w].contains(where: { p.word($0, is: "to") && p.label($0).base == "mark" }) else { return false }
            let noun = lemma(p, h)
            return ActionExtractor.appealLemmas.contains(noun) || Self.offeringLemmas.contains(noun) || noun == "threat"
        case .xcomp:
            if Self.undoingLemmas.contains(lemma(p, h)) || p.word(h, isIn: Self.forecastWords) { return true }
            // "urged Sudan to recognize Eritrea": an urged or demanded act is asked for, not done
            // "offered to mediate", "threatened to sanction X": an offered or threatened act is not done yet either
            // (as the window rules read it)
            let controller = lemma(p, h)
            if ActionExtractor.appealLemmas.contains(controller) || Self.offeringLemmas.contains(controller) || Self.threatLemmas.contains(controller) {
                return true
            }
            return isUnreal(p, h, depth: depth + 1)
        case .ccomp:
            // "demanded that Lithuania withdraw its envoy": a demanded or urged act is asked for, not done
            if ActionExtractor.appealLemmas.contains(lemma(p, h)), isVerbal(p, h) { return true }
            return ["deny", "reject", "dismiss", "refute"].contains(lemma(p, h)) || isUnreal(p, h, depth: depth + 1) && isModalOnly(p, h)
        case .conj:
            // "did not condemn X or sanction Y": a shared auxiliary hangs on the first verb
            return !p.children[w].contains { p.label($0).base == "aux" || p.label($0).base == "nsubj" } && isUnreal(p, h, depth: depth + 1)
        default:
            return false
        }
    }

    /// "X said it would send troops": a reported intent, not a condition, when no condition is around.
    func isReported(_ p: ParsedSentence, _ w: Int) -> Bool {
        guard p.label(w) == .ccomp, let h = p.head(w) else { return false }
        let head = lemma(p, h)
        let reporting = Self.speechLemmas.contains(head) || ["promise", "pledge", "vow", "warn"].contains(head)
        return reporting && !p.words.contains { Self.conditionWords.contains($0) }
    }

    /// A clause made unreal by a condition or modal only (not negation), which its complements share.
    func isModalOnly(_ p: ParsedSentence, _ w: Int) -> Bool {
        p.children[w].contains { p.label($0).base == "mark" && p.word($0, isIn: Self.conditionWords) }
    }
}
