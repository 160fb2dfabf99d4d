import KGModel
import KGStore

/// The whole graph in memory as compact arrays: nodes, edges, and each node's outgoing and
/// incoming edges (compressed sparse rows), for matching and traversal without SQL.
///
/// ```swift
/// let graph = try GraphIndex.load(from: store)
/// for edge in graph.outgoing(of: node) { print(graph.actions[Int(graph.edgeAction[edge])]) }
/// ```
/// Node and edge handles are dense `Int32` indices, not database ids; `nodeIDs` and `edgeIDs`
/// map back. Built once per engine and rebuilt when the store changes (see `GraphFingerprint`).
///
/// A value holding its arrays by one reference: the evaluator, matcher, projection and searches
/// each keep a copy, and a copy now costs one retain instead of one per array (about forty,
/// which was a fifth of a one-hop query's time).
struct GraphIndex: Sendable {
    final class Storage: Sendable {
        let data: GraphData
        init(_ data: GraphData) { self.data = data }
    }

    let storage: Storage

    init(_ data: GraphData = GraphData()) {
        storage = Storage(data)
    }

    /// The arrays, for building a changed copy.
    var data: GraphData { storage.data }

    /// Reads every entity and relation of `store`, polling `isInterrupted` as it goes.
    static func load(from store: GraphStore, isInterrupted: () -> Bool = { false }) throws -> GraphIndex {
        GraphIndex(try GraphData.load(from: store, isInterrupted: isInterrupted))
    }

    var nodeIDs: [Int] { storage.data.nodeIDs }
    var nodeNames: [String] { storage.data.nodeNames }
    var nodeTypes: [String] { storage.data.nodeTypes }
    var nodesByType: [String: [Int32]] { storage.data.nodesByType }
    var edgeIDs: [Int] { storage.data.edgeIDs }
    var edgeSource: [Int32] { storage.data.edgeSource }
    var edgeTarget: [Int32] { storage.data.edgeTarget }
    var edgeAction: [Int32] { storage.data.edgeAction }
    var edgeCameo: [Int32] { storage.data.edgeCameo }
    var edgeIsRole: [Bool] { storage.data.edgeIsRole }
    var edgeSentence: [Int] { storage.data.edgeSentence }
    var edgeConfidence: [Double] { storage.data.edgeConfidence }
    var edgeReports: [[Int]] { storage.data.edgeReports }
    var actions: [String] { storage.data.actions }
    var actionIndex: [String: Int32] { storage.data.actionIndex }
    var cameos: [CAMEOCode] { storage.data.cameos }
    var cameoIndex: [CAMEOCode: Int32] { storage.data.cameoIndex }
    var outgoingStart: [Int32] { storage.data.outgoingStart }
    var outgoingEdges: [Int32] { storage.data.outgoingEdges }
    var incomingStart: [Int32] { storage.data.incomingStart }
    var incomingEdges: [Int32] { storage.data.incomingEdges }
    var edgesByAction: [[Int32]] { storage.data.edgesByAction }
    var outgoingByAction: [Int32] { storage.data.outgoingByAction }
    var incomingByAction: [Int32] { storage.data.incomingByAction }
    var outgoingTargets: [Int32] { storage.data.outgoingTargets }
    var incomingSources: [Int32] { storage.data.incomingSources }
    var nodeTypeCodes: [UInt8] { storage.data.nodeTypeCodes }
    var outgoingByActionTargets: [Int32] { storage.data.outgoingByActionTargets }
    var incomingByActionSources: [Int32] { storage.data.incomingByActionSources }
    var outgoingRunStart: [Int32] { storage.data.outgoingRunStart }
    var outgoingRunAction: [Int32] { storage.data.outgoingRunAction }
    var outgoingRunOffset: [Int32] { storage.data.outgoingRunOffset }
    var incomingRunStart: [Int32] { storage.data.incomingRunStart }
    var incomingRunAction: [Int32] { storage.data.incomingRunAction }
    var incomingRunOffset: [Int32] { storage.data.incomingRunOffset }
    var isPartial: Bool { storage.data.isPartial }
    var isFacts: Bool { storage.data.isFacts }

    var nodeCount: Int { storage.data.nodeCount }
    var edgeCount: Int { storage.data.edgeCount }

    func outgoing(of node: Int32) -> ArraySlice<Int32> { storage.data.outgoing(of: node) }
    func incoming(of node: Int32) -> ArraySlice<Int32> { storage.data.incoming(of: node) }
    /// The edges of `node` with action `action` leaving it (`outgoing`) or entering it, in edge order.
    func edges(of node: Int32, outgoing: Bool, action: Int32) -> ArraySlice<Int32> {
        storage.data.edges(of: node, outgoing: outgoing, action: action)
    }
    func degree(of node: Int32) -> Int { storage.data.degree(of: node) }
    /// The edge with database id `id`, if it is in this graph.
    func index(ofEdgeID id: Int) -> Int32? { storage.data.index(ofEdgeID: id) }
    /// The node with database id `id`, if it is in this graph.
    func index(ofNodeID id: Int) -> Int32? { storage.data.index(ofNodeID: id) }
    /// The node at the far end of `edge` seen from `node`.
    func otherEnd(of edge: Int32, from node: Int32) -> Int32 { storage.data.otherEnd(of: edge, from: node) }
}
