/// Finds roles stated by titles and appositions.
///
/// - `Russian President Vladimir Putin`, `NATO Secretary-General Jens Stoltenberg`,
///   `Ukraine's President Volodymyr Zelensky` -> person role body
/// - `US Ambassador to the United Nations Linda Thomas-Greenfield` -> both bodies
/// - `President Vladimir Zelensky of Ukraine`
/// - `Josep Borrell, the European Union's High Commissioner`, `Paul Adams, BBC correspondent`
/// - `Denis Pushilin, head of the Donetsk People's Republic`
/// - `The White House spokesperson, Jen Psaki`
///
/// ```swift
/// // "Kenyan Ambassador Martin Kimani" -> Fact(Martin Kimani, "ambassador", Kenya, cameo "role")
/// ```
struct RoleExtractor {
    func extract(_ s: SentenceView) -> [Fact] {
        var facts: [Fact] = []
        func add(_ person: Int, _ role: String, _ body: Int, _ from: Int, _ to: Int, _ confidence: Double) {
            guard person != body else { return }
            facts.append(Fact(subject: person, object: body, action: role, cameo: RelationKind.roleCode, kind: .role,
                              sentence: s.index, span: s.span(from, to), confidence: confidence))
        }
        for role in s.roles {
            let r = role.range
            // body before the title: "Russian President", "NATO Secretary-General", "Ukraine's President"
            var bodies: [Int] = []
            var bodyStart = r.lowerBound
            var b = r.lowerBound
            if s.lower(b - 1) == "'s" { b -= 1 }
            if let m = s.mention(endingBefore: b), s.mentions[m].type != .person, s.range.contains(b - 1) {
                bodies.append(m)
                bodyStart = s.mentions[m].range.lowerBound
            }
            // after the title: optional "to/at (the) BODY" or "for ... and ..." then the person
            var i = r.upperBound
            if ["to", "at"].contains(s.lower(i)) {
                var j = i + 1
                if s.lower(j) == "the" { j += 1 }
                if let m = s.mention(startingAt: j), s.mentions[m].type != .person, !s.mentions[m].modifierOnly {
                    bodies.append(m)
                    i = s.mentions[m].range.upperBound
                }
            }
            var skipped = 0
            while s.range.contains(i), s.mention(startingAt: i) == nil, skipped < 7,
                  s.tokens[i].isCapitalized || ["for", "and", "of", "-", "the"].contains(s.lower(i)) {
                i += 1
                skipped += 1
            }
            if let p = s.mention(startingAt: i), s.mentions[p].type == .person {
                let personEnd = s.mentions[p].range.upperBound
                var found = bodies
                // "President Vladimir Zelensky of Ukraine"
                if found.isEmpty, s.lower(personEnd) == "of", let m = s.mention(startingAt: personEnd + (s.lower(personEnd + 1) == "the" ? 2 : 1)),
                   s.mentions[m].type != .person {
                    found.append(m)
                }
                for body in found {
                    add(s.mentions[p].entity, role.name, s.mentions[body].entity, bodyStart, max(personEnd, s.mentions[body].range.upperBound), 0.9)
                }
                if !found.isEmpty { continue }
            }
            // apposition after a person: "X, the Y's ROLE", "X, BODY ROLE", "X, ROLE of BODY"
            var a = bodyStart - 1
            if s.lower(a) == "the" { a -= 1 }
            if s.lower(a) == ",", let p = s.mention(endingBefore: a), s.mentions[p].type == .person {
                let personStart = s.mentions[p].range.lowerBound
                if !bodies.isEmpty {
                    for body in bodies { add(s.mentions[p].entity, role.name, s.mentions[body].entity, personStart, r.upperBound, 0.8) }
                    continue
                }
                if s.lower(r.upperBound) == "of" {
                    var j = r.upperBound + 1
                    var steps = 0
                    while s.range.contains(j), steps < 5 {
                        if let m = s.mention(startingAt: j), s.mentions[m].type != .person, !s.mentions[m].modifierOnly {
                            add(s.mentions[p].entity, role.name, s.mentions[m].entity, personStart, s.mentions[m].range.upperBound, 0.8)
                            break
                        }
                        if [",", ".", ";"].contains(s.lower(j)) { break }
                        j += 1
                        steps += 1
                    }
                }
                continue
            }
            // "The White House spokesperson, Jen Psaki"
            if !bodies.isEmpty, s.lower(r.upperBound) == ",", let p = s.mention(startingAt: r.upperBound + 1),
               s.mentions[p].type == .person {
                for body in bodies {
                    add(s.mentions[p].entity, role.name, s.mentions[body].entity, bodyStart, s.mentions[p].range.upperBound, 0.8)
                }
            }
        }
        return facts
    }
}
