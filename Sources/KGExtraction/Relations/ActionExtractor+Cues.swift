/// The word classes the action rules look for. Open classes (verbs, nouns) are lists in
/// `Resources/Lexicons/word_lists.tsv`, read through `WordLists`; the closed grammatical classes
/// (quote marks, determiners, modals, forms of "be", conjunctions, prepositions) are complete
/// here, where the rule that reads them can be read with them.
extension ActionExtractor {
    /// Quotation marks, straight and curly, single and double, and guillemets.
    static let quoteMarks: WordSet = ["\"", "\u{201C}", "\u{201D}", "\u{AB}", "\u{BB}", "\u{2018}", "\u{2019}"]

    /// Determiners and possessives that open a noun phrase.
    static let determiners: WordSet = ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "'s", "any", "every"]

    /// Words that deny the verb they stand before: "not", "never", "refused", "declined", "failed".
    static let negations: WordSet = WordLists.wordSet("ActionExtractor.negations")

    /// Modals and conditional conjunctions: the act may not have happened ("must still persuade X" has not yet).
    static let hypotheticals: WordSet = ["might", "may", "could", "would", "should", "if", "whether", "unless", "can", "must"]

    /// Forms of "be": the passive's auxiliary.
    static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being", "'s"]

    /// Punctuation, subordinating conjunctions and relative pronouns that end the clause a verb's
    /// arguments are looked for in.
    static let clauseBreaks: WordSet = [
        ".", ";", ":", "that", "who", "which", "because", "but", "while", "when", "if",
        "although", "though", "whereas", "since", "until", "unless", "as", "where", "whether", "\u{201C}", "\u{201D}", "\"", "\u{AB}", "\u{BB}", "?", "!", "according",
    ]

    /// Prepositions that open the phrase an object may stand in.
    static let prepositions: WordSet = [
        "in", "on", "at", "of", "from", "to", "into", "against", "with", "for", "by", "about",
        "over", "under", "between", "among", "toward", "towards", "through", "across", "near", "after", "before", "within", "during", "like",
    ]

    /// Prepositions of place: the phrase after them is where something happens, a target only
    /// for a verb of motion ("crossed into X") or a blow.
    static let placePrepositions: WordSet = ["in", "at", "near", "inside", "within"]

    /// Conjunctions of time: the words after them tell of another event ("was condemned by Chile
    /// after Peru invaded").
    static let timeConjunctions: WordSet = ["after", "before", "as", "since", "until"]

    /// Verbs of moving or sending: "crossed into X" has X as its target.
    static let motionLemmas: WordSet = WordLists.wordSet("ActionExtractor.motionLemmas")
    /// Platforms an act is published on ("said on Twitter"): after "on" or "via", the medium, not a target.
    static let mediumNames: WordSet = WordLists.wordSet("ActionExtractor.mediumNames")
    /// The prepositions that name a medium before one of `mediumNames`.
    static let mediumPrepositions: WordSet = ["on", "via"]
    /// Adverbs that make "with" name a companion in the act, not its target: "along with X", "together with X".
    static let companionAdverbs: WordSet = ["along", "together"]

    /// Verbs whose object performs the infinitive after it: "urged Sudan to recognize X".
    static let objectControl: WordSet = WordLists.wordSet("ActionExtractor.objectControl")
    /// Control verbs that only ask for the act: "urged Sudan to recognize X" states no recognition
    /// ("ordered the army to enter X", "asked the ministry to negotiate with X" do count).
    static let appealControl: WordSet = WordLists.wordSet("ActionExtractor.appealControl")
    /// Verbs whose complement is a clause, never a side addressed: "insists Zelaya was removed" says
    /// something of Zelaya, it does nothing to him.
    static let clauseOnlyLemmas: WordSet = WordLists.wordSet("ActionExtractor.clauseOnlyLemmas")

    /// Words between a controlling verb or noun and "to V" that pass the actor through.
    static let transparent: WordSet = WordLists.wordSet("ActionExtractor.transparent")

    /// Past forms of verbs that are also common nouns: "the left", "a saw", "the ground".
    static let pastFormsSharedWithNouns: WordSet = WordLists.wordSet("ActionExtractor.pastFormsSharedWithNouns")

    /// Verb forms that work as prepositions or adjectives.
    static let nonVerbForms: WordSet = WordLists.wordSet("ActionExtractor.nonVerbForms")

    /// Verbs that report speech rather than act on whom they name.
    static let speechLemmas: WordSet = WordLists.wordSet("ActionExtractor.speechLemmas")

    /// Nouns naming a part of a place: "regions of Congo" is not Congo.
    static let partNouns: WordSet = WordLists.wordSet("ActionExtractor.partNouns")

    /// Verbs whose object may be an actor named through its act: "condemned Iran's decision".
    static let judgingLemmas: WordSet = WordLists.wordSet("ActionExtractor.judgingLemmas")

    /// Nouns for the people or bodies that act for a country: "warned Niger's junta" warns Niger.
    static let actingBodyNouns: WordSet = WordLists.wordSet("ActionExtractor.actingBodyNouns")

    /// Verbs whose that-clause states something denied: "denied that it had invaded X".
    static let denialForms: WordSet = WordLists.wordSet("ActionExtractor.denialForms")

    /// Verbs whose objects stand on both sides of a "between": "mediated between X and Y".
    static let goBetweenLemmas: WordSet = WordLists.wordSet("ActionExtractor.goBetweenLemmas")

    /// Words after a comma that open names a phrase includes (a closed class): "sanctions on officials,
    /// including X", "notably Y".
    static let inclusionWords: WordSet = ["including", "notably", "especially", "particularly"]

    /// Acts of a go-between, fused to their actor before a deal's noun: "EU-brokered deal".
    static let mediationLemmas: WordSet = ["broker", "mediate"]

    /// Nouns for a settlement: "struck a deal", "sealed an accord" are no blows.
    static let agreementNouns: WordSet = WordLists.wordSet("ActionExtractor.agreementNouns")

    /// Verbs whose object is an act done to their subject: "received a call from X", "faced criticism from X".
    static let receivingForms: WordSet = WordLists.wordSet("ActionExtractor.receivingForms")

    /// Nouns that count or group acts: "a new round of sanctions", "a wave of strikes".
    static let quantityNouns: WordSet = WordLists.wordSet("ActionExtractor.quantityNouns")

    /// Verb forms that, after "what" and their subject, hedge a name the writer does not make their
    /// own: "what he called aggression" (a closed class).
    static let hedgingForms: WordSet = ["called", "calls", "termed", "dubbed"]

    /// Nouns for private people, whom a demonym before them does not make a state's agents:
    /// "Turkish tourists", "Indian pilgrims", "Zambian students" (a closed class).
    static let privatePeopleNouns: WordSet = [
        "tourists", "pilgrims", "students", "fans", "businessmen", "migrants", "refugees", "workers", "residents", "villagers",
        "farmers", "traders", "fishermen", "travellers", "travelers", "passengers", "expatriates", "holidaymakers",
    ]

    /// Verbs that only support an action noun: "hold talks", "give a speech", "pay a visit".
    static let supportLemmas: WordSet = WordLists.wordSet("ActionExtractor.supportLemmas")

    /// Motion verbs whose direct object is what moves: "deploy troops", "send forces".
    static let themeLemmas: WordSet = WordLists.wordSet("ActionExtractor.themeLemmas")

    /// Verbs of appeal: "called for a meeting of X" addresses X.
    static let appealLemmas: WordSet = WordLists.wordSet("ActionExtractor.appealLemmas")

    /// Nouns of asking, offering or threatening whose "to" act is not done: "Hungary's request to
    /// sanction Poland", "an offer to mediate", "a threat to invade" (not "a decision to recognise").
    static let requestNouns: WordSet = [
        "request", "requests", "call", "calls", "demand", "demands", "appeal", "appeals", "plea", "pleas",
        "offer", "offers", "threat", "threats",
    ]

    /// Verbs whose subject also performs the action noun they govern: "ordered the deployment".
    static let lightLemmas: WordSet = WordLists.wordSet("ActionExtractor.lightLemmas")

    /// Prepositions after which a mention is no object of the verb before them.
    static let blockingPrepositions: WordSet = [
        "from", "by", "during", "after", "before", "like", "between", "among",
        "about", "under", "since", "until", "despite", "without", "than", "via",
        "amid", "amidst", "following", "ahead", "beyond", "besides",
    ]

    /// Verbs done together: "X and Y met" links X and Y.
    static let reciprocalLemmas: WordSet = WordLists.wordSet("ActionExtractor.reciprocalLemmas")

    /// Forms of light verbs that the CAMEO lexicon does not list.
    static let lightForms: WordSet = WordLists.wordSet("ActionExtractor.lightForms")

    /// Plural role nouns: "the leaders of X and Y" act for both.
    static let pluralRoles: WordSet = WordLists.wordSet("ActionExtractor.pluralRoles")

    /// Verbs that pass their actor to an infinitive but are not events themselves.
    static let controlOnly: WordSet = WordLists.wordSet("ActionExtractor.controlOnly")

    static let communicationNouns: WordTable<VerbEntry> = [
        "speech": VerbEntry(lemma: "speak", cameo: .makePublicStatement), "address": VerbEntry(lemma: "address", cameo: .makePublicStatement),
        "statement": VerbEntry(lemma: "state", cameo: .makePublicStatement), "letter": VerbEntry(lemma: "write", cameo: .makePublicStatement),
        "message": VerbEntry(lemma: "address", cameo: .makePublicStatement), "remarks": VerbEntry(lemma: "speak", cameo: .makePublicStatement),
    ]
}
