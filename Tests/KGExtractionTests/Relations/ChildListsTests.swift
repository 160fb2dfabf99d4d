import XCTest

@testable import KGExtraction

/// A tree's child lists, made at their final sizes, hold each word's dependents in order.
final class ChildListsTests: XCTestCase {
    func testChildListsHoldEachWordsDependentsInOrder() {
        // "NATO condemned Russia ." and a tree with a self-loop and a head out of range
        let tree = DependencyTree(heads: [1, nil, 1, 1], labels: [.nsubj, .root, .obj, .det])
        XCTAssertEqual(tree.childLists(), [[], [0, 2, 3], [], []])
        let odd = DependencyTree(heads: [0, 7, 0, nil, 0], labels: [.det, .det, .det, .root, .det])
        XCTAssertEqual(odd.childLists(), [[2, 4], [], [], [], []])
    }
}
