import XCTest

@testable import KGExtraction

/// A past participle before a title is the verb of the clause when a subject stands before it: the
/// titles lexicon holds no "ousted prime minister" (scripts/generate_lexicons.py drops the participle).
final class ParticipleTitleTests: ExtractionTestCase {
    func testAVerbBeforeATitleActsOnItsHolder() throws {
        XCTAssertEqual(
            try all("Pervez Musharraf ousted Prime Minister Nawaz Sharif on Tuesday."), ["Pervez Musharraf -oust-> Nawaz Sharif"])
    }

    func testAParticipleOpeningTheSentenceDescribesTheHolder() throws {
        // "Ousted Prime Minister X flew to ...": no one ousts anyone here
        XCTAssertFalse(
            try all("Ousted Prime Minister Nawaz Sharif flew to Jeddah on Tuesday.").contains { $0.contains("-oust->") })
    }

    func testNoTitleOfTheLexiconOpensWithAParticiple() throws {
        let titles = try Lexicons.lines("roles.txt")
        XCTAssertFalse(titles.isEmpty)
        XCTAssertEqual(titles.filter { $0.split(separator: " ").count > 1 && $0.split(separator: " ")[0].hasSuffix("ed") }, [])
    }
}
