import ArgumentParser
import Foundation
import KGExtraction
import KGTraining

/// `kg train parser --ewt DIR [--gum DIR] -o PATH`
struct TrainParser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the dependency parser on UD English EWT (and GUM) train.",
        discussion: """
            Reads en_ewt-ud-train.conllu from --ewt (and en_gum-ud-train.conllu from --gum), tags
            it with the bundled tagger (or --tagger), trains, prints UPOS/UAS/LAS on
            en_ewt-ud-dev.conllu, and writes the model. Training is deterministic: the same data
            and options give the same file. See Sources/KGExtraction/Resources/Models/README.md
            for the command that made the bundled model.
            """
    )

    @Option(help: ArgumentHelp("Folder with the UD English EWT .conllu files.", valueName: "dir"))
    var ewt: String

    @Option(help: ArgumentHelp("Folder with the UD English GUM .conllu files.", valueName: "dir"))
    var gum: String?

    @Option(help: ArgumentHelp("Tagger model for the training and dev tags; the bundled one when omitted.", valueName: "path"))
    var tagger: String?

    @Flag(help: "Train on the treebank's gold tags instead of the tagger's.")
    var goldTags = false

    @Option(
        help: """
            Tag the training sentences by jackknifing: each of this many folds by a one-pass tagger \
            trained on the others (with the tagger's word classes); 0 tags them with the tagger itself.
            """)
    var jackknife = 0

    @Option(help: "Passes over the training data.")
    var iterations = 15

    @Option(help: "Seed of the sentence shuffle and of exploration.")
    var seed: UInt64 = 1

    @Option(help: "The first iteration that follows the parser's own mistakes (dynamic oracle).")
    var explorationStart = 2

    @Option(help: "How often a mistaken transition is followed once exploring.")
    var exploration = 0.9

    @Option(help: "Averaged weights below this magnitude are dropped.")
    var prune = 0.5

    @Option(
        help: """
            From this iteration on, score each iteration's model on EWT dev and keep the one with \
            the best LAS (0: keep the last).
            """)
    var selectFrom = 0

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the model.", valueName: "path"))
    var output: String

    func run() throws {
        let tagger =
            try self.tagger.map { try PerceptronTagger(contentsOf: URL(fileURLWithPath: $0)) }
            ?? PerceptronTagger.bundled()
        let ewtFolder = URL(fileURLWithPath: ewt, isDirectory: true)
        var treebank = try CoNLLUReader.read(contentsOf: ewtFolder.appendingPathComponent("en_ewt-ud-train.conllu"))
        if let gum {
            treebank += try CoNLLUReader.read(
                contentsOf: URL(fileURLWithPath: gum, isDirectory: true).appendingPathComponent("en_gum-ud-train.conllu")
            )
        }
        let tags: [[PartOfSpeech]]?
        if goldTags {
            tags = nil
        } else if jackknife > 0 {
            let started = Date()
            tags = try JackknifeTagging.tags(for: treebank, folds: jackknife, lexicon: tagger.lexicon)
            print(String(format: "jackknifed tags, %d folds (%.1f s)", jackknife, Date().timeIntervalSince(started)))
        } else {
            tags = treebank.map { tagger.tagDetailed($0.forms) }
        }
        let training = treebank.indices.compactMap { index in
            ParserTrainingSentence(treebank[index], tags: tags?[index])
        }
        if let tags {
            let correct = zip(treebank, tags).reduce(0) { sum, pair in
                sum + zip(pair.0.tokens, pair.1).filter { $0.upos == $1.upos }.count
            }
            print(String(format: "training tags: UPOS %.2f%%", Double(correct) / Double(max(1, treebank.reduce(0) { $0 + $1.tokens.count })) * 100))
        }
        let nonProjective = training.filter { !Projectivizer.isProjective($0.tree) }.count
        print(
            "training on \(training.count) of \(treebank.count) sentences, \(training.reduce(0) { $0 + $1.words.count }) tokens"
                + " (\(nonProjective) non-projective, lifted); \(goldTags ? "gold" : jackknife > 0 ? "jackknifed" : "predicted") tags")

        let devURL = ewtFolder.appendingPathComponent("en_ewt-ud-dev.conllu")
        let dev = FileManager.default.fileExists(atPath: devURL.path) ? try CoNLLUReader.read(contentsOf: devURL) : nil
        if selectFrom > 0 && dev == nil {
            throw ValidationError("--select-from needs \(devURL.path)")
        }
        let options = ParserTrainer.Options(
            iterations: iterations, seed: seed, explorationStart: explorationStart,
            explorationProbability: exploration, pruningThreshold: prune, checkpointsFrom: selectFrom
        )
        let started = Date()
        var best: (iteration: Int, las: Double, parser: DependencyParser)?
        var parser = try ParserTrainer(options: options).train(
            training,
            onIteration: { report in
                print(
                    String(
                        format: "iteration %2d: oracle-agreeing transitions %.2f%% (%.1f s)",
                        report.iteration, report.transitionAccuracy * 100, report.seconds))
            },
            onCheckpoint: { iteration, candidate in
                guard let dev else { return }
                let score = ParserEvaluation(parser: candidate, tagger: tagger, sentences: dev)
                print(String(format: "  iteration %2d model on EWT dev: UAS %.2f%%, LAS %.2f%%", iteration, score.uas * 100, score.las * 100))
                if best.map({ score.las > $0.las }) ?? true { best = (iteration, score.las, candidate) }
            })
        if let best {
            print("kept the model of iteration \(best.iteration)")
            parser = best.parser
        }
        print(
            String(
                format: "trained in %.1f s: %d labels, %d features",
                Date().timeIntervalSince(started), parser.labels.count, parser.featureCount))

        if let dev {
            let score = ParserEvaluation(parser: parser, tagger: tagger, sentences: dev)
            print(
                String(
                    format: "EWT dev: UPOS %.2f%%, UAS %.2f%%, LAS %.2f%% (%d tokens)",
                    score.uposAccuracy * 100, score.uas * 100, score.las * 100, score.tokenCount))
        }
        let url = URL(fileURLWithPath: output)
        try parser.write(to: url)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        print("wrote \(output) (\(size) bytes)")
    }
}

/// The parser's part of `kg train evaluate`: UPOS, UAS, LAS, speed and load time.
enum ParserReport {
    /// Prints the scores of `parser` (a model file, or the bundled model) with `tagger`'s tags.
    static func print(parserModel: String?, tagger: PerceptronTagger, sentences: [AnnotatedSentence]) throws {
        let loadStarted = Date()
        let loadCPUStarted = clock()
        let parser =
            try parserModel.map { try DependencyParser(contentsOf: URL(fileURLWithPath: $0)) }
            ?? DependencyParser.bundled()
        let loadSeconds = Date().timeIntervalSince(loadStarted)
        let loadCPUSeconds = Double(clock() - loadCPUStarted) / Double(CLOCKS_PER_SEC)
        let score = ParserEvaluation(parser: parser, tagger: tagger, sentences: sentences)
        Swift.print(
            String(
                format: "UPOS %.2f%%  UAS %.2f%%  LAS %.2f%%  (LAS on universal labels, subtypes ignored: %.2f%%; %d tokens)",
                score.uposAccuracy * 100, score.uas * 100, score.las * 100, score.universalLAS * 100, score.tokenCount))
        let pairs = score.labelConfusions.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        Swift.print("most frequent label confusions (gold>guess): " + pairs.prefix(10).map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        // Parsing alone, in processor time so other load on the machine does not count.
        let inputs = sentences.map { ($0.forms, tagger.tagDetailed($0.forms)) }
        let cpuStarted = clock()
        var parsed = 0
        for _ in 0..<3 {
            for (words, tags) in inputs { parsed += parser.parse(words, tags: tags).count }
        }
        let cpuSeconds = Double(clock() - cpuStarted) / Double(CLOCKS_PER_SEC)
        Swift.print(
            String(
                format: "parser loaded in %.0f ms (%.0f ms processor time; %d features); parsing speed: %.0f tokens/s (processor time, %d tokens)",
                loadSeconds * 1000, loadCPUSeconds * 1000, parser.featureCount, Double(parsed) / max(cpuSeconds, 1e-9), parsed))
    }
}
