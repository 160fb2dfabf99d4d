// swift-tools-version:6.0
import PackageDescription

// libFuzzer harnesses for kg, one per input surface. A package of its own so that `swift build`
// and `swift test` of kg never build them. Build and run with `make fuzz SECONDS=60` (Fuzz/run.sh):
// every module, kg's too, is compiled with -sanitize=fuzzer,address for coverage and checks.
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
let link: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

func harness(_ name: String, _ products: [String]) -> Target {
    .executableTarget(name: name, dependencies: products.map { .product(name: $0, package: "kg") },
                      swiftSettings: fuzzer, linkerSettings: link)
}

let package = Package(
    name: "KGFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "kg", path: "..")],
    targets: [
        // Query statements and shell dot-command lines: lexer, parser, planner, executor.
        harness("FuzzQuery", ["KGQuery", "KGStore", "KGShell", "KGModel"]),
        // Node and edge CSV tables into a graph.
        harness("FuzzCSVImport", ["KGExport", "KGStore"]),
        // NetworkX node-link JSON into a graph.
        harness("FuzzJSONImport", ["KGExport", "KGStore"]),
        // File bytes to text: encodings, HTML, entities.
        harness("FuzzDocumentReader", ["KGIngest"]),
        // The extractor on arbitrary text.
        harness("FuzzExtractor", ["KGExtraction"]),
    ]
)
