import Foundation
import KGExtraction

/// How well the tagger and parser together agree with a treebank: UPOS, UAS and LAS.
///
/// Gold tokenization, tags from `tagger` (as the extractor would have them). Every word counts,
/// punctuation included, as in the CoNLL 2018 shared task. LAS compares full labels, subtypes
/// included ("nmod:poss" against "nmod" is wrong); `universalLAS` compares only the part before
/// the colon, as the CoNLL 2018 scorer does.
///
/// ```swift
/// let score = ParserEvaluation(parser: parser, tagger: tagger, sentences: test)
/// print(score.uas, score.las)
/// ```
public struct ParserEvaluation: Sendable {
    public private(set) var tokenCount = 0
    public private(set) var uposCorrect = 0
    public private(set) var headCorrect = 0
    public private(set) var labelledCorrect = 0
    public private(set) var universalLabelledCorrect = 0
    /// Seconds spent in `parse` alone (wall clock).
    public private(set) var parseSeconds = 0.0
    /// Wrong labels as "GOLD>GUESS" where the head was right, counted.
    public private(set) var labelConfusions: [String: Int] = [:]

    public init(parser: DependencyParser, tagger: PerceptronTagger, sentences: [AnnotatedSentence]) {
        self.init(parser: parser, sentences: sentences.map { ($0, tagger.tagDetailed($0.forms)) })
    }

    /// Scores `parser` on sentences already tagged, leaving out the features of the templates
    /// numbered `dropped` (see `DependencyParser.parse(_:tags:withoutTemplates:)`).
    public init(parser: DependencyParser, sentences: [(AnnotatedSentence, [PartOfSpeech])], withoutTemplates dropped: [Int] = []) {
        for (sentence, tags) in sentences {
            guard let gold = sentence.dependencyTree else { continue }
            let words = sentence.forms
            let started = Date()
            let tree = dropped.isEmpty ? parser.parse(words, tags: tags) : parser.parse(words, tags: tags, withoutTemplates: dropped)
            parseSeconds += Date().timeIntervalSince(started)
            for index in words.indices {
                tokenCount += 1
                if tags[index].upos == sentence.tokens[index].upos { uposCorrect += 1 }
                guard tree.heads[index] == gold.heads[index] else { continue }
                headCorrect += 1
                let guess = tree.labels[index].rawValue, truth = gold.labels[index].rawValue
                if guess == truth {
                    labelledCorrect += 1
                } else {
                    labelConfusions["\(truth)>\(guess)", default: 0] += 1
                }
                if guess.prefix(while: { $0 != ":" }) == truth.prefix(while: { $0 != ":" }) { universalLabelledCorrect += 1 }
            }
        }
    }

    public var uposAccuracy: Double { Double(uposCorrect) / Double(max(tokenCount, 1)) }
    public var uas: Double { Double(headCorrect) / Double(max(tokenCount, 1)) }
    public var las: Double { Double(labelledCorrect) / Double(max(tokenCount, 1)) }
    public var universalLAS: Double { Double(universalLabelledCorrect) / Double(max(tokenCount, 1)) }
}
