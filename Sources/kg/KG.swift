import ArgumentParser
import Foundation

/// `kg`: build a knowledge graph from news articles, query it, export it.
@main
struct KG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kg",
        abstract: "Build a knowledge graph of who did what to whom from news articles.",
        discussion: """
            The graph lives in a SQLite file: --db FILE, else $KG_DB, else ./kg.sqlite.
            """,
        version: "0.1.0",
        // each command gives its name: without one, ArgumentParser derives it from the type's name
        // through `String(describing:)` (reflection), about 13 M instructions at every start
        subcommands: [
            Ingest.self, Remove.self, Export.self, Import.self, Stats.self, Query.self, Shell.self, Extract.self,
            Train.self,
        ]
    )

    /// Runs the command with SIGXFSZ ignored, so a write past `ulimit -f` fails with EFBIG
    /// (reported as a full disk, the transaction rolled back) instead of killing kg mid-write.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        main(nil)
    }
}
