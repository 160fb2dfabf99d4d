import KGModel

/// "the Russian leader", "the Musavat leader", "the Bolivian president": a description of the one
/// person the document has already titled so, standing for that person.
///
/// News names a leader once with the title ("Russian President Vladimir Putin") and later describes
/// him by his state or body; the rules would otherwise read the description as the state ("Erdogan
/// welcomed the Russian leader" as an act toward Russia). Only a description the document's roles
/// so far fit one person is read so; with none or several, the words are left as they were.
///
/// ```swift
/// // "Russian President Vladimir Putin arrived. Erdogan welcomed the Russian leader."
/// //   "the Russian leader" -> Vladimir Putin
/// ```
struct LeaderDescriptions {
    /// The people each (state or body, title) has been given by the roles read so far.
    private var holders: [Key: Set<Int>] = [:]

    private struct Key: Hashable {
        var entity: Int
        var title: String
    }

    /// Titles a "leader" describes: of a state's head (`LeaderGovernments.leadingTitles`) or a body's.
    static let leaderTitles: WordSet = LeaderGovernments.leadingTitles.union(["chairman", "chairwoman", "head", "chief"])

    /// The lower-case nouns (a closed class) a description may end in, and whether each stands for
    /// any leader's title ("leader") or for its own only ("president").
    static let describingNouns: [String: Bool] = [
        "leader": true, "president": false, "premier": false, "chancellor": false, "king": false, "emir": false, "chairman": false,
    ]

    /// The people each title has been given by the roles read so far, whatever they hold it in.
    private var holdersOfTitle: [String: Set<Int>] = [:]

    /// Whether a name or a body's "of" follows a description at token `i`: "the Russian leader,
    /// Vladimir Putin", "the president X", "the president of X" are no description of their own.
    static func nameOrBodyFollows(_ tokens: [Token], at i: Int, range: Range<Int>) -> Bool {
        guard i < range.upperBound else { return false }
        let next = tokens[i]
        return next.isWord && next.isCapitalized || next.text == "," && i + 1 < range.upperBound && tokens[i + 1].isCapitalized || next.lower == "of"
    }

    /// Records the role facts of a sentence: each person titled of a state or body.
    mutating func record(_ roleFacts: [Fact]) {
        for fact in roleFacts where fact.kind == .role && Self.leaderTitles.contains(fact.action) {
            holders[Key(entity: fact.object, title: fact.action), default: []].insert(fact.subject)
            holders[Key(entity: fact.object, title: "leader"), default: []].insert(fact.subject)
            holdersOfTitle[fact.action, default: []].insert(fact.subject)
        }
    }

    /// Records the bare titles of a sentence ("Prime Minister Jane Doe"): each person titled, in no
    /// state yet (not one who may hold the title no longer: "a former prime minister", "had been president").
    mutating func record(_ bare: [RoleExtractor.BareTitle]) {
        for title in bare where !title.mayBeFormer && Self.leaderTitles.contains(title.role) {
            holdersOfTitle[title.role, default: []].insert(title.person)
        }
    }

    /// Words (a closed class) that may stand between "the" and a title the description is made of:
    /// "the new president", "the outgoing prime minister".
    static let describingModifiers: WordSet = ["new", "outgoing"]

    /// "a charge the prime minister rejected", "congratulations to the new president": "the" and a
    /// leader's title with no state, body or name beside it stands for the one person the document's
    /// roles so far give that title; with none or several, nothing. Returns the sentence's extra spans.
    func bareDescriptions(_ tokens: [Token], range: Range<Int>, mentions: [SentenceView.Span], roles: [RoleSpan]) -> [SentenceView.Span] {
        guard !holdersOfTitle.isEmpty else { return [] }
        var out: [SentenceView.Span] = []
        for role in roles where Self.leaderTitles.contains(role.name) && role.name != "leader" {
            var the = role.range.lowerBound - 1
            if the > range.lowerBound, tokens.lower(the, isIn: Self.describingModifiers) { the -= 1 }
            let end = role.range.upperBound
            guard the >= range.lowerBound, tokens[the].lower == "the",
                let people = holdersOfTitle[role.name], people.count == 1, let person = people.first,
                !mentions.contains(where: { $0.range.overlaps(the..<(end + 1)) })
            else { continue }
            // "the president of X", "the prime minister, X", "the president X": a name or body follows
            if Self.nameOrBodyFollows(tokens, at: end, range: range) { continue }
            out.append(SentenceView.Span(range: the..<end, entity: person, type: .person, modifierOnly: false, isDemonym: false, isPronoun: true))
        }
        return out
    }

    /// The sentence's mentions with each description of a titled person ("the" + a state's, demonym's
    /// or body's mention + a describing noun, no name after it) replaced by that person.
    func resolving(_ tokens: [Token], range: Range<Int>, mentions: [SentenceView.Span]) -> [SentenceView.Span] {
        guard !holders.isEmpty else { return mentions }
        var out = mentions
        for (index, m) in mentions.enumerated().reversed() where m.group.isEmpty && m.type != .person && m.type != .location {
            let start = m.range.lowerBound, end = m.range.upperBound
            guard start - 1 >= range.lowerBound, tokens[start - 1].lower == "the", end < range.upperBound,
                let anyLeader = Self.describingNouns[tokens[end].lower], !tokens[end].isCapitalized
            else { continue }
            // "the Russian leader, Vladimir Putin," or "the Russian President Putin": the name follows, no description
            if Self.nameOrBodyFollows(tokens, at: end + 1, range: range) { continue }
            let title = anyLeader ? "leader" : tokens[end].lower
            guard let people = holders[Key(entity: m.entity, title: title)], people.count == 1, let person = people.first else { continue }
            out[index] = SentenceView.Span(
                range: (start - 1)..<(end + 1), entity: person, type: .person, modifierOnly: false, isDemonym: false, isPronoun: true)
        }
        return out
    }
}
