import KGModel
import XCTest

@testable import KGExtraction

final class MentionFoldingTests: XCTestCase {
    private func span(_ range: Range<Int>, type: KGModel.EntityType = .country) -> SentenceView.Span {
        SentenceView.Span(range: range, entity: range.lowerBound, type: type, modifierOnly: false, isDemonym: false)
    }

    func testASliceKeepsTheWordsOverlappingItsStretchAndTheirNumbers() {
        // "the Kenyan army struck Somalia on Monday ."
        let tokens = Tokenizer.tokenize(Array("the Kenyan army struck Somalia on Monday .".unicodeScalars))
        let folded = MentionFolding.fold(tokens, 0..<tokens.count, mentions: [span(1..<3), span(4..<5)], singleWords: true)
        XCTAssertEqual(folded.words, ["Kenya", "struck", "Kenya", "on", "Monday", "."])
        let (slice, numbers) = MentionFolding.slice(folded, covering: 3..<5)
        XCTAssertEqual(slice.words, ["struck", "Kenya"])
        XCTAssertEqual(slice.tokensOf, [3..<4, 4..<5])
        XCTAssertEqual(numbers, 1..<3)
        // a stretch that starts inside a folded name takes the whole name
        let (name, nameNumbers) = MentionFolding.slice(folded, covering: 2..<4)
        XCTAssertEqual(name.words, ["Kenya", "struck"])
        XCTAssertEqual(name.tokensOf, [0..<3, 3..<4])
        XCTAssertEqual(nameNumbers, 0..<2)
        XCTAssertTrue(MentionFolding.slice(folded, covering: 8..<8).0.words.isEmpty)
    }

    func testAPronounStandingInForANameIsNotFolded() {
        let tokens = Tokenizer.tokenize(Array("We urge Russia to step back .".unicodeScalars))
        let folded = MentionFolding.fold(tokens, 0..<tokens.count, mentions: [span(0..<1), span(2..<3)], singleWords: true)
        XCTAssertEqual(folded.words, ["We", "urge", "Kenya", "to", "step", "back", "."])
    }

    func testTaggingTheUnionStretchGivesTheWindowRulesAVerb() throws {
        // the extractor tags a sentence's parser stretch and window stretch as one folded stretch
        let tagger = try WordTagger.bundled().tagger
        let tokens = Tokenizer.tokenize(Array("We urge Russia to take a step back , said the Kenyan ambassador .".unicodeScalars))
        let folded = MentionFolding.fold(tokens, 0..<tokens.count, mentions: [span(0..<1), span(2..<3)], singleWords: true)
        let tags = MentionFolding.expand(tagger.tagDetailed(folded.words), folded)
        XCTAssertEqual(tags[1].upos, .VERB)
    }

    func testASurnamesLowerCaseParticleFoldsWithAPersonsName() {
        // "urged Savimbi and dos Santos to talk ."
        let tokens = Tokenizer.tokenize(Array("urged Savimbi and dos Santos to talk .".unicodeScalars))
        let folded = MentionFolding.fold(tokens, 0..<tokens.count, mentions: [span(1..<2, type: .person), span(4..<5, type: .person)], singleWords: true)
        XCTAssertEqual(folded.words, ["urged", "Smith", "and", "Smith", "to", "talk", "."])
        XCTAssertEqual(folded.tokensOf[3], 3..<5)
        // a country's name takes no particle: "the dos Kenya" is no name
        let country = MentionFolding.fold(tokens, 0..<tokens.count, mentions: [span(4..<5)], singleWords: true)
        XCTAssertEqual(country.words, ["urged", "Savimbi", "and", "dos", "Kenya", "to", "talk", "."])
    }
}
