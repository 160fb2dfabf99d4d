import Foundation
import KGQuery
import KGStore

#if canImport(Glibc)
    import Glibc
#endif

/// Times the workload's queries in one process, as one `kg shell` session would run them:
/// one engine, the graph loaded by the first query, then every query of every start node.
///
/// ```swift
/// let timings = try BenchmarkRun(store: store, workload: workload).run()
/// print(timings[.reach]?.median ?? 0)
/// ```
public struct BenchmarkRun {
    public struct Timing: Sendable {
        /// Seconds per query (wall clock), in workload order.
        public var seconds: [Double] = []
        /// CPU seconds of this thread per query: what the query cost when other processes share
        /// the cores (the wall clock then also counts their turns).
        public var cpuSeconds: [Double] = []
        /// CPU seconds of each query's first run: the engine caches a statement's plan (by text
        /// and parameters) until the graph changes, so later runs skip parsing, name lookups and
        /// planning; the first run shows what a question never asked before costs.
        public var firstCPUSeconds: [Double] = []
        /// The first result cell of each answered query (a count or a path length), nil when the
        /// query returned no row (no path).
        public var answers: [QueryValue?] = []
        /// Error messages of queries that failed.
        public var failures: [String] = []

        public var median: Double { Self.percentile(seconds, 0.5) }
        public var p95: Double { Self.percentile(seconds, 0.95) }
        public var cpuMedian: Double { Self.percentile(cpuSeconds, 0.5) }
        public var cpuP95: Double { Self.percentile(cpuSeconds, 0.95) }
        public var firstCPUMedian: Double { Self.percentile(firstCPUSeconds, 0.5) }
        public var firstCPUP95: Double { Self.percentile(firstCPUSeconds, 0.95) }

        /// Nearest-rank percentile; 0 for no samples.
        static func percentile(_ values: [Double], _ fraction: Double) -> Double {
            guard !values.isEmpty else { return 0 }
            let sorted = values.sorted()
            let rank = Int((fraction * Double(sorted.count)).rounded(.up))
            return sorted[max(0, min(sorted.count - 1, rank - 1))]
        }
    }

    public let engine: QueryEngine
    public let workload: BenchmarkWorkload
    /// Each query runs this many times; the median of the runs counts (1: just once).
    public var repetitions = 3

    public init(store: GraphStore, workload: BenchmarkWorkload) {
        engine = QueryEngine(store: store)
        self.workload = workload
    }

    /// CPU time this thread has used, in seconds.
    public static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// Runs one query kind for every start node (once for the two-hop count, which has none).
    public func run(_ kind: BenchmarkWorkload.QueryKind) -> Timing {
        var timing = Timing()
        let clock = ContinuousClock()
        func measure(_ statement: String, _ parameters: [String: QueryValue]) {
            var samples: [Double] = []
            var cpuSamples: [Double] = []
            var answer: QueryValue?
            for _ in 0..<max(1, repetitions) {
                let cpuStarted = Self.threadCPUSeconds()
                let started = clock.now
                do {
                    let result = try engine.run(statement, parameters: parameters)
                    answer = result.rows.first?.first
                } catch {
                    timing.failures.append("\(error)")
                    return
                }
                let elapsed = clock.now - started
                samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
                cpuSamples.append(Self.threadCPUSeconds() - cpuStarted)
            }
            timing.seconds.append(Timing.percentile(samples, 0.5))
            timing.cpuSeconds.append(Timing.percentile(cpuSamples, 0.5))
            timing.firstCPUSeconds.append(cpuSamples.first ?? 0)
            timing.answers.append(answer)
        }
        switch kind {
        case .oneHop:
            for start in workload.starts { measure(BenchmarkWorkload.oneHopQuery, ["n": .string(start.name)]) }
        case .reach:
            for start in workload.starts { measure(BenchmarkWorkload.reachQuery, ["n": .string(start.name)]) }
        case .shortestPath:
            for (index, start) in workload.starts.enumerated() {
                measure(
                    BenchmarkWorkload.shortestPathQuery,
                    ["n": .string(start.name), "m": .string(workload.shortestPathTarget(of: index).name)])
            }
        case .twoHopCount:
            measure(BenchmarkWorkload.twoHopCountQuery, [:])
        }
        return timing
    }
}
