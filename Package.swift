// swift-tools-version:6.0
import PackageDescription

// kg: news articles in, a knowledge graph out.
// Data flows one way: file -> text (KGIngest) -> extracted document (KGExtraction) -> store (KGStore)
// -> graph index and result (KGQuery) -> renderer (KGExport, KGShell). KGModel holds the value types
// every layer shares; KGTraining (model training, `kg train` only) is linked by the command alone.
// docs/architecture.md has the map.
let package = Package(
    name: "kg",
    // kg is built and tested on Linux, where this line is ignored; on macOS, 15 is the first
    // release with the Synchronization module (Mutex, Atomic) the shell uses.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kg", targets: ["kg"]),
        .library(name: "KGModel", targets: ["KGModel"]),
        .library(name: "KGExtraction", targets: ["KGExtraction"]),
        .library(name: "KGStore", targets: ["KGStore"]),
        .library(name: "KGIngest", targets: ["KGIngest"]),
        .library(name: "KGQuery", targets: ["KGQuery"]),
        .library(name: "KGExport", targets: ["KGExport"]),
        .library(name: "KGShell", targets: ["KGShell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // System libraries, found with pkg-config; shim.h wraps what Swift cannot call directly.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Headers only: CPU instructions Swift cannot spell (prefetch; AVX2's widening adds of
        // weight rows and the SHA extensions' rounds of a file's hash, chosen at run time).
        .systemLibrary(name: "CPrefetch"),

        // The value types every layer shares: entity types, alias keys and their spelling variants,
        // spans, source and extracted documents, the extractor protocol. No I/O beyond two tables.
        .target(
            name: "KGModel",
            dependencies: ["CPrefetch"],
            resources: [.copy("Resources")]
        ),
        // Text to entities and relations: pure, deterministic, no I/O beyond its bundled lexicons.
        .target(
            name: "KGExtraction",
            dependencies: ["CPrefetch", "KGModel"],
            resources: [.copy("Resources")]
        ),
        // Training and evaluating the extractor's models from treebanks; only `kg train` links it.
        .target(name: "KGTraining", dependencies: ["KGExtraction"]),
        // The SQLite store: schema, migrations, the document writer and entity resolver, lookups.
        .target(
            name: "KGStore",
            dependencies: ["CSQLite", "KGModel"]
        ),
        // Files and folders in: finding inputs, decoding text, reducing HTML, and the ingest run that
        // extracts each changed document and stores it.
        .target(name: "KGIngest", dependencies: ["KGModel", "KGStore"]),
        // The path-query language: lexer, parser, planner, executor.
        .target(name: "KGQuery", dependencies: ["KGModel", "KGStore"]),
        // DOT, GraphML and node-link JSON writers; result renderers; graph import.
        .target(name: "KGExport", dependencies: ["KGModel", "KGStore", "KGQuery"]),
        // The interactive shell on libedit, dot-commands and output modes.
        .target(
            name: "KGShell",
            dependencies: ["CEditLine", "KGModel", "KGExtraction", "KGStore", "KGIngest", "KGQuery", "KGExport"]
        ),
        // The command: parses arguments and wires the layers together.
        .executableTarget(
            name: "kg",
            dependencies: [
                "KGModel", "KGExtraction", "KGTraining", "KGStore", "KGIngest", "KGQuery", "KGExport", "KGShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The news-shaped benchmark (`make bench`): a seeded graph generator, its workload, a timer.
        .target(name: "KGBench", dependencies: ["KGModel", "KGStore", "KGQuery"]),
        .executableTarget(
            name: "kg-bench",
            dependencies: ["KGBench", "KGStore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        .testTarget(name: "KGModelTests", dependencies: ["KGModel"]),
        .testTarget(name: "KGExtractionTests", dependencies: ["KGExtraction", "KGModel"]),
        .testTarget(name: "KGTrainingTests", dependencies: ["KGTraining", "KGExtraction", "KGModel"]),
        // Helpers the test targets share (temporary folders); no product links it.
        .target(name: "KGTestSupport"),
        .testTarget(name: "KGStoreTests", dependencies: ["KGStore", "KGIngest", "KGExtraction", "KGModel", "KGTestSupport"]),
        .testTarget(name: "KGIngestTests", dependencies: ["KGIngest", "KGStore", "KGModel", "KGTestSupport"]),
        .testTarget(name: "KGQueryTests", dependencies: ["KGQuery", "KGStore", "KGExport", "KGModel"]),
        .testTarget(name: "KGExportTests", dependencies: ["KGExport", "KGStore", "KGQuery", "KGModel"]),
        .testTarget(name: "KGShellTests", dependencies: ["KGShell", "KGStore", "KGQuery", "KGModel"]),
        .testTarget(name: "kgTests", dependencies: ["kg"]),
        .testTarget(name: "KGBenchTests", dependencies: ["KGBench", "KGQuery", "KGStore", "KGExport"]),
    ]
)
