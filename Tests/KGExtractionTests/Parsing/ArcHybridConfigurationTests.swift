import XCTest

@testable import KGExtraction

final class ArcHybridConfigurationTests: XCTestCase {
    /// Every transition `forEachAllowedTransition` offers in `state`.
    private func allowed(_ state: ArcHybridConfiguration, labelCount: Int = 4, rootLabel: Int = 2) -> [ParserTransition] {
        var found: [ParserTransition] = []
        state.forEachAllowedTransition(labelCount: labelCount, rootLabel: rootLabel) { found.append($0) }
        return found
    }

    func testTheOnlyAllowedTransitionIsNamedExactlyWhenThereIsOne() {
        // walks a three-word sentence through SHIFT, LEFT and RIGHT states and the root's arc
        var state = ArcHybridConfiguration(wordCount: 3)
        let moves: [ParserTransition] = [.shift, .shift, .left(label: 0), .shift, .right(label: 3), .right(label: 2)]
        for move in moves {
            let offered = allowed(state)
            XCTAssertEqual(state.onlyAllowedTransition(rootLabel: 2), offered.count == 1 ? offered[0] : nil, "stack \(state.stack)")
            XCTAssertTrue(offered.contains(move))
            let classes = state.allowedClasses(labelCount: 4)
            XCTAssertTrue(offered.allSatisfy { classes.contains($0.classNumber(labelCount: 4)) }, "stack \(state.stack)")
            state.apply(move)
        }
        XCTAssertTrue(state.isTerminal)
        XCTAssertNil(state.onlyAllowedTransition(rootLabel: 2))
    }

    func testAnEmptySentenceHasNothingToDo() {
        let state = ArcHybridConfiguration(wordCount: 0)
        XCTAssertTrue(state.isTerminal)
        XCTAssertNil(state.onlyAllowedTransition(rootLabel: 0))
        XCTAssertEqual(allowed(state), [])
    }
}
