import KGExtraction

/// Tags a treebank the way the parser will see unseen text: each fold by a tagger that did not
/// train on it.
///
/// The bundled tagger was trained on the parser's training sentences, so on them its tags are
/// nearly perfect, and a parser trained on those tags learns to trust them more than it should.
/// Jackknifing (each of `folds` parts tagged by a one-pass tagger trained on the rest) gives
/// training tags with errors like those on new text.
///
/// ```swift
/// let tags = try JackknifeTagging.tags(for: treebank, folds: 5, lexicon: tagger.lexicon)
/// ```
public enum JackknifeTagging {
    /// One tag sequence per sentence; `onFold` hears about each fold as it is tagged.
    public static func tags(
        for sentences: [AnnotatedSentence], folds: Int, iterations: Int = 8, lexicon: WordClassLexicon = .empty,
        onFold: (Int) -> Void = { _ in }
    ) throws -> [[PartOfSpeech]] {
        let folds = max(2, folds)
        var tags = [[PartOfSpeech]](repeating: [], count: sentences.count)
        let options = PerceptronTrainer.Options(iterations: iterations, twoPass: false, lexicon: lexicon)
        for fold in 0..<folds {
            let training = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            let tagger = try PerceptronTrainer(options: options).train(training)
            for index in sentences.indices where index % folds == fold {
                tags[index] = tagger.tagDetailed(sentences[index].forms)
            }
            onFold(fold)
        }
        return tags
    }
}
