import KGModel

/// Which mentions an argument word stands for: the mention itself, the people or bodies acting
/// for a country (`Russian forces`, `Chile's ambassador`, `the leaders of X`), the name in
/// apposition to a title, and every word coordinated with it.
extension TreeActionExtractor {
    /// Nouns for the people or bodies that act for the country or body modifying them.
    static let actingNouns: WordSet = ActionExtractor.actingBodyNouns.union(ActionExtractor.pluralRoles)
        .union(WordLists.wordSet("TreeActionExtractor.actingNouns"))

    /// Nouns of what a side holds by another's leave, whose holder an act of reducing relations or of
    /// coercion targets: "revoked the licences of Oxfam", "froze the assets of X", "froze Iraqi assets".
    static let heldThingNouns: WordSet = WordLists.wordSet("TreeActionExtractor.heldThingNouns")

    /// Words that open the names a plural noun includes: the window rules' inclusion words and "such"
    /// ("countries such as France": "such" is the case word, "as" its fixed part).
    static let inclusionMarkers: WordSet = ActionExtractor.inclusionWords.union(["such"])

    /// Nouns for a kind of place, whose "of" phrase names it: "the town of Palma".
    static let placeNouns: WordSet = WordLists.wordSet("TreeActionExtractor.placeNouns")

    /// The mentions word `w` and the words coordinated with it stand for.
    ///
    /// ```swift
    /// // "met the foreign ministers of Chile, Peru and Bolivia": from "ministers", all three
    /// ```
    func arguments(_ p: ParsedSentence, _ w: Int, confidence: Double, asObject: Bool, lemma: String?) -> [Argument] {
        var out: [Argument] = []
        let conjuncts = asObject ? listedConjuncts(p, w) : p.conjuncts(w)
        for (k, conjunct) in conjuncts.enumerated() {
            let sure = k == 0 ? confidence : confidence - FactConfidence.Tree.laterConjunctPenalty
            for m in standsFor(p, conjunct, asObject: asObject, lemma: lemma) where !out.contains(where: { $0.mention == m.mention }) {
                out.append(Argument(mention: m.mention, confidence: sure + m.confidence))
            }
        }
        return out
    }

    /// `w` and the words conjoined with it as one list, or `w` alone when the first word after it
    /// follows ", and" with no phrase set off after `w`: two phrases joined so are clauses the parser
    /// read as one object.
    ///
    /// ```swift
    /// // "welcomed the deal, and Chile and Peru were credited": "the deal" alone
    /// // "condemned Chile, Peru, and Bolivia", "blacklisted X, a senior official, and Y": all
    /// ```
    func listedConjuncts(_ p: ParsedSentence, _ w: Int) -> [Int] {
        let all = p.conjuncts(w)
        guard let next = all.dropFirst().min(), p.children[next].contains(where: { c in p.label(c).base == "cc" && c > 0 && p.word(c - 1, is: ",") }),
            !p.children[w].contains(where: { c in c > w && ["appos", "acl"].contains(p.label(c).base) })
        else { return all }
        return [w]
    }

    /// The mentions one word stands for, each with a confidence adjustment for how indirectly.
    func standsFor(_ p: ParsedSentence, _ w: Int, asObject: Bool, lemma: String?) -> [Argument] {
        // "NATO Secretary General Jens Stoltenberg", "US Ambassador Linda Greenfield": whatever the parser
        // made the head, the person named in the phrase is who acts
        // ("the defence ministers, Jan Kowalski of Poland and Petra Novak of Slovakia,": each person of
        // the list in apposition to a plural title)
        if p.mentionOf[w].map({ p.view.mentions[$0].type != .person }) ?? true, let m = namedPerson(p, under: w) {
            return namedPeople(p, under: w, first: m).map { Argument(mention: $0, confidence: -FactConfidence.Tree.actingForPenalty) }
        }
        if let m = p.usableMention(w) {
            // "learned Greek": a singular demonym heading a phrase is a language; "the Americans" are the country
            if p.view.mentions[m].isDemonym, !p.words[w].hasSuffix("s") { return [] }
            // "Chilean President Ana Ruiz": the folded person is the head, the demonym its modifier
            return [Argument(mention: m, confidence: 0)]
        }
        guard p.tags[w].upos == .NOUN || p.tags[w].upos == .PROPN else { return [] }
        // "the Russian state news agency RIA Novosti", "Kazakh state mining company Tau-Ken Samruk":
        // a body's class noun stands for the body named right after it, not for its modifier's country
        if let body = p.children[w].first(where: { c in
            c == w + 1 && ["appos", "compound", "flat"].contains(p.label(c).base)
                && p.usableMention(c).map { p.view.mentions[$0].type == .organization } == true
        }), let m = p.usableMention(body) {
            return [Argument(mention: m, confidence: 0)]
        }
        // "blocked 26 platforms, including Facebook and YouTube", "countries such as France and
        // Germany condemned": a plural noun stands for the names it is said to include
        if p.tags[w].upos == .NOUN, p.tags[w].xpos == .NNS,
            let included = p.dependents(w, base: "nmod").first(where: { c in c > w && p.preposition(c).map { Self.inclusionMarkers.contains($0) } == true })
        {
            let named = p.conjuncts(included).flatMap { standsFor(p, $0, asObject: asObject, lemma: lemma) }
            if !named.isEmpty { return named.map { Argument(mention: $0.mention, confidence: $0.confidence - 0.05) } }
        }
        // "Taiz, a city besieged by X": a noun in apposition to a name stands for it
        if p.label(w) == .appos, let h = p.head(w), let m = p.usableMention(h) { return [Argument(mention: m, confidence: -0.05)] }
        // "entered the town of Tal Tamr", "captured the border towns of X and Y": the place named after "of"
        if asObject, p.word(w, isIn: Self.placeNouns),
            let named = p.dependents(w, .nmod).first(where: { p.preposition($0) == "of" && p.usableMention($0).map { p.view.mentions[$0].type == .location } == true })
        {
            return p.conjuncts(named).compactMap { p.usableMention($0) }.map { Argument(mention: $0, confidence: -0.05) }
        }
        // "visited the Dokdo islets", "entered Kiwanja town": a place noun stands for the place its name
        // right before it names (not one a country owns: "Afghanistan's Khost province" is read below)
        if asObject, w > 0, p.word(w, isIn: Self.placeNouns), p.head(w - 1) == w, p.label(w - 1).base == "compound",
            p.dependents(w, .nmodPoss).isEmpty,
            let m = p.usableMention(w - 1), p.view.mentions[m].type == .location
        {
            return [Argument(mention: m, confidence: -0.05)]
        }
        let isRole = p.view.roleAt[p.tokensOf[w].lowerBound] != nil
        // "summoned South Korea's ambassador, Nam Gwan-pyo,": the person named in apposition to a title,
        // wherever the parser hangs the name
        // (or a noun a country or body modifies: "his Chinese counterpart, Wang Yi", "Russia's security
        // council secretary, Nikolai Patrushev")
        let titleLike =
            isRole
            || p.children[w].contains { c in
                (p.label(c) == .nmodPoss || ["amod", "compound"].contains(p.label(c).base)) && p.usableMention(c) != nil
            }
        // ("the army commander, General X": past the rank before the name; "Russia's chief of the general
        // staff, Valery Gerasimov": past the title's own phrase)
        let phraseEnd = titleLike ? lastWordOfPhrase(p, w) : w
        var named = phraseEnd + 2
        while named < min(phraseEnd + 5, p.count), p.mentionOf[named] == nil, p.word(named, isIn: RoleExtractor.militaryRanks) { named += 1 }
        if titleLike, named < p.count, p.word(phraseEnd + 1, is: ","), let m = p.usableMention(named), p.view.mentions[m].type == .person {
            return [Argument(mention: m, confidence: -FactConfidence.Tree.actingForPenalty)]
        }
        let acting = isRole || p.word(w, isIn: Self.actingNouns)
        // "hit Thai villages", "opened fire on Tajik positions": a violent act on a side's things hits that side
        // (not what it is done with: "fought Islamic State with U.S. air support")
        let cameo = lemma.flatMap { lexicons.verbs[$0]?.cameo }
        let violent = asObject && !acting && p.preposition(w) != "with" && cameo?.isViolent == true
        if violent, let hit = placeHit(p, w) { return hit }
        let naming = lemma.map { Self.namingLemmas.contains($0) } ?? false
        let judging = (lemma.map { ActionExtractor.judgingLemmas.contains($0) } ?? false) || violent || naming
        // "discuss Iran's decision" does not discuss Iran; "condemned Iran's decision" condemns it;
        // "Afghan tribes warned" is no act of Afghanistan, "Afghan officials warned" is
        // "considers Russia's acts a violation": a small clause judges the act, not its actor
        // (unless naming it is the judgement: "called Russia's move unconscionable")
        let smallClause = !naming && lemma != nil && p.head(w).map { !p.dependents($0, .xcomp).isEmpty } == true
        // "revoked the visas of X", "froze the TPLF's assets": the holder of what is taken or withheld
        let held =
            asObject && p.word(w, isIn: Self.heldThingNouns)
            && (cameo == .reduceRelations || cameo == .coerce)
        guard acting || held || asObject && judging && !smallClause else { return [] }
        for c in p.children[w] {
            let label = p.label(c)
            let modifier = label == .nmodPoss || label.base == "amod" || label.base == "compound"
            // "the leaders of X", "the government of X"
            let ofBody = (acting || held) && label == .nmod && p.preposition(c) == "of"
            // "rejected remarks by Pakistan's minister", "rejected a request from Ban": the author of what
            // is judged ("from" only after words of what one asks or says)
            let author =
                !acting && !held && label == .nmod
                && (p.preposition(c) == "by" || p.preposition(c) == "from" && p.word(w, isIn: Self.messageNouns))
            guard modifier || ofBody || author, let m = p.usableMention(c) else { continue }
            if author, p.view.mentions[m].type == .location { continue }
            // a place is no actor: "Donetsk officials" act for no country
            if p.view.mentions[m].type == .location, !asObject { continue }
            // "the foreign ministers of Chile, Peru and Bolivia": each of the coordinated bodies
            return p.conjuncts(c).compactMap { p.usableMention($0) }.map { Argument(mention: $0, confidence: acting ? -FactConfidence.Tree.actingForPenalty : -FactConfidence.Tree.judgedActPenalty) }
        }
        return []
    }

    /// The last word of the phrase word `w` heads, as far as its words run on without a gap or a comma:
    /// "chief of the general staff" from "chief".
    func lastWordOfPhrase(_ p: ParsedSentence, _ w: Int) -> Int {
        var end = w
        while end + 1 < p.count, !p.word(end + 1, is: ","), p.tree.isDescendant(end + 1, of: w, heads: p.tree.heads) { end += 1 }
        return end
    }

    /// "hit targets in Pakistan's Balochistan province", "shelled villages inside Syria": the place a
    /// violent act's object lies in, with the country that place is said to belong to.
    func placeHit(_ p: ParsedSentence, _ w: Int) -> [Argument]? {
        // "surrounded the Russian army headquarters in Tbilisi", "stormed the Japanese ambassador's residence in
        // Lima", "fought a war with Pakistan in Kargil": a thing with an owner or a side of its own is not hit
        // for the place it stands in
        let ownedOrSided = p.children[w].contains { c in
            p.label(c) == .nmodPoss || ["amod", "compound"].contains(p.label(c).base) && p.usableMention(c) != nil
                || p.label(c) == .nmod && p.preposition(c) == "with" && p.usableMention(c) != nil
        }
        guard !ownedOrSided, let place = p.dependents(w, .nmod).first(where: { ["in", "inside"].contains(p.preposition($0) ?? "") }), let m = p.usableMention(place),
            [.location, .country].contains(p.view.mentions[m].type)
        else { return nil }
        var out = [Argument(mention: m, confidence: -0.05)]
        for owner in p.dependents(place, .nmodPoss) {
            if let c = p.usableMention(owner), p.view.mentions[c].type == .country { out.append(Argument(mention: c, confidence: -0.05)) }
        }
        return out
    }

    /// The person `first` that `namedPerson` found under a plural title, and the people conjoined with
    /// it in apposition to the title: "the foreign ministers, X of A and Y of B".
    func namedPeople(_ p: ParsedSentence, under w: Int, first: Int) -> [Int] {
        guard p.tags[w].upos == .NOUN, p.words[w].hasSuffix("s"),
            let name = p.dependents(w, .appos).first(where: { p.mentionOf[$0] == first })
        else { return [first] }
        return p.conjuncts(name).compactMap { p.usableMention($0) }.filter { p.view.mentions[$0].type == .person }
    }

    /// Nouns (a closed class) of what one asks, offers or says, whose "from" phrase names its author:
    /// "a request from Ban", "an offer from Rwanda".
    static let messageNouns: WordSet = [
        "request", "requests", "call", "calls", "appeal", "appeals", "offer", "offers", "proposal", "proposals", "demand", "demands",
        "message", "messages", "letter", "letters", "invitation", "invitations", "remarks", "statement", "statements", "warning", "warnings",
        "plea", "pleas", "ultimatum",
    ]

    /// Nouns of people who take a side for or against someone (a closed class): "Putin's critics",
    /// "his opponents", "Maduro's supporters" are other people than the one named.
    static let sideTakerNouns: WordSet = [
        "critic", "critics", "opponent", "opponents", "rival", "rivals", "enemy", "enemies", "foe", "foes", "detractor",
        "detractors", "supporter", "supporters", "ally", "allies", "loyalist", "loyalists", "follower", "followers",
    ]

    /// The person a titled phrase names, up to two levels down through name parts and the body of
    /// the title: "US Ambassador to the United Nations Linda Greenfield" from "US" or "Ambassador".
    func namedPerson(_ p: ParsedSentence, under w: Int) -> Int? {
        var level = [w]
        // "Zuma's African National Congress accused": a body a person's possessive names is the body
        let named = p.mentionOf[w] != nil
        // "Fujimori's daughter, Keiko Fujimori, accused": the person in apposition, not the possessor
        if let apposed = p.dependents(w, .appos).lazy.compactMap({ p.usableMention($0) }).first(where: { p.view.mentions[$0].type == .person }) {
            return apposed
        }
        for depth in 0..<2 {
            var next: [Int] = []
            for u in level {
                for c in p.children[u] {
                    let base = p.label(c).base
                    // (not "a call from Joe Biden": whom a thing comes from is not the thing; nor "talks
                    // between X and Y": the sides of an act, each of them, not one person it names; nor "on Friday
                    // as President X swore in": a clause the parser hung on the phrase)
                    guard ["flat", "appos", "compound"].contains(base) || depth == 0 && base == "nmod" && !["of", "from", "between", "as"].contains(p.preposition(c))
                    else { continue }
                    if named, p.label(c) == .nmodPoss { continue }
                    // "Putin's critics accused X", "Farmaajo's opponents accuse him": people on the other
                    // side of the possessor, or on it, are not the possessor
                    if depth == 0, p.label(c) == .nmodPoss, p.word(w, isIn: Self.sideTakerNouns) { continue }
                    if let m = p.usableMention(c), p.view.mentions[m].type == .person { return m }
                    next.append(c)
                }
            }
            level = next
        }
        return nil
    }
}
