import Foundation
import KGExtraction

/// One syntactic word of a treebank sentence: what the tagger, lemmatizer and parser learn from.
public struct AnnotatedToken: Sendable, Hashable {
    public let form: String
    public let lemma: String
    public let upos: UPOS
    /// Penn Treebank tag; `.none` when the treebank gives none ("_").
    public let xpos: PennTag
    /// The CoNLL-U HEAD: 0 for the sentence's root, else the 1-based id of the head word;
    /// nil when the file gives none ("_").
    public let head: Int?
    /// The CoNLL-U DEPREL, such as "nsubj" or "nmod:poss"; "_" when the file gives none.
    public let relation: String

    public init(form: String, lemma: String, upos: UPOS, xpos: PennTag, head: Int? = nil, relation: String = "_") {
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.head = head
        self.relation = relation
    }
}

/// One sentence of a CoNLL-U file.
public struct AnnotatedSentence: Sendable, Hashable {
    public let tokens: [AnnotatedToken]

    public init(tokens: [AnnotatedToken]) { self.tokens = tokens }

    public var forms: [String] { tokens.map(\.form) }
}

/// Reads Universal Dependencies CoNLL-U files into sentences of (form, lemma, UPOS, XPOS, HEAD, DEPREL).
///
/// Multiword-token lines (ids like `3-4`, e.g. "don't" above "do" + "n't") and empty nodes
/// (ids like `3.1`) are skipped: the syntactic words below them are what gets tagged.
///
/// ```swift
/// let sentences = try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: "en_ewt-ud-dev.conllu"))
/// sentences[0].tokens[0].upos // .PROPN
/// ```
public enum CoNLLUReader {
    /// Reads and parses a whole file; errors name the file and line.
    public static func read(contentsOf url: URL) throws -> [AnnotatedSentence] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TaggingError.unreadable(file: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: url.path)
    }

    /// Parses CoNLL-U text; `file` only names the source in errors.
    public static func parse(_ text: String, file: String = "<input>") throws -> [AnnotatedSentence] {
        var sentences: [AnnotatedSentence] = []
        var tokens: [AnnotatedToken] = []
        var lineNumber = 0
        func fail(_ reason: String) -> TaggingError {
            .malformedCoNLLU(file: file, line: lineNumber, reason: reason)
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
            if line.isEmpty {
                if !tokens.isEmpty { sentences.append(AnnotatedSentence(tokens: tokens)) }
                tokens = []
                continue
            }
            if line.first == "#" { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 10 else {
                throw fail("expected 10 tab-separated fields, found \(fields.count)")
            }
            let id = fields[0]
            if id.contains("-") || id.contains(".") {
                guard id.split(whereSeparator: { $0 == "-" || $0 == "." }).allSatisfy({ Int($0) != nil }) else {
                    throw fail("invalid token id '\(id)'")
                }
                continue
            }
            guard let index = Int(id), index >= 1 else { throw fail("invalid token id '\(id)'") }
            guard index == tokens.count + 1 else {
                throw fail("token id \(index) out of sequence (expected \(tokens.count + 1))")
            }
            guard !fields[1].isEmpty else { throw fail("empty word form") }
            guard let upos = UPOS(rawValue: String(fields[3])) else {
                throw fail("unknown UPOS tag '\(fields[3])'")
            }
            let head: Int?
            if fields[6] == "_" {
                head = nil
            } else {
                guard let number = Int(fields[6]), number >= 0 else { throw fail("invalid head '\(fields[6])'") }
                head = number
            }
            tokens.append(
                AnnotatedToken(
                    form: String(fields[1]), lemma: String(fields[2]), upos: upos, xpos: PennTag(treebankTag: fields[4]),
                    head: head, relation: String(fields[7])
                ))
        }
        if !tokens.isEmpty { sentences.append(AnnotatedSentence(tokens: tokens)) }
        return sentences
    }
}
