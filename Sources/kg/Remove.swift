import ArgumentParser
import Foundation
import KGExport
import KGIngest
import KGStore

/// `kg remove [--db FILE] PATH...`: take documents out of the graph.
struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove documents, with their facts, from the graph.",
        discussion: """
            Each path is a document's file (as it was ingested; the file need not exist any more) \
            or a folder, meaning every document ingested from under it. Sentences, mentions and \
            reports go with their documents; entities that nothing else mentions go too, and so \
            do aliases and names only those documents gave. One transaction: a path that names no \
            document is an error and nothing is removed. To drop the documents whose files were \
            deleted, use 'kg ingest --prune FOLDER'.
            """
    )

    @OptionGroup var database: DatabaseOption

    @Argument(help: ArgumentHelp("Documents or folders to remove.", valueName: "path"))
    var paths: [String]

    func run() throws {
        guard FileManager.default.fileExists(atPath: database.path) else {
            throw StoreError.noDatabase(path: database.path)
        }
        let store = try GraphStore(path: database.path)
        let removal = try store.removeDocuments(at: paths.map(DocumentReader.absolutePath))
        try Self.print(removal, verb: "removed")
    }

    /// `removed 2 documents (-31 sentences, -40 mentions, -12 relations, -3 entities)` and one
    /// line per document.
    static func print(_ removal: RemovalReport, verb: String) throws {
        let count = removal.documents.count
        var text =
            "\(verb) \(count) document\(count == 1 ? "" : "s") (-\(removal.sentences) sentences, "
            + "-\(removal.mentions) mentions, -\(removal.relations) relations, -\(removal.entitiesRemoved) entities)\n"
        for path in removal.documents { text += "  \(Ingest.displayPath(path))\n" }
        try StandardOutput.write(text)
    }
}
