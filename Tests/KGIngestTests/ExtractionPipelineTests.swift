import Foundation
import XCTest

@testable import KGIngest

final class ExtractionPipelineTests: XCTestCase {
    /// Work that takes longer the smaller the number, so later items finish first.
    private static func slowSquare(_ value: Int) -> Int {
        Thread.sleep(forTimeInterval: Double(10 - value % 10) * 0.002)
        return value * value
    }

    func testResultsComeInSubmissionOrderWhateverOrderTheyFinishIn() {
        let pipeline = ExtractionPipeline(workers: 4, window: 6) { (value: Int) in Self.slowSquare(value) }
        defer { pipeline.close() }
        var taken: [Int] = []
        for value in 0..<40 {
            while pipeline.isFull {
                if let next = pipeline.takeNext() { taken.append(next) }
            }
            pipeline.submit(value)
            XCTAssertLessThanOrEqual(pipeline.inFlight, 6)
        }
        while let next = pipeline.takeNext() { taken.append(next) }
        XCTAssertEqual(taken, (0..<40).map { $0 * $0 })
        XCTAssertEqual(pipeline.inFlight, 0)
    }

    func testTheNextResultIsReadyOnceItsWorkIsDoneOrNothingIsLeft() {
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let pipeline = ExtractionPipeline(workers: 1, window: 2) { (value: Int) -> Int in
            started.signal()
            release.wait()
            return value + 1
        }
        defer { pipeline.close() }
        XCTAssertTrue(pipeline.nextIsReady)  // nothing submitted: taking returns at once
        pipeline.submit(1)
        started.wait()
        XCTAssertFalse(pipeline.nextIsReady)  // its work is held up
        release.signal()
        while !pipeline.nextIsReady { Thread.sleep(forTimeInterval: 0.001) }
        XCTAssertEqual(pipeline.takeNext(), 2)
        XCTAssertTrue(pipeline.nextIsReady)
    }

    func testWithoutWorkersTheSubmittingThreadDoesTheWork() {
        // XCTest runs tests on the main thread
        XCTAssertTrue(Thread.isMainThread)
        let pipeline = ExtractionPipeline(workers: 0, window: 1) { (value: Int) -> Bool in Thread.isMainThread && value > 0 }
        defer { pipeline.close() }
        pipeline.submit(3)
        XCTAssertTrue(pipeline.isFull)
        XCTAssertEqual(pipeline.takeNext(), true)
        XCTAssertNil(pipeline.takeNext())
    }

    func testClosingDropsWorkNotStartedAndStopsTheWorkers() {
        let started = StartCount()
        let pipeline = ExtractionPipeline(workers: 2, window: 100) { (value: Int) in
            started.add()
            return Self.slowSquare(value)
        }
        for value in 0..<50 { pipeline.submit(value) }
        pipeline.close()  // returns once both workers have stopped
        let startedByClose = started.value
        Thread.sleep(forTimeInterval: 0.05)
        XCTAssertEqual(started.value, startedByClose, "no work after close")
        XCTAssertLessThan(startedByClose, 50)
        // what was finished can still be taken; a dropped item gives nil instead of waiting forever
        var taken = 0
        while pipeline.takeNext() != nil { taken += 1 }
        XCTAssertLessThanOrEqual(taken, startedByClose)
    }
}

/// A counter the pipeline's workers share.
private final class StartCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
