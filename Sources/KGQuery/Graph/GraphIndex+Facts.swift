extension GraphIndex {
    /// The same nodes with one edge per fact: the reports of one (subject, action, object) merged
    /// into the first of them, keeping the best confidence and the list of report ids.
    ///
    /// ```swift
    /// let facts = graph.mergingReports()
    /// facts.edgeReports[0]   // [12, 40, 77]: three sentences said it
    /// ```
    func mergingReports() -> GraphIndex {
        var facts = GraphData()
        for index in 0..<nodeCount {
            facts.addNode(id: nodeIDs[index], name: nodeNames[index], type: nodeTypes[index])
        }
        facts.indexNodes()
        facts.isFacts = true
        var position: [FactKey: Int] = [:]
        var members: [[Int]] = []
        for edge in 0..<edgeCount {
            let key = FactKey(
                source: edgeSource[edge], target: edgeTarget[edge], action: edgeAction[edge],
                cameo: edgeCameo[edge], isRole: edgeIsRole[edge])
            if let known = position[key] {
                members[known].append(edgeIDs[edge])
                facts.edgeConfidence[known] = max(facts.edgeConfidence[known], edgeConfidence[edge])
                continue
            }
            position[key] = facts.edgeCount
            members.append([edgeIDs[edge]])
            facts.edgeIDs.append(edgeIDs[edge])
            facts.edgeSource.append(edgeSource[edge])
            facts.edgeTarget.append(edgeTarget[edge])
            facts.edgeAction.append(GraphData.intern(actions[Int(edgeAction[edge])], into: &facts.actions, index: &facts.actionIndex))
            facts.edgeCameo.append(GraphData.intern(cameos[Int(edgeCameo[edge])], into: &facts.cameos, index: &facts.cameoIndex))
            facts.edgeIsRole.append(edgeIsRole[edge])
            facts.edgeSentence.append(edgeSentence[edge])
            facts.edgeConfidence.append(edgeConfidence[edge])
        }
        facts.edgeReports = members
        facts.isPartial = isPartial
        facts.buildAdjacency()
        return GraphIndex(facts)
    }

    /// The relation ids edge `e` stands for: its reports in a graph of facts, else itself.
    func reportIDs(of edge: Int32) -> [Int] {
        let e = Int(edge)
        return edgeReports.isEmpty ? [edgeIDs[e]] : edgeReports[e]
    }

    private struct FactKey: Hashable {
        var source: Int32
        var target: Int32
        var action: Int32
        var cameo: Int32
        var isRole: Bool
    }
}
