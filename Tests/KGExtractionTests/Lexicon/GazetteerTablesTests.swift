import KGModel
import XCTest

@testable import KGExtraction

final class GazetteerTablesTests: XCTestCase {
    /// Codes that are no type's or kind's name: near misses in length, first letter and case.
    private let nonCodes = [
        "", "n", "name ", "names", "Name", "nam", "person1", "persons", "Person", "countr", "countrx", "organisation",
        "organizations", "locatio", "locatiom", "demonyms", "capita", "capitol", "metonym\u{301}", "acronyms",
        "variant\t", "vari\u{E1}nt", "zzzzzzz", "c", "d", "m", "a", "v",
    ]

    func testATypeCodeReadsAsItsRawValueDoes() {
        for type in EntityType.allCases {
            XCTAssertEqual(Lexicons.GazetteerTables.entityType(code: type.rawValue), type)
        }
        for code in nonCodes {
            XCTAssertNil(Lexicons.GazetteerTables.entityType(code: code), code)
            XCTAssertNil(EntityType(rawValue: code), code)
        }
    }

    func testAKindCodeReadsAsItsRawValueDoes() {
        let kinds: [GazetteerEntry.Kind] = [.name, .demonym, .capital, .metonym, .acronym, .variant]
        for kind in kinds {
            XCTAssertEqual(Lexicons.GazetteerTables.kind(code: kind.rawValue), kind)
        }
        for code in nonCodes {
            XCTAssertNil(Lexicons.GazetteerTables.kind(code: code), code)
            XCTAssertNil(GazetteerEntry.Kind(rawValue: code), code)
        }
    }

    func testASCIITextIsToldFromTextWithAnyOtherScalar() {
        for text in ["", "Kyiv", "united arab emirates", String(repeating: "long name ", count: 20), "\u{7F}"] {
            XCTAssertTrue(Lexicons.GazetteerTables.isASCII(text), text)
        }
        for text in ["K\u{F6}ln", "\u{80}", "S\u{E3}o Paulo", String(repeating: "a", count: 40) + "\u{E9}", "\u{1F600}"] {
            XCTAssertFalse(Lexicons.GazetteerTables.isASCII(text), text)
        }
    }
}
