/// What one import added to the store.
public struct ImportReport: Sendable {
    /// Nodes read; `nodesJoined` of them joined an entity the store already had.
    public var nodes = 0
    public var nodesJoined = 0
    /// Edges added; `edgesUnchanged` more were in the store already.
    public var edges = 0
    public var edgesUnchanged = 0
    /// Document rows created for the provenance of imported edges (`path` "import:<name>").
    public var documents = 0
    public var sentences = 0
    /// The entity id each node of the file got, by the node id as the file writes it.
    public var entityIDs: [String: Int] = [:]

    public init() {}
}
