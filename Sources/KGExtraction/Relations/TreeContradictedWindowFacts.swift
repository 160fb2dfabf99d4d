import KGModel

/// Word-window facts the dependency tree contradicts, dropped.
///
/// The window guesses an act's actor as the nearest name to the left and its target as the nearest
/// to the right; the tree reads the clause. Where the tree states the same act over the same words
/// with another actor, the window's is usually a name inside the actor's phrase or a clause nearby
/// ("a former Norwegian minister, had shuttled between X and Y" is the minister's act, not
/// Norway's); with another target, a name further on ("would send Defense Secretary X to Saudi
/// Arabia" sends X to Saudi Arabia). The window's fact stays when its end and the tree's are items
/// of one list (the tree often keeps one of "Brazil, Colombia and Argentina"), and when its actor is
/// a person (the tree may name the person's country instead: "U.S. Secretary of State X praised").
///
/// ```swift
/// // "Turkish troops and their Syrian allies captured Tal Abyad": the window's Syria -capture->
/// // Tal Abyad is dropped, the tree's Turkey -capture-> Tal Abyad stays.
/// ```
enum TreeContradictedWindowFacts {
    /// `window` split into the facts `tree` leaves standing and those it contradicts, each in their order.
    ///
    /// `roles` are the sentence's role facts: a window fact whose end is the body of a person the
    /// tree makes an end of the same act is the body standing in for its holder ("The foreign
    /// ministers of Egypt and Jordan, X and Y, met": not Egypt -meet-> Y).
    static func partition(
        _ window: [Fact], contradictedBy tree: [Fact], in view: SentenceView, entities: [ExtractedEntity], roles: [Fact] = []
    ) -> (kept: [Fact], dropped: [Fact]) {
        guard !tree.isEmpty else { return (window, []) }
        // the tree's code for each act it states: "Kenya called Uganda a danger" is a naming (11), not
        // the appeal (02) the window reads for "called"
        var statedCodes: [Key: Set<CAMEOCode>] = [:]
        for t in tree where t.kind == .action { statedCodes[Key(subject: t.subject, action: t.action, object: t.object), default: []].insert(t.cameo) }
        var holders: [Int: Set<Int>] = [:]
        for role in roles where role.kind == .role { holders[role.object, default: []].insert(role.subject) }
        var kept: [Fact] = [], dropped: [Fact] = []
        for w in window {
            let codes = statedCodes[Key(subject: w.subject, action: w.action, object: w.object)]
            if w.kind != .action || codes?.contains(w.cameo) == true
                || codes == nil && !isContradicted(w, by: tree, in: view, entities: entities) && !standsInForHolder(w, by: tree, holders: holders)
            {
                kept.append(w)
            } else {
                dropped.append(w)
            }
        }
        return (kept, dropped)
    }

    /// Whether the tree states `w`'s act over the same words with another actor or another target.
    private static func isContradicted(_ w: Fact, by tree: [Fact], in view: SentenceView, entities: [ExtractedEntity]) -> Bool {
        let rivals = tree.filter { $0.kind == .action && $0.action == w.action && overlap($0.span, w.span) }
        let otherActor = rivals.contains { t in
            t.object == w.object && t.subject != w.subject && !isPerson(w.subject, entities)
                && !areListed(w.subject, t.subject, in: view)
        }
        let otherTarget = rivals.contains { t in
            t.subject == w.subject && t.object != w.object && !areListed(w.object, t.object, in: view)
        }
        return otherActor || otherTarget
    }

    /// Whether an end of `w` is a body whose holder (`holders`, by body) the tree makes an end of
    /// the same act ("Egypt -meet-> Y" and "X -meet-> Egypt" where the tree has X -meet-> Y and X
    /// holds a title of Egypt's).
    private static func standsInForHolder(_ w: Fact, by tree: [Fact], holders: [Int: Set<Int>]) -> Bool {
        guard !holders.isEmpty else { return false }
        return tree.contains { t in
            t.kind == .action && t.action == w.action
                && [w.subject, w.object].contains { end in
                    holders[end].map { $0.contains(t.subject) || $0.contains(t.object) } ?? false
                }
        }
    }

    private struct Key: Hashable {
        let subject: Int
        let action: String
        let object: Int
    }

    private static func overlap(_ a: TextSpan, _ b: TextSpan) -> Bool { a.start < b.end && b.start < a.end }

    private static func isPerson(_ entity: Int, _ entities: [ExtractedEntity]) -> Bool {
        entities.indices.contains(entity) && entities[entity].type == .person
    }

    /// Words that may stand between the items of a list of names.
    private static let listWords: Set<String> = [",", "and", "or", "&", "the"]

    /// Whether a mention of `a` and one of `b` are items of one list: only names, commas and
    /// conjunctions between them ("Belarus, Tajikistan and Kyrgyzstan").
    static func areListed(_ a: Int, _ b: Int, in view: SentenceView) -> Bool {
        let ofA = view.mentions.filter { $0.entities.contains(a) }, ofB = view.mentions.filter { $0.entities.contains(b) }
        for x in ofA {
            for y in ofB {
                let gap = x.range.upperBound <= y.range.lowerBound ? x.range.upperBound..<y.range.lowerBound : y.range.upperBound..<max(y.range.upperBound, x.range.lowerBound)
                if gap.allSatisfy({ view.mentionAt[$0] != nil || listWords.contains(view.lower($0)) }) { return true }
            }
        }
        return false
    }
}
