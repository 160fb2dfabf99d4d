/// Tags (and parses) a stretch of a sentence with each entity mention folded into one plain name,
/// so that long or unusual names ("the Israeli military", "Rapid Support Forces") do not mislead
/// the tagger or the parser about the words around them.
///
/// ```swift
/// // "The Kenyan Defence Forces struck targets": tagged as "Kenya struck targets",
/// // so "struck" is VBD, and the three name tokens all get the name's tag
/// let tags = MentionFolding.tag(tokens, tagged, mentions: spans, with: tagger)
/// ```
enum MentionFolding {
    /// A stretch of tokens as the tagger and parser see it: one word per unfolded token or folded mention.
    struct Folded {
        /// The words: a token's text, or "Smith" / "Kenya" for a folded person / other mention.
        var words: [String]
        /// The tokens each word stands for, in order and covering the stretch.
        var tokensOf: [Range<Int>]
    }

    /// Folds every mention of two tokens or more in `stretch` (with a "the" before it) into one word.
    ///
    /// ```swift
    /// // "the Kenyan army struck Somalia" -> ["Kenya", "struck", "Somalia"]
    /// let folded = MentionFolding.fold(tokens, range, mentions: spans)
    /// ```
    /// With `singleWords`, one-word names become the plain name too ("Hezbollah" -> "Kenya"), so an
    /// unknown name is tagged and parsed like a known one.
    static func fold(_ tokens: [Token], _ stretch: Range<Int>, mentions: [SentenceView.Span], singleWords: Bool = false) -> Folded {
        var startOf: [Int: SentenceView.Span] = [:]
        for var m in mentions where !m.isDemonym && !m.modifierOnly && stretch.contains(m.range.lowerBound) {
            // "the Kenyan army" folds whole: "the Kenya" reads like a noun phrase's modifier
            if m.range.lowerBound > stretch.lowerBound, tokens[m.range.lowerBound - 1].lower == "the" {
                m.range = (m.range.lowerBound - 1)..<m.range.upperBound
            }
            // "urged Savimbi and dos Santos to talk": a surname's lower-case particle folds with it, or the
            // parser reads "dos" as the conjunct and the name as its flat part
            if m.type == .person, m.range.lowerBound > stretch.lowerBound, case let particle = tokens[m.range.lowerBound - 1],
                particle.isWord, !particle.isCapitalized, NameCues.nameParticles.contains(particle.lower, hash: particle.lowerHash)
            {
                m.range = (m.range.lowerBound - 1)..<m.range.upperBound
            }
            // a pronoun standing in for a name ("We urge Russia") stays a pronoun: "Kenya urge" reads as a noun phrase
            guard m.range.count > 1 || singleWords && m.group.isEmpty && tokens[m.range.lowerBound].isCapitalized && !standInPronouns.contains(tokens[m.range.lowerBound].lower) else { continue }
            if let other = startOf[m.range.lowerBound], other.range.count >= m.range.count { continue }
            startOf[m.range.lowerBound] = m
        }
        var folded = Folded(words: [], tokensOf: [])
        folded.words.reserveCapacity(stretch.count)
        folded.tokensOf.reserveCapacity(stretch.count)
        var i = stretch.lowerBound
        while i < stretch.upperBound {
            if let m = startOf[i] {
                let end = min(m.range.upperBound, stretch.upperBound)
                folded.words.append(m.type == .person ? "Smith" : "Kenya")
                folded.tokensOf.append(i..<end)
                i = end
            } else {
                folded.words.append(tokens[i].text)
                folded.tokensOf.append(i..<(i + 1))
                i += 1
            }
        }
        return folded
    }

    /// The words of `folded` that overlap `stretch`, as a folding of their own, and their numbers in `folded`.
    ///
    /// ```swift
    /// // "the Kenyan army struck Somalia on Monday" folded, sliced to "struck Somalia"
    /// let (words, numbers) = MentionFolding.slice(folded, covering: 3..<5)  // ["struck", "Kenya"], 1..<3
    /// ```
    static func slice(_ folded: Folded, covering stretch: Range<Int>) -> (Folded, Range<Int>) {
        let lower = folded.tokensOf.firstIndex { $0.upperBound > stretch.lowerBound } ?? folded.tokensOf.count
        var upper = lower
        while upper < folded.tokensOf.count, folded.tokensOf[upper].lowerBound < stretch.upperBound { upper += 1 }
        return (Folded(words: Array(folded.words[lower..<upper]), tokensOf: Array(folded.tokensOf[lower..<upper])), lower..<upper)
    }

    /// Pronouns the anaphora and quote resolvers make mentions of: never folded into a name.
    static let standInPronouns: WordSet = ["i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them"]

    /// One part of speech per token of `stretch`.
    static func tag(_ tokens: [Token], _ stretch: Range<Int>, mentions: [SentenceView.Span], with tagger: PerceptronTagger) -> [PartOfSpeech] {
        let folded = fold(tokens, stretch, mentions: mentions)
        return expand(tagger.tagDetailed(folded.words), folded)
    }

    /// One part of speech per token of `stretch`, the words' keys taken from (and kept in) `cache`.
    static func tag(
        _ tokens: [Token], _ stretch: Range<Int>, mentions: [SentenceView.Span], with tagger: PerceptronTagger,
        cache: inout TokenKeyCache
    ) -> [PartOfSpeech] {
        let folded = fold(tokens, stretch, mentions: mentions)
        return expand(tagger.tagDetailed(keys: cache.keys(of: folded, tokens: tokens)), folded)
    }

    /// Each folded word's part of speech given to every token it stands for.
    static func expand(_ tags: [PartOfSpeech], _ folded: Folded) -> [PartOfSpeech] {
        var out: [PartOfSpeech] = []
        out.reserveCapacity(folded.tokensOf.last.map { $0.upperBound - folded.tokensOf[0].lowerBound } ?? 0)
        for (k, pos) in tags.enumerated() where k < folded.tokensOf.count {
            for _ in folded.tokensOf[k] { out.append(pos) }
        }
        return out
    }
}
