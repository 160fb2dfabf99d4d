import ArgumentParser
import Foundation
import KGBench
import KGStore

#if canImport(Glibc)
    import Glibc
#endif

/// `kg-bench [SIZE] [--kg PATH] [--keep DIR] [--reuse] [--only KIND] [--repeat N]`: the news-shaped benchmark (issue 8). Generates a
/// synthetic graph, imports it with `kg import` in a new process, times a new process's first
/// answer, then times the workload's queries in one engine (as one `kg shell` session), and
/// prints medians, p95 and peak memory.
///
/// Fails like `kg` does: by throwing, reported once by ArgumentParser as `Error: ...`.
///
/// ```sh
/// kg-bench 1M --keep /tmp/bench
/// kg-bench 1M --keep /tmp/bench --reuse   # the queries again, on the database left there
/// kg-bench 1M --keep /tmp/bench --reuse --only one-hop --repeat 2000   # a loop to profile
/// ```
@main
struct KGBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kg-bench",
        abstract: "Time kg on a synthetic news-shaped graph: import, first answer, each query kind, peak memory.")

    @Argument(help: "How many relations: 1M (default), 10M, or a number (K and M suffixes allowed; at least 100).")
    var size = "1M"

    @Option(help: ArgumentHelp("The kg binary to time (default: the one next to kg-bench).", valueName: "path"))
    var kg: String?

    @Option(help: ArgumentHelp("Leave the CSV files and the database in this folder.", valueName: "dir"))
    var keep: String?

    @Flag(
        help: "With --keep: time only the queries, on the database an earlier run of the same size left in that folder (no CSV files, import or new processes).")
    var reuse = false

    @Option(help: ArgumentHelp("Time only this query kind (one-hop, reach, shortest-path, two-hop-count); repeatable.", valueName: "kind"))
    var only: [BenchmarkWorkload.QueryKind] = []

    @Option(name: .customLong("repeat"), help: ArgumentHelp("Run each query this many times; its median counts.", valueName: "n"))
    var repetitions = 3

    func validate() throws {
        guard let count = Self.relations(from: size), count >= 100 else {
            throw ValidationError("unknown size '\(size)': give 1M, 10M or a number of relations (at least 100)")
        }
        guard repetitions >= 1 else { throw ValidationError("--repeat takes a number of at least 1") }
        if reuse {
            guard let keep else { throw ValidationError("--reuse needs --keep DIR: the folder of an earlier run") }
            guard FileManager.default.fileExists(atPath: keep + "/bench.sqlite") else {
                throw ValidationError("--reuse: no bench.sqlite in \(keep); run once with --keep \(keep) first")
            }
        }
    }

    /// `1M` -> 1_000_000, `250K` -> 250_000, `5_000` -> 5000.
    static func relations(from text: String) -> Int? {
        let upper = text.uppercased()
        let multiplier = upper.hasSuffix("M") ? 1_000_000 : upper.hasSuffix("K") ? 1_000 : 1
        guard let number = Int((multiplier == 1 ? upper : String(upper.dropLast())).replacingOccurrences(of: "_", with: "")) else {
            return nil
        }
        let (count, overflow) = number.multipliedReportingOverflow(by: multiplier)
        return overflow ? nil : count
    }

    func run() throws {
        guard let relationCount = Self.relations(from: size) else { throw ValidationError("unknown size '\(size)'") }
        let kgPath = kg ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kg").path
        guard FileManager.default.isExecutableFile(atPath: kgPath) else { throw BenchmarkFailure.noKG(path: kgPath) }
        let runner = KGRunner(path: kgPath)

        let folder = keep ?? NSTemporaryDirectory() + "kg-bench-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let nodesPath = folder + "/nodes.csv"
        let edgesPath = folder + "/edges.csv"
        let database = folder + "/bench.sqlite"
        if !reuse {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        }

        var started = clock.now
        let workload: BenchmarkWorkload
        do {
            // The generated graph is freed before the timings start: only the workload is kept.
            // With --reuse it is generated only to pick the same start nodes.
            let graph = NewsGraph(relations: relationCount)
            workload = BenchmarkWorkload(graph: graph)
            if !reuse {
                do {
                    try graph.writeCSV(nodes: nodesPath, edges: edgesPath)
                } catch {
                    throw BenchmarkFailure.cannotWrite(folder: folder, reason: "\(error)")
                }
            }
            print(
                "graph: \(graph.nodeCount) entities, \(graph.edgeCount) relations (seed \(graph.seed)); "
                    + "generated\(reuse ? "" : " and written") in \(String(format: "%.2f", seconds(clock.now - started))) s"
                    + (reuse ? "; reusing \(database)" : ""))
        }

        var usage = rusage()
        var importRSS = 0
        var childRSS = 0
        if !reuse {
            (importRSS, childRSS) = try importAndStartCold(runner: runner, database: database, nodesPath: nodesPath, edgesPath: edgesPath, workload: workload)
        }

        let store = try GraphStore(path: database)
        var run = BenchmarkRun(store: store, workload: workload)
        run.repetitions = repetitions
        started = clock.now
        _ = try? run.engine.run("MATCH (a) RETURN count(*);")
        print("one session: graph loaded in \(milliseconds(seconds(clock.now - started))) wall; load average now \(loadAverage())")
        print("")
        // The engine keeps a statement's plan until the graph changes: each query's first run
        // pays for parsing, name lookups and planning, its repeats do not (the medians count
        // every run's median of three; the last two columns count first runs only).
        print("query (\(workload.starts.count) start nodes)     wall median     wall p95   CPU median      CPU p95   answered   first run: CPU median      CPU p95")
        for kind in BenchmarkWorkload.QueryKind.allCases where only.isEmpty || only.contains(kind) {
            let timing = run.run(kind)
            let asked = timing.seconds.count + timing.failures.count
            let padded = kind.rawValue.padding(toLength: 28, withPad: " ", startingAt: 0)
            print(
                "\(padded) \(milliseconds(timing.median).leftPadded(12)) \(milliseconds(timing.p95).leftPadded(12)) "
                    + "\(milliseconds(timing.cpuMedian).leftPadded(12)) \(milliseconds(timing.cpuP95).leftPadded(12))   "
                    + "\(timing.seconds.count)/\(asked)"
                    + "\(milliseconds(timing.firstCPUMedian).leftPadded(26)) \(milliseconds(timing.firstCPUP95).leftPadded(12))")
            for failure in timing.failures.prefix(2) { print("    failed: \(failure)") }
        }
        getrusage(Self.this, &usage)
        print("")
        print(
            (reuse ? "peak RSS: " : "peak RSS: kg import \(megabytes(importRSS)), any kg process \(megabytes(childRSS)), ")
                + "query session \(megabytes(usage.ru_maxrss))")
    }

    /// Imports the CSV files with `kg import` in a new process, then times three new processes'
    /// first answers; prints both and returns the peak RSS of the import and of any kg process.
    private func importAndStartCold(
        runner: KGRunner, database: String, nodesPath: String, edgesPath: String, workload: BenchmarkWorkload
    ) throws -> (importRSS: Int, childRSS: Int) {
        var cpuBefore = childCPUSeconds()
        let (importSeconds, importError) = try runner.run(["import", "--db", database, "--nodes", nodesPath, "--edges", edgesPath])
        if let importError { throw BenchmarkFailure.importFailed(output: importError) }
        var usage = rusage()
        getrusage(Self.children, &usage)
        let importRSS = usage.ru_maxrss
        let importCPU = childCPUSeconds() - cpuBefore
        print(
            "import (kg import, new process):   \(String(format: "%.3f", importSeconds)) s wall, "
                + "\(String(format: "%.3f", importCPU)) s CPU, peak RSS \(megabytes(importRSS))")

        // A new process's first answer: the 3-hop reach from the biggest hub needs the whole graph.
        let hub = workload.starts[0].name
        var coldStarts: [Double] = []
        var coldCPU: [Double] = []
        var coldError: String?
        for _ in 0..<3 {
            cpuBefore = childCPUSeconds()
            let (seconds, error) = try runner.run(["query", "--db", database, "--param", "n=\(hub)", BenchmarkWorkload.reachQuery])
            coldStarts.append(seconds)
            coldCPU.append(childCPUSeconds() - cpuBefore)
            coldError = coldError ?? error
        }
        print(
            "new process to first answer (3-hop reach from \(hub)): runs \(coldStarts.map(milliseconds).joined(separator: ", ")) wall, "
                + "\(coldCPU.map(milliseconds).joined(separator: ", ")) CPU (the first may build the graph snapshot)"
                + (coldError.map { ", FAILED: " + $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""))
        getrusage(Self.children, &usage)
        return (importRSS, usage.ru_maxrss)
    }

    private static let this = __rusage_who_t(RUSAGE_SELF.rawValue)
    private static let children = __rusage_who_t(RUSAGE_CHILDREN.rawValue)

    /// CPU seconds (user + system) of every child process waited for so far.
    private func childCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(Self.children, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6
    }
}

/// `--only one-hop`: the query kinds by short names.
extension BenchmarkWorkload.QueryKind: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument {
        case "one-hop": self = .oneHop
        case "reach": self = .reach
        case "shortest-path": self = .shortestPath
        case "two-hop-count": self = .twoHopCount
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["one-hop", "reach", "shortest-path", "two-hop-count"] }
}

/// What stops the benchmark before it has numbers to print.
enum BenchmarkFailure: Error, LocalizedError {
    case noKG(path: String)
    case cannotWrite(folder: String, reason: String)
    case cannotRun(path: String, reason: String)
    case importFailed(output: String)

    var errorDescription: String? {
        switch self {
        case let .noKG(path): "no kg binary at \(path); build it first (swift build -c release --product kg)"
        case let .cannotWrite(folder, reason): "cannot write the CSV files in \(folder): \(reason)"
        case let .cannotRun(path, reason): "cannot run \(path): \(reason)"
        case let .importFailed(output): "kg import failed: \(output.trimmingCharacters(in: .whitespacesAndNewlines))"
        }
    }
}

/// Runs the kg binary in a new process and times it.
struct KGRunner {
    var path: String

    /// Runs kg with `arguments`: its wall time and, when it failed, its error output.
    func run(_ arguments: [String]) throws -> (seconds: Double, error: String?) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        let started = clock.now
        do { try process.run() } catch { throw BenchmarkFailure.cannotRun(path: path, reason: "\(error)") }
        let errorText = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = seconds(clock.now - started)
        guard process.terminationStatus == 0 else { return (elapsed, String(decoding: errorText, as: UTF8.self)) }
        return (elapsed, nil)
    }
}

private let clock = ContinuousClock()

private func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

private func milliseconds(_ value: Double) -> String { String(format: "%.3f ms", value * 1000) }

private func megabytes(_ kilobytes: Int) -> String { "\(kilobytes / 1024) MB" }

/// The 1-minute load average, to read the wall-clock figures by: on a shared machine it is high.
private func loadAverage() -> String {
    var loads = [Double](repeating: 0, count: 3)
    return getloadavg(&loads, 3) > 0 ? String(format: "%.1f", loads[0]) : "unknown"
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
