/// What one import added to the store.
public struct ImportReport: Sendable {
    public var nodes = 0
    public var edges = 0
    /// Document rows created for the provenance of imported edges (`path` "import:<name>").
    public var documents = 0
    public var sentences = 0
    /// The entity id each node of the file got, by the node id as the file writes it.
    public var entityIDs: [String: Int] = [:]

    public init() {}
}
