// swift-tools-version:6.0
import PackageDescription

/// Concrete generic types (`Set<String>`, `[ActorRef: [Relation]]`) reach their metadata through accessor
/// functions instead of mangled names: a mangled name is resolved at run time, and each generic requirement in
/// it costs a scan of every protocol conformance in the binary, some sixty microseconds per type, at start-up.
let metadataAccessors: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

let package = Package(
    name: "relgraph",
    products: [
        .library(name: "RelGraph", targets: ["RelGraph"]),
        .executable(name: "relgraph", targets: ["RelGraphCLI"]),
        .executable(name: "relgraph-models", targets: ["RelGraphModels"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The trained syntax models, linked into the binary as read-only data (see models/README.md).
        .target(
            name: "CSyntaxModels",
            exclude: ["models"],
            // valgrind (make memcheck) cannot read clang's default DWARF 5 debug information.
            cSettings: [.unsafeFlags(["-gdwarf-4"])]
        ),
        // Graphviz's text layout from metrics compiled in, and the plugins a vector picture needs (see text_layout.c).
        .target(
            name: "CGraphvizText",
            dependencies: ["CGraphviz"],
            cSettings: [.unsafeFlags(["-gdwarf-4"])]
        ),
        .target(
            name: "RelGraph",
            dependencies: ["CGraphviz", "CGraphvizText", "CSyntaxModels"],
            swiftSettings: metadataAccessors
        ),
        .executableTarget(
            name: "RelGraphCLI",
            dependencies: [
                "RelGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: metadataAccessors
        ),
        // Trains the syntax models from Universal Dependencies treebanks and measures them (`make models`).
        .executableTarget(
            name: "RelGraphModels",
            dependencies: [
                "RelGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "RelGraphTests",
            // The CLI tests run the built `relgraph` binary; depending on the
            // executable target makes `swift test` build it first.
            dependencies: ["RelGraph", "RelGraphCLI", "CGraphvizText"]
        ),
    ]
)
