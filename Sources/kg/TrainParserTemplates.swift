import ArgumentParser
import Foundation
import KGExtraction
import KGTraining

/// `kg train parser-templates --conllu FILE [--parser-model PATH]`
struct TrainParserTemplates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser-templates",
        abstract: "Print how much LAS a parser model loses without each of its feature templates.",
        discussion: """
            Parses the CoNLL-U file once with every template, then once without each template in \
            turn (its features left out, the model not trained again), and prints the templates \
            from the least missed to the most. A template whose loss is small costs a memory read \
            per transition for little: a candidate to leave out of the next training.
            """
    )

    @Option(help: ArgumentHelp("Parser model; the bundled parser when omitted.", valueName: "path"))
    var parserModel: String?

    @Option(help: ArgumentHelp("Gold CoNLL-U file (EWT dev, say).", valueName: "file"))
    var conllu: String

    @Option(help: "Then drop templates, least missed first, while LAS stays within this many points of all.")
    var budget = 0.0

    func run() throws {
        let parser = try parserModel.map { try DependencyParser(contentsOf: URL(fileURLWithPath: $0)) } ?? DependencyParser.bundled()
        let tagger = try PerceptronTagger.bundled()
        let sentences = try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: conllu)).map { ($0, tagger.tagDetailed($0.forms)) }
        let full = ParserEvaluation(parser: parser, sentences: sentences)
        print(String(format: "all %d templates: UAS %.2f%%, LAS %.2f%%", ParserFeatures.count, full.uas * 100, full.las * 100))
        var losses: [(template: Int, uas: Double, las: Double)] = []
        for template in 0..<ParserFeatures.count {
            let score = ParserEvaluation(parser: parser, sentences: sentences, withoutTemplates: [template])
            losses.append((template, (full.uas - score.uas) * 100, (full.las - score.las) * 100))
        }
        let leastMissedFirst = losses.sorted { ($0.las, $0.template) < ($1.las, $1.template) }
        for loss in leastMissedFirst {
            print(String(format: "template %2d: LAS loss %6.2f, UAS loss %6.2f", loss.template, loss.las, loss.uas))
        }
        guard budget > 0 else { return }
        // Templates overlap (a word-tag pair and the word alone), so what one adds alone is not
        // what it adds beside the others: drop them one by one, keeping each drop that fits.
        var dropped: [Int] = []
        for loss in leastMissedFirst {
            let score = ParserEvaluation(parser: parser, sentences: sentences, withoutTemplates: dropped + [loss.template])
            guard (full.las - score.las) * 100 <= budget else { continue }
            dropped.append(loss.template)
            print(String(format: "without %2d templates (+%2d): UAS %.2f%%, LAS %.2f%%", dropped.count, loss.template, score.uas * 100, score.las * 100))
        }
        print("dropped: " + dropped.sorted().map(String.init).joined(separator: " "))
    }
}
