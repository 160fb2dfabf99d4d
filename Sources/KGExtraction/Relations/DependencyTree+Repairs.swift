/// Mending trees a greedy parser gets wrong in ways UD never allows, before the rules read them.
///
/// ```swift
/// // "Mariupol , a city besieged by Russia , fell ." parsed with both "Mariupol" and "city" as
/// // subjects of "fell": "city" becomes an apposition of "Mariupol"
/// let mended = tree.withSecondSubjectsAsAppositions(commas: words.map { $0 == "," }, commonNouns: tags.map { $0.upos == .NOUN })
/// ```
extension DependencyTree {
    /// The tree with each second subject of a word, when it is a common noun that follows the
    /// first subject's words after a comma ("X , a city ... , fell"), attached to the first
    /// subject as its apposition.
    ///
    /// A clause has one subject in UD; two subjects of one verb set off by a comma are a name and
    /// the noun phrase that describes it, which a greedy parser attaches to the verb once the
    /// noun phrase grows a clause of its own.
    func withSecondSubjectsAsAppositions(commas: [Bool], commonNouns: [Bool]) -> DependencyTree {
        // (a second subject moves only past a comma, and only when it is a common noun)
        guard commas.count == count, commonNouns.count == count, commas.contains(true), commonNouns.contains(true) else { return self }
        var heads = self.heads
        var labels = self.labels
        // each head's first two subjects, found in one pass ("nsubj", "nsubj:pass", "nsubj:outer")
        var firstSubject = [Int](repeating: -1, count: count)
        var secondSubject = [Int](repeating: -1, count: count)
        for word in 0..<count where Self.isNominalSubject(labels[word]) {
            guard let head = heads[word], head >= 0, head < count else { continue }
            if firstSubject[head] < 0 {
                firstSubject[head] = word
            } else if secondSubject[head] < 0 {
                secondSubject[head] = word
            }
        }
        var changed = false
        for head in 0..<count where secondSubject[head] >= 0 {
            let first = firstSubject[head], second = secondSubject[head]
            // a proper noun after a comma is more likely a conjunct the parser missed ("Russia , China")
            guard commonNouns[second] else { continue }
            // between the two: the subjects' own words and at least one comma
            var hasComma = false
            var apart = false
            for word in (first + 1)..<second {
                if commas[word] {
                    hasComma = true
                } else if !isDescendant(word, of: first, heads: heads) && !isDescendant(word, of: second, heads: heads) {
                    apart = true
                }
            }
            guard !apart, hasComma else { continue }
            heads[second] = first
            labels[second] = .appos
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// Whether `label` opens with "nsubj" (`nsubj`, `nsubj:pass`, `nsubj:outer`), as
    /// `hasPrefix("nsubj")` says. `hasPrefix` compares characters, and a label whose first
    /// character is "n" has "n" as its first byte (no other spelling of the letter is canonically
    /// equal to it), so the other labels are answered by one byte instead of a call into the runtime
    /// for each word of each sentence.
    static func isNominalSubject(_ label: DependencyLabel) -> Bool {
        label.rawValue.utf8.first == UInt8(ascii: "n") && label.rawValue.hasPrefix("nsubj")
    }

    /// The tree with each name the parser made a second subject right after a title put in the
    /// title's place: "X and his Turkish counterpart Hakan Fidan will meet", "whom U.S. Secretary of
    /// State Hillary Clinton had warned".
    ///
    /// A clause has one subject in UD; a name right after a title is the person or state the title
    /// describes ("counterpart", "ally", "Secretary of State"), which UD hangs the title on
    /// (`nmod:desc`). When the title is the clause's first subject, the name becomes the subject; when
    /// the title, or any common noun, is that subject's conjunct, the name becomes the conjunct, its
    /// "and" with it. (A first subject that is no title stays: "a claim Quito rejects".)
    ///
    /// ```swift
    /// // "Gerapetritis and his counterpart Fidan will meet" parsed with "counterpart" a conj of
    /// // "Gerapetritis" and "Fidan" a second nsubj of "meet": "Fidan" becomes the conj, "counterpart"
    /// // its nmod:desc
    /// let mended = tree.withNamesAfterTitlesInTheirPlace(names: isName, titles: isTitle, commonNouns: isNoun)
    /// ```
    func withNamesAfterTitlesInTheirPlace(names: [Bool], titles: [Bool], commonNouns: [Bool]) -> DependencyTree {
        guard names.count == count, titles.count == count, commonNouns.count == count else { return self }
        var heads = self.heads
        var labels = self.labels
        var changed = false
        for word in 1..<max(count, 1) where names[word] && Self.isNominalSubject(labels[word]) {
            guard let verb = heads[word],
                let first = (0..<word).first(where: { heads[$0] == verb && Self.isNominalSubject(labels[$0]) })
            else { continue }
            // the title: the first subject itself, its phrase ending right before the name, or its
            // conjunct right before the name ("and his Turkish counterpart")
            let described: Int
            if titles[first], ((first + 1)..<word).allSatisfy({ isDescendant($0, of: first, heads: heads) }) {
                described = first
            } else if titles[word - 1] || commonNouns[word - 1], labels[word - 1] == .conj, heads[word - 1] == first {
                described = word - 1
            } else {
                continue
            }
            heads[word] = heads[described]
            labels[word] = labels[described]
            heads[described] = word
            labels[described] = .nmodDesc
            for child in 0..<count where heads[child] == described && labels[child] == .cc { heads[child] = word }
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with a verb the parser read as an adjective after "on" and a weekday made the
    /// sentence's root: "Botswana on Friday rejected accusations by Zimbabwe", parsed as the name
    /// with a phrase "on Friday rejected accusations".
    ///
    /// A verb right after "on Friday" (any form but a gerund) is no adjective; a greedy parser that
    /// has read "on Friday" as the start of a noun phrase takes the verb for a modifier of the noun
    /// after it and leaves the sentence without a verb. Mended when the root is no verb and
    /// stands before "on": the verb becomes the root, the old root its subject, the weekday its
    /// oblique and the noun its object.
    ///
    /// ```swift
    /// // "Botswana on Friday rejected accusations ." with "rejected" amod of "accusations", nmod of the
    /// // root "Botswana": "rejected" becomes the root, "Botswana" its nsubj, "accusations" its obj
    /// let mended = tree.withWeekdayVerbsAsRoots(verbs: isVerb, gerunds: isGerund, weekdays: isWeekday, ons: isOn)
    /// ```
    func withWeekdayVerbsAsRoots(verbs: [Bool], gerunds: [Bool], weekdays: [Bool], ons: [Bool]) -> DependencyTree {
        guard verbs.count == count, gerunds.count == count, weekdays.count == count, ons.count == count,
            let root = (0..<count).first(where: { heads[$0] == nil }), !verbs[root]
        else { return self }
        for verb in 2..<max(count, 2) where verbs[verb] && !gerunds[verb] && labels[verb].base == "amod" && weekdays[verb - 1] && ons[verb - 2] {
            guard root < verb - 2, var noun = heads[verb], noun > verb, isDescendant(verb, of: root, heads: heads) else { continue }
            // the head of the noun phrase the verb was read into ("Lebanon 's Hezbollah": Hezbollah)
            while let up = heads[noun], up > verb { noun = up }
            var heads = self.heads
            var labels = self.labels
            heads[verb] = nil
            labels[verb] = .root
            heads[root] = verb
            labels[root] = .nsubj
            heads[verb - 1] = verb
            labels[verb - 1] = .obl
            heads[verb - 2] = verb - 1
            labels[verb - 2] = DependencyLabel(rawValue: "case")
            heads[noun] = verb
            labels[noun] = .obj
            // the sentence's closing punctuation goes with its new root
            for child in 0..<count where heads[child] == root && labels[child].base == "punct" && child > verb { heads[child] = verb }
            return DependencyTree(heads: heads, labels: labels)
        }
        return self
    }

    /// The tree with each person conjoined to the name of an "of" phrase that hangs on another
    /// person attached to that person instead: "Jan Kowalski of Poland and Petra Novak of Slovakia".
    ///
    /// A greedy parser joins the second name to the nearest noun, the first person's country; UD
    /// joins like with like, and a person is no conjunct of a place that says where another person
    /// serves.
    ///
    /// ```swift
    /// // "Jan Kowalski of Poland and Petra Novak of Slovakia met" parsed with "Petra Novak" a conj of
    /// // "Poland": it becomes a conj of "Jan Kowalski"
    /// let mended = tree.withPeopleConjoinedAcrossOfPhrases(people: isPerson, ofWords: words.map { $0 == "of" })
    /// ```
    func withPeopleConjoinedAcrossOfPhrases(people: [Bool], ofWords: [Bool]) -> DependencyTree {
        guard people.count == count, ofWords.count == count else { return self }
        var heads = self.heads
        var changed = false
        for word in 0..<count where people[word] && labels[word] == .conj {
            guard let place = heads[word], place >= 0, place < word, !people[place], labels[place].base == "nmod",
                let first = heads[place], first >= 0, first < place, people[first],
                (first..<place).contains(where: { ofWords[$0] && heads[$0] == place })
            else { continue }
            heads[word] = first
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with a title and its holder, set off by a comma after another person, read as one
    /// more person of a list: "talks between Paudel, army chief General Ashok Raj Sigdel and ...".
    ///
    /// After a person, a comma and a title, the title reads as the person's apposition; but a title
    /// followed by its own holder's name names someone else, so the holder is the first person's
    /// conjunct and the title the holder's compound. Not a title with "of" before the name ("X,
    /// the wife of Y" describes X).
    ///
    /// ```swift
    /// // "between Smith , army chief General Jones and ..." parsed with "chief" the appos of "Smith"
    /// // and "Jones" an nmod of "chief": "Jones" becomes a conj of "Smith", "chief" its compound
    /// let mended = tree.withTitledPeopleListedAsConjuncts(people: isPerson, titles: isTitle, commas: isComma)
    /// ```
    func withTitledPeopleListedAsConjuncts(people: [Bool], titles: [Bool], commas: [Bool]) -> DependencyTree {
        guard people.count == count, titles.count == count, commas.count == count else { return self }
        var heads = self.heads, labels = self.labels
        var changed = false
        for title in 0..<count where titles[title] && labels[title] == .appos {
            // the title's first word ("army" of "army chief"), right after the comma
            var first = title
            while first > 0, titles[first - 1] { first -= 1 }
            guard first > 0, commas[first - 1], let person = heads[title], person < first - 1, people[person],
                // the title's words run up to its holder, who hangs on the title with no preposition
                let holder = (title + 1..<count).first(where: { !titles[$0] }), people[holder], heads[holder] == title,
                labels[holder] != .conj, !(0..<count).contains(where: { heads[$0] == holder && labels[$0].base == "case" })
            else { continue }
            heads[holder] = person
            labels[holder] = .conj
            for word in title + 1..<holder where heads[word] == title { heads[word] = holder }
            for word in holder + 1..<count where heads[word] == title { heads[word] = holder }
            heads[title] = holder
            labels[title] = .compound
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with a list of people after a title's "of" bodies, set off by a comma, read as the
    /// title's apposition: "The foreign ministers of Egypt and Jordan, X and Y, met".
    ///
    /// A greedy parser joins the people to the bodies' list; they name who holds the title, so
    /// the first becomes the title's `appos` and the others its conjuncts.
    ///
    /// ```swift
    /// // "ministers of Egypt and Jordan , X and Y , met" parsed with X and Y conjuncts of "Egypt":
    /// // X becomes the apposition of "ministers", Y a conj of X
    /// let mended = tree.withPeopleListedAfterTitleBodies(people: isPerson, ofWords: isOf, commas: isComma)
    /// ```
    func withPeopleListedAfterTitleBodies(people: [Bool], ofWords: [Bool], commas: [Bool]) -> DependencyTree {
        guard people.count == count, ofWords.count == count, commas.count == count else { return self }
        var heads = self.heads, labels = self.labels
        var changed = false
        for word in 1..<max(1, count) where people[word] && labels[word] == .conj && commas[word - 1] {
            guard let body = heads[word], body >= 0, body < word, !people[body], labels[body].base == "nmod",
                let title = heads[body], title >= 0, title < body, !people[title],
                (title..<body).contains(where: { ofWords[$0] && heads[$0] == body }),
                // the first person of the list: no person among the body's conjuncts before it
                !(body..<word).contains(where: { people[$0] && heads[$0] == body })
            else { continue }
            heads[word] = title
            labels[word] = .appos
            for later in (word + 1)..<count where people[later] && heads[later] == body && labels[later] == .conj { heads[later] = word }
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with a name standing right before a title and its holder, both arguments of the same
    /// verb, read as the title's compound: "met U.S. special envoy Keith Kellogg".
    ///
    /// A verb has one object and one subject in UD; a greedy parser sometimes ends the noun phrase
    /// at the body's name and hangs the title's phrase on the verb again (a second object, an
    /// unmarked oblique), and the act then reaches the body instead of the person the title names.
    /// Only where a person's name follows the title; the title's phrase takes the name's relation.
    ///
    /// ```swift
    /// // "met Kenya special envoy Smith" parsed with "Kenya" the obj of "met" and "Smith" an
    /// // obl:unmarked of it: "Smith" becomes the obj, "Kenya" a compound of "envoy"
    /// let mended = tree.withNamesBeforeTitlesAsCompounds(names: isName, titles: isTitle, people: isPerson)
    /// ```
    func withNamesBeforeTitlesAsCompounds(names: [Bool], titles: [Bool], people: [Bool]) -> DependencyTree {
        guard names.count == count, titles.count == count, people.count == count else { return self }
        var heads = self.heads, labels = self.labels
        var changed = false
        // (the title's test first: a name right before a title is rare, a label comparison is a call)
        for name in 0..<count where names[name] && !people[name] && name + 1 < count && titles[name + 1] && Self.mayPrecedeItsTitle(labels[name]) {
            guard let verb = heads[name] else { continue }
            // ("spoke with New Zealand Prime Minister Jacinda Ardern": an oblique's preposition goes
            // with the phrase, which has none of its own)
            let cases = (0..<name).filter { heads[$0] == name && labels[$0].base == "case" }
            if labels[name] == .obl, cases.isEmpty { continue }
            // the title's last word (its head), right before the holder's name
            var title = name + 1
            while title + 1 < count, titles[title + 1] { title += 1 }
            guard title + 1 < count, people[title + 1] else { continue }
            let holder = title + 1
            if labels[name] == .obl, (name + 1...holder).contains(where: { w in (0..<count).contains { heads[$0] == w && labels[$0].base == "case" } }) {
                continue
            }
            let titleHeadsItsWords = (name + 1..<title).allSatisfy({ heads[$0] == title })
            // the phrase's top word hangs on the verb: the title (its holder below it) or the holder
            let top: Int
            if titleHeadsItsWords && heads[title] == verb && heads[holder] == title {
                top = title
            } else if titleHeadsItsWords && heads[holder] == verb && heads[title] == holder {
                top = holder
            } else if phraseHangsOnNameOrVerb(name + 1...holder, name: name, verb: verb, heads: heads) {
                // a title of several words ("Secretary of State") split between the name and the
                // verb: the holder heads the phrase, the words hung outside it become its compounds
                guard labels[holder] != .conj else { continue }
                for word in name + 1..<holder where !(name + 1...holder).contains(heads[word] ?? -1) {
                    heads[word] = holder
                    labels[word] = .compound
                }
                // what the name governed past the holder ("..., whom he accused") is the holder's
                for word in holder + 1..<count where heads[word] == name { heads[word] = holder }
                top = holder
                heads[holder] = verb
            } else {
                continue
            }
            guard labels[top] != .conj else { continue }
            labels[top] = labels[name]
            heads[name] = top == holder && heads[title] != holder ? holder : title
            labels[name] = .compound
            for word in cases { heads[word] = top }
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// Whether a name of `label` may stand for the title after it: an object, an indirect object, a
    /// subject or an oblique.
    private static func mayPrecedeItsTitle(_ label: DependencyLabel) -> Bool {
        label == .obj || label == .iobj || label == .nsubj || label == .obl
    }

    /// Whether every word of `phrase` hangs inside it, on `name` or on `verb`, and `verb` lies outside
    /// the phrase's and the name's subtrees (so the phrase can be hung on the verb without a cycle).
    private func phraseHangsOnNameOrVerb(_ phrase: ClosedRange<Int>, name: Int, verb: Int, heads: [Int?]) -> Bool {
        for word in phrase {
            guard let head = heads[word], phrase.contains(head) || head == name || head == verb else { return false }
        }
        // none of the phrase's words, nor the name, among the verb's own heads
        return !isDescendant(verb, of: name, heads: heads) && !phrase.contains { isDescendant(verb, of: $0, heads: heads) }
    }

    /// The tree with each passive agent that no "by" introduces read as the object it is: "has hosted
    /// Houthi officials", "accused Oligui Nguema of ...".
    ///
    /// UD's `obl:agent` is the "by" phrase of a passive; a greedy parser sometimes gives the label to
    /// a bare noun after a perfect or past verb, which then reads as passive with that noun acting.
    ///
    /// ```swift
    /// // "Oman has hosted Houthi officials" parsed with "officials" as obl:agent of "hosted": it becomes obj
    /// let mended = tree.withCaselessAgentsAsObjects(byWords: words.map { $0 == "by" })
    /// ```
    func withCaselessAgentsAsObjects(byWords: [Bool]) -> DependencyTree {
        guard byWords.count == count else { return self }
        var agents: [Int] = []
        for word in 0..<count where labels[word] == .oblAgent { agents.append(word) }
        guard !agents.isEmpty else { return self }
        var labels = self.labels
        var changed = false
        for agent in agents where !isMarkedByBy(agent, byWords: byWords, heads: heads) {
            labels[agent] = .obj
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with each relative pronoun read as a relative clause's subject beside a second
    /// subject after it read as the clause's object: "the BLA, which Washington designated ...".
    ///
    /// A clause has one subject in UD; in an object relative clause the pronoun comes first and the
    /// clause's own subject follows it, which a greedy parser labels as a second subject.
    ///
    /// ```swift
    /// // "the BLA , which Washington designated ..." parsed with "which" and "Washington" both nsubj of
    /// // "designated": "which" becomes obj
    /// let mended = tree.withRelativeObjects(relativePronouns: words.map { ["which", "that", "whom"].contains($0) })
    /// ```
    func withRelativeObjects(relativePronouns: [Bool]) -> DependencyTree {
        guard relativePronouns.count == count else { return self }
        var labels = self.labels
        var changed = false
        for pronoun in 0..<count where relativePronouns[pronoun] && labels[pronoun] == .nsubj {
            guard let clause = heads[pronoun], clause > pronoun, clause < count, labels[clause] == .aclRelcl,
                (pronoun + 1..<clause).contains(where: { heads[$0] == clause && labels[$0] == .nsubj })
            else { continue }
            labels[pronoun] = .obj
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with a relative clause set off by a comma after a noun hung on that noun: "called on
    /// the rebels , whom the United States has backed , to disband".
    ///
    /// A clause opened by ", whom" (or ", which", ", who") right after a noun describes that noun; a
    /// greedy parser may hang its verb on the main verb as an adverbial or complement clause, and
    /// the clause's subject then reads as an argument of the main act.
    ///
    /// ```swift
    /// // "Smith called on the rebels , whom Kenya has backed" parsed with "backed" an advcl of
    /// // "called": "backed" becomes the acl:relcl of "rebels"
    /// let mended = tree.withRelativeClausesOnTheirNouns(relativePronouns: isWhom, commas: isComma, nominals: isNoun)
    /// ```
    func withRelativeClausesOnTheirNouns(relativePronouns: [Bool], commas: [Bool], nominals: [Bool]) -> DependencyTree {
        guard relativePronouns.count == count, commas.count == count, nominals.count == count, count > 3 else { return self }
        var heads = self.heads
        var labels = self.labels
        var changed = false
        for pronoun in 2..<count where relativePronouns[pronoun] && commas[pronoun - 1] && nominals[pronoun - 2] {
            let noun = pronoun - 2
            guard let clause = heads[pronoun], clause > pronoun, clause < count, labels[clause] != .aclRelcl,
                ["advcl", "ccomp", "parataxis"].contains(labels[clause].base), heads[clause] != noun,
                !isDescendant(noun, of: clause, heads: heads)
            else { continue }
            heads[clause] = noun
            labels[clause] = .aclRelcl
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with a name and its verb after a summing noun read as the noun's relative clause:
    /// "..., a charge Moscow dismissed as unfounded", "..., a statement Tanzania rejected".
    ///
    /// An object relative clause without a pronoun puts its subject straight after the noun it hangs
    /// on; a greedy parser reads that name as the noun's apposition (the verb a reduced relative) or
    /// the noun as a second subject of the verb, and the refusal loses its doer or its object.
    ///
    /// ```swift
    /// // "a charge Moscow dismissed" parsed with "Moscow" an appos of "charge" and "dismissed" an acl:
    /// // "Moscow" becomes the nsubj of "dismissed", an acl:relcl of "charge"
    /// let mended = tree.withSummingNounClauses(summingNouns: isClaimNoun, names: isName)
    /// ```
    func withSummingNounClauses(summingNouns: [Bool], names: [Bool]) -> DependencyTree {
        guard summingNouns.count == count, names.count == count else { return self }
        var heads = self.heads
        var labels = self.labels
        var changed = false
        for noun in 0..<count where summingNouns[noun] && !names[noun] {
            let name = noun + 1
            guard name + 1 < count, names[name] else { continue }
            let verb = name + 1
            // the name an apposition of the noun, the verb after it a reduced relative of the noun
            if heads[name] == noun, labels[name] == .appos, heads[verb] == noun, labels[verb] == .acl {
                heads[name] = verb
                labels[name] = .nsubj
                labels[verb] = .aclRelcl
                changed = true
                // the noun and the name both subjects of the verb after the name
            } else if heads[noun] == verb, heads[name] == verb, labels[noun].rawValue.hasPrefix("nsubj"),
                labels[name].rawValue.hasPrefix("nsubj"), let outer = heads[verb], outer != noun
            {
                heads[noun] = outer
                labels[noun] = .appos
                heads[verb] = noun
                labels[verb] = .aclRelcl
                changed = true
            }
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with a name's "whose" clause closed at its second comma, the verb after that comma
    /// the name's own: "Angela Merkel , whose country holds the presidency , telephoned Putin".
    ///
    /// A greedy parser makes the relative clause's verb the sentence's root, with the name its subject
    /// or its oblique and the main verb a clause inside it (`acl` of the clause's object, `conj` of its
    /// verb); the main verb loses its subject. The clause's verb becomes an `acl:relcl` of the name,
    /// with the noun "whose" modifies its subject, and the verb after the closing comma the root.
    ///
    /// ```swift
    /// // "X , whose party won the election , criticised Y ." parsed with "won" the root and
    /// // "criticised" an acl of "election": "criticised" becomes the root with "X" its subject
    /// let mended = tree.withWhoseClausesClosed(whose: isWhose, commas: isComma, names: isName, finiteVerbs: isFinite)
    /// ```
    /// A past participle after the comma with an object of its own is the main verb too (a tagger
    /// reads "criticised" after a noun as a reduced relative's participle): "..., criticised Uganda".
    /// Words from "whose" to the noun it modifies, at most: "whose anti - Islam Freedom Party".
    static let whoseNounReach = 4

    func withWhoseClausesClosed(whose: [Bool], commas: [Bool], names: [Bool], finiteVerbs: [Bool], pastParticiples: [Bool]) -> DependencyTree {
        guard whose.count == count, commas.count == count, names.count == count, finiteVerbs.count == count, pastParticiples.count == count,
            whose.contains(true)
        else { return self }
        var mainVerbs = finiteVerbs
        for word in 0..<count where labels[word] == .obj {
            if let head = heads[word], head >= 0, head < count, pastParticiples[head] { mainVerbs[head] = true }
        }
        var heads = self.heads
        var labels = self.labels
        var changed = false
        for pronoun in 2..<max(2, count) where whose[pronoun] && commas[pronoun - 1] && names[pronoun - 2] {
            // the name; when a noun before it heads its phrase ("the main opposition Minjoo Party , whose
            // ...": "opposition" with the name its apposition), the name takes that noun's place, the noun
            // its modifier
            let name = pronoun - 2
            var top = name
            while let head = heads[top], head >= 0, head < top, labels[top] == .appos || labels[top] == .compound { top = head }
            // the noun "whose" modifies, a few words on ("whose anti-Islam Freedom Party"); the clause's
            // verb is the root, and the name (or its phrase's head) hangs on it
            guard let noun = heads[pronoun], noun > pronoun, noun <= pronoun + Self.whoseNounReach, let clause = heads[top], clause > noun,
                heads[clause] == nil
            else { continue }
            // the first comma after the clause's verb followed by a finite verb inside the clause
            // (none when the clause's verb ends the sentence: the range would be empty or inverted)
            guard clause + 1 < count - 1, let comma = (clause + 1..<count - 1).first(where: { commas[$0] && mainVerbs[$0 + 1] }) else { continue }
            let verb = comma + 1
            guard isDescendant(verb, of: clause, heads: heads), !(noun + 1..<comma).contains(where: { whose[$0] }) else { continue }
            if top != name {
                heads[top] = name
                labels[top] = .compound
            }
            heads[verb] = nil
            labels[verb] = labels[clause]
            heads[name] = verb
            labels[name] = .nsubj
            heads[clause] = name
            labels[clause] = .aclRelcl
            // the noun "whose" modifies is the clause's subject (not the name's apposition)
            if heads[noun] == name || heads[noun] == top || heads[noun] == clause {
                heads[noun] = clause
                labels[noun] = .nsubj
            }
            // what follows the closing comma and hung on the clause's verb ("." and the like) is the main verb's
            for word in comma..<count where heads[word] == clause && word != verb { heads[word] = verb }
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with a name's "which"/"who" clause closed at the comma before a finite verb, when the
    /// parser left the name the root: "Algeria , which backs the Polisario Front , recalled its
    /// ambassador".
    ///
    /// A sentence's root is its main verb; a name at the root with a relative clause means the
    /// parser hung the main verb inside the clause. The verb after the clause's closing comma becomes
    /// the root with the name its subject (also when the parser hung that verb on the name as a
    /// parataxis); the words before that comma that hung on it go back to the
    /// clause's verb (a subject among them becomes its object, the pronoun being the clause's subject).
    ///
    /// ```swift
    /// // "Algeria , which backs Polisario , recalled X ." parsed with "Algeria" the root and "recalled" a
    /// // clause inside "backs": "recalled" becomes the root with "Algeria" its subject
    /// let mended = tree.withRelativeClausesClosed(relativePronouns: isWhichOrWho, commas: isComma, names: isName, finiteVerbs: isFinite)
    /// ```
    func withRelativeClausesClosed(relativePronouns: [Bool], commas: [Bool], names: [Bool], finiteVerbs: [Bool], adverbs: [Bool] = []) -> DependencyTree {
        guard relativePronouns.count == count, commas.count == count, names.count == count, finiteVerbs.count == count, count > 4 else { return self }
        // (no adverbs given: none stands before the verb)
        let adverbs = adverbs.count == count ? adverbs : [Bool](repeating: false, count: count)
        var heads = self.heads
        var labels = self.labels
        var changed = false
        for pronoun in 2..<count where relativePronouns[pronoun] && commas[pronoun - 1] && names[pronoun - 2] {
            let name = pronoun - 2
            guard heads[name] == nil, let clause = heads[pronoun], clause > pronoun, heads[clause] == name, clause + 1 < count - 1,
                let comma = (clause + 1..<count - 1).first(where: { commas[$0] && (finiteVerbs[$0 + 1] || $0 + 2 < count && adverbs[$0 + 1] && finiteVerbs[$0 + 2]) })
            else { continue }
            // ("X , whom Namibia accuses of Y , later flew": an adverb may stand before the verb)
            let verb = finiteVerbs[comma + 1] ? comma + 1 : comma + 2
            // (or hung on the name itself, as a parataxis: "X , whom Namibia accuses of Y , later flew")
            guard isDescendant(verb, of: clause, heads: heads) || heads[verb] == name && labels[verb].base == "parataxis" else { continue }
            for word in name + 1..<comma where heads[word] == verb {
                heads[word] = clause
                if labels[word].base == "nsubj" { labels[word] = .obj }
            }
            heads[verb] = nil
            labels[verb] = .root
            heads[name] = verb
            labels[name] = .nsubj
            heads[clause] = name
            labels[clause] = .aclRelcl
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with a name set off by commas after the first verb's object or oblique read as that
    /// noun's apposition, not as the subject of the verb coordinated after it: "X held talks with
    /// China's ambassador , Xing Haiming , on Wednesday and urged Beijing ...".
    ///
    /// A verb coordinated with one that has a subject shares it; a greedy parser takes the name in
    /// apposition to the first verb's last noun for the second verb's own subject. Only where a comma
    /// stands before the name and another right after it, and the noun before the first comma hangs
    /// inside the first verb's phrase.
    ///
    /// ```swift
    /// // "X met the envoy , Y , and urged Z" parsed with "Y" the nsubj of "urged": it becomes the
    /// // appos of "envoy"
    /// let mended = tree.withAppositionsBeforeConjoinedVerbs(names: isName, commas: isComma)
    /// ```
    func withAppositionsBeforeConjoinedVerbs(names: [Bool], commas: [Bool]) -> DependencyTree {
        guard names.count == count, commas.count == count else { return self }
        var heads = self.heads
        var labels = self.labels
        var changed = false
        for subject in 2..<max(2, count - 1) where names[subject] && commas[subject - 1] && commas[subject + 1] && labels[subject].base == "nsubj" {
            let noun = subject - 2
            guard let verb = heads[subject], verb > subject, labels[verb] == .conj, let first = heads[verb], first < noun,
                (0..<count).contains(where: { heads[$0] == first && labels[$0].base == "nsubj" }),
                noun != first, isDescendant(noun, of: first, heads: heads), !commas[noun]
            else { continue }
            heads[subject] = noun
            labels[subject] = .appos
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with a person named after a title's place read as the title's apposition: "the U.N.
    /// envoy for Sudan , Volker Perthes , met X".
    ///
    /// A greedy parser hangs the name on the nearest noun, the place of the post ("for Sudan", "to
    /// Kenya"); a place has no person in apposition, the title before it does.
    ///
    /// ```swift
    /// // "envoy for Sudan , Perthes" parsed with "Perthes" the appos of "Sudan": it becomes the appos of "envoy"
    /// let mended = tree.withTitlePlacesPassedToAppositions(people: isPerson, names: isName, titles: isTitle, commas: isComma)
    /// ```
    ///
    /// The name may also be read as the place's conjunct after a comma ("the charge d'affaires in
    /// Washington , Zuheir Jabbour ,"). The place may also hang on the title's verb, right after the
    /// title ("summoned Israel's ambassador in Ankara , Gabby Levy ,"), and the name on it as an
    /// unmarked nmod: the place then becomes the title's nmod as well, the name its apposition.
    func withTitlePlacesPassedToAppositions(people: [Bool], names: [Bool], titles: [Bool], commas: [Bool]) -> DependencyTree {
        guard people.count == count, names.count == count, titles.count == count, commas.count == count else { return self }
        var heads = self.heads, labels = self.labels
        var changed = false
        for person in 1..<max(1, count) where people[person] && [.appos, .conj, .nmodUnmarked].contains(labels[person]) {
            guard let place = heads[person], place < person, names[place], !people[place] else { continue }
            // a person is no conjunct of a place: "the charge d'affaires in Washington , Zuheir Jabbour ,"
            let setOff = labels[person] == .appos || labels[person] == .conj && commas[person - 1] && !(0..<count).contains { heads[$0] == person && labels[$0] == .cc }
            if labels[place].base == "nmod", setOff, let title = heads[place], title < place, titles[title] {
                heads[person] = title
                labels[person] = .appos
                changed = true
                continue
            }
            // "ambassador in Ankara , Levy": the title, one preposition, the place, a comma, the name
            guard commas[person - 1], place == person - 2, labels[place] == .obl, place >= 2,
                heads[place - 1] == place, labels[place - 1].base == "case",
                titles[place - 2], let verb = heads[place], heads[place - 2] == verb, labels[place - 2] == .obj
            else { continue }
            let title = place - 2
            heads[place] = title
            labels[place] = .nmod
            heads[person] = title
            labels[person] = .appos
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with a participle of saying or judging set off by a comma after an infinitive read as
    /// the infinitive's governing verb's adverbial: "ordered Cuba's ambassador to leave within 48
    /// hours , accusing Havana of meddling".
    ///
    /// A greedy parser hangs the participle on the nearest verb, the infinitive, whose subject is
    /// the one ordered or asked; a comment on the act ("accusing", "saying", "citing") is the doer's of
    /// the clause's own verb.
    ///
    /// ```swift
    /// // "X ordered Y to leave , accusing Z" parsed with "accusing" an advcl of "leave": it becomes an
    /// // advcl of "ordered"
    /// let mended = tree.withCommentingParticiplesRaised(commas: isComma, commenting: isAccusing, infinitiveMarks: isTo)
    /// ```
    func withCommentingParticiplesRaised(commas: [Bool], commenting: [Bool], infinitiveMarks: [Bool]) -> DependencyTree {
        guard commas.count == count, commenting.count == count, infinitiveMarks.count == count else { return self }
        var heads = self.heads
        var changed = false
        for participle in 1..<max(1, count) where commenting[participle] && commas[participle - 1] && labels[participle] == .advcl {
            guard let infinitive = heads[participle], infinitive < participle,
                (0..<infinitive).contains(where: { heads[$0] == infinitive && infinitiveMarks[$0] && labels[$0].base == "mark" }),
                labels[infinitive] == .advcl || labels[infinitive] == .xcomp, let verb = heads[infinitive],
                (0..<count).contains(where: { heads[$0] == verb && labels[$0] == .obj })
            else { continue }
            heads[participle] = verb
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with a hedged object ("criticised what he called Saudi adventurism") read as the
    /// verb's own object: the naming verb's object becomes the outer verb's, "what" its determiner and
    /// the naming clause hangs on it, naming no one itself.
    ///
    /// "what X called Y" is the speaker's name for the thing the outer verb acts on; read literally,
    /// the outer verb acts on "what" (no one) and "called" names Y as an act of its own.
    ///
    /// ```swift
    /// // "condemned what it called Eritrea 's aggression" parsed with "what" the obj of "condemned" and
    /// // "aggression" the obj of "called": "aggression" becomes the obj of "condemned"
    /// let mended = tree.withHedgedObjectsPassedOn(whats: isWhat, namingVerbs: isCalled)
    /// ```
    func withHedgedObjectsPassedOn(whats: [Bool], namingVerbs: [Bool]) -> DependencyTree {
        guard whats.count == count, namingVerbs.count == count else { return self }
        var heads = self.heads, labels = self.labels
        var changed = false
        for what in 0..<count where whats[what] && labels[what] == .obj {
            guard let verb = heads[what],
                let naming = (what + 1..<count).first(where: { heads[$0] == what && labels[$0] == .aclRelcl && namingVerbs[$0] }),
                let named = (naming + 1..<count).first(where: { heads[$0] == naming && (labels[$0] == .obj || labels[$0] == .xcomp) })
            else { continue }
            heads[named] = verb
            labels[named] = .obj
            heads[what] = named
            labels[what] = .det
            heads[naming] = named
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with a participle clause set off by a comma after a clause's object read as an
    /// adverbial of the clause's verb: "would deploy a battery in Seongju , a county in X , defying
    /// warnings from China".
    ///
    /// A greedy parser hangs the "-ing" clause on the nearest noun; after a comma, with an object
    /// of its own, it tells what the clause's doer does (a free adjunct), and the clause's subject is
    /// its subject. Not on a subject's words ("The talks , ending a war , ...").
    ///
    /// ```swift
    /// // "X deployed troops in Y , defying warnings" parsed with "defying" an acl of "Y": it becomes an
    /// // advcl of "deployed"
    /// let mended = tree.withTrailingParticiplesAsAdverbials(commas: isComma, gerunds: isVBG, verbs: isVerb)
    /// ```
    func withTrailingParticiplesAsAdverbials(commas: [Bool], gerunds: [Bool], verbs: [Bool]) -> DependencyTree {
        guard commas.count == count, gerunds.count == count, verbs.count == count else { return self }
        var heads = self.heads
        var labels = self.labels
        var changed = false
        for participle in 1..<max(1, count) where gerunds[participle] && commas[participle - 1] && labels[participle] == .acl {
            guard let noun = heads[participle], noun < participle, (0..<count).contains(where: { heads[$0] == participle && labels[$0] == .obj }) else { continue }
            // up from the noun to the clause's verb, through no subject
            var at = noun
            var steps = 0
            var verb: Int?
            while steps < count, labels[at].base != "nsubj", labels[at].base != "csubj", let up = heads[at] {
                if verbs[up] { verb = up; break }
                at = up
                steps += 1
            }
            guard let verb, verb < participle else { continue }
            heads[participle] = verb
            labels[participle] = .advcl
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with the names of a list the parser broke up joined as conjuncts of its first name:
    /// "Mali , Burkina Faso and Niger left ECOWAS" read with "Burkina Faso" a compound of "Mali" and
    /// "Niger" a second subject of "left".
    ///
    /// A name after a comma is no compound of the name before it, and a verb has one subject in UD: a
    /// second subject that a coordinator opens is the first one's conjunct.
    ///
    /// ```swift
    /// // "Mali , Burkina and Niger left" -> "Burkina" and "Niger" conjuncts of "Mali"
    /// let mended = tree.withListedNamesAsConjuncts(names: isName, commas: words.map { $0 == "," }, coordinators: words.map { $0 == "and" })
    /// ```
    func withListedNamesAsConjuncts(names: [Bool], commas: [Bool], coordinators: [Bool]) -> DependencyTree {
        guard names.count == count, commas.count == count, coordinators.count == count else { return self }
        var heads = self.heads
        var labels = self.labels
        var changed = false
        // "Mali , Burkina": a name after a comma hung on the name before it as a compound
        for word in 1..<max(1, count) where names[word] && labels[word] == .compound {
            guard let first = heads[word], first >= 0, first < word, names[first], commas[word - 1], (first + 1..<word).allSatisfy({ commas[$0] }) else {
                continue
            }
            labels[word] = .conj
            changed = true
        }
        // "Mali ... and Niger left": a second named subject that a coordinator opens
        var firstSubject = [Int](repeating: -1, count: count)
        for word in 0..<count where labels[word] == .nsubj {
            guard let verb = heads[word], verb >= 0, verb < count else { continue }
            if firstSubject[verb] < 0 {
                firstSubject[verb] = word
                continue
            }
            let first = firstSubject[verb]
            guard names[word], names[first], word >= 1 else { continue }
            // "Mali , Burkina and Niger left": a second named subject right after a comma that closes the
            // first, with a conjunct of its own, is the list's second member
            if commas[word - 1], word - 1 > first, ((first + 1)..<(word - 1)).allSatisfy({ isDescendant($0, of: first, heads: heads) }),
                ((word + 1)..<count).contains(where: { heads[$0] == word && labels[$0] == .conj })
            {
                heads[word] = first
                labels[word] = .conj
                changed = true
                continue
            }
            // "X and rebel leader Y signed": a title's words or two may stand between the coordinator and the name
            var coordinator = word - 1
            while coordinator > first + 1, word - coordinator <= Self.titleWordsBeforeConjunct, !coordinators[coordinator], !names[coordinator],
                !commas[coordinator]
            {
                coordinator -= 1
            }
            guard coordinators[coordinator], coordinator == word - 1 ? heads[coordinator] == word : heads[coordinator] != verb else { continue }
            for title in (coordinator + 1)..<word where !((coordinator + 1)...word).contains(heads[title] ?? -1) {
                heads[title] = word
                labels[title] = .compound
            }
            heads[coordinator] = word
            labels[coordinator] = .cc
            heads[word] = first
            labels[word] = .conj
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with the subject the parser gave a gerund after "of" made the object of the verb
    /// before it: "accusing Doha of failing to honour" parsed with "Doha" the subject of "failing".
    ///
    /// In "accuse X of doing", "suspect X of", "warn X of", X is the verb's object and the gerund
    /// clause (marked by "of") says what of; a gerund after "of" has no subject before the "of".
    ///
    /// ```swift
    /// // "accusing Doha of failing" with "Doha" an nsubj of "failing" (an advcl of "accusing"):
    /// // "Doha" becomes an obj of "accusing"
    /// let mended = tree.withSubjectsBeforeOfGerundsAsObjects(ofWords: words.map { $0 == "of" }, gerunds: isGerund)
    /// ```
    func withSubjectsBeforeOfGerundsAsObjects(ofWords: [Bool], gerunds: [Bool]) -> DependencyTree {
        guard ofWords.count == count, gerunds.count == count else { return self }
        var heads = self.heads
        var labels = self.labels
        var changed = false
        for gerund in 2..<max(2, count) where gerunds[gerund] && ofWords[gerund - 1] && heads[gerund - 1] == gerund && labels[gerund] == .advcl {
            guard let verb = heads[gerund], verb >= 0, verb < gerund - 2,
                let subject = (verb + 1..<(gerund - 1)).first(where: { heads[$0] == gerund && labels[$0].base == "nsubj" }),
                // the subject's phrase fills the words between the verb and "of"
                ((verb + 1)..<(gerund - 1)).allSatisfy({ isDescendant($0, of: subject, heads: heads) })
            else { continue }
            heads[subject] = verb
            labels[subject] = .obj
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// Words of a title between a coordinator and the name it joins to a list, at most ("and rebel
    /// leader Y").
    static let titleWordsBeforeConjunct = 3

    /// The tree with each verb coordinated with an attribution set off by commas ("..., the State
    /// Department said, and urged him") coordinated with the clause the attribution is inserted in.
    ///
    /// An inserted "X said" hangs on the clause it reports; the verb after its closing ", and" goes
    /// on with that clause, whose subject does it, not the one who reports it.
    ///
    /// ```swift
    /// // "Blinken telephoned Bukele , the Department said , and urged him" with "urged" a conj of
    /// // "said": it becomes a conj of "telephoned"
    /// let mended = tree.withVerbsAfterAttributionsConjoined(speechVerbs: words.map { $0 == "said" }, commas: words.map { $0 == "," })
    /// ```
    func withVerbsAfterAttributionsConjoined(speechVerbs: [Bool], commas: [Bool]) -> DependencyTree {
        guard speechVerbs.count == count, commas.count == count, speechVerbs.contains(true) else { return self }
        var heads = self.heads
        var changed = false
        for word in 0..<count where labels[word] == .conj {
            guard let said = heads[word], said >= 1, said + 1 < word, speechVerbs[said], commas[said + 1],
                ["advcl", "parataxis", "ccomp"].contains(labels[said].base), let clause = heads[said], clause >= 0, clause < said,
                // the attribution's own subject right after a comma: "..., the Department said"
                (0..<said).contains(where: { heads[$0] == said && labels[$0].base == "nsubj" && $0 >= 1 && (commas[$0 - 1] || $0 >= 2 && commas[$0 - 2]) })
            else { continue }
            heads[word] = clause
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with each appeal coordinated with a reported clause ("X said the cabinet had not
    /// consulted lawmakers and called on Y to ...") coordinated with the verb of saying instead.
    ///
    /// A greedy parser hangs a verb after "and" on the nearest verb, inside the report; an appeal or
    /// a judgement with no subject or auxiliary of its own after a report with a subject and an
    /// auxiliary of its own is the reporter's next act far more often than the report's ("said the
    /// vote was marred and called on him to release ..."); after a denial (`denials`), whatever the
    /// report's tense ("denied that Iraq planned an attack and accused Washington").
    ///
    /// ```swift
    /// // "X said the cabinet had not consulted lawmakers and called on Y" with "called" a conj of
    /// // "consulted": it becomes a conj of "said"
    /// let mended = tree.withAppealsAfterReportsConjoined(speechVerbs: isSaid, appealForms: isAppeal)
    /// ```
    func withAppealsAfterReportsConjoined(speechVerbs: [Bool], appealForms: [Bool], denials: [Bool] = []) -> DependencyTree {
        guard speechVerbs.count == count, appealForms.count == count, denials.isEmpty || denials.count == count, appealForms.contains(true) else {
            return self
        }
        var heads = self.heads
        var changed = false
        for word in 0..<count where labels[word] == .conj && appealForms[word] {
            guard let report = heads[word], report >= 0, report < word, labels[report] == .ccomp, let said = heads[report], said >= 0,
                said < report
            else { continue }
            // "denied that Iraq planned an attack and accused Washington": what one denies is no act one
            // goes on to report, whatever its tense
            let denied = !denials.isEmpty && denials[said]
            guard speechVerbs[said] || denied,
                // a report told in another tense than the appeal ("had not consulted", "was marred"):
                // "said Russia condemned Ukraine and accused Poland" reports both acts
                (0..<count).contains(where: { heads[$0] == report && labels[$0].base == "nsubj" }),
                denied || (0..<count).contains(where: { heads[$0] == report && labels[$0].base == "aux" }),
                isBareConjunct(word, after: report)
            else { continue }
            heads[word] = said
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// Whether conjunct `word` (of a verb before `first`) opens right after its "and", an adverb
    /// between at most ("and accused", "and also accused"), with no subject, auxiliary or expletive
    /// of its own: a name between says a subject of its own ("and Prime Minister X, who ..., called").
    func isBareConjunct(_ word: Int, after first: Int) -> Bool {
        [word - 1, word - 2].contains(where: { $0 > first && heads[$0] == word && labels[$0] == .cc })
            && !(0..<count).contains(where: { heads[$0] == word && ["nsubj", "aux", "expl"].contains(labels[$0].base) })
    }

    /// Forms of denying (a closed class): after them `withAppealsAfterReportsConjoined` moves an appeal
    /// whatever the denied report's tense.
    static let denialForms: WordSet = ["denied", "denies", "deny", "denying"]

    /// Past forms of appealing and judging (a closed class): the acts `withAppealsAfterReportsConjoined` moves.
    static let appealPastForms: WordSet = [
        "called", "urged", "appealed", "asked", "demanded", "accused", "warned", "criticised", "criticized", "condemned", "praised",
        "thanked", "welcomed",
    ]

    /// The tree with each past form coordinated with a gerund under a finite verb ("accused Italy of
    /// interfering in its affairs and accused the EU of ...") coordinated with that finite verb.
    ///
    /// A gerund and a past form are no parallel conjuncts; a greedy parser hangs the second clause's
    /// verb on the nearest verb before the "and", and the second act loses the first one's subject.
    /// Only a past form with no subject or auxiliary of its own moves, to the nearest finite verb
    /// above the gerund, and only across a clause the gerund heads (`acl`, `advcl`).
    ///
    /// ```swift
    /// // "X accused Y of interfering in affairs and accused Z" with the second "accused" a conj of
    /// // "interfering": it becomes a conj of the first "accused"
    /// let mended = tree.withPastFormsConjoinedPastGerunds(gerunds: isVBG, pastForms: isVBDOrVBN, finiteVerbs: isFinite)
    /// ```
    func withPastFormsConjoinedPastGerunds(gerunds: [Bool], pastForms: [Bool], finiteVerbs: [Bool]) -> DependencyTree {
        guard gerunds.count == count, pastForms.count == count, finiteVerbs.count == count, gerunds.contains(true), pastForms.contains(true) else {
            return self
        }
        var heads = self.heads
        var changed = false
        for word in 0..<count where labels[word] == .conj && pastForms[word] {
            guard let gerund = heads[word], gerund >= 0, gerund < word, gerunds[gerund], ["acl", "advcl"].contains(labels[gerund].base),
                isBareConjunct(word, after: gerund)
            else { continue }
            // the nearest finite verb above the gerund, past the noun an `acl` hangs on
            var node = gerund
            var finite: Int?
            for _ in 0..<4 {
                guard let h = heads[node], h >= 0 else { break }
                if finiteVerbs[h] {
                    finite = h
                    break
                }
                node = h
            }
            guard let finite, finite < gerund else { continue }
            heads[word] = finite
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with each person joined to another person as part of one name (`flat`) across an
    /// "and" made that person's conjunct: "Congo 's Wagner and Rwanda 's Nduhungirehe signed".
    ///
    /// Each name is one folded word here, so two people are never one name; a greedy parser that
    /// reads the second one's possessor first loses the coordination.
    ///
    /// ```swift
    /// // "Congo 's Wagner and Rwanda 's Nduhungirehe signed" with "Nduhungirehe" flat under "Wagner":
    /// // it becomes a conj of "Wagner", the "and" its cc
    /// let mended = tree.withPeopleJoinedAsConjuncts(people: isPerson, coordinators: words.map { $0 == "and" })
    /// ```
    func withPeopleJoinedAsConjuncts(people: [Bool], coordinators: [Bool]) -> DependencyTree {
        guard people.count == count, coordinators.count == count else { return self }
        var heads = self.heads
        var labels = self.labels
        var changed = false
        for word in 0..<count where people[word] && labels[word].base == "flat" {
            guard let first = heads[word], first >= 0, first < word, people[first],
                let coordinator = ((first + 1)..<word).first(where: { coordinators[$0] && isDescendant($0, of: word, heads: heads) })
            else { continue }
            labels[word] = .conj
            heads[coordinator] = word
            labels[coordinator] = .cc
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with each possessor ("Sudan 's") the parser hung elsewhere attached to the noun
    /// phrase that follows its "'s", as that phrase's `nmod:poss`: "Abiy , Sisi and Sudan 's Prime
    /// Minister Hamdok agreed".
    ///
    /// In UD a word marked by a possessive "'s" (as `case`) is always the possessor of the noun
    /// after it; a greedy parser sometimes makes it a conjunct of the list it stands in instead,
    /// which turns a country into a party to the act. Mended where the phrase after the "'s" is
    /// itself a conjunct; the possessor's coordinator and commas go with it to the phrase's head.
    ///
    /// ```swift
    /// // "Abiy , Sisi and Sudan 's Prime Minister Hamdok agreed" parsed with "Sudan" a conj of "Sisi"
    /// // and "Hamdok" a conj of "Abiy": "Sudan" becomes nmod:poss of "Hamdok", its "and" Hamdok's
    /// let mended = tree.withPossessorsOfFollowingPhrases(possessiveMarks: words.map { $0 == "'s" })
    /// ```
    func withPossessorsOfFollowingPhrases(possessiveMarks: [Bool]) -> DependencyTree {
        guard possessiveMarks.count == count else { return self }
        var heads = self.heads
        var labels = self.labels
        var changed = false
        for mark in 1..<max(1, count - 1) where possessiveMarks[mark] && heads[mark] == mark - 1 && labels[mark].base == "case" {
            let possessor = mark - 1
            guard labels[possessor] == .conj else { continue }
            // the possessed phrase's head: from the word after the mark, rightward along the
            // phrase's own modifiers ("Prime" -> "Minister" -> "Hamdok")
            var head = mark + 1
            var steps = 0
            while let next = heads[head], next > head, next < count, steps < count,
                ["compound", "amod", "nmod", "flat", "det", "nummod"].contains(labels[head].base)
            {
                head = next
                steps += 1
            }
            // only where the phrase itself is the list's conjunct: "the UFDG and X 's party", with
            // "party" read as the object, is a tree wrong elsewhere, which this would not mend
            guard head > mark, labels[head] == .conj, heads[head] != possessor, !isDescendant(head, of: possessor, heads: heads) else { continue }
            for word in 0..<possessor where heads[word] == possessor && (labels[word].base == "cc" || labels[word].base == "punct") {
                heads[word] = head
            }
            heads[possessor] = head
            labels[possessor] = .nmodPoss
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with a person set off by a comma after a clause's opening phrase read as the
    /// clause's subject: "In Washington , Secretary of State X welcomed the move".
    ///
    /// A greedy parser reads the titled name after the opening phrase's comma as that phrase's
    /// apposition ("Washington , Secretary of State X"), and the verb right after it loses its
    /// subject. Only where the verb has no subject, the phrase hangs on the verb, and the
    /// apposition's words, a person's name among them, run up to the verb.
    ///
    /// ```swift
    /// // "In Washington , Secretary X welcomed ..." parsed with "Secretary" an appos of "Washington"
    /// // (an obl of "welcomed"): "Secretary" becomes the nsubj of "welcomed"
    /// let mended = tree.withOpeningAppositionsAsSubjects(people: isPerson, commas: isComma)
    /// ```
    func withOpeningAppositionsAsSubjects(people: [Bool], commas: [Bool]) -> DependencyTree {
        guard people.count == count, commas.count == count, people.contains(true), labels.contains(.appos) else { return self }
        var heads = self.heads
        var labels = self.labels
        var hasSubject = [Bool](repeating: false, count: count)
        for word in 0..<count where labels[word].base == "nsubj" || labels[word].base == "csubj" || labels[word].base == "expl" {
            if let head = heads[word], head >= 0, head < count { hasSubject[head] = true }
        }
        var changed = false
        for apposition in 0..<count where labels[apposition] == .appos {
            guard let phrase = heads[apposition], phrase < apposition, labels[phrase].base == "obl",
                let verb = heads[phrase], verb > apposition, !hasSubject[verb],
                commas[phrase + 1..<apposition].contains(true)
            else { continue }
            // the apposition's words: from it to right before the verb, a person among them
            let words = apposition..<verb
            guard words.allSatisfy({ isDescendant($0, of: apposition, heads: heads) }), words.contains(where: { people[$0] }) else { continue }
            heads[apposition] = verb
            labels[apposition] = .nsubj
            hasSubject[verb] = true
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// The tree with a name that "by" introduces inside an adverbial of a passive verb with no agent, or
    /// as a plain adverbial of it, made that verb's agent: "was signed in the Yemeni capital by X and Y",
    /// "had been initialled in Oslo on Aug 20 by X and by Y".
    ///
    /// A greedy parser hangs the "by" phrase on the nearest noun, the place or time the adverbial
    /// names; a passive whose agent is otherwise missing takes it (a place or a date does nothing "by"
    /// anyone).
    ///
    /// ```swift
    /// // "The accord was signed in the capital by Smith" with "Smith" an nmod of "capital" (an obl of
    /// // "signed"): "Smith" becomes the obl:agent of "signed"
    /// let mended = tree.withAgentsOfPassivesRaisedFromAdverbials(byWords: words.map { $0 == "by" }, names: names)
    /// ```
    func withAgentsOfPassivesRaisedFromAdverbials(byWords: [Bool], names: [Bool]) -> DependencyTree {
        // (an agent is raised only past a "by")
        guard byWords.count == count, names.count == count, byWords.contains(true) else { return self }
        var heads = self.heads
        var labels = self.labels
        var changed = false
        for name in 0..<count where names[name] && (labels[name] == .nmod || labels[name] == .obl || labels[name] == .obj) {
            // ("initialled in Oslo by X": a "by" phrase on the verb itself, labelled a plain adverbial or object)
            let onTheVerb = labels[name] != .nmod
            guard let noun = heads[name], noun >= 0, noun < name, onTheVerb || labels[noun] == .obl, let verb = onTheVerb ? noun : heads[noun], verb >= 0,
                verb < name,
                isMarkedByBy(name, byWords: byWords, heads: heads),
                (0..<count).contains(where: { heads[$0] == verb && labels[$0].rawValue == "aux:pass" }),
                !(0..<count).contains(where: { heads[$0] == verb && labels[$0] == .oblAgent })
            else { continue }
            heads[name] = verb
            labels[name] = .oblAgent
            changed = true
        }
        return changed ? DependencyTree(heads: heads, labels: labels) : self
    }

    /// Whether a "by" before `word` hangs on it or on a word of its phrase: "by X", "by Israeli
    /// negotiator X" (the "by" on the title before the name).
    func isMarkedByBy(_ word: Int, byWords: [Bool], heads: [Int?]) -> Bool {
        (0..<word).contains { by in byWords[by] && heads[by].map { isDescendant($0, of: word, heads: heads) } == true }
    }

    /// Whether `word` is `ancestor` or hangs on it, directly or not, in `heads` (the tree's own, or a
    /// repair's copy being mended).
    func isDescendant(_ word: Int, of ancestor: Int, heads: [Int?]) -> Bool {
        var current: Int? = word
        var steps = 0
        while let at = current, steps <= heads.count {
            if at == ancestor { return true }
            current = heads[at]
            steps += 1
        }
        return false
    }
}
