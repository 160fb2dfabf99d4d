import KGModel

extension GraphIndex {
    /// Fills the arrays that traversals read instead of edges: each adjacency entry's neighbour,
    /// and each node's type code.
    ///
    /// ```swift
    /// graph.buildTraversalArrays()   // after buildAdjacency's rows are in place
    /// graph.outgoingTargets[Int(graph.outgoingStart[n])]   // n's first out-neighbour
    /// ```
    /// A breadth-first step then reads one array per neighbour rather than an edge index and
    /// that edge's end, which halves its cache misses on a graph too big for the cache.
    mutating func buildTraversalArrays() {
        outgoingTargets = outgoingEdges.map { edgeTarget[Int($0)] }
        incomingSources = incomingEdges.map { edgeSource[Int($0)] }
        nodeTypeCodes = nodeTypes.map(NodeFilter.typeCode)
        buildActionRuns()
    }
}

extension NodeFilter {
    /// The labels a filter can name, each with a bit in `typeMask`; types outside them (none
    /// today, but the store does not forbid them) share the last code and are checked by name.
    static let knownTypes = EntityType.allCases.map(\.rawValue)
    static let otherTypeCode = UInt8(63)

    /// `person` -> 0, `country` -> 1, ...; any other type -> `otherTypeCode`.
    static func typeCode(_ type: String) -> UInt8 {
        for (index, known) in knownTypes.enumerated() where known == type { return UInt8(index) }
        return otherTypeCode
    }

    /// A bit per allowed type code; nil when there is no type constraint or one of the types is
    /// not a known label (then `accepts` compares names).
    static func typeMask(of types: Set<String>?) -> UInt64? {
        guard let types else { return nil }
        var mask: UInt64 = 0
        for type in types {
            let code = typeCode(type)
            if code == otherTypeCode { return nil }
            mask |= 1 << UInt64(code)
        }
        return mask
    }
}

extension GraphIndex {
    /// Where `node`'s edges with action `action` lie in `outgoingByAction` (or `incomingByAction`):
    /// found in the node's short list of action runs.
    ///
    /// ```swift
    /// let run = graph.actionRun(of: putin, outgoing: true, action: meet)
    /// for edge in graph.outgoingByAction[run] { ... }   // graph.outgoingByActionTargets[run]: their ends
    /// ```
    func actionRun(of node: Int32, outgoing: Bool, action: Int32) -> Range<Int> {
        let n = Int(node)
        let runStart = outgoing ? outgoingRunStart : incomingRunStart
        let runAction = outgoing ? outgoingRunAction : incomingRunAction
        let runOffset = outgoing ? outgoingRunOffset : incomingRunOffset
        var low = Int(runStart[n])
        var high = Int(runStart[n + 1])
        let rowEnd = Int((outgoing ? outgoingStart : incomingStart)[n + 1])
        while low < high {
            let middle = (low + high) / 2
            let found = runAction[middle]
            if found == action {
                let end = middle + 1 < Int(runStart[n + 1]) ? Int(runOffset[middle + 1]) : rowEnd
                return Int(runOffset[middle])..<end
            }
            if found < action { low = middle + 1 } else { high = middle }
        }
        return rowEnd..<rowEnd
    }

    /// Fills the action runs and the far ends of the action-grouped rows (after `buildAdjacency`
    /// has grouped them).
    mutating func buildActionRuns() {
        func runs(start: [Int32], grouped: [Int32]) -> (start: [Int32], action: [Int32], offset: [Int32]) {
            var runStart = [Int32](repeating: 0, count: nodeCount + 1)
            var runAction: [Int32] = []
            var runOffset: [Int32] = []
            for n in 0..<nodeCount {
                var previous: Int32 = -1
                for index in Int(start[n])..<Int(start[n + 1]) {
                    let action = edgeAction[Int(grouped[index])]
                    if action != previous {
                        runAction.append(action)
                        runOffset.append(Int32(index))
                        previous = action
                    }
                }
                runStart[n + 1] = Int32(runAction.count)
            }
            return (runStart, runAction, runOffset)
        }
        (outgoingRunStart, outgoingRunAction, outgoingRunOffset) = runs(start: outgoingStart, grouped: outgoingByAction)
        (incomingRunStart, incomingRunAction, incomingRunOffset) = runs(start: incomingStart, grouped: incomingByAction)
        outgoingByActionTargets = outgoingByAction.map { edgeTarget[Int($0)] }
        incomingByActionSources = incomingByAction.map { edgeSource[Int($0)] }
    }
}
