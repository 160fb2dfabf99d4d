import XCTest

@testable import KGQuery

/// The direction-optimizing search (top-down or bottom-up per level, over neighbour arrays)
/// against the plain top-down search over edges, on a graph with hubs so that bottom-up levels
/// really run, and with a self-loop and cycles back to the start.
final class ReachabilitySearchTests: XCTestCase {
    /// 2 hubs pointing at most nodes, a ring, a few chords, a self-loop: 60 nodes.
    private func makeGraph() throws -> (TestGraph, GraphIndex) {
        let graph = try TestGraph()
        var ids: [Int] = []
        for index in 0..<60 { ids.append(try graph.entity("N\(index)", index % 4 == 0 ? .country : .person)) }
        for index in 0..<60 {
            try graph.relate(ids[index], "meet", ids[(index + 1) % 60], sentence: nil)
            if index % 7 == 0 { try graph.relate(ids[index], "condemn", ids[(index * 5 + 3) % 60], sentence: nil) }
        }
        for target in 2..<55 {
            try graph.relate(ids[0], "meet", ids[target], sentence: nil)
            if target % 3 == 0 { try graph.relate(ids[target], "meet", ids[1], sentence: nil) }
        }
        try graph.relate(ids[1], "condemn", ids[0], sentence: nil)
        try graph.relate(ids[30], "meet", ids[30], sentence: nil)
        return (graph, try GraphIndex.load(from: graph.store))
    }

    func testEveryLevelOrderGivesTheSameEndsAsEdgeByEdgeSearch() throws {
        let (_, index) = try makeGraph()
        let search = ReachabilitySearch(graph: index, marks: SearchMarks())
        // Every action accepted through the mask: the same edges, searched top-down over edges.
        let everyAction = ReachabilitySearch.EdgeSelection.actions([Bool](repeating: true, count: index.actions.count))
        var bottomUpLevels = 0
        for start in 0..<Int32(index.nodeCount) {
            for direction in [TraversalDirection.outgoing, .incoming, .both] {
                for minimum in direction == .both ? [0] : [0, 1] {
                    for maximum in 1...4 {
                        let optimized = try search.ends(
                            from: start, direction: direction, minimum: minimum, maximum: maximum, edges: .all)
                        bottomUpLevels += search.bottomUpLevels
                        let plain = try search.ends(
                            from: start, direction: direction, minimum: minimum, maximum: maximum, edges: everyAction)
                        XCTAssertEqual(optimized, plain, "from \(start) \(direction) \(minimum)...\(maximum)")
                        let unordered = try search.unorderedEnds(
                            from: start, direction: direction, minimum: minimum, maximum: maximum, edges: .all)
                        XCTAssertEqual(unordered.sorted(), plain, "unordered from \(start)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(bottomUpLevels, 0, "no level ran bottom-up: the comparison above proves less")
    }
}
