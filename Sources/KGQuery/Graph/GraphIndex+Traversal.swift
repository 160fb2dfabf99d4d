import KGModel

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

extension GraphData {
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
}

extension GraphIndex {
    func actionRun(of node: Int32, outgoing: Bool, action: Int32) -> Range<Int> {
        storage.data.actionRun(of: node, outgoing: outgoing, action: action)
    }
}
