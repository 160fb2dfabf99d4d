import KGModel
import KGStore

/// The arrays of a `GraphIndex`, while it is built (`load`, `neighbourhood`, `mergingReports`,
/// a snapshot read): a value with mutable fields. Queries read them through `GraphIndex`,
/// which holds one built `GraphData` by reference.
///
/// ```swift
/// var data = GraphData()
/// data.addNode(id: 1, name: "Russia", type: "country")
/// data.indexNodes()
/// data.buildAdjacency()
/// let graph = GraphIndex(data)
/// ```
struct GraphData: Sendable {
    var nodeIDs: [Int] = []
    var nodeNames: [String] = []
    var nodeTypes: [String] = []
    /// Node index by database id: an array when ids are dense (the usual case), else a dictionary.
    private var denseIndexByID: [Int32] = []
    private var sparseIndexByID: [Int: Int32] = [:]
    var nodesByType: [String: [Int32]] = [:]

    var edgeIDs: [Int] = []
    var edgeSource: [Int32] = []
    var edgeTarget: [Int32] = []
    /// Index into `actions`.
    var edgeAction: [Int32] = []
    /// Index into `cameos`.
    var edgeCameo: [Int32] = []
    var edgeIsRole: [Bool] = []
    /// The evidence sentence's id, or -1 for imported facts.
    var edgeSentence: [Int] = []
    var edgeConfidence: [Double] = []
    /// In a graph of facts (`mergingReports()`), the relation ids of each fact's reports, in id
    /// order; empty in a graph of reports, where every edge is its own one report.
    var edgeReports: [[Int]] = []
    /// True when each edge is a fact standing for its reports (`USE facts`).
    var isFacts = false

    /// Distinct action strings, and their indices.
    var actions: [String] = []
    var actionIndex: [String: Int32] = [:]
    var cameos: [CAMEOCode] = []
    var cameoIndex: [CAMEOCode: Int32] = [:]

    /// `outgoingEdges[outgoingStart[n] ..< outgoingStart[n + 1]]` are the edges leaving node n.
    var outgoingStart: [Int32] = [0]
    var outgoingEdges: [Int32] = []
    var incomingStart: [Int32] = [0]
    var incomingEdges: [Int32] = []
    /// The edges of each action (by action index), in edge order.
    var edgesByAction: [[Int32]] = []
    /// Each node's edges again, over the same `outgoingStart` / `incomingStart` rows, grouped by
    /// action (in edge order within one), so a hop with one action reads only its edges.
    var outgoingByAction: [Int32] = []
    var incomingByAction: [Int32] = []
    /// The far node of each `outgoingEdges` entry (and the near one of each `incomingEdges`
    /// entry), so an unfiltered breadth-first search reads neighbours without going through edges.
    var outgoingTargets: [Int32] = []
    var incomingSources: [Int32] = []
    /// Each node's type as a small code (`NodeFilter.typeCode`), for label checks without hashing.
    var nodeTypeCodes: [UInt8] = []
    /// The far node of each `outgoingByAction` / `incomingByAction` entry.
    var outgoingByActionTargets: [Int32] = []
    var incomingByActionSources: [Int32] = []
    /// Each node's runs of one action in `outgoingByAction`: `outgoingRunStart[n]..<outgoingRunStart[n + 1]`
    /// index `outgoingRunAction` (ascending) and `outgoingRunOffset` (where the run starts), so
    /// finding an action's edges reads a few bytes, not a binary search over a hub's edges.
    var outgoingRunStart: [Int32] = [0]
    var outgoingRunAction: [Int32] = []
    var outgoingRunOffset: [Int32] = []
    var incomingRunStart: [Int32] = [0]
    var incomingRunAction: [Int32] = []
    var incomingRunOffset: [Int32] = []

    var nodeCount: Int { nodeIDs.count }
    var edgeCount: Int { edgeIDs.count }

    func outgoing(of node: Int32) -> ArraySlice<Int32> {
        let n = Int(node)
        return outgoingEdges[Int(outgoingStart[n])..<Int(outgoingStart[n + 1])]
    }

    func incoming(of node: Int32) -> ArraySlice<Int32> {
        let n = Int(node)
        return incomingEdges[Int(incomingStart[n])..<Int(incomingStart[n + 1])]
    }

    /// The edges of `node` with action `action` leaving it (`outgoing`) or entering it, in edge order.
    func edges(of node: Int32, outgoing: Bool, action: Int32) -> ArraySlice<Int32> {
        (outgoing ? outgoingByAction : incomingByAction)[actionRun(of: node, outgoing: outgoing, action: action)]
    }

    func degree(of node: Int32) -> Int {
        let n = Int(node)
        return Int(outgoingStart[n + 1] - outgoingStart[n] + incomingStart[n + 1] - incomingStart[n])
    }

    /// The edge with database id `id`, if it is in this graph (edges are kept in id order).
    func index(ofEdgeID id: Int) -> Int32? {
        var low = 0
        var high = edgeIDs.count
        while low < high {
            let middle = (low + high) / 2
            if edgeIDs[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < edgeIDs.count && edgeIDs[low] == id ? Int32(low) : nil
    }

    /// The node at the far end of `edge` seen from `node`.
    func otherEnd(of edge: Int32, from node: Int32) -> Int32 {
        let source = edgeSource[Int(edge)]
        return source == node ? edgeTarget[Int(edge)] : source
    }

    /// True when only the neighbourhood of some nodes was loaded (`GraphIndex.neighbourhood`).
    var isPartial = false

    /// Reads every entity and relation of `store`, polling `isInterrupted` as it goes.
    static func load(from store: GraphStore, isInterrupted: () -> Bool = { false }) throws -> GraphData {
        var graph = GraphData()
        try store.forEachEntity { id, name, type in graph.addNode(id: id, name: name, type: type) }
        graph.indexNodes()
        let table = try store.relationTable(poll: { if isInterrupted() { throw Diagnostic.interrupted } })
        graph.addEdges(table)
        graph.buildAdjacency()
        return graph
    }

    /// Adds the relations of `table` whose ends are nodes of this graph and whose CAMEO code kg
    /// knows (as `addEdge` and `forEachRelation` do), interning each distinct text once.
    mutating func addEdges(_ table: RelationTable) {
        // Interned on first use, as `addEdge` does: the graph's lists name only what its edges use.
        var actionOf = [Int32?](repeating: nil, count: table.actions.count)
        var cameoOf = [Int32?](repeating: nil, count: table.cameos.count)
        let knownCameo = table.cameos.map { CAMEOCode(rawValue: $0) }
        let isRoleOf = table.kinds.map { $0 == RelationKind.role.rawValue }
        edgeIDs.reserveCapacity(table.count)
        edgeSource.reserveCapacity(table.count)
        edgeTarget.reserveCapacity(table.count)
        edgeAction.reserveCapacity(table.count)
        edgeCameo.reserveCapacity(table.count)
        edgeIsRole.reserveCapacity(table.count)
        edgeSentence.reserveCapacity(table.count)
        edgeConfidence.reserveCapacity(table.count)
        for row in 0..<table.count {
            let cameoCode = Int(table.cameoCodes[row]), actionCode = Int(table.actionCodes[row])
            guard let cameo = knownCameo[cameoCode], let source = index(ofNodeID: table.subjects[row]),
                let target = index(ofNodeID: table.objects[row])
            else { continue }
            edgeIDs.append(table.ids[row])
            edgeSource.append(source)
            edgeTarget.append(target)
            if actionOf[actionCode] == nil {
                actionOf[actionCode] = Self.intern(table.actions[actionCode], into: &actions, index: &actionIndex)
            }
            if cameoOf[cameoCode] == nil { cameoOf[cameoCode] = Self.intern(cameo, into: &cameos, index: &cameoIndex) }
            edgeAction.append(actionOf[actionCode] ?? 0)
            edgeCameo.append(cameoOf[cameoCode] ?? 0)
            edgeIsRole.append(isRoleOf[Int(table.kindCodes[row])])
            edgeSentence.append(table.sentences[row])
            edgeConfidence.append(table.confidences[row])
        }
    }

    mutating func addNode(id: Int, name: String, type: String) {
        let index = Int32(nodeIDs.count)
        nodeIDs.append(id)
        nodeNames.append(name)
        nodeTypes.append(type)
        nodesByType[type, default: []].append(index)
    }

    /// Builds the id lookup once every node is added, before edges are.
    mutating func indexNodes() {
        let largest = nodeIDs.max() ?? 0
        if largest >= 0 && largest <= 4 * nodeIDs.count + 1_024 && (nodeIDs.min() ?? 0) >= 0 {
            denseIndexByID = Array(repeating: -1, count: largest + 1)
            for (index, id) in nodeIDs.enumerated() { denseIndexByID[id] = Int32(index) }
        } else {
            for (index, id) in nodeIDs.enumerated() { sparseIndexByID[id] = Int32(index) }
        }
    }

    /// The node with database id `id`, if it is in this graph.
    func index(ofNodeID id: Int) -> Int32? {
        if !denseIndexByID.isEmpty {
            guard id >= 0 && id < denseIndexByID.count else { return nil }
            let index = denseIndexByID[id]
            return index < 0 ? nil : index
        }
        return sparseIndexByID[id]
    }

    /// Adds a relation as an edge, if both its ends are nodes of this graph.
    mutating func addEdge(_ row: RelationRecord) {
        guard let source = index(ofNodeID: row.subject), let target = index(ofNodeID: row.object) else { return }
        edgeIDs.append(row.id)
        edgeSource.append(source)
        edgeTarget.append(target)
        edgeAction.append(Self.intern(row.action, into: &actions, index: &actionIndex))
        edgeCameo.append(Self.intern(row.cameo, into: &cameos, index: &cameoIndex))
        edgeIsRole.append(row.isRole)
        edgeSentence.append(row.sentence)
        edgeConfidence.append(row.confidence)
    }

    static func intern<Value: Hashable>(
        _ value: Value, into values: inout [Value],
        index: inout [Value: Int32]
    ) -> Int32 {
        if let known = index[value] { return known }
        let new = Int32(values.count)
        values.append(value)
        index[value] = new
        return new
    }

    /// Counting sort of edges by source and by target into the two CSR arrays, with each
    /// entry's neighbour beside it; then the same rows grouped by action, with their runs.
    ///
    /// Neighbours are written as edges are placed (edges are read in order, so the far ends are
    /// read in order too): no pass afterwards reads the edge arrays at random.
    mutating func buildAdjacency() {
        func rows(keys: [Int32], others: [Int32]) -> (start: [Int32], edges: [Int32], neighbours: [Int32]) {
            var start = [Int32](repeating: 0, count: nodeCount + 1)
            for key in keys { start[Int(key) + 1] += 1 }
            for n in 0..<nodeCount { start[n + 1] += start[n] }
            var next = start
            var edges = [Int32](repeating: 0, count: keys.count)
            var neighbours = [Int32](repeating: 0, count: keys.count)
            for (edge, key) in keys.enumerated() {
                let slot = Int(next[Int(key)])
                edges[slot] = Int32(edge)
                neighbours[slot] = others[edge]
                next[Int(key)] += 1
            }
            return (start, edges, neighbours)
        }
        (outgoingStart, outgoingEdges, outgoingTargets) = rows(keys: edgeSource, others: edgeTarget)
        (incomingStart, incomingEdges, incomingSources) = rows(keys: edgeTarget, others: edgeSource)
        edgesByAction = Array(repeating: [], count: actions.count)
        for (edge, action) in edgeAction.enumerated() {
            edgesByAction[Int(action)].append(Int32(edge))
        }
        // Edges in action order, then placed by node: a stable two-pass sort (LSD radix). Each
        // node's row then holds runs of one action each, listed per node for `actionRun`.
        func grouped(
            keys: [Int32], others: [Int32], start: [Int32]
        ) -> (edges: [Int32], neighbours: [Int32], runStart: [Int32], runAction: [Int32], runOffset: [Int32]) {
            var next = start
            var result = [Int32](repeating: 0, count: keys.count)
            var neighbours = [Int32](repeating: 0, count: keys.count)
            var actionOfSlot = [Int32](repeating: 0, count: keys.count)
            for (action, edges) in edgesByAction.enumerated() {
                for edge in edges {
                    let key = Int(keys[Int(edge)])
                    let slot = Int(next[key])
                    result[slot] = edge
                    neighbours[slot] = others[Int(edge)]
                    actionOfSlot[slot] = Int32(action)
                    next[key] += 1
                }
            }
            var runStart = [Int32](repeating: 0, count: nodeCount + 1)
            var runAction: [Int32] = []
            var runOffset: [Int32] = []
            for n in 0..<nodeCount {
                var previous: Int32 = -1
                for slot in Int(start[n])..<Int(start[n + 1]) where actionOfSlot[slot] != previous {
                    previous = actionOfSlot[slot]
                    runAction.append(previous)
                    runOffset.append(Int32(slot))
                }
                runStart[n + 1] = Int32(runAction.count)
            }
            return (result, neighbours, runStart, runAction, runOffset)
        }
        (outgoingByAction, outgoingByActionTargets, outgoingRunStart, outgoingRunAction, outgoingRunOffset) =
            grouped(keys: edgeSource, others: edgeTarget, start: outgoingStart)
        (incomingByAction, incomingByActionSources, incomingRunStart, incomingRunAction, incomingRunOffset) =
            grouped(keys: edgeTarget, others: edgeSource, start: incomingStart)
        nodeTypeCodes = nodeTypes.map(NodeFilter.typeCode)
    }
}

/// What changes when anyone writes the store (see `StoreFingerprint`).
typealias GraphFingerprint = StoreFingerprint

extension StoreFingerprint {
    static func read(from store: GraphStore) throws -> StoreFingerprint {
        try store.fingerprint()
    }
}
