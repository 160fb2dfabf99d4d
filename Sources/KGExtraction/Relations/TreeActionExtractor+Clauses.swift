import KGModel

/// A verb's clause on the tree: who acts (subject, passive agent, controller, antecedent) and on
/// whom (object, passive subject, target obliques), with coordination on both sides.
extension TreeActionExtractor {
    /// Relative pronouns (a closed class): they stand for the noun their clause hangs on.
    static let relativePronouns: Set<String> = ["who", "which", "that", "whom"]
    /// Verbs of threat whose target is the target of the act threatened.
    static let threatLemmas: Set<String> = ["threaten"]
    /// Verbs that report speech: their complement's acts are the speaker's words, not the speaker's.
    static let speechLemmas: Set<String> = WordLists.set("TreeActionExtractor.speechLemmas")

    func clause(_ facts: inout [Fact], _ p: ParsedSentence, _ w: Int, _ entry: VerbEntry) {
        guard !isUnreal(p, w) else { return }
        // "held talks with X", "paid a visit to X": the noun carries the act, not "hold" (detain)
        if ActionExtractor.supportLemmas.contains(entry.lemma), p.dependents(w, .obj).contains(where: { nounEntry(p, $0) != nil }) { return }
        let passive = isPassive(p, w)
        let actors = self.actors(p, w, passive: passive, depth: 0)
        var targets = self.targets(p, w, entry, passive: passive)
        // "threatened to sanction Hungary" threatens Hungary
        if targets.isEmpty, Self.threatLemmas.contains(entry.lemma), let act = p.dependents(w, .xcomp).first,
            let actEntry = verbEntry(p, act)
        {
            targets = self.targets(p, act, actEntry, passive: isPassive(p, act)).map { Argument(mention: $0.mention, confidence: $0.confidence - FactConfidence.Tree.inheritedPenalty) }
        }
        // "Armenia and Azerbaijan met", "agreed to a truce": a reciprocal act between coordinated subjects
        // ("X and Y agreed to respond" is an agreement on an act, not with each other)
        if targets.isEmpty, actors.count >= 2, !passive, ActionExtractor.reciprocalLemmas.contains(entry.lemma),
            p.dependents(w, .xcomp).isEmpty, p.dependents(w, .ccomp).isEmpty, p.dependents(w, .obj).isEmpty
        {
            add(&facts, p, [actors[0]], entry, Array(actors.dropFirst()), at: w, confidence: FactConfidence.Tree.reciprocalClause)
            return
        }
        add(&facts, p, actors, entry, targets, at: w, confidence: passive ? FactConfidence.Tree.passiveClause : FactConfidence.Tree.activeClause)
    }

    /// Passive voice on the tree: a passive subject or auxiliary, or a past participle hanging on a
    /// noun ("militias backed by Iran").
    func isPassive(_ p: ParsedSentence, _ w: Int) -> Bool {
        if p.children[w].contains(where: { p.label($0).rawValue == "nsubj:pass" || p.label($0).rawValue == "aux:pass" }) { return true }
        if p.label(w) == .acl, p.tags[w].xpos == .VBN { return !isHeadlineVerb(p, w) }
        return p.tags[w].xpos == .VBN && !p.dependents(w, .oblAgent).isEmpty
    }

    /// "Ethiopian troops crossed/VBN into Somalia": a participle on a noun that heads the whole
    /// sentence, with no agent, is the sentence's verb misread as a reduced relative.
    func isHeadlineVerb(_ p: ParsedSentence, _ w: Int) -> Bool {
        guard p.label(w) == .acl, let h = p.head(w), p.head(h) == nil, p.tags[h].upos == .NOUN || p.tags[h].upos == .PROPN else { return false }
        return p.dependents(w, .oblAgent).isEmpty && !p.dependents(w, base: "obl").contains { p.preposition($0) == "by" }
    }

    /// Who performs the act of verb `w`.
    func actors(_ p: ParsedSentence, _ w: Int, passive: Bool, depth: Int) -> [Argument] {
        if passive {
            let agents = p.dependents(w, .oblAgent) + p.dependents(w, base: "obl").filter { p.preposition($0) == "by" && p.label($0) != .oblAgent }
            return agents.flatMap { arguments(p, $0, confidence: FactConfidence.Tree.passiveOrControllingArgument, asObject: false, lemma: nil) }
        }
        if let subject = p.dependents(w, .nsubj).first {
            // "X, who heads Y": the relative pronoun stands for the noun the clause hangs on
            if Self.relativePronouns.contains(p.words[subject]), p.label(w) == .aclRelcl, let head = p.head(w) {
                return arguments(p, head, confidence: FactConfidence.Tree.attachedArgument, asObject: false, lemma: nil)
            }
            // "X said it would ...": the pronoun is the speaker when the speaker is a country or a body
            if ["it", "they"].contains(p.words[subject]), p.mentionOf[subject] == nil {
                return speakerBody(p, w)
            }
            return arguments(p, subject, confidence: FactConfidence.Tree.coreArgument, asObject: false, lemma: nil)
        }
        return inheritedActors(p, w, depth: depth)
    }

    /// A subject the verb shares with another: the controller of an infinitive, the first of two
    /// coordinated verbs, the noun a relative or participle clause describes.
    func inheritedActors(_ p: ParsedSentence, _ w: Int, depth: Int) -> [Argument] {
        guard depth < 4, let h = p.head(w) else { return [] }
        let lowered = { (args: [Argument]) in args.map { Argument(mention: $0.mention, confidence: $0.confidence - FactConfidence.Tree.inheritedPenalty) } }
        var label = p.label(w)
        // "called on Uganda to recognize Somalia", "went to Cairo to meet X": a purpose clause is controlled too
        if label == .advcl, p.children[w].contains(where: { p.words[$0] == "to" && p.label($0).base == "mark" }) { label = .xcomp }
        switch label {
        case .xcomp:
            // "urged Sudan to recognize Eritrea": the controller's object acts; "agreed to meet": its subject
            if let object = p.dependents(h, .obj).first { return lowered(arguments(p, object, confidence: FactConfidence.Tree.passiveOrControllingArgument, asObject: false, lemma: nil)) }
            // "called on Americans to donate": the one called on acts
            if let addressee = p.dependents(h, .obl).first(where: { ["on", "upon"].contains(p.preposition($0) ?? "") }) {
                return lowered(arguments(p, addressee, confidence: FactConfidence.Tree.passiveOrControllingArgument, asObject: false, lemma: nil))
            }
            if isPassive(p, h), let patient = p.dependents(h, .nsubjPass).first {
                return lowered(arguments(p, patient, confidence: FactConfidence.Tree.passiveOrControllingArgument, asObject: false, lemma: nil))
            }
            if p.tags[h].upos == .NOUN { return lowered(nounActors(p, h, depth: depth + 1)) }
            return lowered(actors(p, h, passive: false, depth: depth + 1))
        case .conj:
            guard isVerbal(p, h) || p.tags[h].upos == .AUX else { return [] }
            return actors(p, h, passive: isPassive(p, h), depth: depth + 1)
        case .aclRelcl:
            return arguments(p, h, confidence: FactConfidence.Tree.attachedArgument, asObject: false, lemma: nil)
        case .acl:
            // "forces crossing into X": the noun acts; "Russia's decision to recognise X": the noun's actor
            if p.tags[w].xpos == .VBG || isHeadlineVerb(p, w) { return arguments(p, h, confidence: FactConfidence.Tree.attachedArgument, asObject: false, lemma: nil) }
            if p.children[w].contains(where: { p.words[$0] == "to" }) { return lowered(nounActors(p, h, depth: depth + 1)) }
            return []
        case .advcl:
            // ", accusing Sudan of ...": a participle clause shares the main clause's subject
            guard p.tags[w].xpos == .VBG, !p.children[w].contains(where: { p.label($0).base == "mark" }) else { return [] }
            return lowered(actors(p, h, passive: isPassive(p, h), depth: depth + 1))
        default:
            return []
        }
    }

    /// "X said it would ...": the speaker, when it is a country or a body (a person is not "it").
    func speakerBody(_ p: ParsedSentence, _ w: Int) -> [Argument] {
        guard p.label(w) == .ccomp, let h = p.head(w), Self.speechLemmas.contains(lemma(p, h)),
            let speaker = p.dependents(h, .nsubj).first, let m = p.usableMention(speaker),
            p.view.mentions[m].type == .country || p.view.mentions[m].type == .organization
        else { return [] }
        return [Argument(mention: m, confidence: FactConfidence.Tree.pronounSpeaker)]
    }

    /// Whom the act of verb `w` is done to.
    func targets(_ p: ParsedSentence, _ w: Int, _ entry: VerbEntry, passive: Bool) -> [Argument] {
        var out: [Argument] = []
        if passive {
            for patient in p.dependents(w, .nsubjPass) {
                if Self.relativePronouns.contains(p.words[patient]), p.label(w) == .aclRelcl, let head = p.head(w) {
                    out += arguments(p, head, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
                } else {
                    out += arguments(p, patient, confidence: FactConfidence.Tree.passiveOrControllingArgument, asObject: true, lemma: entry.lemma)
                }
            }
            if out.isEmpty, p.label(w) == .acl, let head = p.head(w) {
                out += arguments(p, head, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
            }
        }
        for object in p.dependents(w, .obj) + p.dependents(w, .iobj) {
            // "the provinces that Morocco recognized"
            if Self.relativePronouns.contains(p.words[object]), p.label(w) == .aclRelcl, let head = p.head(w) {
                out += arguments(p, head, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
            } else {
                out += arguments(p, object, confidence: FactConfidence.Tree.coreArgument, asObject: true, lemma: entry.lemma)
            }
        }
        var places: [Argument] = []
        for oblique in p.dependents(w, base: "obl") where p.label(oblique) == .obl {
            guard let preposition = p.preposition(oblique), targetPreposition(preposition, entry) else { continue }
            let found = arguments(p, oblique, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
            if ActionExtractor.placePrepositions.contains(preposition) { places += found } else { out += found }
        }
        // "crossed into Donetsk in Ukraine": where the act happens is its target only when it has no other
        if out.isEmpty { out = places }
        // "Ukrainian officials say Russian troops ...": one speaks to an entity named outright, not to a country's troops
        if Self.speechLemmas.contains(entry.lemma) {
            out = out.filter { p.view.mentions[$0.mention].isDemonym == false && $0.confidence >= FactConfidence.Tree.speechArgumentMinimum }
        }
        return out
    }

    /// Acts done together with someone, so `with` names the other side: consult, express intent
    /// to cooperate, diplomatic and material cooperation ("met with", "signed a deal with").
    static let partnerRoots: Set<CAMEORootCode> = [
        .consult, .expressIntentToCooperate, .engageInDiplomaticCooperation, .engageInMaterialCooperation,
    ]

    /// Acts addressed to someone, so `to` names whom: the cooperative roots from appeal to yield
    /// ("appealed to", "offered aid to", "conceded to").
    static let addresseeRoots: ClosedRange<CAMEORootCode> = .appeal ... .yield

    /// Whether a phrase with this preposition names whom the act is done to.
    func targetPreposition(_ preposition: String, _ entry: VerbEntry) -> Bool {
        let lemma = entry.lemma
        let motion = ActionExtractor.motionLemmas.contains(lemma)
        let violent = entry.cameo.isViolent
        switch preposition {
        case "against", "on", "upon", "toward", "towards": return true
        case "with": return ActionExtractor.reciprocalLemmas.contains(lemma) || Self.partnerRoots.contains(entry.cameo)
        case "to": return motion || Self.addresseeRoots.contains(entry.cameo)
        case "into": return motion || violent
        case "in", "at", "near", "inside", "within": return motion || violent
        case "between": return ActionExtractor.goBetweenLemmas.contains(lemma)
        default: return false
        }
    }
}
