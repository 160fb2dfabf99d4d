import KGModel

/// "Slovenia joined NATO ... Bulgaria and Romania joined the alliance": "the alliance" stands for the
/// alliance the document named last.
extension AnaphoraResolver {
    /// Whether a body's name says it is an alliance: "NATO", "Collective Security Treaty
    /// Organisation", "Warsaw Pact", "Alliance of Sahel States".
    static func isAllianceName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower == "nato" || ["alliance", "treaty", "pact"].contains { lower.containsASCII($0) }
    }

    /// Spans of "the alliance" (lower case: "the Alliance for Democracy" is a name) for the alliance
    /// (`alliances`) named last before it, in this sentence or an earlier one (`lastAlliance`, carried
    /// forward and updated here).
    ///
    /// ```swift
    /// // "Slovenia joined NATO. Bulgaria joined the alliance."  -> "the alliance" = NATO
    /// ```
    mutating func allianceDescriptions(_ tokens: [Token], range: Range<Int>, mentions sorted: [SentenceView.Span]) -> [SentenceView.Span] {
        guard !alliances.isEmpty else { return [] }
        var out: [SentenceView.Span] = []
        var next = 0
        for t in range {
            while next < sorted.count, sorted[next].range.lowerBound <= t {
                if alliances.contains(sorted[next].entity) { lastAlliance = sorted[next].entity }
                next += 1
            }
            guard tokens[t].lower == "alliance", !tokens[t].isCapitalized, t - 1 >= range.lowerBound, tokens[t - 1].lower == "the",
                let alliance = lastAlliance, !sorted.contains(where: { $0.range.contains(t) })
            else { continue }
            out.append(
                SentenceView.Span(
                    range: (t - 1)..<(t + 1), entity: alliance, type: .organization, modifierOnly: false, isDemonym: false, isPronoun: true))
        }
        return out
    }
}
