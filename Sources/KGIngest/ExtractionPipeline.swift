import Foundation

/// Work done on worker threads while the caller takes the results in the order it submitted them.
///
/// Ingest extracts documents on every core while the calling thread stores the finished ones, one
/// transaction each, in input order: extraction and writes overlap instead of taking turns. The
/// caller keeps at most `window` items submitted and not yet taken (`isFull`), so memory stays
/// bounded however large the folder. With no worker threads, `submit` does the work itself.
///
/// ```swift
/// let pipeline = ExtractionPipeline(workers: 2, window: 8) { (text: String) in extractor.extract(text) }
/// defer { pipeline.close() }
/// pipeline.submit(text)
/// let document = pipeline.takeNext()  // the first submitted text's extraction
/// ```
final class ExtractionPipeline<Work: Sendable, Result: Sendable>: @unchecked Sendable {
    // `@unchecked Sendable`: every mutable property below is read and written under `condition`.
    private let condition = NSCondition()
    /// Submitted items not yet started, oldest first from `queueHead`, with their submission numbers.
    private var queue: [(number: Int, work: Work)] = []
    private var queueHead = 0
    /// Finished results not yet taken, by submission number.
    private var finished: [Int: Result] = [:]
    private var submitted = 0
    private var taken = 0
    private var closed = false
    private var runningWorkers = 0

    private let transform: @Sendable (Work) -> Result
    let window: Int

    /// Starts `workers` threads (none: the caller's thread does the work in `submit`).
    init(workers: Int, window: Int, transform: @escaping @Sendable (Work) -> Result) {
        self.transform = transform
        self.window = max(1, window)
        guard workers > 0 else { return }
        runningWorkers = workers
        for _ in 0..<workers {
            let thread = Thread { [self] in work() }
            // the extractor recurses over trees and names: a main thread's stack, not a small default
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Items submitted and not yet taken.
    var inFlight: Int {
        condition.lock()
        defer { condition.unlock() }
        return submitted - taken
    }

    /// Whether the caller should take a result before submitting more.
    var isFull: Bool { inFlight >= window }

    /// Whether `takeNext` would return without waiting: the oldest item not yet taken is done, or
    /// none is left.
    var nextIsReady: Bool {
        condition.lock()
        defer { condition.unlock() }
        return taken >= submitted || finished[taken] != nil
    }

    /// Queues `work` (or, without workers, does it at once).
    func submit(_ work: Work) {
        condition.lock()
        let number = submitted
        submitted += 1
        guard runningWorkers > 0 else {
            condition.unlock()
            let result = transform(work)
            condition.lock()
            finished[number] = result
            condition.unlock()
            return
        }
        queue.append((number, work))
        condition.broadcast()
        condition.unlock()
    }

    /// The result of the oldest submitted item not yet taken, waiting for it if need be; nil when
    /// every submitted item has been taken, or after `close` when it was dropped.
    func takeNext() -> Result? {
        condition.lock()
        defer { condition.unlock() }
        guard taken < submitted else { return nil }
        while finished[taken] == nil {
            if closed && runningWorkers == 0 { return nil }
            condition.wait()
        }
        let result = finished.removeValue(forKey: taken)
        taken += 1
        return result
    }

    /// Drops the items not yet started and waits for the workers to finish the ones they hold and
    /// stop. Call it once, when done or on an error.
    func close() {
        condition.lock()
        closed = true
        queue.removeAll()
        queueHead = 0
        condition.broadcast()
        while runningWorkers > 0 { condition.wait() }
        condition.unlock()
    }

    private func work() {
        condition.lock()
        while true {
            while queueHead == queue.count && !closed { condition.wait() }
            if closed { break }
            let (number, work) = queue[queueHead]
            queueHead += 1
            // the queue empties often (the caller keeps it short): reset instead of shifting
            if queueHead == queue.count {
                queue.removeAll(keepingCapacity: true)
                queueHead = 0
            }
            condition.unlock()
            let result = transform(work)
            condition.lock()
            finished[number] = result
            condition.broadcast()
        }
        runningWorkers -= 1
        condition.broadcast()
        condition.unlock()
    }
}
