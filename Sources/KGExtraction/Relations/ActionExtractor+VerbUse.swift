/// How a word is used where it stands: a verb or a noun, negated or conditional, passive, an
/// infinitive, inside a prepositional phrase.
extension ActionExtractor {
    /// The CAMEO verb a token names: by its form in the CAMEO inflection table, or, for a token the
    /// tagger reads as a verb, by its lemma ("sanctioning" -> "sanction" when only the base is listed);
    /// with the particle after it when the lexicon lists the pair ("cracked down" -> "crack down").
    ///
    /// ```swift
    /// verb(s, i)?.lemma  // "condemn" for "condemns"
    /// ```
    func verb(_ s: SentenceView, _ i: Int) -> VerbEntry? {
        guard let entry = plainVerb(s, i) else { return nil }
        // "cracked down": a coded verb and the particle after it, when listed, name the pair's act; a
        // verb uncoded alone ("turned down") is the tree's, whose subject is not the nearest name
        if i + 1 < s.range.upperBound, s.lower(i + 1, isIn: PhrasalVerbs.particles),
            let phrasal = lexicons.verbs["\(entry.lemma) \(s.lower(i + 1))"]
        {
            return phrasal
        }
        return entry
    }

    /// The CAMEO verb a token names by itself, by its form or, for a token tagged as a verb, its lemma.
    private func plainVerb(_ s: SentenceView, _ i: Int) -> VerbEntry? {
        if let entry = s.lower(i, in: lexicons.verbs) { return entry }
        guard let lemmatizer, let tag = s.tag(i), tag.upos == .VERB else { return nil }
        let lemma = lemmatizer.lemma(s.lower(i), pos: tag)
        guard let entry = lexicons.verbs[lemma], entry.lemma == lemma else { return nil }
        return entry
    }

    /// The lemma of the word at `i` read as a verb: "stopped" -> "stop" (the word itself when no
    /// lemmatizer is loaded).
    func verbLemma(_ s: SentenceView, _ i: Int) -> String {
        let w = s.lower(i)
        if let entry = lexicons.verbs[w] { return entry.lemma }
        guard let lemmatizer, let tag = s.tag(i) else { return w }
        return lemmatizer.lemma(w, pos: tag)
    }

    /// A verb form the tagger misread after an unusual subject: "an official told/NN Reuters",
    /// "the Kenyan army struck/JJ targets", "Chile reaffirms/NNS in this context". Past forms no
    /// noun shares are verbs wherever the tagger says noun; past and -s forms right after a
    /// subject are verbs where it says adjective or plural noun and an object or phrase follows.
    func isPastFormMistagged(_ s: SentenceView, _ i: Int) -> Bool {
        guard let tag = s.tag(i), tag.upos == .NOUN || tag.upos == .PROPN || tag.upos == .ADJ, !s.tokens[i].isCapitalized,
            let entry = s.lower(i, in: lexicons.verbs)
        else { return false }
        let w = s.lower(i)
        guard entry.lemma != w, !w.hasSuffix("ing"), !Self.pastFormsSharedWithNouns.contains(w) else { return false }
        guard let subject = s.mention(endingBefore: i), !s.mentions[subject].isDemonym, !s.mentions[subject].modifierOnly else {
            guard !w.hasSuffix("s") else { return false }
            if tag.upos != .ADJ { return true }
            // "Kenyan jets struck/JJ southern Somalia": a past form between a plural noun and an object
            return s.xpos(i - 1) == .NNS && s.tokens[i].attached == false
                && (s.tag(i + 1).map { [.DET, .ADJ, .PROPN, .NOUN, .NUM].contains($0.upos) } ?? false)
        }
        if !w.hasSuffix("s") { return true }
        // "Chile reaffirms in ...", "Peru accuses the ...", but not "Iran sanctions were lifted"
        return s.tag(i + 1).map { [.ADP, .DET, .PROPN, .PRON].contains($0.upos) } ?? false
    }

    /// A CAMEO verb used as a verb where it stands, as the tagger reads it: `Kenya attacked` but
    /// not `the attack`, `occupied Gaza`, `an emergency meeting` or `Kenyan forces`.
    func isVerbUse(_ s: SentenceView, _ i: Int) -> Bool {
        guard verb(s, i) != nil, !s.lower(i, isIn: Self.nonVerbForms), s.roleAt[i] == nil, s.mentionAt[i] == nil else { return false }
        if let tag = s.tag(i), tag.upos != .VERB, !isPastFormMistagged(s, i) { return false }
        let previous = s.lower(i - 1)
        // a participle inside a noun phrase: "the disputed region", "Kenyan-backed militias"
        if s.lower(i - 1, isIn: Self.determiners) || previous == "-" { return false }
        if isAttributiveParticiple(s, i) { return false }
        if let m = s.mention(endingBefore: i), s.mentions[m].isDemonym { return false }
        // "in occupied Gaza", "after meeting X": after a preposition it heads no finite clause
        if s.lower(i - 1, isIn: Self.prepositions) && previous != "to" { return false }
        // "as fighting spreads": a gerund opening a clause is its subject
        if s.xpos(i) == .VBG, ["as", "while", "when", "since", "until", "because"].contains(previous) { return false }
        return true
    }

    /// A past participle inside a noun phrase, before the noun it describes: "the internationally
    /// recognised Republic of X", "the first freely elected leader of X" (after adverbs and
    /// adjectives and a determiner, a possessive or a preposition),
    /// "to restore ousted President X", "has flown wounded Malian soldiers" (right after a verb that is
    /// no auxiliary). Nobody in the sentence is said to do its act.
    func isAttributiveParticiple(_ s: SentenceView, _ i: Int) -> Bool {
        guard s.xpos(i) == .VBN, s.range.contains(i + 1), !s.lower(i + 1, is: "by"),
            s.mentionAt[i + 1] != nil || (s.tag(i + 1).map { [.NOUN, .PROPN, .ADJ].contains($0.upos) } ?? false)
        else { return false }
        var k = i - 1
        while s.range.contains(k), k > i - 4, s.isAdverb(k) || s.tag(k)?.upos == .ADJ, s.mentionAt[k] == nil { k -= 1 }
        guard s.range.contains(k) else { return false }
        let before = s.lower(k)
        if k < i - 1, Self.determiners.contains(before) || before == "'s" || Self.prepositions.contains(before) { return true }
        // "restore ousted X", "has flown wounded X": a participle straight after a verb, not after "has" or "was"
        guard k == i - 1, s.mentionAt[k] == nil, let tag = s.tag(k), tag.upos == .VERB else { return false }
        return [.VB, .VBP, .VBZ, .VBD].contains(s.xpos(k)) || s.xpos(k) == .VBN && before != "been"
    }

    /// The length of an adverbial "in ..." phrase starting at `i`, if it is one.
    static func adverbialIn(_ s: SentenceView, _ i: Int) -> Int? {
        let next = s.lower(i + 1)
        if ["particular", "turn", "addition", "fact", "general", "short", "principle", "part"].contains(next) { return 2 }
        if ["this", "that", "any"].contains(next), ["context", "regard", "respect", "sense", "case", "way"].contains(s.lower(i + 2)) { return 3 }
        return nil
    }

    /// Where a clause opened by "if" or "unless" is looked for no further back.
    static let conditionClauseEnds: WordSet = [",", ";", ":"]
    /// Words before "until" in which a future or conditional auxiliary makes its clause pending ("would stay until").
    static let pendingClauseAuxiliaryWords = 4
    /// The words that open a condition: "if", "unless", "lest".
    static let conditionOpeners: WordSet = ["if", "unless", "lest"]
    /// The words that end the clause after "denied that".
    static let deniedClauseEnds: WordSet = [";", "but", "while", "although"]

    /// Words between a charge's "of" and the infinitive its gerund aims at, and between the charge's
    /// verb and "of", at most ("accused the Dalai Lama of using religion to split China").
    static let chargedAimWords = 6

    /// Verbs that lay a charge: "accused X of ...", "suspected X of ..." (their forms are `verbs.tsv`'s).
    static let chargeLemmas: WordSet = ["accuse", "charge", "suspect"]

    func isNegatedOrHypothetical(_ s: SentenceView, _ v: Int) -> Bool {
        // inside a clause opened by "if"/"unless": a condition, not a fact
        var c = v - 1
        while s.range.contains(c), !s.lower(c, isIn: Self.conditionClauseEnds) {
            if s.lower(c, isIn: Self.conditionOpeners) { return true }
            // "until Iraq withdraws": a present verb after "until" or "before" is a condition still to be met,
            // and any verb after a clause still to come ("would stay until Serbia recognised Kosovo")
            if s.lower(c, isIn: TreeActionExtractor.pendingConditionWords),
                s.xpos(v) == .VBZ || s.xpos(v) == .VBP
                    || (max(s.range.lowerBound, c - Self.pendingClauseAuxiliaryWords)..<c).contains(where: { s.lower($0, isIn: TreeActionExtractor.futureAuxiliaries) })
            {
                return true
            }
            c -= 1
        }
        // "X denied that it had invaded Y": the clause states what is denied
        for k in s.range.lowerBound..<v where s.lower(k, is: "that") && s.lower(k - 1, isIn: Self.denialForms) {
            if !(k..<v).contains(where: { s.lower($0, isIn: Self.deniedClauseEnds) }) { return true }
        }
        // "X has yet to recognize Y"
        if s.lower(v - 1, is: "to"), s.lower(v - 2, is: "yet") { return true }
        // "accused Greece of seeking to confine Turkey", "of using religion to split China": an act the
        // charge's gerund aims at is alleged, not done
        if s.lower(v - 1, is: "to"),
            let of = (max(s.range.lowerBound, v - Self.chargedAimWords)..<(v - 1)).last(where: { s.lower($0, is: "of") && s.isGerund($0 + 1) }),
            (max(s.range.lowerBound, of - Self.chargedAimWords)..<of).contains(where: { k in
                s.lower(k, in: lexicons.verbs).map { Self.chargeLemmas.contains($0.lemma) } == true
            })
        {
            return true
        }
        // "X offered no concessions to Y": an act with nothing done
        if s.lower(v + 1, is: "no") { return true }
        // "X denied arming Y"
        if s.isGerund(v), s.lower(v - 1, isIn: Self.denialForms) { return true }
        // "would discuss suspending X", "had stopped buying Y": an act weighed or stopped is not done
        if s.isGerund(v), s.range.contains(v - 1), s.tokens[v - 1].isWord, s.mentionAt[v - 1] == nil,
            TreeActionExtractor.undoneGerundHeads.contains(verbLemma(s, v - 1))
        {
            return true
        }
        // "X is expected to condemn Y", "X is likely to attack Y": a forecast, not a fact
        if s.lower(v - 1, is: "to"), ["expected", "likely", "unlikely", "poised"].contains(s.lower(v - 2)) { return true }
        // "X offered on Monday to mediate between Y and Z", "threatened to walk out over Y": an offered or
        // threatened act is not done yet
        if s.lower(v - 1, is: "to") {
            var k = v - 2
            while s.range.contains(k), k >= v - 5, s.mentionAt[k] == nil, s.tokens[k].isWord {
                if let entry = s.lower(k, in: lexicons.verbs),
                    TreeActionExtractor.offeringLemmas.contains(entry.lemma) || TreeActionExtractor.threatLemmas.contains(entry.lemma)
                {
                    return true
                }
                k -= 1
            }
        }
        var i = v - 1
        var steps = 0
        while s.range.contains(i), steps < 4 {
            let w = s.lower(i)
            // "said X would send": reported intent, not a condition, when no "if" is around
            if w == "would", reportedIntent(s, before: i) { i -= 1; steps += 1; continue }
            if s.lower(i, isIn: Self.negations) || s.lower(i, isIn: Self.hypotheticals) { return true }
            if let m = s.mentionAt[i] {
                // "should Egypt invade": a conditional written by inversion
                let before = s.lower(s.mentions[m].range.lowerBound - 1)
                return ["should", "if", "unless", "whether", "were", "lest", "neither", "nor"].contains(before)
            }
            if [",", ";"].contains(w) { break }
            i -= 1
            steps += 1
        }
        return false
    }

    /// A speech verb earlier in the sentence and no condition: "would" reports a stated intent.
    func reportedIntent(_ s: SentenceView, before i: Int) -> Bool {
        let window = s.range.lowerBound..<i
        guard !s.range.contains(where: { ["if", "unless", "whether"].contains(s.lower($0)) }) else { return false }
        return window.contains { s.lower($0, isIn: QuoteSpeakerResolver.speechForms) || ["announced", "promised", "pledged", "vowed"].contains(s.lower($0)) }
    }

    /// Passive voice: a past participle after a form of "be" or "get" ("was condemned", "has been
    /// sanctioned", "got arrested"), a participle phrase with a "by" agent (", backed by Iran,"), or
    /// a headline's bare participle ("Odinga arrested on ICC warrant").
    func isPassive(_ s: SentenceView, _ v: Int) -> Bool {
        if isHeadlineParticiple(s, v) { return true }
        let xpos = isPastFormMistagged(s, v) ? PennTag.VBD : s.xpos(v)
        guard xpos == .VBN || xpos == .VBD else { return false }
        var i = v - 1
        var steps = 0
        while s.range.contains(i), steps < 3 {
            let x = s.lower(i)
            if Self.beForms.contains(x) && x != "'s" || ["get", "gets", "got", "gotten", "getting"].contains(x) { return true }
            guard s.tag(i).map({ $0.upos == .ADV || $0.upos == .PART }) ?? false else { break }
            i -= 1
            steps += 1
        }
        // "the two men accused of the bombing", "an officer charged with murder": a charge's participle
        // right after the common noun it describes is a reduced relative clause too
        if xpos == .VBN, s.lower(v + 1, is: "of") || s.lower(v + 1, is: "with"), s.mentionAt[v - 1] == nil, s.tag(v - 1)?.upos == .NOUN,
            Self.chargeLemmas.contains(verbLemma(s, v))
        {
            return true
        }
        // "Kenya, backed by Uganda, ...", "militias supported by Iran": a reduced relative clause
        return xpos == .VBN && s.lower(v + 1, is: "by") && (s.lower(v - 1, is: ",") || s.mention(endingBefore: v) != nil)
    }

    /// Headlines drop "was": in a short line without a closing full stop, a past form right after
    /// its subject and followed by a phrase, not an object, is passive ("Odinga arrested on ICC
    /// warrant, flown to The Hague"); a headline's active verb is in the present ("Kenya condemns X").
    /// Verbs of moving are left active ("Putin arrived in Ankara").
    func isHeadlineParticiple(_ s: SentenceView, _ v: Int) -> Bool {
        guard s.range.count <= Self.headlineMaxTokens, s.xpos(v) == .VBN || s.xpos(v) == .VBD, s.mention(endingBefore: v) != nil,
            s.range.contains(v + 1), s.tag(v + 1)?.upos == .ADP || s.lower(v + 1, is: ","),
            // "Putin arrived in Ankara": a verb of moving takes no object to lose
            !Self.motionLemmas.contains(verbLemma(s, v))
        else { return false }
        let last = s.lower(s.range.upperBound - 1)
        return ![".", "!", "?", ")"].contains(last) && !Self.quoteMarks.contains(last)
    }

    /// The longest line, in tokens, read as a headline.
    static let headlineMaxTokens = 14

    /// "to return", "to think": a base-form verb (after "to"), not the "to" of a prepositional phrase.
    func isInfinitive(_ s: SentenceView, _ i: Int) -> Bool {
        guard s.range.contains(i), s.mentionAt[i] == nil, s.tokens[i].isWord else { return false }
        return s.xpos(i) == .VB
    }

    /// The preposition heading the phrase a mention sits in: `in eastern Congo` -> "in".
    func governingPreposition(_ s: SentenceView, _ start: Int) -> String? {
        var i = start - 1
        var steps = 0
        while s.range.contains(i), steps < 4 {
            let w = s.lower(i)
            if w == "to", isInfinitive(s, i + 1) { return nil }  // "to discuss X": a verb's object, not a phrase
            if Self.prepositions.contains(w) { return w }
            guard s.tokens[i].isWord, !s.tokens[i].isCapitalized, s.mentionAt[i] == nil, !isVerbUse(s, i) else { return nil }
            i -= 1
            steps += 1
        }
        return nil
    }
}
