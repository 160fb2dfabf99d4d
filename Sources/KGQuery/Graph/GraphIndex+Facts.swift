extension GraphIndex {
    /// The same nodes with one edge per fact: the reports of one (subject, action, object) merged
    /// into the first of them, keeping the best confidence and the list of report ids.
    ///
    /// ```swift
    /// let facts = graph.mergingReports()
    /// facts.edgeReports[0]   // [12, 40, 77]: three sentences said it
    /// ```
    func mergingReports() -> GraphIndex {
        var facts = GraphIndex()
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
            facts.addEdge(
                EdgeRow(
                    id: edgeIDs[edge], subject: nodeIDs[Int(edgeSource[edge])],
                    object: nodeIDs[Int(edgeTarget[edge])], action: actions[Int(edgeAction[edge])],
                    cameo: cameos[Int(edgeCameo[edge])], isRole: edgeIsRole[edge],
                    sentence: edgeSentence[edge], confidence: edgeConfidence[edge]))
        }
        facts.edgeReports = members
        facts.isPartial = isPartial
        facts.buildAdjacency()
        return facts
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

extension EdgeRow {
    init(
        id: Int, subject: Int, object: Int, action: String, cameo: String, isRole: Bool, sentence: Int,
        confidence: Double
    ) {
        self.id = id
        self.subject = subject
        self.object = object
        self.action = action
        self.cameo = cameo
        self.isRole = isRole
        self.sentence = sentence
        self.confidence = confidence
    }
}
