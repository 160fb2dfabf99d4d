import KGModel

/// An institution named with its state ("Ukraine's Supreme Court", "Russian Duma") keeps the
/// state in its name, so that two states' courts stay apart; its own capitalized words ("Supreme
/// Court", "Duma") are the name the text gives it too, and readers (and the guidelines' aliases)
/// know it by them.
extension MentionResolver {
    /// Adds an institution's own capitalized words as an alias of the institution its state's
    /// demonym or possessive names: several words, or one that is no everyday word ("Duma", not
    /// "Parliament").
    ///
    /// ```swift
    /// // "Ukraine's Supreme Court annulled the vote." -> "Ukrainian Supreme Court" gains "Supreme Court"
    /// MentionResolver.addInstitutionAliases(&resolved, raw: raw, tokens: tokens, commonWords: lexicons.commonWords)
    /// ```
    /// Lower-case words that may join an institution's own capitalized words: "Congress of Deputies".
    static let nameConnectors: WordSet = ["of", "for", "and"]

    static func addInstitutionAliases(_ resolved: inout Resolved, raw: [RawMention], tokens: [Token], commonWords: WordSet) {
        for (i, m) in raw.enumerated() where m.type == .organization {
            guard let start = m.ownWordsStart, start < m.range.upperBound, start > m.range.lowerBound,
                let id = resolved.entityOfMention[i], resolved.entities.indices.contains(id)
            else { continue }
            let own = tokens[start..<m.range.upperBound]
            // ("Congress of Deputies": a connector may stand between its capitalized words)
            guard own.allSatisfy({ $0.isWord && ($0.isCapitalized || Self.nameConnectors.contains($0.lower)) }),
                own.first?.isCapitalized == true, own.last?.isCapitalized == true,
                own.count >= 2 || own.allSatisfy({ !commonWords.contains($0.lower) })
            else { continue }
            resolved.addAlias(own.map(\.text).joined(separator: " "), to: id)
        }
        addBareLandmarkNames(&resolved, raw: raw, tokens: tokens)
    }

    /// Adds a landmark's name without its lower-case noun as an alias of the landmark: "Manas air
    /// base" is "Manas" too, as readers (and some annotators) name it.
    ///
    /// ```swift
    /// // "US troops left the Manas air base." -> "Manas air base" gains "Manas"
    /// ```
    static func addBareLandmarkNames(_ resolved: inout Resolved, raw: [RawMention], tokens: [Token]) {
        for (i, m) in raw.enumerated() where m.type == .location {
            guard let end = m.bareNameEnd, end > m.range.lowerBound, end < m.range.upperBound,
                let id = resolved.entityOfMention[i], resolved.entities.indices.contains(id), resolved.entities[id].type == .location
            else { continue }
            let own = tokens[m.range.lowerBound..<end]
            guard own.first?.isCapitalized == true, own.last?.isCapitalized == true else { continue }
            resolved.addAlias(own.map(\.text).joined(separator: " ").joinedWordParts, to: id)
        }
    }
}
