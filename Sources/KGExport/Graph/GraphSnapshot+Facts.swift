import KGModel

extension GraphSnapshot {
    /// The same graph with every report of one fact merged into one edge: one per (source,
    /// action, target), counting its reports and keeping their evidence.
    ///
    /// ```swift
    /// let facts = try GraphSnapshot(store: store).facts()
    /// facts.edges.first { $0.action == "president" }?.reports   // 4 in the sample graph
    /// ```
    /// Edges keep the order in which each fact first appears; confidence is the best report's,
    /// `date` the earliest.
    public func facts() -> GraphSnapshot {
        var merged: [SnapshotEdge] = []
        var positions: [FactKey: Int] = [:]
        for edge in edges {
            let key = FactKey(source: edge.source, target: edge.target, action: edge.action, cameo: edge.cameo, kind: edge.kind)
            guard let position = positions[key] else {
                positions[key] = merged.count
                merged.append(edge)
                continue
            }
            var fact = merged[position]
            fact.reports += edge.reports
            fact.evidence += edge.evidence
            fact.confidence = max(fact.confidence, edge.confidence)
            fact.date = fact.firstDate
            merged[position] = fact
        }
        return GraphSnapshot(nodes: nodes, edges: merged)
    }

    private struct FactKey: Hashable {
        var source: Int
        var target: Int
        var action: String
        var cameo: CAMEOCode
        var kind: String
    }
}
