import KGModel

/// Acts on an envoy that are acts on the state the envoy serves, and a deadline to leave read as
/// an expulsion.
///
/// "Somalia expelled Ethiopia's envoy, Muktar Mohamed Ware" expels the man and, through him,
/// Ethiopia's mission: the guidelines' annotators mostly give both ends an act (on the tuning sets
/// two thirds of the acts on a named envoy carry the envoy's state too: about three in four
/// summonses and expulsions, all seven deadlines to leave). "gave Syria's charge d'affaires seven
/// days to leave" is no gift (06) but an
/// expulsion (16), as is declaring an envoy persona non grata.
///
/// ```swift
/// // "Britain summoned Syria's charge d'affaires, Ghassan Dalla." -> Britain -summon-> Ghassan Dalla,
/// // and Britain -summon-> Syria
/// ```
enum EnvoyStates {
    /// Lemmas of acts on an envoy that reach the envoy's state: summoning, expelling, declaring
    /// persona non grata, ordering out, giving a deadline to leave.
    static let envoyActs: WordSet = ["summon", "expel", "declare", "order", "give", "throw out"]

    /// Titles of a state's envoys (words of the role's name).
    static let envoyTitles: WordSet = ["ambassador", "envoy", "charge", "chargé", "diplomat", "consul", "attache", "attaché", "nuncio"]

    /// Whole titles of a state's envoys whose words alone name none: a Commonwealth state's envoy to
    /// another ("Pakistan's high commissioner").
    static let envoyTitlePhrases: WordSet = ["high commissioner", "deputy high commissioner", "acting high commissioner"]

    /// Words of a deadline to leave after "give" ("72 hours to leave").
    static let deadlineUnits: WordSet = ["hour", "hours", "day", "days", "week", "weeks"]
    static let leavingVerbs: WordSet = ["leave", "depart", "quit"]

    /// `facts` (one sentence's, whose text `sentence` gives, asked only when a fact may need it) with
    /// a deadline to leave coded as an expulsion and each act on an envoy repeated on the state the
    /// sentence says the envoy serves.
    static func adding(to facts: [Fact], entities: [ExtractedEntity], sentence: () -> String) -> [Fact] {
        let text = facts.contains { $0.action == "give" || $0.action == "declare" } ? sentence() : ""
        let deadline = facts.contains { $0.action == "give" } && isDeadlineToLeave(text)
        let unwelcome = facts.contains { $0.action == "declare" } && text.lowercased().contains("persona non grata")
        var out = facts.map { fact -> Fact in
            guard fact.kind == .action, fact.action == "give" && deadline || fact.action == "declare" && unwelcome else { return fact }
            var expulsion = fact
            expulsion.cameo = .root(.reduceRelations)
            return expulsion
        }
        let served = facts.filter { fact in
            fact.kind == .role && entities.indices.contains(fact.object) && entities[fact.object].type == .country
                && (fact.action.split(separator: " ").contains { envoyTitles.contains(String($0)) } || envoyTitlePhrases.contains(fact.action))
        }
        guard !served.isEmpty else { return out }
        for fact in out where fact.kind == .action && envoyActs.contains(fact.action) {
            // ("give" only as a deadline to leave, "declare" only persona non grata: a gift to an envoy
            // or a statement about one is no act on the state)
            if fact.action == "give" || fact.action == "declare", fact.cameo != .root(.reduceRelations) { continue }
            for role in served where role.subject == fact.object && role.object != fact.subject {
                var onState = fact
                onState.object = role.object
                onState.confidence = fact.confidence * FactConfidence.envoyStateShare
                if !out.contains(where: { $0.subject == onState.subject && $0.action == onState.action && $0.object == onState.object }) {
                    out.append(onState)
                }
            }
        }
        return out
    }

    /// Whether `text` gives a deadline to leave: "72 hours to leave", "seven days to depart".
    static func isDeadlineToLeave(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        guard words.count >= 3 else { return false }
        for i in 0..<(words.count - 2) where deadlineUnits.contains(words[i]) && words[i + 1] == "to" && leavingVerbs.contains(words[i + 2]) {
            return true
        }
        return false
    }
}
