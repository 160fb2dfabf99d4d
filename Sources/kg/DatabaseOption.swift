import ArgumentParser
import Foundation
import KGStore

/// `--db FILE`, shared by every subcommand that opens the graph.
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The graph's SQLite file.", valueName: "file"))
    var db: String?

    /// `--db`, else `$KG_DB`, else `kg.sqlite` in the current folder.
    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["KG_DB"], !env.isEmpty { return env }
        return GraphStore.defaultPath
    }
}
