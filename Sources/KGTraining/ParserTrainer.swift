import Foundation
import KGExtraction

/// Trains a `DependencyParser`: greedy averaged perceptron with a dynamic oracle.
///
/// Each iteration visits the sentences in a shuffled order (a fixed seed, so the same data always
/// gives the same model) and parses them with the current weights. At each step the oracle names
/// the transitions that lose no more gold arcs than the best one (`ArcHybridOracle`); if the
/// model's choice is not among them, the weights move toward the best-scoring of them and away
/// from the choice. From iteration `explorationStart` on, the parser then follows its own
/// mistaken choice with probability `explorationProbability` (Goldberg and Nivre 2012), so it
/// learns to recover from the states its errors lead to. Non-projective gold trees are
/// projectivized first (`Projectivizer`). Weights are averaged over every step.
///
/// ```swift
/// let parser = try ParserTrainer(options: .init(iterations: 12)).train(sentences)
/// try parser.write(to: modelURL)
/// ```
public struct ParserTrainer: Sendable {
    public struct Options: Sendable {
        /// Passes over the training data.
        public var iterations: Int
        /// Seed of the sentence shuffle and of exploration.
        public var seed: UInt64
        /// The first iteration that follows the model's own mistakes.
        public var explorationStart: Int
        /// How often, once exploring, a mistaken choice is followed rather than the oracle's.
        public var explorationProbability: Double
        /// Averaged weights smaller than this in magnitude are dropped from the model.
        public var pruningThreshold: Double
        /// From this iteration on, each iteration's averaged model is handed to `onCheckpoint`
        /// (0: none), so a caller can score it on held-out data and keep the best.
        public var checkpointsFrom: Int

        public init(
            iterations: Int = 15, seed: UInt64 = 1, explorationStart: Int = 2, explorationProbability: Double = 0.9,
            pruningThreshold: Double = 0.5, checkpointsFrom: Int = 0
        ) {
            self.checkpointsFrom = checkpointsFrom
            self.iterations = iterations
            self.seed = seed
            self.explorationStart = explorationStart
            self.explorationProbability = explorationProbability
            self.pruningThreshold = pruningThreshold
        }
    }

    /// How one pass over the training data went.
    public struct IterationReport: Sendable {
        public let iteration: Int
        /// Share of transitions where the model's choice cost no more than the oracle's best.
        public let transitionAccuracy: Double
        public let seconds: Double
    }

    public let options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The labels of `sentences` in a fixed order (sorted), `root` among them.
    public static func labelSet(of sentences: [ParserTrainingSentence]) -> [DependencyLabel] {
        Set(sentences.flatMap(\.tree.labels)).union([DependencyLabel(rawValue: "root")]).sorted { $0.rawValue < $1.rawValue }
    }

    /// Trains on `sentences`; `onIteration` hears about each pass over the data as it ends, and
    /// `onCheckpoint` receives the averaged model after each iteration from `checkpointsFrom` on.
    public func train(
        _ sentences: [ParserTrainingSentence], onIteration: (IterationReport) -> Void = { _ in },
        onCheckpoint: (Int, DependencyParser) throws -> Void = { _, _ in }
    ) throws -> DependencyParser {
        let labels = Self.labelSet(of: sentences)
        guard labels.count <= 127 else {
            throw ParsingError.unusableTrainingData(reason: "\(labels.count) distinct labels, the model holds at most 127")
        }
        let labelNumbers = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        guard let rootLabel = labelNumbers[DependencyLabel(rawValue: "root")] else {
            throw ParsingError.unusableTrainingData(reason: "no 'root' label")
        }
        let usable = sentences.filter { $0.tree.isWellFormed && $0.words.count == $0.tree.heads.count && !$0.words.isEmpty }
        let oracles = usable.map { ArcHybridOracle(tree: Projectivizer.projectivized($0.tree), labelNumbers: labelNumbers) }
        let words = usable.map { ParserWord.sentence($0.words, tags: $0.tags) }
        let labelCount = labels.count
        let classCount = ParserTransition.classCount(labelCount: labelCount)

        var weights = WeightTable(labelCount: classCount)
        var order = Array(usable.indices)
        var random = SplitMix64(seed: options.seed)
        var features = [UInt32](repeating: 0, count: ParserFeatures.count)
        for iteration in 1...max(1, options.iterations) {
            let started = Date()
            random.shuffle(&order)
            let explores = iteration >= options.explorationStart
            var right = 0, total = 0
            for index in order {
                let oracle = oracles[index]
                var state = ArcHybridConfiguration(wordCount: usable[index].words.count)
                while !state.isTerminal {
                    features.withUnsafeMutableBufferPointer { buffer in
                        guard let base = buffer.baseAddress else { return }
                        ParserFeatures.extract(state, words: words[index], into: base)
                    }
                    let (guess, best, mistaken) = features.withUnsafeBufferPointer { buffer in
                        let scores = weights.scores(for: buffer)
                        let guess = DependencyParser.bestTransition(
                            in: state, scores: scores, labelCount: labelCount, rootLabel: rootLabel
                        )
                        let unlabelled = oracle.unlabelledCosts(in: state)
                        let guessCost = oracle.cost(of: guess, in: state, unlabelled: unlabelled)
                        let best = bestCheapest(
                            in: state, oracle: oracle, unlabelled: unlabelled, scores: scores,
                            labelCount: labelCount, rootLabel: rootLabel
                        )
                        let bestCost = oracle.cost(of: best, in: state, unlabelled: unlabelled)
                        let mistaken = guessCost > bestCost
                        weights.update(
                            features: buffer, gold: best.classNumber(labelCount: labelCount),
                            guess: mistaken ? guess.classNumber(labelCount: labelCount) : best.classNumber(labelCount: labelCount)
                        )
                        return (guess, best, mistaken)
                    }
                    total += 1
                    if !mistaken { right += 1 }
                    let followsGuess =
                        !mistaken
                        || (explores && Double(random.next() >> 11) / Double(1 << 53) < options.explorationProbability)
                    state.apply(followsGuess ? guess : best)
                }
            }
            onIteration(
                IterationReport(
                    iteration: iteration, transitionAccuracy: Double(right) / Double(max(total, 1)),
                    seconds: Date().timeIntervalSince(started)
                ))
            if options.checkpointsFrom > 0, iteration >= options.checkpointsFrom, iteration < options.iterations {
                try onCheckpoint(iteration, try model(from: weights, labels: labels))
            }
        }
        let final = try model(from: weights, labels: labels)
        if options.checkpointsFrom > 0 { try onCheckpoint(max(1, options.iterations), final) }
        return final
    }

    private func model(from weights: WeightTable, labels: [DependencyLabel]) throws -> DependencyParser {
        let averaged = weights.averaged(pruningBelow: options.pruningThreshold)
        return try DependencyParser(
            labels: labels, featureKeys: averaged.keys, rowStarts: averaged.rowStarts,
            entryClasses: averaged.entryLabels, entryWeights: averaged.entryWeights
        )
    }

    /// The highest-scoring allowed transition among those of least cost.
    private func bestCheapest(
        in state: ArcHybridConfiguration, oracle: ArcHybridOracle, unlabelled: (shift: Int, left: Int, right: Int),
        scores: [Int32], labelCount: Int, rootLabel: Int
    ) -> ParserTransition {
        var best = ParserTransition.shift
        var bestKey: (cost: Int, score: Int32)?
        func consider(_ transition: ParserTransition) {
            let cost = oracle.cost(of: transition, in: state, unlabelled: unlabelled)
            let score = scores[transition.classNumber(labelCount: labelCount)]
            if let key = bestKey, cost > key.cost || (cost == key.cost && score <= key.score) { return }
            best = transition
            bestKey = (cost, score)
        }
        state.forEachAllowedTransition(labelCount: labelCount, rootLabel: rootLabel, consider)
        return best
    }
}

/// The static oracle: the gold transition sequence of a projective tree.
extension ArcHybridOracle {
    /// The transitions that build `tree` (projectivized first), preferring arcs to SHIFT.
    ///
    /// ```swift
    /// ArcHybridOracle.goldSequence(for: tree, labelNumbers: numbers) // [.shift, .left(3), ...]
    /// ```
    package static func goldSequence(for tree: DependencyTree, labelNumbers: [DependencyLabel: Int]) -> [ParserTransition] {
        let projective = Projectivizer.projectivized(tree)
        let oracle = ArcHybridOracle(tree: projective, labelNumbers: labelNumbers)
        let rootLabel = labelNumbers[DependencyLabel(rawValue: "root")] ?? -1
        var state = ArcHybridConfiguration(wordCount: tree.heads.count)
        var sequence: [ParserTransition] = []
        while !state.isTerminal {
            let s0 = state.stackElement(0)
            let label = s0 >= 0 && s0 < oracle.labels.count ? oracle.labels[s0] : -1
            let candidates: [ParserTransition] = [.left(label: label), .right(label: state.rightTakesRoot ? rootLabel : label), .shift]
            guard
                let next = candidates.first(where: { state.isValid($0, rootLabel: rootLabel) && oracle.cost(of: $0, in: state) == 0 })
                    ?? candidates.first(where: { state.isValid($0, rootLabel: rootLabel) })
            else { break }
            sequence.append(next)
            state.apply(next)
        }
        return sequence
    }
}
