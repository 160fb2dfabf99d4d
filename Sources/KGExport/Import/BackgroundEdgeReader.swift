import Foundation
import KGStore

/// Reads an edge CSV file on a thread of its own, handing its relations over in batches, so that
/// the store resolves and writes the nodes while the edges are still being read.
///
/// ```swift
/// let edges = BackgroundEdgeReader(path: "edges.csv", reader: graph.edgeReader(file: "edges.csv"))
/// defer { edges.stopAndWait() }
/// let result = try store.importGraph(nodes, followedBy: { try edges.next() })
/// ```
/// Batches wait in memory until taken (nothing is dropped or blocked: the whole edge list was held
/// at once before this reader, too). A bad row reaches the taker as the error `next()` throws,
/// after the batches before it, so the store abandons the import as it would have before writing.
final class BackgroundEdgeReader: @unchecked Sendable {
    /// Relations per batch: big enough that handing over costs nothing, small enough that the
    /// store starts on the first ones early.
    static let batchSize = 65_536

    /// Guards every property below.
    private let condition = NSCondition()
    private var ready: [GraphImport.RelationList] = []
    private var taken = 0
    private var isFinished = false
    private var failure: (any Error)?
    private var isStopped = false
    private var isThreadDone = false

    /// Thrown inside the reading thread when the taker has stopped it.
    private struct Stopped: Error {}

    init(path: String, reader: ImportGraph.EdgeTableReader, batchSize: Int = BackgroundEdgeReader.batchSize) {
        let thread = Thread { [self] in
            do {
                let text = try GraphImporter.text(GraphImporter.read(path), path: path)
                try reader.read(text, batchSize: batchSize) { batch in try self.hand(batch) }
                finish(with: nil)
            } catch {
                finish(with: error)
            }
        }
        thread.name = "kg edge reader"
        thread.start()
    }

    /// The next batch of relations in file order, waiting for it to be read; nil after the
    /// last; throws the reading error once the batches before it are taken.
    func next() throws -> GraphImport.RelationList? {
        condition.lock()
        defer { condition.unlock() }
        while taken == ready.count && !isFinished { condition.wait() }
        if taken < ready.count {
            // Released as taken: the store holds its own copy of what it wrote.
            let batch = ready[taken]
            ready[taken] = GraphImport.RelationList()
            taken += 1
            return batch
        }
        if let failure, !(failure is Stopped) { throw failure }
        return nil
    }

    /// Tells the reading thread to stop at its next batch and waits until it has ended: call it
    /// before the reader goes away, whether or not every batch was taken.
    func stopAndWait() {
        condition.lock()
        isStopped = true
        while !isThreadDone { condition.wait() }
        ready.removeAll()
        condition.unlock()
    }

    private func hand(_ batch: GraphImport.RelationList) throws {
        condition.lock()
        defer { condition.unlock() }
        if isStopped { throw Stopped() }
        ready.append(batch)
        condition.broadcast()
    }

    private func finish(with error: (any Error)?) {
        condition.lock()
        failure = error
        isFinished = true
        isThreadDone = true
        condition.broadcast()
        condition.unlock()
    }
}
