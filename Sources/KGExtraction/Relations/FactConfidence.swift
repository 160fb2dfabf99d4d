/// How sure the extractor is of a fact, by the construction that states it: the weights every
/// relation rule draws from.
///
/// Users filter on the number (`WHERE r.confidence >= 0.8`), so the rules share one hand-set
/// scale, and what matters is its order: a fact stated outright (a title beside a name, a verb
/// with its subject and object) ranks above one the reader pieces together (an apposition, a side
/// clause, a noun for the act), and that above a guess (a bare title's country, a speaker taken
/// from another verb). A fact then loses a little for each word its evidence spans and for an end
/// that stands in for entities named earlier, down to `floor`.
///
/// ```swift
/// FactConfidence.Role.titleBesideName  // 0.9: "Kenyan President Amina Odhiambo"
/// FactConfidence.Window.activeClause   // 0.85: "Kenya condemned Uganda"
/// ```
enum FactConfidence {
    /// No fact goes below this, however far apart its ends: the sentence still states it.
    static let floor = 0.3
    /// Subtracted when an end is a phrase standing for places named earlier ("the two regions",
    /// "both"): the phrase may point elsewhere.
    static let standInPenalty = 0.15
    /// Subtracted when an end is a pronoun taken for an entity named earlier ("he told CTV"): the
    /// antecedent is a guess from where names stand.
    static let pronounPenalty = 0.1
    /// The share of an act on an envoy's confidence that its copy on the envoy's state keeps
    /// (`EnvoyStates`): a third of such acts on the tuning sets leave the state out.
    static let envoyStateShare = 0.85

    /// Roles: a person's office in a body, a body's membership (`RoleExtractor`).
    enum Role {
        /// Title, body and name in one phrase: "Kenyan President Amina Odhiambo", "President Kofi
        /// Mensah of Ghana".
        static let titleBesideName = 0.9
        /// Joined by a comma: "Marta Ruiz, the European Union's High Commissioner", "The Élysée
        /// spokesperson, Claire Dubois"; a comma also separates the items of a list.
        static let apposition = 0.8
        /// Said by a verb in a side clause: "X, who heads Y", "the Council, led by X", "X, which
        /// includes Y", "Y is a member of X"; the clause may hang on another noun.
        static let sideClause = 0.7
        /// A title with no body beside it ("Prime Minister Jane Doe said"): the body is the country
        /// the document is mostly about, a guess.
        static let documentCountry = 0.5
    }

    /// Actions read from the words around a verb or an action noun (`ActionExtractor`).
    enum Window {
        /// "Kenya condemned Uganda": subject, verb and object in their usual order.
        static let activeClause = 0.85
        /// "Uganda was condemned by Kenya": the actor comes after the verb, past words that may
        /// belong to another phrase.
        static let passiveClause = 0.75
        /// "Iranian-backed Houthis": the actor fused onto a participle before the one acted on.
        static let fusedParticiple = 0.75
        /// "Kenya and Uganda met": a reciprocal verb links its coordinated subjects.
        static let reciprocalSubjects = 0.7
        /// "Kenya told CNN": a speech verb and whom it addresses.
        static let speechAddressee = 0.7
        /// "Turkey's recognition of Northern Cyprus": a noun names the act.
        static let actionNoun = 0.7
        /// "the spokesman was quoted by Reuters", "Y received a call from X": the act read
        /// backwards through another verb.
        static let readBackwards = 0.65
        /// "in a televised address to the nation, X said": the speaker comes from another verb.
        static let speakerFromAnotherVerb = 0.6
        /// "Tehran denies the charge": the accuser is taken from an earlier sentence's accusation.
        static let deniedCharge = 0.6
        /// Subtracted per word the evidence spans: the further apart, the likelier a misread.
        static let perWordOfSpan = 0.01
    }

    /// Actions read from the dependency tree (`TreeActionExtractor`): a fact takes the least of its
    /// construction's weight and its two arguments' weights.
    enum Tree {
        /// "Kenya condemned Uganda": a verb with a subject and an object.
        static let activeClause = 0.85
        /// "Uganda was condemned by Kenya".
        static let passiveClause = 0.8
        /// "Japan followed the United States": a verb no lexicon codes, between its agent and object.
        static let uncodedClause = 0.6
        /// "Armenia and Azerbaijan met": a reciprocal verb links its coordinated subjects.
        static let reciprocalClause = 0.7
        /// "Turkey's recognition of Northern Cyprus", "mediators between Colombia and the rebels".
        static let actionNoun = 0.7
        /// "talks between Armenia and Azerbaijan": a reciprocal act named by a noun, no actor.
        static let reciprocalNoun = 0.65

        /// An argument in a core relation to its verb: the subject, the object.
        static let coreArgument = 0.9
        /// A passive's agent ("by X") or subject, or the object or addressee that controls an
        /// infinitive ("urged Sudan to recognize Eritrea").
        static let passiveOrControllingArgument = 0.85
        /// An argument reached through an attachment: the noun a relative or participle clause
        /// hangs on, a prepositional phrase, a noun's possessor or `by` phrase.
        static let attachedArgument = 0.8
        /// "imposed sanctions on Belarus": the target hangs on the verb that performs the noun's act.
        static let performingVerbTarget = 0.75
        /// "US sanctions": a national or named modifier of the act noun, which may only classify it.
        static let modifierActor = 0.7
        /// "X said it would ...": `it` taken for the speaking country or body.
        static let pronounSpeaker = 0.7

        /// Subtracted from an argument taken from another word: an infinitive's controller, the
        /// actor of the verb performing a noun's act, the target of a threatened act.
        static let inheritedPenalty = 0.1
        /// Subtracted from the second and later of coordinated arguments ("Chile, Peru and Bolivia").
        static let laterConjunctPenalty = 0.05
        /// Subtracted for the person named inside a titled phrase ("NATO Secretary General Jens
        /// Stoltenberg"), or the country behind those acting for it ("Russian forces").
        static let actingForPenalty = 0.05
        /// Subtracted for the country behind an act that is judged ("condemned Iran's decision").
        static let judgedActPenalty = 0.15
        /// Subtracted per word the evidence spans; half the window's, as the tree reads structure.
        static let perWordOfSpan = 0.005
        /// Speech verbs keep only arguments at least this sure: "say" reaches an entity named
        /// outright, not a country through its troops.
        static let speechArgumentMinimum = 0.8
    }
}
