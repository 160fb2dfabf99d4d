import Foundation

extension NewsGraph {
    /// Writes the graph as `kg import` CSV tables: `id,name,type` and `subject,object,action,cameo`.
    ///
    /// ```swift
    /// try NewsGraph(relations: 10_000).writeCSV(nodes: "/tmp/n.csv", edges: "/tmp/e.csv")
    /// ```
    public func writeCSV(nodes nodesPath: String, edges edgesPath: String) throws {
        var nodes: [UInt8] = []
        nodes.reserveCapacity(nodeCount * 32)
        nodes.append(contentsOf: "id,name,type\n".utf8)
        for node in 0..<nodeCount {
            append(node + 1, to: &nodes)
            nodes.append(UInt8(ascii: ","))
            nodes.append(contentsOf: name(of: node).utf8)
            nodes.append(UInt8(ascii: ","))
            nodes.append(contentsOf: kinds[node].typeName.utf8)
            nodes.append(UInt8(ascii: "\n"))
        }
        try Data(nodes).write(to: URL(fileURLWithPath: nodesPath))

        let actionBytes = Self.actions.map { (Array($0.action.utf8), Array($0.cameo.rawValue.utf8)) }
        var edges: [UInt8] = []
        edges.reserveCapacity(edgeCount * 24)
        edges.append(contentsOf: "subject,object,action,cameo\n".utf8)
        for edge in 0..<edgeCount {
            append(Int(sources[edge]) + 1, to: &edges)
            edges.append(UInt8(ascii: ","))
            append(Int(targets[edge]) + 1, to: &edges)
            edges.append(UInt8(ascii: ","))
            let (action, cameo) = actionBytes[Int(actionIndices[edge])]
            edges.append(contentsOf: action)
            edges.append(UInt8(ascii: ","))
            edges.append(contentsOf: cameo)
            edges.append(UInt8(ascii: "\n"))
        }
        try Data(edges).write(to: URL(fileURLWithPath: edgesPath))
    }

    private func append(_ number: Int, to bytes: inout [UInt8]) {
        var digits: [UInt8] = []
        var rest = number
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes.append(contentsOf: digits.reversed())
    }
}
