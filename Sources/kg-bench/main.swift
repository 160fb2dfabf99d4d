// kg-bench: the news-shaped benchmark (issue 8). Generates a synthetic graph, imports it with
// `kg import` in a new process, times a new process's first answer, then times the workload's
// queries in one engine (as one `kg shell` session), and prints medians, p95 and peak memory.
//
//   kg-bench [SIZE] [--kg PATH] [--keep DIR]     SIZE: 1M (default), 10M, or a number of relations
import Foundation
import KGBench
import KGStore

#if canImport(Glibc)
    import Glibc
#endif

let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
let RUSAGE_CHILDREN_WHO = __rusage_who_t(RUSAGE_CHILDREN.rawValue)

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("kg-bench: \(message)\n".utf8))
    exit(1)
}

func relations(from text: String) -> Int? {
    let upper = text.uppercased()
    if upper.hasSuffix("M"), let n = Int(upper.dropLast()) { return n * 1_000_000 }
    if upper.hasSuffix("K"), let n = Int(upper.dropLast()) { return n * 1_000 }
    return Int(text.replacingOccurrences(of: "_", with: ""))
}

var arguments = Array(CommandLine.arguments.dropFirst())
var size = "1M"
nonisolated(unsafe) var kgPath = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kg").path
var keep: String?
while let argument = arguments.first {
    arguments.removeFirst()
    switch argument {
    case "--kg", "--keep":
        guard let value = arguments.first else { fail("\(argument) needs a value") }
        arguments.removeFirst()
        if argument == "--kg" { kgPath = value } else { keep = value }
    default: size = argument
    }
}
guard let relationCount = relations(from: size), relationCount >= 100 else { fail("unknown size '\(size)'") }
guard FileManager.default.isExecutableFile(atPath: kgPath) else { fail("no kg binary at \(kgPath); build it first") }

let clock = ContinuousClock()
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}
func milliseconds(_ value: Double) -> String { String(format: "%.3f ms", value * 1000) }
func megabytes(_ kilobytes: Int) -> String { "\(kilobytes / 1024) MB" }

let folder = keep ?? NSTemporaryDirectory() + "kg-bench-\(getpid())"
try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
let nodesPath = folder + "/nodes.csv"
let edgesPath = folder + "/edges.csv"
let database = folder + "/bench.sqlite"
for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }

var started = clock.now
var graph: NewsGraph? = NewsGraph(relations: relationCount)
let workload = BenchmarkWorkload(graph: graph!)
do {
    try graph!.writeCSV(nodes: nodesPath, edges: edgesPath)
} catch {
    fail("cannot write the CSV files in \(folder): \(error)")
}
print("graph: \(graph!.nodeCount) entities, \(graph!.edgeCount) relations (seed \(graph!.seed)); generated and written in \(String(format: "%.2f", seconds(clock.now - started))) s")
graph = nil

/// CPU seconds (user + system) of every child process waited for so far.
func childCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN_WHO, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6
}

/// Runs kg with `arguments`, returning its wall time and, when it failed, its error output.
func runKG(_ arguments: [String]) -> (seconds: Double, error: String?) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: kgPath)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    process.standardError = errors
    let started = clock.now
    do { try process.run() } catch { fail("cannot run \(kgPath): \(error)") }
    let errorText = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let elapsed = seconds(clock.now - started)
    guard process.terminationStatus == 0 else { return (elapsed, String(decoding: errorText, as: UTF8.self)) }
    return (elapsed, nil)
}

var cpuBefore = childCPUSeconds()
let (importSeconds, importError) = runKG(["import", "--db", database, "--nodes", nodesPath, "--edges", edgesPath])
if let importError { fail("kg import failed: \(importError)") }
var usage = rusage()
getrusage(RUSAGE_CHILDREN_WHO, &usage)
let importRSS = usage.ru_maxrss
let importCPU = childCPUSeconds() - cpuBefore
print("import (kg import, new process):   \(String(format: "%.3f", importSeconds)) s wall, \(String(format: "%.3f", importCPU)) s CPU, peak RSS \(megabytes(importRSS))")

// A new process's first answer: the 3-hop reach from the biggest hub needs the whole graph.
let hub = workload.starts[0].name
var coldStarts: [Double] = []
var coldCPU: [Double] = []
var coldError: String?
for _ in 0..<3 {
    cpuBefore = childCPUSeconds()
    let (seconds, error) = runKG(["query", "--db", database, "--param", "n=\(hub)", BenchmarkWorkload.reachQuery])
    coldStarts.append(seconds)
    coldCPU.append(childCPUSeconds() - cpuBefore)
    coldError = coldError ?? error
}
print(
    "new process to first answer (3-hop reach from \(hub)): runs \(coldStarts.map(milliseconds).joined(separator: ", ")) wall, "
        + "\(coldCPU.map(milliseconds).joined(separator: ", ")) CPU (the first may build the graph snapshot)"
        + (coldError.map { ", FAILED: " + $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""))
getrusage(RUSAGE_CHILDREN_WHO, &usage)
let childRSS = usage.ru_maxrss

let store: GraphStore
do { store = try GraphStore(path: database) } catch { fail("cannot open \(database): \(error)") }
let run = BenchmarkRun(store: store, workload: workload)
started = clock.now
_ = try? run.engine.run("MATCH (a) RETURN count(*);")
print("one session: graph loaded in \(milliseconds(seconds(clock.now - started))) wall; load average now \(loadAverage())")
print("")
print("query (\(workload.starts.count) start nodes)     wall median     wall p95   CPU median      CPU p95   answered")
for kind in BenchmarkWorkload.QueryKind.allCases {
    let timing = run.run(kind)
    let asked = timing.seconds.count + timing.failures.count
    let padded = kind.rawValue.padding(toLength: 28, withPad: " ", startingAt: 0)
    print(
        "\(padded) \(milliseconds(timing.median).leftPadded(12)) \(milliseconds(timing.p95).leftPadded(12)) "
            + "\(milliseconds(timing.cpuMedian).leftPadded(12)) \(milliseconds(timing.cpuP95).leftPadded(12))   \(timing.seconds.count)/\(asked)")
    for failure in timing.failures.prefix(2) { print("    failed: \(failure)") }
}
getrusage(RUSAGE_SELF_WHO, &usage)
print("")
print("peak RSS: kg import \(megabytes(importRSS)), any kg process \(megabytes(childRSS)), query session \(megabytes(usage.ru_maxrss))")

/// The 1-minute load average, to read the wall-clock figures by: on a shared machine it is high.
func loadAverage() -> String {
    var loads = [Double](repeating: 0, count: 3)
    return getloadavg(&loads, 3) > 0 ? String(format: "%.1f", loads[0]) : "unknown"
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
