import KGModel

/// Actions carried by nouns and by speech: "Turkey's recognition of X", "received a call from X",
/// "an address to X", "told X".
extension ActionExtractor {
    /// Speech verbs count only with an entity spoken to or about: `told CNN`, `addressed Ghana`.
    func speech(_ facts: inout [Fact], _ s: SentenceView, _ v: Int, _ verb: VerbEntry, relative: [(range: Range<Int>, antecedent: Int?)] = []) {
        guard ["tell", "address", "quote", "brief", "inform"].contains(verb.lemma) else { return }
        // "the spokesman was quoted ... by Reuters"
        if isPassive(s, v) || s.lower(v - 1, is: "was") || s.lower(v - 1, is: "were") {
            var i = v + 1
            while s.range.contains(i), i <= v + 4, !s.lower(i, is: "by") { i += 1 }
            if s.lower(i, is: "by"), let speaker = agent(s, v).first ?? agentAfter(s, i),
                let said = subject(s, v, relative: [], subjectsOfVerb: [:], objectsOfVerb: [:])
            {
                add(&facts, s, [speaker], verb, [said], v, FactConfidence.Window.readBackwards)
            }
            return
        }
        var j = v + 1
        // "told her that": a pronoun standing for a person is the addressee, not a determiner
        if s.mention(startingAt: j) == nil, s.lower(j, isIn: Self.determiners) { j += 1 }
        // "told state broadcaster EBC", "told Serbian state television RTS": the medium named after its nouns
        var k = j
        if let m = s.mention(startingAt: k), s.mentions[m].isDemonym { k = s.mentions[m].range.upperBound }
        var sawMedium = false
        while s.range.contains(k), k < j + 5, s.mentionAt[k] == nil, s.tokens[k].isWord, !s.tokens[k].isCapitalized {
            if s.lower(k, isIn: NameCues.mediaNouns) { sawMedium = true }
            k += 1
        }
        if sawMedium, let named = s.mention(startingAt: k), s.mentions[named].type == .organization { j = k }
        guard var object = s.mention(startingAt: j) else { return }
        // "told his Chinese counterpart, Wang Yi,": the person, not the country of the title
        if let person = personBehindTitle(s, object) { object = person }
        if isPassive(s, v) {
            // "X was quoted ... by Y"
            return
        }
        // "X, who toured the Y district, told Z": the speaker is who the relative clause hangs on
        guard let subj = subject(s, v, relative: relative, subjectsOfVerb: [:], objectsOfVerb: [:]) else { return }
        add(&facts, s, coordinatedLeft(s, subj), verb, [object], v, FactConfidence.Window.speechAddressee)
    }

    /// "Y received a call from X", "receiving support from X", "Y faced criticism from X": X did it to Y.
    func received(
        _ facts: inout [Fact], _ s: SentenceView, relative: [(range: Range<Int>, antecedent: Int?)],
        subjectsOfVerb: [Int: [Int]], objectsOfVerb: [Int: [Int]]
    ) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let receivingForms = Self.receivingForms
        for v in s.range where s.lower(v, isIn: receivingForms) {
            var j = v + 1
            var noun: VerbEntry?
            var nounAt = v
            while s.range.contains(j), j <= v + 12, !s.lower(j, isIn: Self.clauseBreaks) {
                if noun == nil, let entry = s.lower(j, in: lexicons.actionNouns) { noun = entry; nounAt = j }
                if s.lower(j, is: "from"), noun != nil { break }
                if s.mentionAt[j] != nil && noun == nil { break }
                j += 1
            }
            guard let noun, s.lower(j, is: "from") else { continue }
            var k = j + 1
            if s.lower(k, is: "the") { k += 1 }
            guard let named = s.mention(startingAt: k),
                let receiver = subject(s, v, relative: relative, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb)
            else { continue }
            // "from Peruvian President Luis Soto": the person, not the title's country
            let giver = personBehindTitle(s, named) ?? named
            add(&facts, s, coordinatedRight(s, giver), noun, [receiver], nounAt, FactConfidence.Window.readBackwards)
        }
    }

    /// "X said in a televised address to the Kenyan people", "in his speech to the nation, X
    /// said": the speaker addresses the entity the words went to.
    func communication(_ facts: inout [Fact], _ s: SentenceView, subjectsOfVerb: [Int: [Int]]) {
        for n in s.range {
            guard let verb = s.lower(n, in: Self.communicationNouns), s.lower(n + 1, is: "to") else { continue }
            var j = n + 2
            if s.lower(j, is: "the") { j += 1 }
            guard let object = s.mention(startingAt: j) else { continue }
            // the speaker: a possessor right before the noun, else the subject of a speech verb in the sentence
            var speaker: Int?
            var k = n - 1
            while s.range.contains(k), k >= n - 4, s.mentionAt[k] == nil, !s.lower(k, is: "'s") { k -= 1 }
            if s.lower(k, is: "'s"), let m = s.mention(endingBefore: k) { speaker = m }
            if speaker == nil {
                let speech = subjectsOfVerb.filter { s.lower($0.key, in: lexicons.verbs).map { Self.reportsSpeech($0.lemma) } ?? false }
                speaker = speech.min(by: { abs($0.key - n) < abs($1.key - n) })?.value.first
            }
            guard let speaker else { continue }
            add(&facts, s, [speaker], verb, [object], n, FactConfidence.Window.speakerFromAnotherVerb)
        }
    }

    /// `Turkey's recognition of Northern Cyprus`, `the recognition by Turkey of Northern Cyprus`, `US sanctions on X`.
    func nominal(
        _ facts: inout [Fact], _ s: SentenceView, _ n: Int, _ verb: VerbEntry, subjectsOfVerb: [Int: [Int]] = [:],
        objectsOfVerb: [Int: [Int]] = [:]
    ) {
        var actor: Int?
        var i = n - 1
        if s.lower(i, is: "'s") { i -= 1 }
        while s.range.contains(i), s.mentionAt[i] == nil, i >= n - 3, s.tokens[i].isWord, !s.tokens[i].isCapitalized,
            !s.lower(i, isIn: Self.prepositions), !s.lower(i, isIn: Self.determiners) || s.lower(i, is: "'s"),
            !s.isTaggedVerb(i)
        {
            i -= 1  // "Turkey's latest recognition"
        }
        if let m = s.mentionAt[i], s.mentions[m].range.upperBound == i + 1 || s.lower(i + 1, is: "'s") {
            if !s.mentions[m].modifierOnly && s.mentions[m].type != .location { actor = m }
        }
        var j = n + 1
        if s.lower(j, is: "by"), let m = s.mention(startingAt: s.lower(j + 1, is: "the") ? j + 2 : j + 1) {
            // "the visit by Kenyan President Amina Odhiambo to X": the person, not the title's country
            let byActor = personBehindTitle(s, m) ?? m
            actor = byActor
            j = s.mentions[byActor].range.upperBound
        }
        // "Museveni ordered the deployment of troops to X": the ordering verb's subject
        var light = false
        if actor == nil {
            var k = n - 1
            var reach = n - 3
            while s.range.contains(k), k >= reach,
                s.lower(k, isIn: Self.determiners)
                    || (s.tokens[k].isWord && !s.tokens[k].isCapitalized && !isVerbUse(s, k) && !s.lower(k, isIn: Self.prepositions)
                        && !s.lower(k, isIn: Self.lightForms))
                    // "approved a new round of sanctions": a quantity noun and "of" pass through
                    || s.lower(k, is: "of") && s.lower(k - 1, isIn: Self.quantityNouns)
            {
                if s.lower(k, is: "of") { reach -= 2 }
                k -= 1
            }
            if let subjects = subjectsOfVerb[k], let first = subjects.first,
                let governing = s.lower(k, in: lexicons.verbs), Self.lightLemmas.contains(governing.lemma)
            {
                actor = first
                light = true
            } else if s.lower(k, isIn: Self.lightForms), s.lower(k, in: lexicons.verbs) == nil,
                let first = subject(s, k, relative: [], subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb)
            {
                actor = first  // "asked the Foreign Ministry to begin consultations with X"
                light = true
            }
        }
        // "the deployment of Ugandan soldiers in X": the demonym's country moves them
        if actor == nil, Self.themeLemmas.contains(verb.lemma), s.lower(n + 1, is: "of"), let m = s.mention(startingAt: n + 1 + 1),
            s.mentions[m].isDemonym
        {
            actor = m
        }
        guard let actor else { return }
        var steps = 0
        var sawPart = false
        while s.range.contains(j), steps < 10 {
            let w = s.lower(j)
            if let m = s.mention(startingAt: j) {
                guard let before = governingPreposition(s, j), ["of", "to", "with", "into", "against", "on", "for", "over", "in"].contains(before) else { return }
                if before == "in" && !Self.themeLemmas.contains(verb.lemma) { return }
                if before == "of" && Self.themeLemmas.contains(verb.lemma) {
                    j = s.mentions[m].range.upperBound  // "deployment of Ugandan forces": what moves
                    continue
                }
                if s.mentions[m].type == .country && sawPart { return }
                let objects = coordinatedRight(s, personBehindTitle(s, m) ?? m)
                // "reach an agreement with X": the light verb already states it
                let subjectEntities = Set(s.mentions[actor].entities)
                if light, facts.contains(where: { subjectEntities.contains($0.subject) && s.mentions[objects[0]].entities.contains($0.object) }) { return }
                add(&facts, s, [actor], verb, objects, n, FactConfidence.Window.actionNoun)
                return
            }
            if Self.partNouns.contains(w) { sawPart = true }
            if Self.quoteMarks.contains(w) { j += 1; steps += 1; continue }
            if Self.clauseBreaks.contains(w) || w == "," || w == "and" || isVerbUse(s, j) { return }
            if w == "to", isInfinitive(s, j + 1) { return }
            j += 1
            steps += 1
        }
    }
}
