import KGExtraction

/// How often the lemmatizer matches a treebank's gold lemmas, given the gold UPOS.
///
/// ```swift
/// let score = LemmaEvaluation(lemmatizer: lemmatizer, sentences: test)
/// score.counts[.VERB] // (correct: 3012, total: 3100)
/// ```
public struct LemmaEvaluation: Sendable {
    /// Correct and total tokens by gold UPOS, for the verbs, auxiliaries and nouns.
    public private(set) var counts: [UPOS: (correct: Int, total: Int)] = [:]
    /// Up to 300 mistakes as (gold UPOS, form, gold lemma, predicted lemma), for inspection.
    public private(set) var sampleMistakes: [(upos: UPOS, form: String, gold: String, predicted: String)] = []

    public init(lemmatizer: Lemmatizer, sentences: [AnnotatedSentence]) {
        for token in sentences.lazy.flatMap(\.tokens) where [.VERB, .AUX, .NOUN].contains(token.upos) {
            let predicted = lemmatizer.lemma(token.form, upos: token.upos)
            let right = predicted == token.lemma
            counts[token.upos, default: (0, 0)].total += 1
            if right {
                counts[token.upos, default: (0, 0)].correct += 1
            } else if sampleMistakes.count < 300 {
                sampleMistakes.append((token.upos, token.form, token.lemma, predicted))
            }
        }
    }
}
