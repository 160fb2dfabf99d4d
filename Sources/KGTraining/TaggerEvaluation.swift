import KGExtraction

/// How well a tagger agrees with a treebank's gold tags.
///
/// ```swift
/// let score = TaggerEvaluation(tagger: tagger, sentences: test)
/// print(score.uposAccuracy) // 0.96...
/// ```
public struct TaggerEvaluation: Sendable {
    public private(set) var tokenCount = 0
    public private(set) var uposCorrect = 0
    public private(set) var xposCorrect = 0
    /// Gold tag counts and mistakes by gold UPOS, for a per-tag view.
    public private(set) var errorsByGoldUPOS: [UPOS: Int] = [:]
    /// UPOS mistakes as "GOLD>GUESS", counted.
    public private(set) var confusions: [String: Int] = [:]

    public init(tagger: PerceptronTagger, sentences: [AnnotatedSentence]) {
        for sentence in sentences {
            let predicted = tagger.tagDetailed(sentence.forms)
            for (gold, guess) in zip(sentence.tokens, predicted) {
                tokenCount += 1
                if gold.upos == guess.upos {
                    uposCorrect += 1
                } else {
                    errorsByGoldUPOS[gold.upos, default: 0] += 1
                    confusions["\(gold.upos.rawValue)>\(guess.upos.rawValue)", default: 0] += 1
                }
                if gold.xpos == guess.xpos { xposCorrect += 1 }
            }
        }
    }

    public var uposAccuracy: Double { Double(uposCorrect) / Double(max(tokenCount, 1)) }
    public var xposAccuracy: Double { Double(xposCorrect) / Double(max(tokenCount, 1)) }
}
