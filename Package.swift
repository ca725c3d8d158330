// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "rakor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rakor", targets: ["rakor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/drmohundro/SWXMLHash", from: "8.1.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssh", from: "0.15.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "RakorCore", dependencies: [
                    .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                    .product(name: "SwiftCSV", package: "SwiftCSV"),
                    .product(name: "SWXMLHash", package: "SWXMLHash"),
                ], path: "Sources/RakorCore"),
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw"
        ),
        .target(name: "RakorTUI", dependencies: ["RakorCore", "CNcursesw"], path: "Sources/RakorTUI"),
        // The SSH gateway (`rakor share`): never curses, so the TUI stays free of NIO.
        .target(
            name: "RakorShare",
            dependencies: [
                "RakorCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/RakorShare"
        ),
        .executableTarget(
            name: "rakor",
            dependencies: [
                "RakorCore", "RakorTUI", "RakorShare",
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/rakor"
        ),
        .executableTarget(
            name: "rakor-bench",
            dependencies: ["RakorCore", "RakorTUI", "RakorShare"],
            path: "Sources/rakor-bench"
        ),
        // Golden files are read from the source tree (so RAKOR_RECORD=1 can rewrite them), not bundled.
        .testTarget(name: "RakorCoreTests", dependencies: ["RakorCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")], path: "Tests/RakorCoreTests",
                    exclude: ["Export/Golden", "Import/Fixtures", "Import/Golden", "Export/docx_dump.py"]),
        .testTarget(name: "RakorTUITests", dependencies: ["RakorTUI", "RakorCore"], path: "Tests/RakorTUITests",
                    exclude: ["Snapshots"]),
        .testTarget(name: "RakorShareTests", dependencies: ["RakorShare", "RakorCore",
                                                            .product(name: "NIOCore", package: "swift-nio"),
                                                            .product(name: "NIOPosix", package: "swift-nio"),
                                                            .product(name: "NIOSSH", package: "swift-nio-ssh")],
                    path: "Tests/RakorShareTests"),
    ],
    swiftLanguageModes: [.v6]
)
