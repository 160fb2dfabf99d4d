import KGExtraction
import XCTest

final class DependencyTreeNavigationTests: XCTestCase {
    /// "NATO condemned Russia ."
    private let tree = DependencyTree(
        heads: [1, nil, 1, 1], labels: ["nsubj", "root", "obj", "punct"].map(DependencyLabel.init(rawValue:))
    )

    func testRootAndDependents() {
        XCTAssertEqual(tree.count, 4)
        XCTAssertEqual(tree.root, 1)
        XCTAssertEqual(tree.dependents(of: 1), [0, 2, 3])
        XCTAssertEqual(tree.dependents(of: 0), [])
        XCTAssertEqual(tree.dependents(of: 1, labelled: "obj"), [2])
        XCTAssertEqual(tree.dependents(of: 1, labelled: "nsubj:pass"), [])
        XCTAssertNil(DependencyTree(heads: [], labels: []).root)
    }
}
