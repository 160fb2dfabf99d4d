import KGModel

/// Turns a document's text into entities, mentions and facts.
///
/// Pure and deterministic: the same text always gives the same result. Build one and reuse it;
/// building loads the bundled lexicons and models.
///
/// ```swift
/// let extractor = try Extractor()
/// let doc = extractor.extract("NATO condemned Russia.")
/// ```
public final class Extractor: Sendable {
    let lexicons: Lexicons
    let verbForms: WordSet
    /// Parts of speech and lemmas for the relation rules (verb or noun, voice, participles).
    let wordTagger: WordTagger
    /// The tagger's first pass alone: twice as fast, 0.2 points less accurate on EWT.
    let quickTagger: PerceptronTagger

    /// Parses the sentences that name two entities; nil keeps to the word-window rules alone.
    let parser: (any SentenceParsing)?
    /// Which rules find the actions of a parsed sentence.
    let actionRules: ActionRules
    /// Whether a multi-word mention is one word for the tagger and the parser (see `MentionFolding`).
    let foldsMentions: Bool

    /// Which rules find the actions of a sentence the parser parsed.
    public enum ActionRules: Sendable {
        /// The tree's facts and the word-window rules' facts together.
        case treeAndWindow
        /// The tree's facts alone; the word-window rules only where no tree was made.
        case treeOnly
    }

    /// The extractor with the bundled lexicons and models, the dependency parser included.
    ///
    /// ```swift
    /// let doc = try Extractor().extract("NATO condemned Russia.")
    /// ```
    public convenience init() throws {
        // the parser's model loads on its own thread while the lexicons and the tagger load
        let parser = BackgroundLoad { try DependencyParser.bundled() }
        try self.init(parser: { try parser.value() }, actionRules: .treeAndWindow, foldsMentions: true)
    }

    /// The extractor with the bundled lexicons and models and the given dependency parser (nil: the
    /// word-window rules alone).
    ///
    /// ```swift
    /// let extractor = try Extractor(parser: DependencyParser.bundled(), actionRules: .treeOnly)
    /// ```
    public convenience init(parser: (any SentenceParsing)?, actionRules: ActionRules = .treeAndWindow, foldsMentions: Bool = true) throws {
        try self.init(parser: { parser }, actionRules: actionRules, foldsMentions: foldsMentions)
    }

    /// Loads the lexicons (the gazetteer apart), the tables the first document would build
    /// (spelling variants and word lists) and the tagger at once on four threads, then waits for
    /// `parser`.
    init(parser: () throws -> (any SentenceParsing)?, actionRules: ActionRules, foldsMentions: Bool) throws {
        self.actionRules = actionRules
        self.foldsMentions = foldsMentions
        let lexicons = BackgroundLoad { try Lexicons.load() }
        // the shared tables need no lexicon: built on a thread of their own, not after the lexicons
        let sharedTables = BackgroundLoad { Self.warmSharedTables() }
        wordTagger = try WordTagger.bundled()
        quickTagger = wordTagger.tagger.firstPassOnly ?? wordTagger.tagger
        self.lexicons = try lexicons.value()
        try sharedTables.value()
        verbForms = WordSet(self.lexicons.verbs.dictionary.keys)
        self.parser = try parser()
    }

    public func extract(_ text: String) -> ExtractedDocument {
        // room for every scalar reserved from the byte count (no scalar takes less than a byte), so that
        // the scalars are read once: Array(text.unicodeScalars) counted them in a pass of its own first
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        let tokens = Tokenizer.tokenize(scalars)
        let mask = PageFurniture.contentMask(tokens, verbForms: verbForms, commonWords: lexicons.commonWords)
        let recognizer = EntityRecognizer(lexicons: lexicons)

        // sentences made of article content only
        var sentenceRanges: [Range<Int>] = []
        for range in SentenceSplitter.split(tokens) {
            var lower = range.lowerBound
            var upper = range.upperBound
            while lower < upper, !mask[lower] { lower += 1 }
            while upper > lower, !mask[upper - 1] { upper -= 1 }
            if lower < upper, tokens[lower..<upper].contains(where: { $0.isWord }) { sentenceRanges.append(lower..<upper) }
        }
        var sentences: [Sentence] = []
        var raw: [RawMention] = []
        var rawSentence: [Int] = []
        var rolesBySentence: [[RoleSpan]] = []
        for (index, range) in sentenceRanges.enumerated() {
            let span = TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
            sentences.append(Sentence(index: index, span: span, text: Self.text(scalars, span)))
            let (mentions, roles) = recognizer.recognize(tokens, mask: mask, sentence: range)
            raw.append(contentsOf: mentions)
            rawSentence.append(contentsOf: Array(repeating: index, count: mentions.count))
            rolesBySentence.append(roles)
        }
        Self.extendNamesToTheirAcronyms(tokens, raw: &raw, rawSentence: &rawSentence)
        Self.addNamesSpelledByTheirAcronyms(tokens, mask: mask, sentences: sentenceRanges, raw: &raw, rawSentence: &rawSentence)
        Self.addDefinedAcronyms(tokens, mask: mask, sentences: sentenceRanges, raw: &raw, rawSentence: &rawSentence)
        Self.addEverydayWordSurnames(tokens, mask: mask, sentences: sentenceRanges, raw: &raw, rawSentence: &rawSentence, commonWords: lexicons.commonWords)
        InstitutionNamer(lexicons: lexicons).name(&raw)
        let surfaces = raw.map { m in
            Self.text(scalars, TextSpan(start: tokens[m.range.lowerBound].span.start, end: tokens[m.range.upperBound - 1].span.end))
        }
        // a headline ends without a sentence's stop: "Varnia's Perez Molina resigns"
        let headlineSentences = Set(
            sentenceRanges.indices.filter { !Self.sentenceStops.contains(tokens[sentenceRanges[$0].upperBound - 1].text) })
        let headlineMentions = Set(raw.indices.filter { headlineSentences.contains(rawSentence[$0]) })
        // the title written right before each person mention ("King Abdullah", "President X")
        var titles: [Int: String] = [:]
        for (k, m) in raw.enumerated() where m.type == .person {
            let roles = rolesBySentence[rawSentence[k]]
            if let role = roles.last(where: { $0.range.upperBound == m.range.lowerBound }) { titles[k] = role.name }
        }
        var resolved = MentionResolver().resolve(raw, surfaces: surfaces, headlineMentions: headlineMentions, titles: titles)
        MentionResolver.addHonorificAliases(&resolved, raw: raw, tokens: tokens, surfaces: surfaces)
        MentionResolver.addInstitutionAliases(&resolved, raw: raw, tokens: tokens, commonWords: lexicons.commonWords)

        var mentions: [Mention] = []
        var views: [[SentenceView.Span]] = Array(repeating: [], count: sentences.count)
        for (i, m) in raw.enumerated() {
            guard let entity = resolved.entityOfMention[i] else { continue }
            let span = TextSpan(start: tokens[m.range.lowerBound].span.start, end: tokens[m.range.upperBound - 1].span.end)
            mentions.append(Mention(entity: entity, sentence: rawSentence[i], span: span, surface: surfaces[i]))
            if m.nested { continue }  // a place inside a longer name takes part in no relation
            views[rawSentence[i]].append(
                SentenceView.Span(
                    range: m.range, entity: entity, type: resolved.entities[entity].type,
                    modifierOnly: m.modifierOnly || Self.isModifier(tokens, m.range),
                    isDemonym: m.origin == .gazetteer(.demonym)))
        }

        var facts: [Fact] = []
        var seen = Set<String>()
        let roles = RoleExtractor()
        let actions = ActionExtractor(lexicons: lexicons, lemmatizer: wordTagger.lemmatizer)
        let treeActions = TreeActionExtractor(lexicons: lexicons, lemmatizer: wordTagger.lemmatizer)
        var bodyOf: [Int: Int] = [:]
        let quotes = QuoteSpeakerResolver()
        var lastList: [Int] = []
        var lastCountries: [Int] = []
        var lastPerson: [Int] = []
        var lastTopic: SentenceView.Span?
        var lastOpener: Int?
        var anaphora = AnaphoraResolver()
        var bareTitles: [RoleExtractor.BareTitle] = []
        var roleContext = RoleExtractor.Context()
        // both taggings of a sentence (the parser's and the window rules') hash each word once
        var tokenKeys = TokenKeyCache(tokenCount: tokens.count, lexicon: quickTagger.lexicon)
        var chargeDenials = ChargeDenials(lexicons: lexicons)
        let brokeredDeals = BrokeredDeals(lexicons: lexicons)
        var governmentPossessors: [Int: Set<Int>] = [:]
        var whoseClauses: [Int: [LeaderGovernments.WhoseClause]] = [:]
        var leaderDescriptions = LeaderDescriptions()
        // the ends of window facts the tree contradicts: named as actors all the same
        var contradictedEnds = Set<Int>()
        // the gender each person's first name tells, for the pronoun resolver and the role rules
        for entity in resolved.entities where entity.type == .person {
            if let first = entity.name.split(separator: " ").first, entity.name.containsASCII(" "),
                let gender = lexicons.gender(ofFirstName: String(first))
            {
                anaphora.genderOf[entity.id] = gender
            }
        }
        roleContext.genderOf = anaphora.genderOf
        anaphora.alliances = Set(resolved.entities.filter { $0.type == .organization && AnaphoraResolver.isAllianceName($0.name) }.map(\.id))
        for (index, range) in sentenceRanges.enumerated() {
            // ("the Russian leader" after "Russian President Vladimir Putin": Putin)
            views[index] = leaderDescriptions.resolving(tokens, range: range, mentions: views[index])
            // ("a charge the prime minister rejected": the one person titled so)
            views[index] += leaderDescriptions.bareDescriptions(tokens, range: range, mentions: views[index], roles: rolesBySentence[index])
            let extra = anaphora.resolve(
                tokens, range: range, mentions: views[index], roles: rolesBySentence[index], lastList: &lastList, lastCountries: &lastCountries,
                lastPerson: &lastPerson,
                lastTopic: &lastTopic, lastOpener: &lastOpener)
            // the sentence's names with what its pronouns and descriptions stand for, made once
            let named = views[index] + extra
            var view = SentenceView(tokens: tokens, range: range, index: index, mentions: named, roles: rolesBySentence[index])
            let stated = roles.extract(view)
            let openingPlace = OpeningPlaceCountry.of(
                view, from: DatelinePrefix.end(tokens, range), entities: resolved.entities, gazetteer: lexicons.gazetteer)
            let bare = roles.bareTitles(view, roleFacts: stated, openingPlace: openingPlace)
            bareTitles += bare
            let roleFacts = stated + roles.contextual(view, &roleContext, sentenceFacts: stated, bare: bare)
            for fact in roleFacts where bodyOf[fact.subject] == nil && RoleExtractor.isOffice(fact) { bodyOf[fact.subject] = fact.object }
            leaderDescriptions.record(roleFacts)
            leaderDescriptions.record(bare)
            let speakers = quotes.resolve(view, bodyOf: bodyOf)
            // an action links two entities: only sentences naming two are worth tagging
            let all = named + speakers
            let possessors = LeaderGovernments.possessors(tokens, mentions: named)
            if !possessors.isEmpty { governmentPossessors[index] = possessors }
            let clauses = LeaderGovernments.whoseClauses(tokens, range: range, mentions: named)
            if !clauses.isEmpty { whoseClauses[index] = clauses }
            let linksTwo = Set(all.flatMap(\.entities)).count >= 2
            // where the sentence starts once its dateline ("LA PAZ, Nov 12 (Reuters) -") is skipped
            let opening = DatelinePrefix.end(tokens, range)
            var treeFacts: [Fact]?
            if linksTwo {
                let first = all.map(\.range.lowerBound).min() ?? range.lowerBound, last = all.map(\.range.upperBound).max() ?? range.upperBound
                // the word-window rules read the words around and between the mentions, with context
                // enough for the tagger
                let tagged = max(range.lowerBound, first - 4)..<min(range.upperBound, last + 4)
                // the parser reads them too, a sentence end a few words further on taken whole
                // (not its dateline: "LA PAZ, Nov 12 (Reuters) -" is no part of any clause)
                var parsedStretch = Self.parseStretch(first: first, last: last, sentence: (last > opening ? opening : range.lowerBound)..<range.upperBound)
                parsedStretch = Self.reachingEachOther(parsedStretch, tokens, sentence: range)
                parsedStretch = Self.reachingObjectPronoun(parsedStretch, tokens, sentence: range)
                // parsed only if a word of the stretch can name an act
                func treeFactsOf(_ folded: MentionFolding.Folded, _ stretch: Range<Int>, tags: [PartOfSpeech], partsOfSpeech: [PartOfSpeech]) -> [Fact]? {
                    guard let parser else { return nil }
                    let treeView = SentenceView(
                        tokens: tokens, range: range, index: index, mentions: all, roles: rolesBySentence[index],
                        partsOfSpeech: partsOfSpeech, taggedFrom: stretch.lowerBound)
                    guard treeActions.mayNameAnAct(tokens, stretch, view: treeView),
                        let parsed = ParsedSentence(view: treeView, tree: parser.parse(folded.words, tags: tags), folded: folded, tags: tags)
                    else { return nil }
                    return treeActions.extract(parsed)
                }
                if parser != nil, foldsMentions {
                    // both stretches tagged at once, every name folded (see MentionFolding)
                    func foldAndTag(_ both: Range<Int>) -> (MentionFolding.Folded, [PartOfSpeech]) {
                        let folded = MentionFolding.fold(tokens, both, mentions: all, singleWords: true)
                        let tags = quickTagger.tagDetailed(keys: tokenKeys.keys(of: folded, tokens: tokens))
                        let mended = IrregularVerbTags.mended(
                            folded.words, tags: RelativeClauseVerbTags.mended(folded.words, tags: tags), lemmatizer: wordTagger.lemmatizer,
                            wordClasses: quickTagger.lexicon)
                        let perfects = PerfectAuxiliaryTags.mended(folded.words, tags: mended)
                        return (folded, CompoundHeadTags.mended(folded.words, tags: TitleParticipleTags.mended(folded.words, tags: perfects)))
                    }
                    var both = min(parsedStretch.lowerBound, tagged.lowerBound)..<max(parsedStretch.upperBound, tagged.upperBound)
                    var (foldedBoth, tagsBoth) = foldAndTag(both)
                    // the last name a subject ("X, Y and Z agreed to work towards a binding deal"): its
                    // verb's objects and clauses lie past the usual stretch, so it runs to the clause's end
                    let clauseEnd = Self.clauseEnd(tokens, from: last, sentence: range)
                    if parsedStretch.upperBound < clauseEnd, Self.startsWithFiniteVerb(foldedBoth, tagsBoth, at: last) {
                        parsedStretch = parsedStretch.lowerBound..<clauseEnd
                        both = both.lowerBound..<max(both.upperBound, clauseEnd)
                        (foldedBoth, tagsBoth) = foldAndTag(both)
                    }
                    let partsOfSpeech = MentionFolding.expand(tagsBoth, foldedBoth)
                    // coordinated finite clauses ("X dropped charges against Y, and Z walked out") each parsed on its own
                    for part in CoordinatedClauses.split(parsedStretch, folded: foldedBoth, tags: tagsBoth) {
                        let (folded, words) = MentionFolding.slice(foldedBoth, covering: part)
                        let stretch = (folded.tokensOf.first?.lowerBound ?? part.lowerBound)..<(folded.tokensOf.last?.upperBound ?? part.upperBound)
                        let partFacts = treeFactsOf(
                            folded, stretch, tags: Array(tagsBoth[words]),
                            partsOfSpeech: Array(partsOfSpeech[(stretch.lowerBound - both.lowerBound)..<(stretch.upperBound - both.lowerBound)]))
                        if let partFacts { treeFacts = (treeFacts ?? []) + partFacts }
                    }
                    view = SentenceView(
                        tokens: tokens, range: range, index: index, mentions: all, roles: rolesBySentence[index],
                        partsOfSpeech: Array(partsOfSpeech[(tagged.lowerBound - both.lowerBound)..<(tagged.upperBound - both.lowerBound)]),
                        taggedFrom: tagged.lowerBound)
                } else {
                    if parser != nil {
                        let folded = MentionFolding.fold(tokens, parsedStretch, mentions: [], singleWords: true)
                        let tags = quickTagger.tagDetailed(keys: tokenKeys.keys(of: folded, tokens: tokens))
                        treeFacts = treeFactsOf(folded, parsedStretch, tags: tags, partsOfSpeech: MentionFolding.expand(tags, folded))
                    }
                    view = SentenceView(
                        tokens: tokens, range: range, index: index, mentions: all, roles: rolesBySentence[index],
                        partsOfSpeech: MentionFolding.tag(tokens, tagged, mentions: all, with: quickTagger, cache: &tokenKeys), taggedFrom: tagged.lowerBound)
                }
            } else if !speakers.isEmpty {
                view = SentenceView(tokens: tokens, range: range, index: index, mentions: all, roles: rolesBySentence[index])
            }
            // the window's guesses, less those the tree reads otherwise
            let guessed = linksTwo && (treeFacts == nil || actionRules == .treeAndWindow) ? actions.extract(view) : []
            let (windowFacts, contradicted) = TreeContradictedWindowFacts.partition(
                guessed, contradictedBy: treeFacts ?? [], in: view, entities: resolved.entities, roles: roleFacts)
            for fact in contradicted { contradictedEnds.formUnion([fact.subject, fact.object]) }
            // a dateline's agency acts on no one ("BOGOTA (Reuters) - The OAS condemned X" with the OAS
            // unknown): an act whose evidence starts inside the dateline has its subject there
            let actsStartAfter = opening > range.lowerBound && opening < tokens.count ? tokens[opening].span.start : nil
            let sentenceActs = OfficeHolderActs.dropping(roleFacts + windowFacts + (treeFacts ?? []), entities: resolved.entities)
            // acts read off the sentence's own acts: denials of its (or an earlier) charge, its deal's go-between
            let answering =
                chargeDenials.facts(view, sentenceRoles: roleFacts, sentenceActs: sentenceActs, entities: resolved.entities, bareTitles: bare)
                + chargeDenials.inlineFacts(view, sentenceFacts: sentenceActs)
                + brokeredDeals.facts(view, sentenceFacts: sentenceActs)
            let withEnvoyStates = EnvoyStates.adding(to: sentenceActs + answering, entities: resolved.entities) {
                range.isEmpty ? "" : Self.text(scalars, TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end))
            }
            let sentenceFacts = withEnvoyStates.compactMap { fact -> Fact? in
                if let actsStartAfter, fact.kind == .action, fact.span.start < actsStartAfter { return nil }
                if RoleExtractor.isPersonLeadingAPlace(fact, entities: resolved.entities) { return nil }
                guard let joined = RoleExtractor.droppingJoiningToCome(fact, entities: resolved.entities, evidence: Self.text(scalars, fact.span)) else {
                    return nil
                }
                return RoleExtractor.heldInNamedBody(RoleExtractor.rulingAsRole(joined, entities: resolved.entities, evidence: Self.text(scalars, joined.span)), entities: resolved.entities)
            }
            for fact in sentenceFacts {
                // one fact per (subject, action, object) per document: the first sentence stating it
                let key = "\(fact.subject)|\(fact.action)|\(fact.object)"
                if seen.insert(key).inserted { facts.append(fact) }
            }
            chargeDenials.record(sentenceFacts, entities: resolved.entities)
        }
        // "Prime Minister Jane Doe" with her country never named beside her: the one her words speak for,
        // else the one her sentence names nearest, else the dateline's, else the document's
        // in the order of the sentences that title them ("as TITLE" ones were kept apart)
        let allBare = (bareTitles + roleContext.bareTitles).enumerated().sorted { ($0.element.sentence, $0.offset) < ($1.element.sentence, $1.offset) }.map(\.element)
        // (a document that titles no one bare needs neither its dateline's country nor its dominant one)
        let datelineCountry =
            allBare.isEmpty ? nil : RoleExtractor.datelineCountry(tokens, sentences: sentenceRanges, recognizer: recognizer, entities: resolved.entities)
        let dominant = allBare.isEmpty ? nil : RoleExtractor.dominantCountry(mentions, entities: resolved.entities)
        // (with none dominant, the story's leading country and the sentences that name it)
        let leading = (allBare.isEmpty || dominant != nil ? nil : RoleExtractor.leadingCountry(mentions, entities: resolved.entities, dateline: datelineCountry))
            .map { country in (country: country, sentences: Set(mentions.filter { $0.entity == country }.map(\.sentence))) }
        let placed =
            allBare.isEmpty
            ? []
            : placeBareTitles(
                allBare, dateline: datelineCountry, dominant: dominant, leading: leading, facts: facts, scalars: scalars, entities: resolved.entities)
        for (bare, country) in placed {
            let key = "\(bare.person)|\(bare.role)|\(country)"
            guard seen.insert(key).inserted else { continue }
            facts.append(
                Fact(
                    subject: bare.person, object: country, action: bare.role, cameo: .role, kind: .role,
                    sentence: bare.sentence, span: bare.span, confidence: FactConfidence.Role.documentCountry))
        }
        facts = LeaderGovernments.givenToCountries(facts, possessors: governmentPossessors, whoseClauses: whoseClauses, entities: resolved.entities)
        facts = CapitalActors.givenToCountries(facts, entities: resolved.entities, gazetteer: lexicons.gazetteer)
        facts = RoleExtractor.keepingOneRolePerPair(
            RoleExtractor.keepingMostSpecificTitles(RoleExtractor.droppingCounterpartsOfTitled(facts)), entities: resolved.entities)
        let title = Self.title(tokens, mask: mask, scalars: scalars)
        let document = ExtractedDocument(title: title, sentences: sentences, entities: resolved.entities, mentions: mentions, facts: facts)
        // ("Latvia's parliament, the Saeima": found on the mentions, applied once the ids are final)
        let legislatures = LegislatureAppositions.find(
            tokens, raw: raw, rawSentence: rawSentence, entityOf: resolved.entityOfMention, entities: resolved.entities, gazetteer: lexicons.gazetteer)
        return LegislatureAppositions.applying(
            legislatures,
            to: DemonymOnlyEntities.prune(
                document,
                droppable: DemonymOnlyEntities.demonymOnly(raw, tokens: tokens, entityOfMention: resolved.entityOfMention)
                    .union(DemonymOnlyEntities.nestedOnly(raw, entityOfMention: resolved.entityOfMention)),
                readAsActors: contradictedEnds))
    }

    /// Words parsed before the first and after the last mention of a sentence: enough for the
    /// clause around them, fewer words to parse (a sentence's far ends rarely decide an argument).
    static let parseContext = 3

    /// The words a sentence's parser reads: `parseContext` words before its first mention
    /// (`first`) and after its last (ending before `last`), stretched to the sentence's end when
    /// that is only a few words further ("agreed to a truce .").
    static func parseStretch(first: Int, last: Int, sentence: Range<Int>) -> Range<Int> {
        var from = first - parseContext, to = last + parseContext
        if from - sentence.lowerBound <= parseContext { from = sentence.lowerBound }
        if sentence.upperBound - to <= parseContext { to = sentence.upperBound }
        return from..<to
    }

    /// `stretch` run on over "each other" or "one another" when either starts within a few words of
    /// its end: the sides of a reciprocal act are its subjects, and the stretch, which ends a few
    /// words past the last name, may stop at the verb ("Greek and Turkish warships have shadowed |
    /// each other in the area").
    static func reachingEachOther(_ stretch: Range<Int>, _ tokens: [Token], sentence: Range<Int>) -> Range<Int> {
        let end = min(stretch.upperBound + parseContext, sentence.upperBound - 1)
        guard stretch.upperBound < end,
            let k = (max(stretch.upperBound - 1, stretch.lowerBound)..<end).first(where: { k in
                let (a, b) = (tokens[k].lower, tokens[k + 1].lower)
                return a == "each" && b == "other" || a == "one" && b == "another"
            })
        else { return stretch }
        return stretch.lowerBound..<max(stretch.upperBound, k + 2)
    }

    /// Object pronouns (a closed class) whose verb a stretch runs on to reach: "met X in Abuja last
    /// week and told | him to step down", "cut ties with Qatar in June and accused | it of ...".
    /// ("them" is left out: after a verb it is as often the people a sentence names by a common noun,
    /// "gave the diplomats ... and gave them until Sunday", as the names before it.)
    static let reachedObjectPronouns: WordSet = ["him", "her", "it"]

    /// `stretch` run on over an object pronoun that follows a verb within a few words of its end,
    /// and a few words past it: a second verb of the same subject often acts on the name before
    /// it through a pronoun, and the stretch, which ends a few words past the last name, stops
    /// short of it ("telephoned Putin on Wednesday and | urged him to help").
    static func reachingObjectPronoun(_ stretch: Range<Int>, _ tokens: [Token], sentence: Range<Int>) -> Range<Int> {
        let end = min(stretch.upperBound + 2 * parseContext, sentence.upperBound)
        guard stretch.upperBound < end, stretch.upperBound > sentence.lowerBound,
            let k = (stretch.upperBound..<end).first(where: { k in
                reachedObjectPronouns.contains(tokens[k].lower) && tokens[k - 1].isWord && !tokens[k - 1].isCapitalized
            }),
            !(stretch.upperBound..<k).contains(where: { tokens[$0].text == ";" })
        else { return stretch }
        return stretch.lowerBound..<max(stretch.upperBound, min(k + 1 + parseContext, sentence.upperBound))
    }

    /// Where the clause holding token `from` ends: at the first ";" from there, else at the sentence's end.
    static func clauseEnd(_ tokens: [Token], from: Int, sentence: Range<Int>) -> Int {
        guard from < sentence.upperBound else { return sentence.upperBound }
        return (max(from, sentence.lowerBound)..<sentence.upperBound).first { tokens[$0].text == ";" } ?? sentence.upperBound
    }

    /// Whether the word of `folded` at token `at` is a finite verb or a modal ("agreed", "will"):
    /// the name before it is then its clause's subject.
    static func startsWithFiniteVerb(_ folded: MentionFolding.Folded, _ tags: [PartOfSpeech], at: Int) -> Bool {
        guard let word = folded.tokensOf.firstIndex(where: { $0.lowerBound >= at }), word < tags.count else { return false }
        return CoordinatedClauses.finiteVerbTags.contains(tags[word].xpos)
    }

    /// "the Rapid Support Forces (RSF)": later bare "RSF" names the same thing.
    static func addDefinedAcronyms(
        _ tokens: [Token], mask: [Bool], sentences: [Range<Int>], raw: inout [RawMention],
        rawSentence: inout [Int]
    ) {
        var defined: [String: RawMention] = [:]
        // (not a place nested in the name: "Police Service of Northern Ireland (PSNI)" defines the service)
        for m in raw where m.range.upperBound + 2 < tokens.count && !m.nested {
            let open = tokens[m.range.upperBound], acronym = tokens[m.range.upperBound + 1], close = tokens[m.range.upperBound + 2]
            if open.text == "(", close.text == ")", acronym.isAllCaps, (2...8).contains(acronym.text.count), m.range.count >= 2 {
                defined[acronym.text] = m
            }
        }
        // "the Irish Republican Army ... . The IRA had ...": an institution's initials stand for it
        // though the text never defines them (not after a capitalized word: "the Real IRA")
        var initialed: [String: RawMention] = [:]
        for m in raw where m.type == .organization && !m.nested {
            guard let initials = Self.initials(tokens[m.range]), defined[initials] == nil else { continue }
            if initialed[initials] == nil { initialed[initials] = m }
        }
        guard !defined.isEmpty || !initialed.isEmpty else { return }
        // "the Kurdistan Workers' Party (PKK)": a known acronym the text defines stands for the name it follows
        for k in raw.indices where raw[k].range.count == 1 {
            // ("the Organisation for Security and Cooperation in Europe (OSCE)": a body the gazetteer names by its acronym too)
            guard let definition = defined[tokens[raw[k].range.lowerBound].text], definition.name != raw[k].name,
                raw[k].origin == .gazetteer(.acronym) || raw[k].origin == .name
                    || raw[k].type == .organization && definition.type == .organization && tokens[raw[k].range.lowerBound].isAllCaps
            else { continue }
            raw[k].name = definition.name
            raw[k].type = definition.type
            raw[k].origin = definition.origin
        }
        // most documents define no acronym: then no word is looked up (hashing each word's text)
        guard !defined.isEmpty || !initialed.isEmpty else { return }
        var covered = Set<Int>()
        for m in raw { covered.formUnion(m.range) }
        var added: [(RawMention, Int)] = []
        for (index, range) in sentences.enumerated() {
            for i in range where mask[i] && !covered.contains(i) {
                let afterName = i > range.lowerBound && tokens[i - 1].isCapitalized
                guard let definition = defined[tokens[i].text] ?? (afterName ? nil : initialed[tokens[i].text]) else { continue }
                var m = definition
                m.range = i..<(i + 1)
                m.needsResolution = false
                added.append((m, index))
            }
        }
        insert(added, into: &raw, rawSentence: &rawSentence)
    }

    /// Mentions found after the sentences' own pass, each with its sentence's index, put among the
    /// others in the order of the text.
    static func insert(_ added: [(RawMention, Int)], into raw: inout [RawMention], rawSentence: inout [Int]) {
        guard !added.isEmpty else { return }
        var all = Array(zip(raw, rawSentence)) + added
        all.sort { $0.0.range.lowerBound < $1.0.range.lowerBound }
        raw = all.map(\.0)
        rawSentence = all.map(\.1)
    }

    /// The initials of a long name of three or more capitalized words and lower-case connectors
    /// ("IRA" of "Irish Republican Army"); nil for a shorter name or any other word in it.
    static func initials(_ words: ArraySlice<Token>) -> String? {
        var letters = ""
        for word in words {
            if word.isWord, word.isCapitalized, let first = word.text.first {
                letters.append(first)
            } else if !longNameConnectors.contains(word.lower) {
                return nil
            }
        }
        return letters.count >= 3 ? letters : nil
    }

    /// Marks that end a sentence of prose (a headline ends without one).
    static let sentenceStops: Set<String> = [".", "!", "?", "\"", "\u{201D}", "'", "\u{2019}", ":", ";", ")"]

    /// A mention that only modifies a compound: `pro-Russian`, `Russian-backed`.
    static func isModifier(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let next = range.upperBound
        return next + 1 < tokens.count && tokens[next].text == "-" && tokens[next].attached
            && tokens[next + 1].attached && !tokens[next + 1].isCapitalized
    }

    /// The bare titles placed in a country (`RoleExtractor.place`), read against the document's facts
    /// with offices their holders have left marked "former" and journeys to a capital made journeys to
    /// its country.
    func placeBareTitles(
        _ bare: [RoleExtractor.BareTitle], dateline: Int?, dominant: Int?, leading: (country: Int, sentences: Set<Int>)?, facts: [Fact],
        scalars: [Unicode.Scalar], entities: [ExtractedEntity]
    ) -> [(RoleExtractor.BareTitle, Int)] {
        // an office its holder has left ("Former Philippine President X") bars no other holder of it
        var statedNow = facts.map { fact -> Fact in
            guard RoleExtractor.isOffice(fact), Self.isFormerTitle(scalars, fact.span) else { return fact }
            var left = fact
            left.action = "former " + fact.action
            return left
        }
        // a journey to a capital named as a place ("Vice President X will travel to Ankara") is one to its
        // country, which a bare title is then not held in
        let capitalOf = Self.capitalCountries(entities, lexicons: lexicons)
        for fact in facts where fact.kind == .action && RoleExtractor.journeyActs.contains(fact.action) {
            if let country = capitalOf[fact.object] {
                var journey = fact
                journey.object = country
                statedNow.append(journey)
            }
        }
        return RoleExtractor.place(bare, dateline: dateline, dominant: dominant, leading: leading, stated: statedNow, entities: entities)
    }

    /// The country each place entity stands for as its capital or seat of government, when the document
    /// names that country: "Ankara" (typed a place in "will travel to Ankara") -> Turkey.
    static func capitalCountries(_ entities: [ExtractedEntity], lexicons: Lexicons) -> [Int: Int] {
        var out: [Int: Int] = [:]
        for place in entities where place.type == .location {
            guard let entry = lexicons.gazetteer[place.name.lowercased()]?.first(where: { $0.type == .country && ($0.kind == .capital || $0.kind == .metonym) }),
                let country = entities.first(where: { $0.type == .country && $0.name == entry.canonical })
            else { continue }
            out[place.id] = country.id
        }
        return out
    }

    /// Whether the title of the role stated at `span` is one its holder has left: "former" or "ex-"
    /// opens the span or stands right before it ("Former Philippine President X", "the former Kenyan
    /// prime minister X"), or opens the span's apposition ("X, a former Chilean foreign minister").
    static func isFormerTitle(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> Bool {
        let before = text(scalars, TextSpan(start: max(0, span.start - 8), end: span.start)).lowercased()
        let opening = text(scalars, TextSpan(start: span.start, end: min(span.end, span.start + 7))).lowercased()
        if opening.hasPrefix("former ") || opening.hasPrefix("ex-") || before.hasSuffix("former ") || before.hasSuffix("ex-") { return true }
        // "X, a former Chilean foreign minister": the apposition's article before "former"
        let whole = text(scalars, span).lowercased()
        return whole.containsASCII(", a former ") || whole.containsASCII(", the former ") || whole.containsASCII(", former ")
    }

    static func text(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
        Tokenizer.makeString(scalars[span.start..<span.end])
    }

    /// The first headline-like content line: short, without a final full stop.
    static func title(_ tokens: [Token], mask: [Bool], scalars: [Unicode.Scalar]) -> String? {
        var linesSeen = 0
        var i = 0
        while i < tokens.count, linesSeen < 3 {
            var j = i + 1
            while j < tokens.count, !tokens[j].startsLine { j += 1 }
            if mask[i..<j].contains(true) {
                linesSeen += 1
                let words = tokens[i..<j].filter(\.isWord).count
                // a byline keeps only its author: not a headline
                if mask[i], words >= 3, words <= 30, tokens[j - 1].text != "." {
                    return text(scalars, TextSpan(start: tokens[i].span.start, end: tokens[j - 1].span.end))
                }
            }
            i = j
        }
        return nil
    }
}
