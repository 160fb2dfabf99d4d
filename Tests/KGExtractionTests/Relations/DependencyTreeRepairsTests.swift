import XCTest

@testable import KGExtraction

final class DependencyTreeRepairsTests: XCTestCase {
    private func labels(_ names: [String]) -> [DependencyLabel] { names.map { DependencyLabel(rawValue: $0) } }

    /// "Mariupol , a city besieged by Russia , fell ." with "city" parsed as a second subject of "fell".
    func testSecondSubjectAfterACommaBecomesAnApposition() {
        let tree = DependencyTree(
            heads: [7, 0, 3, 7, 3, 6, 4, 7, nil, 8],
            labels: labels(["nsubj", "punct", "det", "nsubj", "acl", "case", "obl:agent", "punct", "root", "punct"]))
        let commas = [false, true, false, false, false, false, false, true, false, false]
        let nouns = [false, false, false, true, false, false, false, false, false, false]
        let mended = tree.withSecondSubjectsAsAppositions(commas: commas, commonNouns: nouns)
        XCTAssertEqual(mended.heads[3], 0)
        XCTAssertEqual(mended.labels[3].rawValue, "appos")
        XCTAssertEqual(Array(mended.heads[4...]), Array(tree.heads[4...]))
        XCTAssertEqual(Array(mended.labels[4...]), Array(tree.labels[4...]))
    }

    /// "Russia , China condemned ." with a missed conjunct: a proper noun is left alone.
    func testSecondSubjectThatIsNoCommonNounIsLeftAlone() {
        let tree = DependencyTree(heads: [3, 0, 3, nil], labels: labels(["nsubj", "punct", "nsubj", "root"]))
        XCTAssertEqual(tree.withSecondSubjectsAsAppositions(commas: [false, true, false, false], commonNouns: [false, false, false, false]), tree)
    }

    /// "Russia said officials left": two subjects of different verbs, nothing to mend; and two
    /// subjects with no comma between them are left as they are.
    func testSubjectsWithoutACommaBetweenThemAreLeftAlone() {
        let tree = DependencyTree(heads: [2, 2, nil], labels: labels(["nsubj", "nsubj", "root"]))
        XCTAssertEqual(tree.withSecondSubjectsAsAppositions(commas: [false, false, false], commonNouns: [false, true, false]), tree)
    }
}
