/// The word classes the action rules look for. Open classes (verbs, nouns) are lists in
/// `Resources/Lexicons/word_lists.tsv`, read through `WordLists`; the closed grammatical classes
/// (quote marks, determiners, modals, forms of "be", conjunctions, prepositions) are complete
/// here, where the rule that reads them can be read with them.
extension ActionExtractor {
    /// Quotation marks, straight and curly, single and double, and guillemets.
    static let quoteMarks: Set<String> = ["\"", "\u{201C}", "\u{201D}", "\u{AB}", "\u{BB}", "\u{2018}", "\u{2019}"]

    /// Determiners and possessives that open a noun phrase.
    static let determiners: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "'s", "any", "every"]

    /// Words that deny the verb they stand before: "not", "never", "refused", "failed".
    static let negations: Set<String> = WordLists.set("ActionExtractor.negations")

    /// Modals and conditional conjunctions: the act may not have happened.
    static let hypotheticals: Set<String> = ["might", "may", "could", "would", "should", "if", "whether", "unless", "can"]

    /// Forms of "be": the passive's auxiliary.
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s"]

    /// Punctuation, subordinating conjunctions and relative pronouns that end the clause a verb's
    /// arguments are looked for in.
    static let clauseBreaks: Set<String> = [
        ".", ";", ":", "that", "who", "which", "because", "but", "while", "when", "if",
        "although", "though", "whereas", "since", "until", "unless", "as", "\u{201C}", "\u{201D}", "\"", "\u{AB}", "\u{BB}", "?", "!", "according",
    ]

    /// Prepositions that open the phrase an object may stand in.
    static let prepositions: Set<String> = [
        "in", "on", "at", "of", "from", "to", "into", "against", "with", "for", "by", "about",
        "over", "under", "between", "among", "toward", "towards", "through", "across", "near", "after", "before", "within", "during", "like",
    ]

    /// Prepositions of place: the phrase after them is where something happens, a target only
    /// for a verb of motion ("crossed into X") or a blow.
    static let placePrepositions: Set<String> = ["in", "at", "near", "inside", "within"]

    /// Conjunctions of time: the words after them tell of another event ("was condemned by Chile
    /// after Peru invaded").
    static let timeConjunctions: Set<String> = ["after", "before", "as", "since", "until"]

    /// Verbs of moving or sending: "crossed into X" has X as its target.
    static let motionLemmas: Set<String> = WordLists.set("ActionExtractor.motionLemmas")

    /// Verbs whose object performs the infinitive after it: "urged Sudan to recognize X".
    static let objectControl: Set<String> = WordLists.set("ActionExtractor.objectControl")

    /// Words between a controlling verb or noun and "to V" that pass the actor through.
    static let transparent: Set<String> = WordLists.set("ActionExtractor.transparent")

    /// Past forms of verbs that are also common nouns: "the left", "a saw", "the ground".
    static let pastFormsSharedWithNouns: Set<String> = WordLists.set("ActionExtractor.pastFormsSharedWithNouns")

    /// Verb forms that work as prepositions or adjectives.
    static let nonVerbForms: Set<String> = WordLists.set("ActionExtractor.nonVerbForms")

    /// Verbs that report speech rather than act on whom they name.
    static let speechLemmas: Set<String> = WordLists.set("ActionExtractor.speechLemmas")

    /// Nouns naming a part of a place: "regions of Congo" is not Congo.
    static let partNouns: Set<String> = WordLists.set("ActionExtractor.partNouns")

    /// Verbs whose object may be an actor named through its act: "condemned Iran's decision".
    static let judgingLemmas: Set<String> = WordLists.set("ActionExtractor.judgingLemmas")

    /// Nouns for the people or bodies that act for a country: "warned Niger's junta" warns Niger.
    static let actingBodyNouns: Set<String> = WordLists.set("ActionExtractor.actingBodyNouns")

    /// Verbs whose that-clause states something denied: "denied that it had invaded X".
    static let denialForms: Set<String> = WordLists.set("ActionExtractor.denialForms")

    /// Verbs whose objects stand on both sides of a "between": "mediated between X and Y".
    static let goBetweenLemmas: Set<String> = WordLists.set("ActionExtractor.goBetweenLemmas")

    /// Nouns for a settlement: "struck a deal", "sealed an accord" are no blows.
    static let agreementNouns: Set<String> = WordLists.set("ActionExtractor.agreementNouns")

    /// Verbs whose object is an act done to their subject: "received a call from X", "faced criticism from X".
    static let receivingForms: Set<String> = WordLists.set("ActionExtractor.receivingForms")

    /// Nouns that count or group acts: "a new round of sanctions", "a wave of strikes".
    static let quantityNouns: Set<String> = WordLists.set("ActionExtractor.quantityNouns")

    /// Verbs that only support an action noun: "hold talks", "give a speech", "pay a visit".
    static let supportLemmas: Set<String> = WordLists.set("ActionExtractor.supportLemmas")

    /// Motion verbs whose direct object is what moves: "deploy troops", "send forces".
    static let themeLemmas: Set<String> = WordLists.set("ActionExtractor.themeLemmas")

    /// Verbs of appeal: "called for a meeting of X" addresses X.
    static let appealLemmas: Set<String> = WordLists.set("ActionExtractor.appealLemmas")

    /// Verbs whose subject also performs the action noun they govern: "ordered the deployment".
    static let lightLemmas: Set<String> = WordLists.set("ActionExtractor.lightLemmas")

    /// Prepositions after which a mention is no object of the verb before them.
    static let blockingPrepositions: Set<String> = [
        "from", "by", "during", "after", "before", "like", "between", "among",
        "about", "under", "since", "until", "despite", "without", "than", "via",
        "amid", "amidst", "following", "ahead", "beyond", "besides",
    ]

    /// Verbs done together: "X and Y met" links X and Y.
    static let reciprocalLemmas: Set<String> = WordLists.set("ActionExtractor.reciprocalLemmas")

    /// Forms of light verbs that the CAMEO lexicon does not list.
    static let lightForms: Set<String> = WordLists.set("ActionExtractor.lightForms")

    /// Plural role nouns: "the leaders of X and Y" act for both.
    static let pluralRoles: Set<String> = WordLists.set("ActionExtractor.pluralRoles")

    /// Verbs that pass their actor to an infinitive but are not events themselves.
    static let controlOnly: Set<String> = WordLists.set("ActionExtractor.controlOnly")

    static let communicationNouns: [String: VerbEntry] = [
        "speech": VerbEntry(lemma: "speak", cameo: .makePublicStatement), "address": VerbEntry(lemma: "address", cameo: .makePublicStatement),
        "statement": VerbEntry(lemma: "state", cameo: .makePublicStatement), "letter": VerbEntry(lemma: "write", cameo: .makePublicStatement),
        "message": VerbEntry(lemma: "address", cameo: .makePublicStatement), "remarks": VerbEntry(lemma: "speak", cameo: .makePublicStatement),
    ]
}
