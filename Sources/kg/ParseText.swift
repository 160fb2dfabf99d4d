import ArgumentParser
import Foundation
import KGExport
import KGExtraction

/// `kg train parse FILE...`: the bundled tagger's and parser's reading of plain text, as CoNLL-U.
///
/// ```
/// $ kg train parse note.txt
/// # file = note.txt
/// # sent_id = 1
/// # text = Ghana recalled its envoy.
/// 1	Ghana	ghana	PROPN	NNP	_	2	nsubj	_	_
/// ...
/// ```
struct ParseText: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag and parse text files with the bundled models, printing CoNLL-U.",
        discussion: """
            Every sentence of each file, as kg's tokenizer and sentence splitter cut it, with its \
            lemma, universal and Penn tags, head and relation. The relation rules read the same \
            models' trees, with each entity's name folded into one word first, so a rule's input \
            may differ from this in the names; this shows where a tree goes wrong. With --folded, \
            the trees the rules read instead: each stretch the extractor parses, names folded into \
            one word, before the rules' own repairs.
            """
    )

    @Argument(help: "Text files to read.")
    var files: [String]

    @Flag(help: "Print the trees the relation rules read (names folded), not whole sentences.")
    var folded = false

    func run() throws {
        if folded {
            try printFoldedTrees()
            return
        }
        let tagger = try PerceptronTagger.bundled()
        let parser = try DependencyParser.bundled()
        let lemmatizer = try Lemmatizer.bundled()
        for file in files {
            let text = try Extract.readText(file)
            let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
            var out = "# file = \((file as NSString).lastPathComponent)\n"
            for (n, range) in SentenceSplitter.split(tokens).enumerated() {
                let words = tokens[range].map(\.text)
                guard !words.isEmpty else { continue }
                let tags = tagger.tagDetailed(words)
                let tree = parser.parse(words, tags: tags)
                out += "# sent_id = \(n + 1)\n# text = \(words.joined(separator: " "))\n"
                for (i, word) in words.enumerated() {
                    // CoNLL-U counts words from 1 and writes the root's head as 0
                    let head = tree.heads[i].map { String($0 + 1) } ?? "0"
                    let lemma = lemmatizer.lemma(word, pos: tags[i])
                    out += "\(i + 1)\t\(word)\t\(lemma)\t\(tags[i].upos.rawValue)\t\(tags[i].xpos.rawValue)\t_\t\(head)\t\(tree.labels[i])\t_\t_\n"
                }
                out += "\n"
            }
            try StandardOutput.write(out)
        }
    }

    /// Each stretch the extractor parses in each file, as CoNLL-U with its folded words.
    func printFoldedTrees() throws {
        let recorder = RecordingParser(try DependencyParser.bundled())
        let extractor = try Extractor(parser: recorder)
        for file in files {
            recorder.clear()
            _ = extractor.extract(try Extract.readText(file))
            var out = "# file = \((file as NSString).lastPathComponent)\n"
            for (n, record) in recorder.records.enumerated() {
                out += "# parse = \(n + 1)\n# text = \(record.words.joined(separator: " "))\n"
                for (i, word) in record.words.enumerated() {
                    let head = record.tree.heads[i].map { String($0 + 1) } ?? "0"
                    out += "\(i + 1)\t\(word)\t_\t\(record.tags[i].upos.rawValue)\t\(record.tags[i].xpos.rawValue)\t_\t\(head)\t\(record.tree.labels[i])\t_\t_\n"
                }
                out += "\n"
            }
            try StandardOutput.write(out)
        }
    }
}
