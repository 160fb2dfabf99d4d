import XCTest

@testable import KGExtraction

/// The stretch of a long sentence the parser reads (`Extractor.parseStretch`, `Extractor.clauseEnd`,
/// `Extractor.startsWithFiniteVerb`): each sentence's exact set of facts with the whole extractor,
/// on invented sentences.
final class ParseStretchTests: ExtractionTestCase {
    func testASubjectListsVerbIsParsedToItsClausesEnd() throws {
        // the usual stretch ends at "agreed to work", short of the accord that makes the agreement
        XCTAssertEqual(
            try all("Kenya hosted talks in March at which Uganda and Rwanda agreed to work towards a final accord on the border."),
            ["Uganda -agree-> Rwanda", "Rwanda -agree-> Uganda"])
    }

    func testAClauseEndsAtASemicolonElseAtTheSentencesEnd() {
        let tokens = Tokenizer.tokenize(Array("Chile agreed to talks ; Peru refused .".unicodeScalars))
        XCTAssertEqual(Extractor.clauseEnd(tokens, from: 1, sentence: 0..<tokens.count), 4)
        XCTAssertEqual(Extractor.clauseEnd(tokens, from: 5, sentence: 0..<tokens.count), tokens.count)
    }
}
