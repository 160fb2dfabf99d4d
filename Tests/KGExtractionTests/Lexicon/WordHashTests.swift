import KGModel
import XCTest

@testable import KGExtraction

/// The look-ups from a token's kept hash answer as the look-ups of its text.
final class WordHashTests: XCTestCase {
    private let probes = [
        "", "a", "the", "meet", "met", "condemned", "Condemned", "café", "cafe\u{301}", "naïve", "\u{212A}", "K", "k", "\u{201C}",
        "o'brien", String(repeating: "y", count: 300), String(repeating: "y", count: 301), "word4999", "word5000",
    ]

    func testAWordsHashIsItsBytesFNVAndNoneForNonASCII() {
        XCTAssertEqual(WordHash.of("meet"), Array("meet".utf8).withUnsafeBufferPointer { WordHash.of($0) })
        XCTAssertNotEqual(WordHash.of(""), WordHash.notASCII)
        XCTAssertNotEqual(WordHash.of("meet"), WordHash.of("met"))
        XCTAssertEqual(WordHash.of("café"), WordHash.notASCII)
        XCTAssertEqual(WordHash.of("\u{212A}"), WordHash.notASCII)
    }

    func testHashedLookUpsAnswerAsTheTextsDo() {
        var dictionary: [String: Int] = ["meet": 1, "café": 2, String(repeating: "y", count: 300): 3, "K": 4, "the": 5, "o'brien": 6]
        for n in 0..<5_000 { dictionary["word\(n)"] = n + 10 }
        let table = WordTable(dictionary)
        let set = WordSet(dictionary.keys)
        for word in probes + dictionary.keys.map({ $0 }) {
            let hash = WordHash.of(word)
            XCTAssertEqual(table[word, hash: hash], table[word], word)
            XCTAssertEqual(table.containsKey(word, hash: hash), table.containsKey(word), word)
            XCTAssertEqual(set.contains(word, hash: hash), set.contains(word), word)
        }
        XCTAssertEqual(table["word4999", hash: WordHash.of("word4999")], 5_009)
        XCTAssertEqual(table["\u{212A}", hash: WordHash.of("\u{212A}")], 4)
        XCTAssertNil(table["word5000", hash: WordHash.of("word5000")])
    }

    /// Every lexicon word set asked from tokens of a text answers as it does for the tokens' text.
    func testTheLexiconsAnswerATokensHashAsItsText() throws {
        let lexicons = try Lexicons.load()
        let text = "Mr. Kagame's “envoy” condemned the café’s O’Brien, met Zürich’s mayor and the K\u{212A} Group in Kyiv."
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        let sets = [lexicons.commonWords, lexicons.firstNames, lexicons.roles, lexicons.gazetteerPrefixes, ActionExtractor.determiners]
        for token in tokens {
            XCTAssertEqual(token.lowerHash, WordHash.of(token.lower), token.lower)
            for set in sets { XCTAssertEqual(set.contains(token.lower, hash: token.lowerHash), set.contains(token.lower), token.lower) }
            XCTAssertEqual(lexicons.verbs[token.lower, hash: token.lowerHash]?.lemma, lexicons.verbs[token.lower]?.lemma, token.lower)
        }
        XCTAssertTrue(tokens.contains { $0.lowerHash == WordHash.notASCII })
    }

    func testATokensHashFollowsItsLowerCaseForm() {
        var token = Token(
            text: "Met", lower: "met", span: TextSpan(start: 0, end: 3), kind: .word, startsLine: false, attached: false, isCapitalized: true)
        XCTAssertEqual(token.lowerHash, WordHash.of("met"))
        token.lower = "meet"
        XCTAssertEqual(token.lowerHash, WordHash.of("meet"))
    }

    /// A sentence's look-ups by position answer "" outside the sentence, as `lower` does.
    func testASentencesLookUpsByPositionAnswerAsItsLowerCaseForms() {
        let tokens = Tokenizer.tokenize(Array("He met the envoy, who said so.".unicodeScalars))
        let view = SentenceView(tokens: tokens, range: 1..<6, index: 0, mentions: [], roles: [])
        let words: WordSet = ["met", "the", "he", ""]
        let table: WordTable<Int> = ["met": 1, "envoy": 2, "": 3]
        for i in -1...tokens.count + 1 {
            XCTAssertEqual(view.lower(i, isIn: words), words.contains(view.lower(i)), "\(i)")
            XCTAssertEqual(view.lower(i, in: table), table[view.lower(i)], "\(i)")
        }
        // token 0 is outside the sentence: "", which both hold
        XCTAssertTrue(view.lower(0, isIn: words))
        XCTAssertEqual(view.lower(0, in: table), 3)
        XCTAssertTrue(view.lower(1, isIn: words))
        XCTAssertFalse(view.lower(3, isIn: words))
        XCTAssertEqual(view.lower(3, in: table), 2)
    }

    /// A document's look-ups by token index answer as the look-ups of the tokens' text.
    func testATokenArraysLookUpsAnswerAsItsLowerCaseForms() {
        let tokens = Tokenizer.tokenize(Array("Rwanda’s Vice President met «the» envoy.".unicodeScalars))
        let words: WordSet = ["vice", "the", "«", "rwanda's"]
        let table: WordTable<Int> = ["president": 1, "envoy": 2, "«": 3]
        for i in tokens.indices {
            XCTAssertEqual(tokens.lower(i, isIn: words), words.contains(tokens[i].lower), tokens[i].lower)
            XCTAssertEqual(tokens.lower(i, isIn: table), table.containsKey(tokens[i].lower), tokens[i].lower)
            XCTAssertEqual(tokens.lower(i, in: table), table[tokens[i].lower], tokens[i].lower)
        }
        XCTAssertEqual(tokens.filter { words.contains($0.lower, hash: $0.lowerHash) }.map(\.lower), ["rwanda", "vice", "«", "the"].filter { words.contains($0) })
    }

    /// The words a staff title ends in are what follows a space in each title, so that a word that
    /// is none of them ends no title.
    func testTheStaffTitlesEndsAreTheWordsAfterTheirSpaces() {
        XCTAssertEqual(RoleExtractor.staffTitleEnds.set, ["president", "secretary"])
        for key in RoleExtractor.staffTitles.dictionary.keys {
            XCTAssertTrue(RoleExtractor.staffTitleEnds.contains(String(key.split(separator: " ").last ?? "")), key)
        }
    }

    /// A parsed sentence's words are looked up from their tokens' kept hashes, with the answers of
    /// their text.
    func testAParsedSentencesWordsAnswerAsTheirText() throws {
        let tokens = Tokenizer.tokenize(Array("Kenya condemned the visit of Uganda’s envoy.".unicodeScalars))
        let view = SentenceView(tokens: tokens, range: 0..<tokens.count, index: 0, mentions: [], roles: [])
        let folded = MentionFolding.fold(tokens, 0..<tokens.count, mentions: [])
        let count = folded.words.count
        let tree = DependencyTree(heads: (0..<count).map { $0 == 0 ? nil : 0 }, labels: (0..<count).map { DependencyLabel(rawValue: $0 == 0 ? "root" : "dep") })
        let tags = Array(repeating: PartOfSpeech(upos: .X, xpos: .none), count: count)
        let parsed = try XCTUnwrap(ParsedSentence(view: view, tree: tree, folded: folded, tags: tags))
        let set: WordSet = ["visit", "condemned", "'s"]
        let table: WordTable<Int> = ["envoy": 1, "kenya": 2]
        for w in 0..<parsed.count {
            XCTAssertEqual(parsed.wordHashes[w], WordHash.of(parsed.words[w]), parsed.words[w])
            XCTAssertEqual(parsed.word(w, isIn: set), set.contains(parsed.words[w]), parsed.words[w])
            XCTAssertEqual(parsed.word(w, isIn: table), table.containsKey(parsed.words[w]), parsed.words[w])
            XCTAssertEqual(parsed.word(w, in: table), table[parsed.words[w]], parsed.words[w])
        }
        XCTAssertEqual(parsed.words.filter { set.contains($0) }, ["condemned", "visit", "'s"])
    }
}
