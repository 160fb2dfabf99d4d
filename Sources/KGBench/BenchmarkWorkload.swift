/// The queries the benchmark times on a `NewsGraph`: 20 start nodes (5 hubs, 5 at the 99th
/// degree percentile, 5 of median degree, 5 of low degree, 3 of them in isolated pairs), each
/// asked for one hop, 3-hop reach and a shortest path, plus the global two-hop count.
///
/// ```swift
/// let workload = BenchmarkWorkload(graph: NewsGraph(relations: 1_000_000))
/// for start in workload.starts { print(start.name, start.group) }
/// ```
public struct BenchmarkWorkload: Sendable {
    public struct Start: Sendable {
        public var node: Int
        public var name: String
        public var group: String
        public var degree: Int
    }

    public enum QueryKind: String, CaseIterable, Sendable {
        case oneHop = "one hop + action"
        case reach = "3-hop reach"
        case shortestPath = "shortest path <= 6"
        case twoHopCount = "two-hop count"
    }

    /// The action of the one-hop query: the most frequent one.
    public static let oneHopAction = "meet"

    public static let oneHopQuery = "MATCH (a {name: $n})-[:meet]->(b) RETURN count(*);"
    public static let reachQuery = "MATCH (a {name: $n})-[*1..3]->(b) RETURN count(DISTINCT b);"
    public static let shortestPathQuery = "MATCH p = ANY SHORTEST (a {name: $n})-[*..6]-(b {name: $m}) RETURN length(p);"
    public static let twoHopCountQuery = "MATCH (a:person)-[:condemn]->(b:country)<-[:sanction]-(c) RETURN count(*);"

    public var starts: [Start] = []

    /// The shortest-path query from start `i` goes to start `(i + 5) % 20`: hub to 99th
    /// percentile, 99th percentile to median, median to low, low to hub.
    public func shortestPathTarget(of index: Int) -> Start {
        starts[(index + 5) % starts.count]
    }

    public init(graph: NewsGraph) {
        var degree = [Int](repeating: 0, count: graph.nodeCount)
        for edge in 0..<graph.edgeCount {
            degree[Int(graph.sources[edge])] += 1
            degree[Int(graph.targets[edge])] += 1
        }
        // Connected nodes with at least one edge, by degree, highest first (ties by node).
        let ranked = (0..<graph.firstIsolatedNode).filter { degree[$0] > 0 }
            .sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : $0 < $1 }
        func add(_ nodes: some Sequence<Int>, _ group: String) {
            for node in nodes {
                starts.append(Start(node: node, name: graph.name(of: node), group: group, degree: degree[node]))
            }
        }
        let count = ranked.count
        add(ranked.prefix(5), "hub")
        let p99 = min(max(5, count / 100), max(0, count - 5))
        add(ranked[p99..<min(count, p99 + 5)], "p99")
        let median = max(0, count / 2 - 2)
        add(ranked[median..<min(count, median + 5)], "median")
        add(ranked.suffix(2), "low")
        let pairs = stride(from: graph.firstIsolatedNode, to: graph.nodeCount, by: 2).prefix(3)
        add(pairs.map { $0 }, "low (isolated pair)")
    }
}
