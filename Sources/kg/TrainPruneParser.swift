import ArgumentParser
import Foundation
import KGExtraction

/// `kg train prune-parser --below 1.5 [--parser-model PATH] -o PATH`
struct TrainPruneParser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune-parser",
        abstract: "Drop a parser model's small weights without training again.",
        discussion: """
            Keeps the weights of magnitude --below or more (as `kg train parser --prune` counts \
            them) and the features that still have one, and writes the smaller model. See \
            Sources/KGExtraction/Resources/Models/README.md for the command that made the bundled model.
            """
    )

    @Option(help: ArgumentHelp("Parser model to prune; the bundled parser when omitted.", valueName: "path"))
    var parserModel: String?

    @Option(help: "Weights of smaller magnitude than this are dropped.")
    var below: Double

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the model.", valueName: "path"))
    var output: String

    func validate() throws {
        guard below.isFinite && below >= 0 else { throw ValidationError("--below must be a number of 0 or more") }
    }

    func run() throws {
        let parser = try parserModel.map { try DependencyParser(contentsOf: URL(fileURLWithPath: $0)) } ?? DependencyParser.bundled()
        let pruned = try parser.pruned(below: below)
        try pruned.write(to: URL(fileURLWithPath: output))
        print("kept \(pruned.featureCount) of \(parser.featureCount) features; wrote \(output)")
    }
}
