import Foundation

/// A greedy transition-based dependency parser for English (Universal Dependencies relations).
///
/// Arc-hybrid transitions (`ArcHybridConfiguration`), scored by an averaged perceptron over the
/// Zhang and Nivre feature templates (`ParserFeatures`), trained with a dynamic oracle by
/// `ParserTrainer` in KGTraining. Words go in tokenized the UD way, with the tags the bundled
/// tagger gives them. Immutable once loaded, so one instance can be shared across threads.
///
/// ```swift
/// let parser = try DependencyParser.bundled()
/// let words = ["NATO", "condemned", "Russia", "."]
/// let tree = parser.parse(words, tags: try PerceptronTagger.bundled().tagDetailed(words))
/// tree.heads  // [1, nil, 1, 1]
/// tree.labels // [nsubj, root, obj, punct]
/// ```
public final class DependencyParser: Sendable {
    /// The relation labels, numbered as the transitions number them.
    public let labels: [DependencyLabel]
    /// The number of the `root` label.
    let rootLabel: Int

    let featureKeys: [UInt32]
    /// Row `r`'s weights are entries `rowStarts[r] ..< rowStarts[r + 1]`.
    let rowStarts: [Int32]
    let entryClasses: [UInt8]
    /// Weights as stored: `Float(weight) * weightScale` is the averaged perceptron weight.
    let quantizedWeights: [Int16]
    let weightScale: Float
    let weights: PackedWeights
    /// The features of the templates that read one child's label, for each label
    /// (`ParserFeatures.labelFeatures`): made once, read at every transition.
    let labelFeatures: [UInt32]
    /// The templates' seeds mixed with every tag (`ParserTagPrefixes`): made once, read at every
    /// transition.
    let tagPrefixes = ParserTagPrefixes.bundled

    /// A model from quantised weights; `labels` must contain `root`.
    init(
        labels: [DependencyLabel], featureKeys: [UInt32], rowStarts: [Int32], entryClasses: [UInt8],
        quantizedWeights: [Int16], weightScale: Float
    ) throws {
        guard let rootLabel = labels.firstIndex(of: DependencyLabel(rawValue: "root")) else {
            throw ParsingError.unusableTrainingData(reason: "no 'root' label")
        }
        guard ParserTransition.classCount(labelCount: labels.count) <= 256 else {
            throw ParsingError.unusableTrainingData(reason: "\(labels.count) labels, the model holds at most 127")
        }
        guard entryClasses.count < PackedWeights.maximumEntries else {
            throw ParsingError.unusableTrainingData(reason: "more than \(PackedWeights.maximumEntries) weights")
        }
        self.labels = labels
        self.rootLabel = rootLabel
        self.featureKeys = featureKeys
        self.rowStarts = rowStarts
        self.entryClasses = entryClasses
        self.quantizedWeights = quantizedWeights
        self.weightScale = weightScale
        weights = PackedWeights(keys: featureKeys, rowStarts: rowStarts, labels: entryClasses, weights: quantizedWeights)
        labelFeatures = ParserFeatures.labelFeatures(labelCount: labels.count)
    }

    /// A model from trained weights, quantised to 16 bits as the model file stores them.
    package convenience init(
        labels: [DependencyLabel], featureKeys: [UInt32], rowStarts: [Int32], entryClasses: [UInt8], entryWeights: [Float]
    ) throws {
        let largest = entryWeights.map(abs).max() ?? 0
        // A hundred 16-bit weights sum far inside Int32.
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        try self.init(
            labels: labels, featureKeys: featureKeys, rowStarts: rowStarts, entryClasses: entryClasses,
            quantizedWeights: entryWeights.map { Int16(($0 / scale).rounded()) }, weightScale: scale
        )
    }

    /// Number of weighted features kept in the model.
    public var featureCount: Int { featureKeys.count }

    /// Parses one sentence, given its words and their parts of speech (from the tagger).
    ///
    /// Never fails: any words give a tree with exactly one root. Tags beyond the words are
    /// ignored, words beyond the tags read as tagged `X`.
    public func parse(_ words: [String], tags: [PartOfSpeech]) -> DependencyTree {
        let keys = ParserWord.sentence(words, tags: tags)
        let labelCount = labels.count
        var state = ArcHybridConfiguration(wordCount: words.count)
        let wordFeatures = ParserFeatures.wordFeatures(of: keys)
        // never nil in practice: the table holds every tag a sentence's words can have
        let tagRows = ParserFeatures.tagRows(of: keys, in: tagPrefixes) ?? []
        let classCount = ParserTransition.classCount(labelCount: labelCount)
        // the step's buffers made once per sentence (two arrays, and a closure each, per step before)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: ParserFeatures.count) { features in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: classCount) { scores in
                ParserFeatures.templateSeeds.withUnsafeBufferPointer { seeds in
                    wordFeatures.withUnsafeBufferPointer { wordFeatures in
                        labelFeatures.withUnsafeBufferPointer { labelFeatures in
                            tagPrefixes.table.withUnsafeBufferPointer { tagTable in
                                tagRows.withUnsafeBufferPointer { tagRows in
                                    guard let seeds = seeds.baseAddress, let words = wordFeatures.baseAddress,
                                        let labels = labelFeatures.baseAddress, let featureBase = features.baseAddress
                                    else { return }
                                    // the sentence's rarest features, most of them cache misses: asked for all at once
                                    weights.prefetch(wordFeatures)
                                    var prefixes: ParserFeatures.TagPrefixes?
                                    if tagRows.count == keys.count + 1, let table = tagTable.baseAddress, let rows = tagRows.baseAddress {
                                        prefixes = ParserFeatures.TagPrefixes(table: table, rows: rows)
                                    }
                                    takeSteps(
                                        &state, words: keys, seeds: seeds, wordFeatures: words,
                                        labelFeatures: ParserFeatures.LabelFeatures(table: labels, labelCount: labelCount),
                                        tagPrefixes: prefixes, features: featureBase, scores: scores)
                                }
                            }
                        }
                    }
                }
            }
        }
        return tree(of: state)
    }

    /// Scores and applies `state`'s transitions until it is terminal, `features` and `scores`
    /// being buffers of `ParserFeatures.count` and of the class count.
    ///
    /// A function of its own, with the configuration `inout`: read from the closures that hold the
    /// buffers, it was copied (its eleven arrays retained and released) at every step.
    private func takeSteps(
        _ state: inout ArcHybridConfiguration, words: [ParserWord], seeds: UnsafePointer<UInt64>,
        wordFeatures: UnsafePointer<UInt32>, labelFeatures: ParserFeatures.LabelFeatures, tagPrefixes: ParserFeatures.TagPrefixes?,
        features: UnsafeMutablePointer<UInt32>, scores: UnsafeMutableBufferPointer<Int32>
    ) {
        guard let scoreBase = scores.baseAddress else { return }
        let labelCount = labels.count
        let prefetcher = weights.prefetcher
        while !state.isTerminal {
            if let forced = state.onlyAllowedTransition(rootLabel: rootLabel) {
                // the first SHIFT and the root's arc: nothing to choose, so nothing to score
                state.apply(forced)
                continue
            }
            let classes = state.allowedClasses(labelCount: labelCount)
            let made = ParserFeatures.extract(
                state, words: words, into: features, seeds: seeds, wordFeatures: wordFeatures, labelFeatures: labelFeatures,
                tagPrefixes: tagPrefixes, prefetcher: prefetcher)
            scores.initialize(repeating: 0)
            // each feature's slot was asked for as it was made: not asked for again
            weights.accumulate(UnsafeBufferPointer(start: features, count: made), into: scoreBase, labels: classes, prefetched: true)
            // chosen before `apply` starts its access, so that reading the configuration needs no copy of it
            let next = bestAllowedClass(in: state, scores: UnsafeBufferPointer(scores))
            state.apply(next)
        }
    }

    /// Parses as `parse(_:tags:)` does, with the features of the templates numbered `dropped`
    /// left out: how much a template adds to the model (`kg train parser-templates`).
    ///
    /// Makes every feature at every transition, as training does, so it also checks
    /// `parse(_:tags:)`: with nothing dropped, the two give the same trees.
    package func parse(_ words: [String], tags: [PartOfSpeech], withoutTemplates dropped: [Int]) -> DependencyTree {
        let keys = ParserWord.sentence(words, tags: tags)
        var state = ArcHybridConfiguration(wordCount: words.count)
        var features = [UInt32](repeating: 0, count: ParserFeatures.count)
        var scores = [Int32](repeating: 0, count: ParserTransition.classCount(labelCount: labels.count))
        while !state.isTerminal {
            if let forced = state.onlyAllowedTransition(rootLabel: rootLabel) {
                state.apply(forced)
                continue
            }
            features.withUnsafeMutableBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                ParserFeatures.extract(state, words: keys, into: base)
                // key 0 is never a feature's (`FeatureHash.narrow`), so it finds no row
                for template in dropped where template >= 0 && template < ParserFeatures.count { base[template] = 0 }
            }
            scores.withUnsafeMutableBufferPointer { scores in
                guard let base = scores.baseAddress else { return }
                for index in scores.indices { scores[index] = 0 }
                features.withUnsafeBufferPointer { weights.accumulate($0, into: base, labels: state.allowedClasses(labelCount: labels.count)) }
            }
            state.apply(bestTransition(in: state, scores: scores))
        }
        return tree(of: state)
    }

    /// The transition `bestTransition` picks, found over the class numbers without making a
    /// transition value per class (a hundred per step).
    ///
    /// ```swift
    /// state.apply(scores.withUnsafeBufferPointer { bestAllowedClass(in: state, scores: $0) })
    /// ```
    @inline(__always)
    func bestAllowedClass(in state: ArcHybridConfiguration, scores: UnsafeBufferPointer<Int32>) -> ParserTransition {
        let labelCount = labels.count, rootLabel = self.rootLabel
        var best = -1
        var bestScore = Int32.min
        // classes in increasing order, as `forEachAllowedTransition` gives them: ties keep the
        // first, so only a higher score replaces the best of the classes before. A range's highest
        // score is found first, by a loop the compiler turns into vector instructions (a compare
        // and a select a class were six percent of parsing's instructions), and its first class
        // with that score looked for only when it beats the best so far.
        @inline(__always) func consider(_ classes: Range<Int>) {
            guard !classes.isEmpty else { return }
            var highest = Int32.min
            for index in classes { highest = max(highest, scores[index]) }
            guard best < 0 || highest > bestScore else { return }
            var index = classes.lowerBound
            while scores[index] != highest { index += 1 }
            best = index
            bestScore = highest
        }
        // the labels of one direction, starting at class `first`, `root` left out
        @inline(__always) func considerLabels(from first: Int) {
            consider(first..<(first + rootLabel))
            consider((first + rootLabel + 1)..<(first + labelCount))
        }
        if state.canShift { consider(0..<1) }
        if state.canLeft { considerLabels(from: 1) }
        if state.canRight {
            if state.rightTakesRoot {
                consider((1 + labelCount + rootLabel)..<(2 + labelCount + rootLabel))
            } else {
                considerLabels(from: 1 + labelCount)
            }
        }
        return best >= 0 ? ParserTransition(class: best, labelCount: labelCount) : .shift
    }

    /// The highest-scoring transition `state` allows; ties go to the lower class number.
    @inline(__always)
    func bestTransition(in state: ArcHybridConfiguration, scores: [Int32]) -> ParserTransition {
        Self.bestTransition(in: state, scores: scores, labelCount: labels.count, rootLabel: rootLabel)
    }

    /// The highest-scoring transition `state` allows with `labelCount` labels, `rootLabel` the
    /// number of `root`; ties go to the lower class number.
    @inline(__always)
    package static func bestTransition(
        in state: ArcHybridConfiguration, scores: [Int32], labelCount: Int, rootLabel: Int
    ) -> ParserTransition {
        var best = ParserTransition.shift
        var found = false
        var bestScore = Int32.min
        func consider(_ transition: ParserTransition) {
            let score = scores[transition.classNumber(labelCount: labelCount)]
            if score > bestScore || (score == bestScore && !found) {
                best = transition
                bestScore = score
                found = true
            }
        }
        state.forEachAllowedTransition(labelCount: labelCount, rootLabel: rootLabel, consider)
        return best
    }

    /// The finished configuration's arcs as a tree (the root's dependent gets a nil head).
    package func tree(of state: ArcHybridConfiguration) -> DependencyTree {
        let count = state.wordCount
        var heads: [Int?] = []
        var treeLabels: [DependencyLabel] = []
        heads.reserveCapacity(count)
        treeLabels.reserveCapacity(count)
        for word in 0..<count {
            let head = state.heads[word]
            let label = state.labels[word]
            heads.append(head >= 0 && head < count ? head : nil)
            treeLabels.append(head >= 0 && head < count && labels.indices.contains(label) ? labels[label] : labels[rootLabel])
        }
        return DependencyTree(heads: heads, labels: treeLabels)
    }
}
