import KGModel

/// The one way the role rules record a role: who holds it, in which body, the words that state it.
///
/// ```swift
/// // "Kenyan Ambassador Joseph Kamau": holder Joseph Kamau, role "ambassador", body Kenya
/// RoleExtractor.addRole(kamau, "ambassador", kenya, in: s, from: 0, to: 4, confidence: FactConfidence.Role.titleBesideName, into: &facts)
/// ```
extension RoleExtractor {
    /// Appends the fact that entity `holder` holds `role` in entity `body`, stated by the words
    /// `from ..< to` of sentence `s`. An entity holds no role in itself: such a pair adds nothing.
    static func addRole(
        _ holder: Int, _ role: String, _ body: Int, in s: SentenceView, from: Int, to: Int, confidence: Double, into facts: inout [Fact], file: StaticString = #fileID, line: UInt = #line
    ) {
        guard holder != body else { return }
        facts.append(
            Fact(
                subject: holder, object: body, action: role, cameo: .role, kind: .role, sentence: s.index, span: s.span(from, to),
                confidence: confidence, file: file, line: line))
    }

    /// Appends the role the entity of mention `holder` holds in the entity of mention `body` of `s`,
    /// stated by the words from the first of the two mentions to the end of the later one, or to
    /// `through` when that is later ("the Wagner Group, a Russian private military company").
    static func addRole(
        mention holder: Int, _ role: String, mention body: Int, in s: SentenceView, through: Int = 0, confidence: Double, into facts: inout [Fact], file: StaticString = #fileID, line: UInt = #line
    ) {
        let from = min(s.mentions[holder].range.lowerBound, s.mentions[body].range.lowerBound)
        let to = max(s.mentions[holder].range.upperBound, s.mentions[body].range.upperBound, through)
        addRole(s.mentions[holder].entity, role, s.mentions[body].entity, in: s, from: from, to: to, confidence: confidence, into: &facts, file: file, line: line)
    }
}
