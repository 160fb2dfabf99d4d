import XCTest

@testable import KGExtraction

final class WordTableTests: XCTestCase {
    /// Every word a dictionary answers, the table answers the same, and nothing else.
    func testAnswersAsTheDictionaryDoesForEveryWordOfTheLexicons() throws {
        let lexicons = try Lexicons.load()
        let dictionary = lexicons.verbs.dictionary
        XCTAssertGreaterThan(dictionary.count, 1000)
        for (word, entry) in dictionary {
            XCTAssertEqual(lexicons.verbs[word]?.lemma, entry.lemma, word)
        }
        let probes = ["", "a", "condemned", "condemn", "Condemned", "condemnedx", "xcondemned", "met", "meet", "the", "café", "cafe\u{301}", "naïve"]
        for word in probes {
            XCTAssertEqual(lexicons.verbs[word]?.lemma, dictionary[word]?.lemma, word)
        }
    }

    func testManyKeysSomeLongFindEachOneAndNoOther() {
        var dictionary: [String: Int] = [:]
        for n in 0..<5_000 { dictionary["word\(n)"] = n }
        dictionary["a-rather-long-key-of-more-than-fifteen-bytes"] = -1
        let table = WordTable(dictionary)
        for (key, value) in dictionary { XCTAssertEqual(table[key], value, key) }
        for n in 5_000..<6_000 { XCTAssertNil(table["word\(n)"]) }
        XCTAssertNil(table["a-rather-long-key-of-more-than-fifteen-byte"])
        XCTAssertNil(table["word"])
        XCTAssertEqual(table.count, 5_001)
    }

    /// `containsKey` answers as the subscript does, for ASCII, non-ASCII and over-long words.
    func testContainsKeyAgreesWithTheSubscript() {
        let long = String(repeating: "y", count: 300)
        let table: WordTable<Int> = ["meet": 1, "café": 2, long: 3, "K": 4]
        for word in ["meet", "met", "café", "cafe\u{301}", long, long + "y", "\u{212A}", "K", "k", ""] {
            XCTAssertEqual(table.containsKey(word), table[word] != nil, word)
        }
        XCTAssertTrue(table.containsKey("cafe\u{301}"))
        XCTAssertFalse(table.containsKey("met"))
    }

    /// A key too long for its length byte is left to the dictionary, and still found.
    func testAKeyLongerThan255BytesIsFoundAndItsNeighboursAreNot() {
        let long = String(repeating: "x", count: 300)
        let table: WordTable<Int> = [long: 1, "short": 2]
        XCTAssertEqual(table[long], 1)
        XCTAssertEqual(table["short"], 2)
        XCTAssertNil(table[long + "y"])
        XCTAssertNil(table[String(long.dropLast())])
        XCTAssertNil(table["shor"])
    }

    /// The lexicons' word sets the rules probe for nearly every token answer as standard sets do,
    /// for each of their words and for near misses of them.
    func testTheLexiconWordSetsAnswerAsStandardSets() throws {
        let lexicons = try Lexicons.load()
        let sets: [(String, WordSet)] = [
            ("gazetteerPrefixes", lexicons.gazetteerPrefixes), ("gazetteerFirstWords", lexicons.gazetteerFirstWords),
            ("firstNames", lexicons.firstNames), ("commonWords", lexicons.commonWords), ("roles", lexicons.roles),
        ]
        for (name, words) in sets {
            let standard = words.set
            XCTAssertGreaterThan(standard.count, 10, name)
            for word in standard {
                XCTAssertTrue(words.contains(word), "\(name): \(word)")
                for probe in [word + "s", String(word.dropLast()), word.uppercased()] {
                    XCTAssertEqual(words.contains(probe), standard.contains(probe), "\(name): \(probe)")
                }
            }
        }
    }

    /// `String` equality is canonical equivalence: a precomposed and a decomposed é are one key,
    /// and U+212A KELVIN SIGN is the letter K.
    func testNonASCIIWordsAndKeysAreEqualAsStringsSayTheyAre() {
        let table: WordTable<Int> = ["caf\u{E9}": 1, "\u{212A}elvin": 2, "plain": 3]
        XCTAssertEqual(table["caf\u{E9}"], 1)
        XCTAssertEqual(table["cafe\u{301}"], 1)
        XCTAssertEqual(table["Kelvin"], 2)
        XCTAssertEqual(table["\u{212A}elvin"], 2)
        XCTAssertEqual(table["plain"], 3)
        XCTAssertNil(table["cafe"])
        XCTAssertNil(table["kelvin"])
    }

    /// The marks a look-up answers without the dictionary have no canonical decomposition and
    /// combine with nothing: a word holding one is equal only to a key holding it.
    func testThePlainPunctuationMarksAreTheirOwnCanonicalDecomposition() throws {
        var marks = 0
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), WordTable<Int>.isPlainPunctuation(scalar) else { continue }
            let mark = String(Character(scalar))
            XCTAssertEqual(Array(mark.decomposedStringWithCanonicalMapping.unicodeScalars), [scalar], "U+\(String(value, radix: 16))")
            XCTAssertEqual(scalar.properties.canonicalCombiningClass, .notReordered, "U+\(String(value, radix: 16))")
            marks += 1
        }
        XCTAssertEqual(marks, 31 + 24 + 47)
    }

    /// A word holding a quotation mark or a dash answers as the dictionary does, whether or not
    /// some key holds the mark (directly, or in its decomposition: U+0387 GREEK ANO TELEIA is U+00B7).
    func testWordsWithPunctuationMarksAnswerAsTheDictionaryDoes() {
        let plain: WordTable<Int> = ["caf\u{E9}": 1, "said": 2]
        let marked: WordTable<Int> = ["\u{201C}said": 1, "a\u{387}b": 2, "caf\u{E9}": 3]
        for table in [plain, marked] {
            for word in ["\u{201C}", "\u{201C}said", "\u{2014}", "\u{AB}", "a\u{B7}b", "a\u{387}b", "caf\u{E9}", "cafe\u{301}", "said", "\u{1F1FA}\u{1F1E6}"] {
                XCTAssertEqual(table[word], table.dictionary[word], word)
                XCTAssertEqual(table.containsKey(word), table.dictionary[word] != nil, word)
            }
        }
        XCTAssertEqual(marked["\u{201C}said"], 1)
        XCTAssertEqual(marked["a\u{B7}b"], 2)
        XCTAssertNil(plain["\u{201C}said"])
        XCTAssertEqual(plain["cafe\u{301}"], 1)
    }

    func testAWordSetContainsItsWordsAndUnitesWithAnother() {
        let openers: WordSet = ["the", "these", "both"]
        XCTAssertTrue(openers.contains("both"))
        XCTAssertFalse(openers.contains("Both"))
        XCTAssertFalse(openers.contains("bot"))
        XCTAssertFalse(WordSet([]).contains(""))
        let more = openers.union(["two"])
        XCTAssertTrue(more.contains("two") && more.contains("the"))
        XCTAssertEqual(more.count, 4)
        XCTAssertEqual(more.set, ["the", "these", "both", "two"])
    }

    func testAWordSetOfADictionarysKeysHoldsThoseKeysAndNoOther() {
        let words: WordSet = WordSet(keysOf: ["united": (), "united arab": (), "caf\u{E9}": ()])
        XCTAssertEqual(words.set, ["united", "united arab", "caf\u{E9}"])
        XCTAssertTrue(words.contains("united arab"))
        XCTAssertTrue(words.contains("cafe\u{301}"))
        XCTAssertFalse(words.contains("united arab emirates"))
        XCTAssertFalse(words.contains("unite"))
        XCTAssertTrue(WordSet(keysOf: [:]).isEmpty)
    }
}
