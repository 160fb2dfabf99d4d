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
            may differ from this in the names; this shows where a tree goes wrong.
            """
    )

    @Argument(help: "Text files to read.")
    var files: [String]

    func run() throws {
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
}
