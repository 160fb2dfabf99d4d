import KGModel

/// Several title holders listed after one plural title, each with the body they serve: "The
/// foreign ministers, Nikos Kotzias of Greece and Nikola Dimitrov of Macedonia, signed", "Presidents
/// X of Ghana and Y of Nigeria flew in".
///
/// ```swift
/// // "The heads of the two services, Ali Khan of Chad and Jane Doe of Niger, met."
/// // -> Fact(Ali Khan, "head", Chad), Fact(Jane Doe, "head", Niger)
/// ```
extension RoleExtractor {
    /// Words between the plural title and the comma that opens the list, at most ("the heads of the
    /// two countries' security services ,").
    static let pluralTitleToListWords = 10

    /// The facts of "PLURAL TITLE ..., PERSON of BODY, PERSON of BODY and PERSON of BODY".
    func listedHolders(_ s: SentenceView, _ facts: inout [Fact]) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let pluralRoles = ActionExtractor.pluralRoles
        for i in s.range where s.lower(i, isIn: pluralRoles) && s.mentionAt[i] == nil {
            guard let comma = (i + 1..<min(s.range.upperBound, i + 1 + Self.pluralTitleToListWords)).first(where: { s.lower($0, is: ",") || s.mentionAt[$0].map { s.mentions[$0].type == .person } == true }),
                // ("Presidents X of Ghana, Y of Nigeria and Z of Senegal": the list right after the title)
                s.lower(comma, is: ",") || comma == i + 1
            else { continue }
            let title = String(s.lower(i).dropLast())
            var j = s.lower(comma, is: ",") ? comma + 1 : comma
            var holders: [(person: Int, body: Int)] = []
            var listed = false
            while let p = s.mention(startingAt: j), s.mentions[p].type == .person, s.lower(s.mentions[p].range.upperBound, is: "of") {
                var b = s.mentions[p].range.upperBound + 1
                if s.lower(b, is: "the") { b += 1 }
                guard let body = s.mention(startingAt: b), [.country, .organization].contains(s.mentions[body].type) else { break }
                holders.append((p, body))
                j = s.mentions[body].range.upperBound
                if s.lower(j, is: ",") { j += 1 }
                if s.lower(j, is: "and") { j += 1; listed = true }
            }
            // one holder alone is an apposition of its own ("The ministers, X of Y, and ..."): a list goes on
            guard holders.count >= 2 || listed else { continue }
            for (p, body) in holders {
                Self.addRole(
                    s.mentions[p].entity, title, s.mentions[body].entity, in: s, from: s.mentions[p].range.lowerBound, to: s.mentions[body].range.upperBound,
                    confidence: FactConfidence.Role.apposition, into: &facts)
            }
        }
    }

    /// The facts of "PLURAL TITLE of BODY, BODY and BODY, PERSON, PERSON and PERSON": as many
    /// people as bodies, each the holder for the body in the same place of its list ("The
    /// presidents of Chad and Niger, Ali Khan and Jane Doe, met").
    ///
    /// ```swift
    /// // "The foreign ministers of Chad and Niger, Ali Khan and Jane Doe, met."
    /// // -> Fact(Ali Khan, "minister", Chad), Fact(Jane Doe, "minister", Niger)
    /// ```
    func respectiveHolders(_ s: SentenceView, _ facts: inout [Fact]) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let pluralRoles = ActionExtractor.pluralRoles
        for i in s.range where s.lower(i, isIn: pluralRoles) && s.mentionAt[i] == nil && s.lower(i + 1, is: "of") {
            let bodyStart = s.lower(i + 2, is: "the") ? i + 3 : i + 2
            let bodies = s.mentionList(from: bodyStart) { [.country, .organization].contains($0.type) }
            guard bodies.members.count >= 2, s.lower(bodies.end, is: ",") else { continue }
            let people = s.mentionList(from: bodies.end + 1) { $0.type == .person }
            guard people.members.count == bodies.members.count, s.range.contains(people.end) ? s.lower(people.end, isIn: Self.appositionTitleEnds) : true else {
                continue
            }
            let title = String(s.lower(i).dropLast())
            for (p, body) in zip(people.members, bodies.members) {
                Self.addRole(
                    s.mentions[p].entity, title, s.mentions[body].entity, in: s, from: i, to: s.mentions[p].range.upperBound,
                    confidence: FactConfidence.Role.apposition, into: &facts)
            }
        }
    }
}
