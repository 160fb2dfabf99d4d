import Foundation
import KGBench
import KGExport
import KGQuery
import KGStore
import XCTest

/// The benchmark's graph has the promised shape, and kg's answers to the workload on a small
/// size equal an independent computation over the generator's edge list.
final class NewsGraphTests: XCTestCase {
    func testTheGeneratorIsDeterministicAndNewsShaped() {
        let graph = NewsGraph(relations: 50_000)
        let again = NewsGraph(relations: 50_000)
        XCTAssertEqual(graph.sources, again.sources)
        XCTAssertEqual(graph.targets, again.targets)
        XCTAssertEqual(graph.actionIndices, again.actionIndices)
        XCTAssertNotEqual(NewsGraph(relations: 50_000, seed: 7).sources, graph.sources)
        XCTAssertEqual(graph.edgeCount, 50_000)
        XCTAssertEqual(graph.nodeCount, 5_000)

        var degree = [Int](repeating: 0, count: graph.nodeCount)
        for edge in 0..<graph.edgeCount {
            XCTAssertNotEqual(graph.sources[edge], graph.targets[edge], "no self-loops")
            degree[Int(graph.sources[edge])] += 1
            degree[Int(graph.targets[edge])] += 1
        }
        let sorted = degree.sorted(by: >)
        // Hub-heavy: the largest hub has far more edges than the median node.
        XCTAssertGreaterThan(sorted[0], 50 * max(1, sorted[sorted.count / 2]))
        // Isolated pairs: each has exactly the one edge between its two nodes.
        for node in graph.firstIsolatedNode..<graph.nodeCount { XCTAssertEqual(degree[node], 1) }
        // Types near 60% person, 5% country, 25% organization, 10% location.
        var shares = [NewsGraph.Kind: Int]()
        for kind in graph.kinds { shares[kind, default: 0] += 1 }
        let total = Double(graph.nodeCount)
        XCTAssertEqual(Double(shares[.person] ?? 0) / total, 0.6, accuracy: 0.04)
        XCTAssertEqual(Double(shares[.country] ?? 0) / total, 0.05, accuracy: 0.02)
        XCTAssertEqual(Double(shares[.organization] ?? 0) / total, 0.25, accuracy: 0.04)
        // Countries are over-represented among the hubs.
        let top = (0..<graph.nodeCount).sorted { degree[$0] > degree[$1] }.prefix(50)
        XCTAssertGreaterThan(top.filter { graph.kinds[$0] == .country }.count, 10)
        // Zipf actions: the first is the most frequent, about twice the second.
        var actions = [Int](repeating: 0, count: NewsGraph.actions.count)
        for action in graph.actionIndices { actions[Int(action)] += 1 }
        XCTAssertEqual(Double(actions[0]) / Double(actions[1]), 2, accuracy: 0.3)
    }

    func testWorkloadAnswersMatchAnIndependentComputation() throws {
        let graph = NewsGraph(relations: 20_000, seed: 11)
        let workload = BenchmarkWorkload(graph: graph)
        XCTAssertEqual(workload.starts.count, 20)
        XCTAssertEqual(workload.starts.filter { $0.group == "low (isolated pair)" }.count, 3)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let nodes = folder.appendingPathComponent("nodes.csv").path
        let edges = folder.appendingPathComponent("edges.csv").path
        try graph.writeCSV(nodes: nodes, edges: edges)
        let store = try GraphStore(path: folder.appendingPathComponent("bench.sqlite").path)
        let report = try GraphImporter(store: store).importCSV(nodesPath: nodes, edgesPath: edges)
        XCTAssertEqual(report.nodes, graph.nodeCount)
        XCTAssertEqual(report.edges, graph.edgeCount)

        // The independent side: plain adjacency lists and breadth-first searches.
        var outgoing = [[Int]](repeating: [], count: graph.nodeCount)
        var undirected = [[Int]](repeating: [], count: graph.nodeCount)
        var meets = [Int](repeating: 0, count: graph.nodeCount)
        let meet = NewsGraph.actions.firstIndex { $0.action == BenchmarkWorkload.oneHopAction }
        for edge in 0..<graph.edgeCount {
            let (source, target) = (Int(graph.sources[edge]), Int(graph.targets[edge]))
            outgoing[source].append(target)
            undirected[source].append(target)
            undirected[target].append(source)
            if Int(graph.actionIndices[edge]) == meet { meets[source] += 1 }
        }
        func distances(from start: Int, _ adjacency: [[Int]], within hops: Int) -> [Int: Int] {
            var distance = [start: 0]
            var frontier = [start]
            for hop in 1...hops {
                var next: [Int] = []
                for node in frontier {
                    for other in adjacency[node] where distance[other] == nil {
                        distance[other] = hop
                        next.append(other)
                    }
                }
                frontier = next
            }
            return distance
        }
        func reach(from start: Int) -> Int {
            // Nodes at 1...3 hops, and the start itself when a cycle of at most 3 returns to it.
            var seen = Set<Int>()
            var frontier = [start]
            for _ in 1...3 {
                var next: [Int] = []
                for node in frontier {
                    for other in outgoing[node] where seen.insert(other).inserted { next.append(other) }
                }
                frontier = next
            }
            return seen.count
        }

        let run = BenchmarkRun(store: store, workload: workload)
        let oneHop = run.run(.oneHop)
        XCTAssertEqual(oneHop.failures, [])
        XCTAssertEqual(oneHop.answers, workload.starts.map { .int(meets[$0.node]) })

        let reaches = run.run(.reach)
        XCTAssertEqual(reaches.failures, [])
        XCTAssertEqual(reaches.answers, workload.starts.map { .int(reach(from: $0.node)) })
        XCTAssertGreaterThan(workload.starts.map { reach(from: $0.node) }.max() ?? 0, 1_000)

        let paths = run.run(.shortestPath)
        XCTAssertEqual(paths.failures, [])
        let expectedPaths: [QueryValue?] = workload.starts.indices.map { index in
            let target = workload.shortestPathTarget(of: index).node
            return distances(from: workload.starts[index].node, undirected, within: 6)[target].map { .int($0) }
        }
        XCTAssertEqual(paths.answers, expectedPaths)
        XCTAssertTrue(expectedPaths.contains(nil), "an isolated pair has no path to a hub")

        // Two-hop count: per middle country, condemning persons times sanctioning edges.
        let condemn = NewsGraph.actions.firstIndex { $0.action == "condemn" }
        let sanction = NewsGraph.actions.firstIndex { $0.action == "sanction" }
        var condemnedBy = [Int](repeating: 0, count: graph.nodeCount)
        var sanctionedBy = [Int](repeating: 0, count: graph.nodeCount)
        for edge in 0..<graph.edgeCount {
            let (source, target) = (Int(graph.sources[edge]), Int(graph.targets[edge]))
            guard graph.kinds[target] == .country else { continue }
            if Int(graph.actionIndices[edge]) == condemn && graph.kinds[source] == .person { condemnedBy[target] += 1 }
            if Int(graph.actionIndices[edge]) == sanction { sanctionedBy[target] += 1 }
        }
        let expectedCount = zip(condemnedBy, sanctionedBy).reduce(0) { $0 + $1.0 * $1.1 }
        XCTAssertGreaterThan(expectedCount, 0)
        let twoHop = run.run(.twoHopCount)
        XCTAssertEqual(twoHop.failures, [])
        XCTAssertEqual(twoHop.answers, [.int(expectedCount)])
    }
}
