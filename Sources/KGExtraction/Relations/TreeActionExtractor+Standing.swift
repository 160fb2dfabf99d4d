import KGModel

/// Standings between two entities that a noun of relationship states: `China, Myanmar's main
/// ally`, `Iran, Riyadh's regional rival`, `ISIS-K, the regional affiliate of Islamic State`,
/// `Poland is a member of NATO`, `Cyprus's three guarantor powers, Greece, Turkey and Britain`.
///
/// ```swift
/// // "China, Myanmar's main ally, shielded it ." -> Fact(China, "ally", Myanmar, cameo "role")
/// ```
extension TreeActionExtractor {
    /// Nouns naming one entity's standing toward another, and the role each states.
    static let relationNouns: WordTable<String> = [
        "ally": "ally", "allies": "ally", "rival": "rival", "rivals": "rival", "affiliate": "affiliate",
        "affiliates": "affiliate", "partner": "partner", "partners": "partner", "proxy": "proxy", "proxies": "proxy",
        "patron": "patron", "backer": "backer", "backers": "backer", "guarantor": "guarantor", "guarantors": "guarantor",
        "member": "member", "members": "member", "subsidiary": "subsidiary", "offshoot": "offshoot",
        // a body's part: "the YPG, the main component of the SDF", "the armed wing of X"
        "component": "component", "wing": "wing", "branch": "branch", "faction": "faction",
        // "Britain, Zimbabwe's former colonial ruler"
        "ruler": "ruler",
        // trade and aid: "Australia, Kiribati's largest aid donor", "Russia, Damascus's main arms supplier"
        "donor": "donor", "donors": "donor", "supplier": "supplier", "suppliers": "supplier", "buyer": "buyer", "buyers": "buyer",
        "creditor": "creditor", "creditors": "creditor",
        // a body's mission: "the United Nations peacekeeping mission, MINUSMA"
        "mission": "mission",
        // kin: "Rosario Murillo, Ortega's wife", "Mahinda Rajapaksa, the president's brother"
        "wife": "wife", "husband": "husband", "brother": "brother", "sister": "sister", "son": "son", "daughter": "daughter",
        "father": "father", "mother": "mother", "widow": "widow", "nephew": "nephew", "niece": "niece", "cousin": "cousin",
        "relative": "relative", "brother-in-law": "brother-in-law", "son-in-law": "son-in-law",
    ]

    /// Role facts of the relationship nouns of a parsed sentence.
    func standings(_ facts: inout [Fact], _ p: ParsedSentence) {
        for n in 0..<p.count where p.mentionOf[n] == nil && (p.tags[n].upos == .NOUN || p.tags[n].upos == .PROPN) {
            guard let role = relationRole(p, n) else { continue }
            // ("Colombia, long one of Washington's closest allies": the "one" the noun counts from)
            var holders = standingHolders(p, n)
            if holders.isEmpty, let one = oneOf(p, n) { holders = standingHolders(p, one) }
            // toward whom: "Myanmar's ally", "a US ally", "an ally of Morales"
            var others: [Int] = []
            for c in p.children[n] {
                let label = p.label(c)
                let of = label.base == "nmod" && label != .nmodPoss && p.preposition(c) == "of"
                guard label == .nmodPoss || of || label.base == "compound" || label.base == "amod", p.usableMention(c) != nil else { continue }
                others = p.conjuncts(c)
                break
            }
            let holderMentions = holders.compactMap { p.usableMention($0) }, otherMentions = others.compactMap { p.usableMention($0) }
            for holder in holderMentions {
                for other in otherMentions where other != holder {
                    addStanding(&facts, p, holder, role, other, at: n)
                }
            }
        }
    }

    /// Who holds the standing a phrase headed by `n` states: the name it is in apposition with, either
    /// way round, or the subject of "is a member of".
    func standingHolders(_ p: ParsedSentence, _ n: Int) -> [Int] {
        if p.label(n) == .appos, let h = p.head(n), p.usableMention(h) != nil { return p.conjuncts(h) }
        if let name = p.dependents(n, .appos).first(where: { p.usableMention($0) != nil }) { return p.conjuncts(name) }
        if p.children[n].contains(where: { p.label($0).base == "cop" }), let subject = p.dependents(n, .nsubj).first { return p.conjuncts(subject) }
        return []
    }

    /// The "one" a plural noun `n` counts from: "one of Washington's closest allies"; nil otherwise.
    func oneOf(_ p: ParsedSentence, _ n: Int) -> Int? {
        guard p.label(n).base == "nmod", p.preposition(n) == "of", let one = p.head(n), p.word(one, is: "one") else { return nil }
        return one
    }

    /// The role a relationship noun states: the noun's own ("ally") or its compound's ("guarantor powers").
    func relationRole(_ p: ParsedSentence, _ n: Int) -> String? {
        if let role = p.word(n, in: Self.relationNouns) { return role }
        for c in p.children[n] where p.label(c).base == "compound" && p.mentionOf[c] == nil {
            if let role = p.word(c, in: Self.relationNouns) { return role }
        }
        return nil
    }

    func addStanding(_ facts: inout [Fact], _ p: ParsedSentence, _ holder: Int, _ role: String, _ other: Int, at n: Int, file: StaticString = #fileID, line: UInt = #line) {
        let s = p.view
        let a = s.mentions[holder], b = s.mentions[other], at = p.tokensOf[n]
        // a place holds no standing ("Donetsk, a Russian ally"), and a standing is no place's
        guard a.type != .location, b.type != .location else { return }
        let from = min(a.range.lowerBound, at.lowerBound, b.range.lowerBound)
        let to = max(a.range.upperBound, at.upperBound, b.range.upperBound)
        for subject in a.entities {
            for object in b.entities where subject != object {
                facts.append(
                    Fact(
                        subject: subject, object: object, action: role, cameo: .role, kind: .role,
                        sentence: s.index, span: s.span(from, to), confidence: 0.7, file: file, line: line))
            }
        }
    }
}
