/// The word classes the action rules look for.
extension ActionExtractor {
    static let quoteMarks: Set<String> = ["\"", "\u{201C}", "\u{201D}", "\u{AB}", "\u{BB}", "\u{2018}", "\u{2019}"]

    static let determiners: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "'s", "any", "every"]

    static let negations: Set<String> = ["not", "n't", "never", "no", "neither", "nor", "without", "unlikely", "refused", "failed"]

    static let hypotheticals: Set<String> = ["might", "may", "could", "would", "should", "if", "whether", "unless", "can"]

    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s"]

    static let clauseBreaks: Set<String> = [
        ".", ";", ":", "that", "who", "which", "because", "but", "while", "when", "if",
        "although", "though", "whereas", "since", "until", "unless", "as", "\u{201C}", "\u{201D}", "\"", "\u{AB}", "\u{BB}", "?", "!", "according",
    ]

    static let prepositions: Set<String> = [
        "in", "on", "at", "of", "from", "to", "into", "against", "with", "for", "by", "about",
        "over", "under", "between", "among", "toward", "towards", "through", "across", "near", "after", "before", "within", "during", "like",
    ]

    static let motionLemmas: Set<String> = [
        "cross", "enter", "move", "head", "send", "deploy", "dispatch", "march", "station", "mass",
        "order", "withdraw", "advance", "invade", "transfer", "relocate", "mobilize", "mobilise", "push",
    ]

    static let objectControl: Set<String> = [
        "order", "ask", "urge", "instruct", "request", "call", "tell", "force", "invite",
        "encourage", "allow", "authorize", "authorise", "push", "press", "warn", "direct", "command",
    ]

    /// Words between a controlling verb or noun and "to V" that pass the actor through.
    static let transparent: Set<String> = [
        "to", "want", "wants", "wanted", "try", "tries", "trying", "tried", "continue",
        "continues", "continued", "prepare", "prepares", "preparing", "prepared", "begin", "begins",
        "began", "plan", "plans", "planned", "planning", "decide", "decided", "decides", "seek",
        "seeks", "sought", "going", "is", "are", "was", "were", "still", "also", "has", "have",
        "had", "decision", "move", "plan", "attempt", "bid", "intention", "readiness", "efforts",
        "effort", "agreed", "agrees", "offered", "offers", "pledged", "promised", "threatened",
        "vowed", "expected", "set", "ready", "moved", "moves", "formally", "already", "will", "once",
        "again", "now", "then", "immediately", "able", "intends", "intend", "aims", "aim",
    ]

    /// Past forms of verbs that are also common nouns: "the left", "a saw", "the ground".
    static let pastFormsSharedWithNouns: Set<String> = ["left", "saw", "felt", "found", "ground", "bore", "wound", "fell", "lay", "rose", "bid", "cast", "set", "spent", "shed"]

    /// Verb forms that work as prepositions or adjectives.
    static let nonVerbForms: Set<String> = [
        "according", "including", "regarding", "concerning", "following", "given",
        "based", "considering", "pending", "during", "excluding", "alleged", "so-called",
    ]

    static let speechLemmas: Set<String> = ["say", "state", "add", "note", "stress", "report", "announce", "declare", "quote"]

    /// Nouns naming a part of a place: "regions of Congo" is not Congo.
    static let partNouns: Set<String> = [
        "region", "regions", "area", "areas", "part", "parts", "territory", "territories",
        "east", "west", "north", "south", "city", "cities", "town", "towns", "province",
        "provinces", "border", "borders", "republic", "republics", "districts", "district",
    ]

    /// Verbs whose object may be an actor named through its act: "condemned Iran's decision".
    static let judgingLemmas: Set<String> = [
        "condemn", "criticize", "criticise", "denounce", "reject", "welcome", "support",
        "praise", "recognize", "recognise", "dismiss", "regret", "oppose", "back",
        "endorse", "slam", "blame", "deplore", "protest", "applaud", "hail", "deny", "consider",
    ]

    /// Nouns for the people or bodies that act for a country: "warned Niger's junta" warns Niger.
    static let actingBodyNouns: Set<String> = [
        "government", "junta", "regime", "army", "military", "forces", "troops", "navy",
        "leaders", "leader", "leadership", "authorities", "officials", "diplomats",
        "ambassador", "envoy", "embassy", "administration", "cabinet", "parliament",
    ]

    /// Verbs whose that-clause states something denied: "denied that it had invaded X".
    static let denialForms: Set<String> = ["deny", "denies", "denied", "denying", "dismissed", "rejected", "refuted"]

    /// Verbs whose objects stand on both sides of a "between": "mediated between X and Y".
    static let goBetweenLemmas: Set<String> = ["mediate", "broker", "arbitrate", "negotiate", "facilitate"]

    /// Nouns for a settlement: "struck a deal", "sealed an accord" are no blows.
    static let agreementNouns: Set<String> = [
        "deal", "deals", "agreement", "agreements", "accord", "accords", "pact", "truce",
        "ceasefire", "cease-fire", "bargain", "compromise", "settlement",
    ]

    /// Verbs whose object is an act done to their subject: "received a call from X", "faced criticism from X".
    static let receivingForms: Set<String> = [
        "received", "receives", "receive", "receiving", "got", "gets", "faced", "faces",
        "face", "facing", "drew", "draws", "drawing", "attracted", "attracts",
    ]

    /// Nouns that count or group acts: "a new round of sanctions", "a wave of strikes".
    static let quantityNouns: Set<String> = [
        "round", "package", "wave", "series", "set", "raft", "string", "spate", "volley",
        "barrage", "number", "batch", "list",
    ]

    /// Verbs that only support an action noun: "hold talks", "give a speech", "pay a visit".
    static let supportLemmas: Set<String> = [
        "hold", "give", "conduct", "pay", "make", "take", "have", "carry", "stage", "mount",
        "express", "voice",
    ]

    /// Motion verbs whose direct object is what moves: "deploy troops", "send forces".
    static let themeLemmas: Set<String> = [
        "deploy", "send", "dispatch", "move", "station", "mass", "transfer", "mobilize",
        "mobilise", "withdraw", "relocate", "redeploy",
    ]

    /// Verbs of appeal: "called for a meeting of X" addresses X.
    static let appealLemmas: Set<String> = ["call", "ask", "appeal", "urge", "request", "demand", "press", "push"]

    /// Verbs whose subject also performs the action noun they govern: "ordered the deployment".
    static let lightLemmas: Set<String> = [
        "order", "launch", "conduct", "carry", "stage", "announce", "reach", "begin", "start",
        "make", "give", "hold", "authorize", "authorise", "approve", "sign", "mount",
        "complete", "finalize", "propose", "offer", "pledge", "promise", "decide", "plan",
        "continue", "step", "intensify", "escalate", "resume", "declare", "impose", "extend",
        "issue", "deliver", "provide", "seek", "sign", "instruct", "direct", "express", "voice", "hold", "pay",
    ]

    static let blockingPrepositions: Set<String> = [
        "from", "by", "during", "after", "before", "like", "between", "among",
        "about", "under", "since", "until", "despite", "without", "than", "via",
        "amid", "amidst", "following", "ahead", "beyond", "besides",
    ]

    static let reciprocalLemmas: Set<String> = [
        "meet", "negotiate", "consult", "clash", "fight", "talk", "agree", "sign",
        "cooperate", "reconcile", "confer",
    ]

    /// Forms of light verbs that the CAMEO lexicon does not list.
    static let lightForms: Set<String> = [
        "begin", "begins", "began", "begun", "beginning", "start", "starts", "started",
        "starting", "hold", "holds", "held", "holding", "make", "makes", "made", "making",
        "conduct", "conducts", "conducted", "carry", "carried", "launch", "launched",
    ]

    static let pluralRoles: Set<String> = [
        "leaders", "presidents", "ministers", "officials", "representatives",
        "delegates", "envoys", "governments", "authorities", "heads", "commanders",
    ]

    /// Verbs that pass their actor to an infinitive but are not events themselves.
    static let controlOnly: Set<String> = ["want", "try", "continue", "prepare", "begin", "plan", "decide", "seek", "start", "need", "hope", "wish", "intend"]

    static let communicationNouns: [String: VerbEntry] = [
        "speech": VerbEntry(lemma: "speak", cameo: .makePublicStatement), "address": VerbEntry(lemma: "address", cameo: .makePublicStatement),
        "statement": VerbEntry(lemma: "state", cameo: .makePublicStatement), "letter": VerbEntry(lemma: "write", cameo: .makePublicStatement),
        "message": VerbEntry(lemma: "address", cameo: .makePublicStatement), "remarks": VerbEntry(lemma: "speak", cameo: .makePublicStatement),
    ]
}
