// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Annals",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "annals", targets: ["annals"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Chronology"),
        .target(name: "Articles", dependencies: ["Chronology", "Yams"]),
        .target(name: "Timeline", dependencies: ["Chronology", "Articles"]),
        .target(
            name: "Site",
            dependencies: [
                "Chronology", "Articles", "Timeline", "CCmark", "Yams",
            ]
        ),
        .target(name: "Preview", dependencies: ["Articles", "Site", "Timeline"]),
        .executableTarget(
            name: "annals",
            dependencies: [
                "Chronology", "Articles", "Timeline", "Site", "Preview", "Yams",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ChronologyTests", dependencies: ["Chronology"]),
        .testTarget(name: "ArticlesTests", dependencies: ["Articles"]),
        .testTarget(name: "TimelineTests", dependencies: ["Timeline", "Articles"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Timeline", "Articles"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Site"]),
        .testTarget(name: "AnnalsCLITests", dependencies: ["annals"], exclude: ["Golden"]),
    ]
)

// Fuzz targets have no `main` without `-sanitize=fuzzer`, so they exist only when asked for:
// ANNALS_FUZZ=1 swift build --product fuzz-ingest -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
if Context.environment["ANNALS_FUZZ"] == "1" {
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("fuzz-ingest", ["Articles", "Chronology", "Timeline"]),
        ("fuzz-dates", ["Chronology"]),
        ("fuzz-markdown", ["Site"]),
        ("fuzz-preview-path", ["Preview"]),
    ]
    for (name, dependencies) in fuzzTargets {
        package.targets.append(.executableTarget(name: name, dependencies: dependencies, path: "Fuzz/\(name)"))
        package.products.append(.executable(name: name, targets: [name]))
    }
}
