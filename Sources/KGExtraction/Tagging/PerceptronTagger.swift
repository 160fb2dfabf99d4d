import Foundation

/// A greedy averaged-perceptron part-of-speech tagger for English (UD English conventions).
///
/// Tokens go in already split the UD/Penn way ("do" "n't", "Russia" "'s"); each gets a UPOS
/// tag and a Penn tag, predicted together as one label. A two-pass model first tags the sentence
/// left to right, then again with the first pass's labels to the right of each token as
/// features. Immutable once loaded, so one instance can be shared across threads.
///
/// ```swift
/// let tagger = try PerceptronTagger.bundled()
/// tagger.tag(["They", "call", "for", "talks"]) // [.PRON, .VERB, .ADP, .NOUN]
/// tagger.tagDetailed(["It", "was", "condemned"])[2].xpos // .VBN
/// ```
public final class PerceptronTagger: Sendable {
    /// The tagger's labels: every (UPOS, Penn tag) pair seen in training.
    public let labels: [PartOfSpeech]

    let tagDictionaryKeys: [UInt32]
    let tagDictionaryLabels: [UInt8]
    let featureKeys: [UInt32]
    /// Row `r`'s weights are entries `rowStarts[r] ..< rowStarts[r + 1]`.
    let rowStarts: [Int32]
    let entryLabels: [UInt8]
    /// Weights as stored: `Float(weight) * weightScale` is the averaged perceptron weight.
    let quantizedWeights: [Int16]
    let weightScale: Float

    private let tagDictionary: FeatureIndex
    private let weights: PackedWeights
    /// The first pass whose labels this model reads as features, if it is a second pass.
    let firstPass: PerceptronTagger?
    /// Word classes read as features; the outermost pass's lexicon serves both passes.
    package let lexicon: WordClassLexicon

    init(
        labels: [PartOfSpeech], tagDictionaryKeys: [UInt32], tagDictionaryLabels: [UInt8],
        featureKeys: [UInt32], rowStarts: [Int32], entryLabels: [UInt8], quantizedWeights: [Int16],
        weightScale: Float, firstPass: PerceptronTagger? = nil, lexicon: WordClassLexicon = .empty
    ) {
        self.lexicon = lexicon
        precondition(firstPass.map { $0.labels == labels } ?? true, "passes must share their labels")
        self.firstPass = firstPass
        self.labels = labels
        self.tagDictionaryKeys = tagDictionaryKeys
        self.tagDictionaryLabels = tagDictionaryLabels
        self.featureKeys = featureKeys
        self.rowStarts = rowStarts
        self.entryLabels = entryLabels
        self.quantizedWeights = quantizedWeights
        self.weightScale = weightScale
        tagDictionary = FeatureIndex(keys: tagDictionaryKeys)
        weights = PackedWeights(keys: featureKeys, rowStarts: rowStarts, labels: entryLabels, weights: quantizedWeights)
    }

    /// `model` reading `lexicon`'s word classes: its tables are shared, not built again (the
    /// first pass on its own would otherwise build a second copy of megabytes of weight slots at
    /// every start).
    init(sharingTablesOf model: PerceptronTagger, lexicon: WordClassLexicon) {
        self.lexicon = lexicon
        firstPass = model.firstPass
        labels = model.labels
        tagDictionaryKeys = model.tagDictionaryKeys
        tagDictionaryLabels = model.tagDictionaryLabels
        featureKeys = model.featureKeys
        rowStarts = model.rowStarts
        entryLabels = model.entryLabels
        quantizedWeights = model.quantizedWeights
        weightScale = model.weightScale
        tagDictionary = model.tagDictionary
        weights = model.weights
    }

    /// Keys the tag dictionary or the weight rows were given more than once (a damaged model
    /// file), as found while building their tables.
    var duplicateKeyCount: Int { tagDictionary.duplicateKeyCount + weights.duplicateKeyCount }

    /// A model from trained weights, quantised to 16 bits as the model file stores them.
    package convenience init(
        labels: [PartOfSpeech], tagDictionaryKeys: [UInt32], tagDictionaryLabels: [UInt8],
        featureKeys: [UInt32], rowStarts: [Int32], entryLabels: [UInt8], entryWeights: [Float],
        firstPass: PerceptronTagger? = nil, lexicon: WordClassLexicon = .empty
    ) {
        let largest = entryWeights.map(abs).max() ?? 0
        // Sums of a few dozen 16-bit weights stay far inside Int32.
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        self.init(
            labels: labels, tagDictionaryKeys: tagDictionaryKeys, tagDictionaryLabels: tagDictionaryLabels,
            featureKeys: featureKeys, rowStarts: rowStarts, entryLabels: entryLabels,
            quantizedWeights: entryWeights.map { Int16(($0 / scale).rounded()) }, weightScale: scale,
            firstPass: firstPass, lexicon: lexicon
        )
    }

    /// The UPOS tag of each token.
    public func tag(_ tokens: [String]) -> [UPOS] {
        predictLabels(tokens).map { labels[$0].upos }
    }

    /// The UPOS and Penn tag of each token.
    public func tagDetailed(_ tokens: [String]) -> [PartOfSpeech] {
        predictLabels(tokens).map { labels[$0] }
    }

    /// The UPOS and Penn tag of each token, given its keys (`TokenKeys.sentence`, or a document's
    /// `TokenKeyCache`): the same tags as `tagDetailed(_:)` of the words the keys are of.
    package func tagDetailed(keys: [TokenKeys]) -> [PartOfSpeech] {
        predictLabels(keys: keys).map { labels[$0] }
    }

    /// Number of weighted features kept in the model.
    public var featureCount: Int { featureKeys.count }

    /// Label numbers, left to right, each prediction feeding the next one's features.
    package func predictLabels(_ tokens: [String]) -> [Int] {
        predictLabels(keys: TokenKeys.sentence(tokens, lexicon: lexicon))
    }

    package func predictLabels(keys: [TokenKeys]) -> [Int] {
        let guide = firstPass?.predictLabels(keys: keys)
        var predicted = [Int]()
        predicted.reserveCapacity(keys.count)
        var scores = [Int32](repeating: 0, count: labels.count)
        var featureBuffer = [UInt32](repeating: 0, count: TaggerFeatures.count(guided: guide != nil))
        var previous = TaggerFeatures.startTag
        var previous2 = TaggerFeatures.start2Tag
        for position in keys.indices {
            let label: Int
            let dictionaryRow = tagDictionary.row(for: keys[position].wordKey)
            if dictionaryRow >= 0 {
                label = Int(tagDictionaryLabels[dictionaryRow])
            } else {
                label = featureBuffer.withUnsafeMutableBufferPointer { buffer in
                    guard let features = buffer.baseAddress else { return 0 }
                    TaggerFeatures.extract(
                        at: position, in: keys, previousTag: previous, previousTag2: previous2,
                        guide: guide, into: features
                    )
                    return bestLabel(for: UnsafeBufferPointer(buffer), scores: &scores)
                }
            }
            predicted.append(label)
            previous2 = previous
            previous = label
        }
        return predicted
    }

    /// The highest-scoring label; ties go to the lower label number, so results are stable.
    @inline(__always)
    private func bestLabel(for featureKeys: UnsafeBufferPointer<UInt32>, scores: inout [Int32]) -> Int {
        scores.withUnsafeMutableBufferPointer { scores in
            guard let totals = scores.baseAddress, !scores.isEmpty else { return 0 }
            for index in scores.indices { scores[index] = 0 }
            weights.accumulate(featureKeys, into: totals)
            // the highest score first, by a loop compiled to vector instructions, then the first
            // label with it: the label a compare per label kept, for half the instructions
            var highest = Int32.min
            for score in scores { highest = max(highest, score) }
            var best = 0
            while scores[best] != highest { best += 1 }
            return best
        }
    }
}
