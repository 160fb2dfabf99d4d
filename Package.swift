// swift-tools-version:6.0
import PackageDescription

// kg: news articles in, a knowledge graph out.
// Data flows one way: KGExtraction -> KGStore -> KGQuery -> KGExport -> KGShell -> kg.
let package = Package(
    name: "kg",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kg", targets: ["kg"]),
        .library(name: "KGExtraction", targets: ["KGExtraction"]),
        .library(name: "KGTraining", targets: ["KGTraining"]),
        .library(name: "KGStore", targets: ["KGStore"]),
        .library(name: "KGQuery", targets: ["KGQuery"]),
        .library(name: "KGExport", targets: ["KGExport"]),
        .library(name: "KGShell", targets: ["KGShell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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

        // Text to entities and relations: pure, deterministic, no I/O beyond its bundled lexicons.
        .target(
            name: "KGExtraction",
            resources: [.copy("Resources")]
        ),
        // Training and evaluating the extraction models; only `kg train` needs it.
        .target(name: "KGTraining", dependencies: ["KGExtraction"]),
        // The SQLite store: schema, migrations, ingest, lookups.
        .target(
            name: "KGStore",
            dependencies: ["CSQLite", "KGExtraction"]
        ),
        // The path-query language: lexer, parser, planner, executor.
        .target(name: "KGQuery", dependencies: ["KGStore"]),
        // DOT, GraphML and node-link JSON writers; graph import.
        .target(name: "KGExport", dependencies: ["KGStore", "KGQuery"]),
        // The interactive shell on libedit, dot-commands and output modes.
        .target(name: "KGShell", dependencies: ["CEditLine", "KGStore", "KGQuery", "KGExport"]),
        // The command: parses arguments and wires the layers together.
        .executableTarget(
            name: "kg",
            dependencies: [
                "KGExtraction", "KGTraining", "KGStore", "KGQuery", "KGExport", "KGShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "KGExtractionTests", dependencies: ["KGExtraction"]),
        .testTarget(name: "KGTrainingTests", dependencies: ["KGTraining", "KGExtraction"]),
        .testTarget(name: "KGStoreTests", dependencies: ["KGStore", "KGExtraction"]),
        .testTarget(name: "KGQueryTests", dependencies: ["KGQuery", "KGStore", "KGExport"]),
        .testTarget(name: "KGExportTests", dependencies: ["KGExport", "KGStore", "KGQuery"]),
        .testTarget(name: "KGShellTests", dependencies: ["KGShell", "KGStore", "KGQuery"]),
        .testTarget(name: "kgTests", dependencies: ["kg"]),
    ]
)
