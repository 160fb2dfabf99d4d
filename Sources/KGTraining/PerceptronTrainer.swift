import Foundation
import KGExtraction

/// Trains a `PerceptronTagger` from treebank sentences: greedy averaged perceptron.
///
/// Each iteration visits the sentences in a shuffled order (a fixed seed, so the same data
/// always gives the same model), tags them left to right with the current weights, and on each
/// mistake moves the features' weights toward the gold label and away from the guess. The final
/// weights are averaged over every step, which is what keeps the perceptron from overfitting to
/// the last sentences seen. By default a second pass is trained on top, reading the first
/// pass's labels to the right of each token (see `TaggerFeatures`). A tag dictionary (frequent
/// unambiguous words looked up, not scored) is available but off by default: on EWT dev it cost
/// accuracy, and scoring is fast enough without it.
///
/// ```swift
/// let train = try CoNLLUReader.read(contentsOf: trainURL)
/// let tagger = PerceptronTrainer(options: .init(iterations: 8)).train(train)
/// try tagger.write(to: modelURL)
/// ```
public struct PerceptronTrainer: Sendable {
    public struct Options: Sendable {
        /// Passes over the training data.
        public var iterations: Int
        /// Seed of the sentence shuffle.
        public var seed: UInt64
        /// A word joins the tag dictionary when seen at least this often (0: no dictionary)...
        public var tagDictionaryMinimumCount: Int
        /// ...with its most frequent label at least this share of the time.
        public var tagDictionaryMinimumShare: Double
        /// Averaged weights smaller than this in magnitude are dropped from the model. A weight
        /// from one update that was never revisited averages below 1, so 0.9 drops most of those.
        public var pruningThreshold: Double
        /// Predict (UPOS, Penn tag) pairs; when false, UPOS only (Penn tags become "_").
        public var predictsPennTags: Bool
        /// Add a second pass that also sees the first pass's labels to the right of each token.
        public var twoPass: Bool
        /// Folds for the second pass's training guides (each fold tagged by a model of the rest).
        public var folds: Int
        /// Word classes to read as features (stored in the model).
        public var lexicon: WordClassLexicon

        public init(
            iterations: Int = 10, seed: UInt64 = 1, tagDictionaryMinimumCount: Int = 0,
            tagDictionaryMinimumShare: Double = 0.97, pruningThreshold: Double = 0.9,
            predictsPennTags: Bool = true, twoPass: Bool = true, folds: Int = 5,
            lexicon: WordClassLexicon = .empty
        ) {
            self.lexicon = lexicon
            self.twoPass = twoPass
            self.folds = folds
            self.iterations = iterations
            self.seed = seed
            self.tagDictionaryMinimumCount = tagDictionaryMinimumCount
            self.tagDictionaryMinimumShare = tagDictionaryMinimumShare
            self.pruningThreshold = pruningThreshold
            self.predictsPennTags = predictsPennTags
        }
    }

    /// How one pass over the training data went.
    public struct IterationReport: Sendable {
        /// 1 for the first (or only) pass, 2 for the second.
        public let pass: Int
        public let iteration: Int
        /// Share of training tokens the weights tagged right during the pass.
        public let trainingAccuracy: Double
        public let seconds: Double
    }

    public let options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Trains on `sentences`; `onIteration` hears about each pass over the data as it ends.
    public func train(
        _ sentences: [AnnotatedSentence], onIteration: (IterationReport) -> Void = { _ in }
    ) throws -> PerceptronTagger {
        let labels = labelSet(of: sentences)
        guard labels.count <= 255 else {
            throw TaggingError.trainingDataTooLarge(reason: "\(labels.count) distinct tags, the model holds at most 255")
        }
        let labelNumber = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let data = TrainingData(
            labels: labels,
            // every tag is in `labels`, which was made from these sentences
            gold: sentences.map { $0.tokens.map { labelNumber[label(of: $0)] ?? 0 } },
            keys: sentences.map { TokenKeys.sentence($0.forms, lexicon: options.lexicon) },
            dictionary: [:]
        )
        let dictionary = tagDictionary(sentences, goldLabels: data.gold)
        let prepared = TrainingData(labels: labels, gold: data.gold, keys: data.keys, dictionary: dictionary)
        let all = Array(sentences.indices)
        guard options.twoPass else {
            return try trainPass(prepared, on: all, guides: nil, pass: 1, lexicon: options.lexicon, onIteration: onIteration)
        }
        let firstPass = try trainPass(prepared, on: all, guides: nil, pass: 1, onIteration: onIteration)

        // The second pass must learn from first-pass labels as error-prone as they will be on
        // unseen text, so each sentence's guide comes from a model that did not train on it.
        var guides = [[Int]](repeating: [], count: sentences.count)
        let folds = max(2, options.folds)
        for fold in 0..<folds {
            let heldOut = all.filter { $0 % folds == fold }
            let model = try trainPass(prepared, on: all.filter { $0 % folds != fold }, guides: nil, pass: 1, onIteration: { _ in })
            for index in heldOut { guides[index] = model.predictLabels(keys: prepared.keys[index]) }
        }
        return try trainPass(
            prepared, on: all, guides: guides, pass: 2, firstPass: firstPass, lexicon: options.lexicon,
            onIteration: onIteration
        )
    }

    /// What every pass trains from: labels, gold label numbers, token keys, tag dictionary.
    private struct TrainingData {
        let labels: [PartOfSpeech]
        let gold: [[Int]]
        let keys: [[TokenKeys]]
        let dictionary: [UInt32: Int]
    }

    /// One perceptron over the sentences at `indices`; with `guides`, a second pass reading them.
    private func trainPass(
        _ data: TrainingData, on indices: [Int], guides: [[Int]]?, pass: Int, firstPass: PerceptronTagger? = nil,
        lexicon: WordClassLexicon = .empty, onIteration: (IterationReport) -> Void
    ) throws -> PerceptronTagger {
        var weights = WeightTable(labelCount: data.labels.count)
        var order = indices
        var random = SplitMix64(seed: options.seed)
        var featureBuffer = [UInt32](repeating: 0, count: TaggerFeatures.count(guided: guides != nil))
        for iteration in 1...max(1, options.iterations) {
            let started = Date()
            random.shuffle(&order)
            var correct = 0, total = 0
            for sentenceIndex in order {
                let keys = data.keys[sentenceIndex]
                let gold = data.gold[sentenceIndex]
                let guide = guides?[sentenceIndex]
                var previous = TaggerFeatures.startTag
                var previous2 = TaggerFeatures.start2Tag
                for position in keys.indices {
                    let guess: Int
                    if let known = data.dictionary[keys[position].wordKey] {
                        guess = known
                    } else {
                        guess = featureBuffer.withUnsafeMutableBufferPointer { buffer in
                            guard let features = buffer.baseAddress else { return 0 }
                            TaggerFeatures.extract(
                                at: position, in: keys, previousTag: previous, previousTag2: previous2,
                                guide: guide, into: features
                            )
                            let guess = weights.bestLabel(for: UnsafeBufferPointer(buffer))
                            weights.update(features: UnsafeBufferPointer(buffer), gold: gold[position], guess: guess)
                            return guess
                        }
                    }
                    if guess == gold[position] { correct += 1 }
                    total += 1
                    previous2 = previous
                    previous = guess
                }
            }
            onIteration(
                IterationReport(
                    pass: pass, iteration: iteration, trainingAccuracy: Double(correct) / Double(max(total, 1)),
                    seconds: Date().timeIntervalSince(started)
                ))
        }

        let averaged = weights.averaged(pruningBelow: options.pruningThreshold)
        guard averaged.entryLabels.count < PackedWeights.maximumEntries else {
            throw TaggingError.trainingDataTooLarge(
                reason: "\(averaged.entryLabels.count) weights, the model holds fewer than \(PackedWeights.maximumEntries); raise the pruning threshold"
            )
        }
        let dictionaryKeys = data.dictionary.keys.sorted()
        return PerceptronTagger(
            labels: data.labels,
            tagDictionaryKeys: dictionaryKeys,
            tagDictionaryLabels: dictionaryKeys.map { UInt8(data.dictionary[$0] ?? 0) },
            featureKeys: averaged.keys, rowStarts: averaged.rowStarts,
            entryLabels: averaged.entryLabels, entryWeights: averaged.entryWeights,
            firstPass: firstPass, lexicon: lexicon
        )
    }

    private func label(of token: AnnotatedToken) -> PartOfSpeech {
        PartOfSpeech(upos: token.upos, xpos: options.predictsPennTags ? token.xpos : .none)
    }

    /// Every label of the data, in a fixed order.
    private func labelSet(of sentences: [AnnotatedSentence]) -> [PartOfSpeech] {
        let all = Set(sentences.flatMap { $0.tokens.map(label(of:)) })
        return all.sorted { ($0.upos.rawValue, $0.xpos.rawValue) < ($1.upos.rawValue, $1.xpos.rawValue) }
    }

    /// Frequent words that (almost) always carry one label, keyed by the hash of their form.
    private func tagDictionary(_ sentences: [AnnotatedSentence], goldLabels: [[Int]]) -> [UInt32: Int] {
        var counts: [String: [Int: Int]] = [:]
        for (sentence, labels) in zip(sentences, goldLabels) {
            for (token, label) in zip(sentence.tokens, labels) {
                counts[token.form, default: [:]][label, default: 0] += 1
            }
        }
        var dictionary: [UInt32: Int] = [:]
        guard options.tagDictionaryMinimumCount > 0 else { return dictionary }
        for (form, labelCounts) in counts {
            let total = labelCounts.values.reduce(0, +)
            // Ties broken by label number so the dictionary does not depend on hash order.
            guard let best = labelCounts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) else { continue }
            if total >= options.tagDictionaryMinimumCount,
                Double(best.value) / Double(total) >= options.tagDictionaryMinimumShare
            {
                dictionary[FeatureHash.narrow(FeatureHash.of(form))] = best.key
            }
        }
        return dictionary
    }
}

/// A small seeded generator, so training shuffles the same way on every run and platform.
package struct SplitMix64 {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return FeatureHash.finalize(state)
    }

    /// Fisher-Yates with this generator (the standard library's shuffle may change between releases).
    package mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for index in stride(from: array.count - 1, to: 0, by: -1) {
            let other = Int(next() % UInt64(index + 1))
            array.swapAt(index, other)
        }
    }
}
