/// Per-node scratch arrays that graph searches reuse from query to query: a mark per node that
/// is current only when it equals the search's generation, so starting a search costs nothing
/// however big the graph (no array is cleared or allocated per query).
///
/// ```swift
/// let marks = SearchMarks()
/// let mark = marks.begin(nodeCount: graph.nodeCount)
/// marks.stamp[Int(node)] = mark          // node reached in this search
/// ```
/// One engine owns one and hands it to each statement; searches do not nest, so one set of
/// arrays is enough. The arrays are raw buffers (read through local copies of the pointers, so
/// the inner loops pay no exclusivity checks); not for concurrent use, like the engine.
final class SearchMarks {
    /// `stamp[n] == generation`: node n is marked in the current search.
    private(set) var stamp = UnsafeMutableBufferPointer<UInt32>(start: nil, count: 0)
    /// The same for the second side of a bidirectional search.
    private(set) var otherStamp = UnsafeMutableBufferPointer<UInt32>(start: nil, count: 0)
    /// Per node, for searches that remember how they got there: depth, and the edge and node
    /// they came through, on either side (valid only where that side's stamp is current).
    private(set) var depth = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    private(set) var viaEdge = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    private(set) var viaNode = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    private(set) var otherDepth = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    private(set) var otherViaEdge = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    private(set) var otherViaNode = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    private(set) var generation: UInt32 = 0

    init() {}

    deinit {
        for buffer in [stamp, otherStamp] { buffer.deallocate() }
        for buffer in [depth, viaEdge, viaNode, otherDepth, otherViaEdge, otherViaNode] { buffer.deallocate() }
    }

    private static func zeroed<T: FixedWidthInteger>(_ count: Int) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
        buffer.initialize(repeating: 0)
        return buffer
    }

    /// Starts a search over `nodeCount` nodes: the new generation, with every mark stale.
    func begin(nodeCount: Int) -> UInt32 {
        if stamp.count != nodeCount {
            for buffer in [stamp, otherStamp] { buffer.deallocate() }
            stamp = Self.zeroed(nodeCount)
            otherStamp = Self.zeroed(nodeCount)
            generation = 0
        }
        generation &+= 1
        if generation == 0 {
            // After 2^32 searches the marks wrap around: clear them once.
            stamp.update(repeating: 0)
            otherStamp.update(repeating: 0)
            generation = 1
        }
        return generation
    }

    /// Makes the path arrays (depth, via edge and node, both sides) as long as the marks.
    func preparePaths() {
        let count = stamp.count
        guard depth.count != count else { return }
        for buffer in [depth, viaEdge, viaNode, otherDepth, otherViaEdge, otherViaNode] { buffer.deallocate() }
        depth = Self.zeroed(count)
        viaEdge = Self.zeroed(count)
        viaNode = Self.zeroed(count)
        otherDepth = Self.zeroed(count)
        otherViaEdge = Self.zeroed(count)
        otherViaNode = Self.zeroed(count)
    }
}
