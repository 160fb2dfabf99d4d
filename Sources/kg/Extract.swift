import ArgumentParser
import Foundation
import KGExport
import KGExtraction
import KGIngest
import KGModel

/// `kg extract FILE... [--json]`: show what the extractor finds, without touching a database.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show the entities and facts the extractor finds in text files, with their dates.",
        discussion: """
            The publication date comes from a dateline or date line in the text, else the file \
            name; each fact is dated from its sentence or the publication date. With --json, \
            prints NetworkX node-link JSON (the format score.py reads).
            """
    )

    @Argument(help: "Text files to read.")
    var files: [String]

    @Flag(help: "Print NetworkX node-link JSON instead of text.")
    var json = false

    /// For measuring rules: each fact's edge key (as numbered in the JSON) and the rule that made it.
    @Option(help: ArgumentHelp("Write each fact's JSON edge key and the source line of the rule that made it, tab-separated, to this file.", visibility: .hidden))
    var origins: String?

    func run() throws {
        let extractor = KeptUntilExit.keep(try Extractor())
        var documents: [(name: String, doc: ExtractedDocument)] = []
        var texts: [String] = []
        var publications: [PublicationDate?] = []
        for file in files {
            let text = try Self.readText(file)
            let fromPath = PublicationDate.find(inPath: file)
            let published = extractor.publicationDate(inText: text, year: fromPath?.date.year) ?? fromPath
            let document = extractor.datingFacts(of: extractor.extract(text), publishedOn: published?.date)
            documents.append(((file as NSString).lastPathComponent, document))
            publications.append(published)
            texts.append(text)
        }
        if let origins {
            let keyed = documents.flatMap(\.doc.facts).enumerated().map { "\($0.offset + 1)\t\($0.element.origin)\n" }
            guard FileManager.default.createFile(atPath: origins, contents: Data(keyed.joined().utf8)) else {
                throw CommandError.unwritable(path: origins)
            }
        }
        if json {
            try StandardOutput.write(try Self.nodeLinkJSON(documents) + "\n")
        } else {
            for (i, (name, doc)) in documents.enumerated() {
                try StandardOutput.write(Self.describe(name, doc, text: texts[i], published: publications[i]) + "\n")
            }
        }
    }

    /// A text file's contents, decoded as ingest decodes them (UTF-8, else the legacy encodings).
    static func readText(_ file: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandError.unreadable(path: file, reason: "no such file, or no permission")
        }
        if let utf8 = String(data: data, encoding: .utf8) { return utf8 }
        // Not UTF-8 (or mixed): decoded as ingest decodes it.
        if case let .text(decoded, _) = TextDecoder.decode(Array(data)) { return decoded }
        throw CommandError.unreadable(path: file, reason: "binary file (contains NUL bytes)")
    }

    static func describe(_ name: String, _ doc: ExtractedDocument, text: String, published: PublicationDate? = nil) -> String {
        var out = "== \(name)\n"
        if let title = doc.title { out += "title: \(title)\n" }
        out += "published: " + (published.map { "\($0.date.iso) (\($0.source.rawValue))" } ?? "unknown") + "\n"
        out += "entities (\(doc.entities.count)):\n"
        for e in doc.entities.sorted(by: { ($0.type, $0.name) < ($1.type, $1.name) }) {
            out += "  \(e.type.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(e.name)"
            let others = e.aliases.filter { $0 != e.name }
            out += others.isEmpty ? "\n" : "  [\(others.joined(separator: ", "))]\n"
        }
        out += "facts (\(doc.facts.count)):\n"
        let names = Dictionary(uniqueKeysWithValues: doc.entities.map { ($0.id, $0.name) })
        let scalars = Array(text.unicodeScalars)
        for f in doc.facts {
            out += "  [\(f.sentence)] \(names[f.subject] ?? "?") -\(f.action)/\(f.cameo)-> \(names[f.object] ?? "?")"
            out += "  (" + f.confidence.twoDecimals + ")"
            out += f.date.map { "  \($0.iso) \(f.dateSource?.rawValue ?? "")\n" } ?? "\n"
            if f.span.start >= 0, f.span.end <= scalars.count, f.span.start < f.span.end {
                let evidence = Tokenizer.makeString(scalars[f.span.start..<f.span.end])
                // Foundation's replacing costs as much as the rest of the line: only where there is a line break
                let oneLine = evidence.unicodeScalars.contains("\n") ? evidence.replacingOccurrences(of: "\n", with: " ") : evidence
                out += "      \"\(oneLine)\"\n"
            }
        }
        return out
    }

    /// Node-link JSON with one node per (document, entity) and one edge per fact, written by the
    /// same writer as `kg export --format json`.
    static func nodeLinkJSON(_ documents: [(name: String, doc: ExtractedDocument)]) throws -> String {
        var nodes: [SnapshotNode] = []
        var edges: [SnapshotEdge] = []
        for (name, doc) in documents {
            // Entity ids are indices into doc.entities; nodes are numbered across documents.
            let firstNode = nodes.count
            for e in doc.entities {
                nodes.append(
                    SnapshotNode(
                        id: firstNode + e.id, name: e.name, type: e.type.rawValue,
                        aliases: e.aliases.filter { $0 != e.name }, documents: [name]))
            }
            for f in doc.facts {
                let sentence = doc.sentences.indices.contains(f.sentence) ? doc.sentences[f.sentence].text : nil
                edges.append(
                    SnapshotEdge(
                        id: edges.count + 1, source: firstNode + f.subject,
                        target: firstNode + f.object, action: f.action, cameo: f.cameo,
                        kind: f.kind.rawValue, document: name, sentence: sentence,
                        confidence: f.confidence, date: f.date?.iso))
            }
        }
        return try NodeLinkJSONWriter().write(GraphSnapshot(nodes: nodes, edges: edges))
    }
}
