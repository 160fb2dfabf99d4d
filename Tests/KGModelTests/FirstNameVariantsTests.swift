import XCTest

@testable import KGModel

final class FirstNameVariantsTests: XCTestCase {
    func testSlavicTransliterationsShareOneKey() {
        XCTAssertTrue(FirstNameVariants.areEquivalent("Volodymyr", "Vladimir"))
        XCTAssertTrue(FirstNameVariants.areEquivalent("Oleksandr", "Aleksandr"))
        XCTAssertTrue(FirstNameVariants.areEquivalent("Alexander", "Oleksandr"))
        XCTAssertTrue(FirstNameVariants.areEquivalent("Dmytro", "Dmitri"))
        XCTAssertTrue(FirstNameVariants.areEquivalent("Yevhen", "Evgeny"))
        XCTAssertTrue(FirstNameVariants.areEquivalent("Serhiy", "Sergei"))
    }

    func testArabicRomanizationsShareOneKey() {
        XCTAssertTrue(FirstNameVariants.areEquivalent("Mohammed", "Muhammad"))
        XCTAssertTrue(FirstNameVariants.areEquivalent("Mohamed", "Mohammad"))
        XCTAssertTrue(FirstNameVariants.areEquivalent("Youssef", "Yusuf"))
        XCTAssertTrue(FirstNameVariants.areEquivalent("Abdallah", "Abdullah"))
    }

    func testDistinctNamesStayDistinct() {
        XCTAssertFalse(FirstNameVariants.areEquivalent("Joe", "Jill"))
        XCTAssertFalse(FirstNameVariants.areEquivalent("Alexander", "Alexei"))
        XCTAssertFalse(FirstNameVariants.areEquivalent("Ahmed", "Mohammed"))
        XCTAssertEqual(FirstNameVariants.canonical("Marta"), AliasKey.lookupKey("Marta"))
    }

    func testPersonKeyFoldsOnlyTheFirstName() {
        XCTAssertEqual(AliasKey.personKey("Volodymyr Zelenskiy"), AliasKey.personKey("Vladimir Zelensky"))
        XCTAssertNotEqual(AliasKey.personKey("Vladimir Putin"), AliasKey.personKey("Putin Vladimir"))
    }

    func testEveryVariantOfTheTableBelongsToOneName() {
        var owner: [String: String] = [:]
        var rows = 0
        ModelTables.forEachRow("first_name_variants.tsv") { cols in
            rows += 1
            XCTAssertEqual(cols.count, 2, "\(cols)")
            let canonical = AliasKey.lookupKey(cols[0])
            for name in [cols[0]] + cols[1].split(separator: " ").map(String.init) {
                let key = AliasKey.lookupKey(name)
                if let other = owner[key], other != canonical {
                    XCTFail("\(name) is a variant of both \(other) and \(canonical)")
                }
                owner[key] = canonical
            }
        }
        XCTAssertGreaterThan(rows, 40)
    }
}
