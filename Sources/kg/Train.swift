import ArgumentParser
import Foundation
import KGExtraction
import KGTraining

/// `kg train`: rebuild the extractor's statistical models from treebanks.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train or evaluate the part-of-speech tagger and the dependency parser from UD treebanks.",
        subcommands: [TrainTagger.self, TrainParser.self, TrainPruneParser.self, TrainParserTemplates.self, EvaluateTagger.self, ParseText.self]
    )
}

/// `kg train tagger --ewt DIR [--gum DIR] -o PATH`
struct TrainTagger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Train the averaged-perceptron tagger on UD English EWT (and GUM) train.",
        discussion: """
            Reads en_ewt-ud-train.conllu from --ewt (and en_gum-ud-train.conllu from --gum),
            trains, prints the accuracy on en_ewt-ud-dev.conllu, and writes the model.
            Training is deterministic: the same data and options give the same file.
            The bundled model was made with:
              kg train tagger --ewt ../shared/data/ud-english-ewt \\
                --gum ../shared/data/ud-english-gum --wordnet /usr/share/wordnet \\
                -o Sources/KGExtraction/Resources/Models/tagger.bin
            """
    )

    @Option(help: ArgumentHelp("Folder with the UD English EWT .conllu files.", valueName: "dir"))
    var ewt: String

    @Option(help: ArgumentHelp("Folder with the UD English GUM .conllu files.", valueName: "dir"))
    var gum: String?

    @Option(help: ArgumentHelp("WordNet folder whose index files give word-class features.", valueName: "dir"))
    var wordnet: String?

    @Option(help: "Passes over the training data (each pass of the model).")
    var iterations = 8

    @Option(help: "Seed of the sentence shuffle.")
    var seed: UInt64 = 1

    @Option(
        help: """
            Averaged weights below this magnitude are dropped; the default 0.9 halves the model \
            for 0.06 points of EWT dev accuracy.
            """)
    var prune = 0.9

    @Flag(help: "Predict UPOS only, not (UPOS, Penn tag) pairs.")
    var uposOnly = false

    @Option(
        help: """
            Words seen at least this often with one tag at least --dictionary-share of the time \
            skip scoring; 0 (the default) for no tag dictionary, which scored best on EWT dev.
            """)
    var dictionaryCount = 0

    @Option(help: "See --dictionary-count.")
    var dictionaryShare = 0.97

    @Flag(help: "Train one left-to-right pass only, without the second pass.")
    var onePass = false

    @Option(help: "Folds of the jackknife that makes the second pass's training guides.")
    var folds = 5

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the model.", valueName: "path"))
    var output: String

    func run() throws {
        let ewtFolder = URL(fileURLWithPath: ewt, isDirectory: true)
        var training = try read(ewtFolder.appendingPathComponent("en_ewt-ud-train.conllu"))
        if let gum {
            training += try read(URL(fileURLWithPath: gum, isDirectory: true).appendingPathComponent("en_gum-ud-train.conllu"))
        }
        let tokenCount = training.reduce(0) { $0 + $1.tokens.count }
        print("training on \(training.count) sentences, \(tokenCount) tokens")

        let lexicon = try wordnet.map { try WordClassLexicon(wordNetDirectory: URL(fileURLWithPath: $0, isDirectory: true)) }
        if let lexicon { print("word-class lexicon: \(lexicon.count) words") }
        let options = PerceptronTrainer.Options(
            iterations: iterations, seed: seed, tagDictionaryMinimumCount: dictionaryCount,
            tagDictionaryMinimumShare: dictionaryShare, pruningThreshold: prune, predictsPennTags: !uposOnly,
            twoPass: !onePass, folds: folds, lexicon: lexicon ?? .empty
        )
        let started = Date()
        let tagger = try PerceptronTrainer(options: options).train(training) { report in
            print(
                String(
                    format: "pass %d, iteration %2d: training accuracy %.2f%% (%.1f s)",
                    report.pass, report.iteration, report.trainingAccuracy * 100, report.seconds))
        }
        print(
            String(
                format: "trained in %.1f s: %d labels, %d features",
                Date().timeIntervalSince(started), tagger.labels.count, tagger.featureCount))

        let devURL = ewtFolder.appendingPathComponent("en_ewt-ud-dev.conllu")
        if FileManager.default.fileExists(atPath: devURL.path) {
            let score = TaggerEvaluation(tagger: tagger, sentences: try read(devURL))
            print(
                String(
                    format: "EWT dev: UPOS %.2f%%, XPOS %.2f%% (%d tokens)",
                    score.uposAccuracy * 100, score.xposAccuracy * 100, score.tokenCount))
        }
        let url = URL(fileURLWithPath: output)
        try tagger.write(to: url)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        print("wrote \(output) (\(size) bytes)")
    }
}

/// `kg train evaluate [--model PATH] --conllu FILE`
struct EvaluateTagger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Print a tagger's accuracy (and the lemmatizer's), and the parser's UAS and LAS, on a CoNLL-U file."
    )

    @Option(help: ArgumentHelp("Model file; the bundled model when omitted.", valueName: "path"))
    var model: String?

    @Option(help: ArgumentHelp("Parser model file; the bundled parser when omitted.", valueName: "path"))
    var parserModel: String?

    @Flag(help: "Evaluate the tagger and lemmatizer only.")
    var noParser = false

    @Option(help: ArgumentHelp("Gold CoNLL-U file.", valueName: "file"))
    var conllu: String

    @Flag(help: "Also list up to 300 lemma mistakes.")
    var showLemmaErrors = false

    func run() throws {
        let loadStarted = Date()
        let tagger =
            try model.map { try PerceptronTagger(contentsOf: URL(fileURLWithPath: $0)) }
            ?? PerceptronTagger.bundled()
        let loadSeconds = Date().timeIntervalSince(loadStarted)
        let sentences = try read(URL(fileURLWithPath: conllu))

        let started = Date()
        let score = TaggerEvaluation(tagger: tagger, sentences: sentences)
        let seconds = Date().timeIntervalSince(started)
        print(
            String(
                format: "UPOS accuracy: %.2f%% (%d of %d tokens)",
                score.uposAccuracy * 100, score.uposCorrect, score.tokenCount))
        print(String(format: "XPOS accuracy: %.2f%%", score.xposAccuracy * 100))
        let errors = score.errorsByGoldUPOS.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
        print("UPOS errors by gold tag: " + errors.prefix(8).map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", "))
        let pairs = score.confusions.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        print("most frequent confusions (gold>guess): " + pairs.prefix(12).map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        print(
            String(
                format: "model loaded in %.0f ms; evaluated %.0f tokens/s (wall clock)",
                loadSeconds * 1000, Double(score.tokenCount) / max(seconds, 1e-9)))
        // Tagging alone, in processor time so other load on the machine does not count.
        let forms = sentences.map(\.forms)
        let cpuStarted = clock()
        var tagged = 0
        for _ in 0..<3 {
            for sentence in forms { tagged += tagger.tag(sentence).count }
        }
        let cpuSeconds = Double(clock() - cpuStarted) / Double(CLOCKS_PER_SEC)
        print(
            String(
                format: "tagging speed: %.0f tokens/s (processor time, %d tokens)",
                Double(tagged) / max(cpuSeconds, 1e-9), tagged))

        let lemmatizer = try Lemmatizer.bundled()
        let lemmas = LemmaEvaluation(lemmatizer: lemmatizer, sentences: sentences)
        for upos in [UPOS.VERB, .AUX, .NOUN] {
            let counts = lemmas.counts[upos] ?? (0, 0)
            print(
                String(
                    format: "lemma accuracy, gold %@: %.2f%% (%d of %d)", upos.rawValue,
                    Double(counts.correct) / Double(max(counts.total, 1)) * 100, counts.correct, counts.total))
        }
        if showLemmaErrors {
            for mistake in lemmas.sampleMistakes { print("  \(mistake.upos.rawValue) \(mistake.form): gold \(mistake.gold), got \(mistake.predicted)") }
        }
        if !noParser {
            try ParserReport.print(parserModel: parserModel, tagger: tagger, sentences: sentences)
        }
    }
}

private func read(_ url: URL) throws -> [AnnotatedSentence] {
    try CoNLLUReader.read(contentsOf: url)
}
