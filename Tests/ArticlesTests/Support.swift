import Foundation
@testable import Articles

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func seed(_ prefix: String) throws -> Article {
    let folder = repositoryRoot.appendingPathComponent("seeds")
    let name = try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }!
    let data = try Data(contentsOf: folder.appendingPathComponent(name))
    return ArticleParser.parse(ArticleInput(path: "seeds/" + name, data: data)).0!
}

func parse(_ text: String, path: String = "seeds/test.txt", sidecar: String? = nil) -> (Article?, [Diagnostic]) {
    ArticleParser.parse(ArticleInput(path: path, data: Data(text.utf8), sidecarPath: sidecar.map { _ in "seeds/test.yml" },
                                     sidecarData: sidecar.map { Data($0.utf8) }))
}

extension Article {
    /// The cleaned body as one string.
    var body: String { paragraphs.map { text.scalarSlice($0) }.joined(separator: "\n") }
}
