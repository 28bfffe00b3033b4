import Articles
import Chronology
import Foundation
@testable import Timeline

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func seedArticles() throws -> [Article] {
    let folder = repositoryRoot.appendingPathComponent("seeds")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted().map { name in
        ArticleParser.parse(ArticleInput(path: "seeds/" + name, data: try Data(contentsOf: folder.appendingPathComponent(name)))).0!
    }
}

func article(_ id: String, _ text: String, published: String? = nil, path: String? = nil) -> Article {
    let sidecar = published.map { "published: \"\($0)\"\n" }
    return ArticleParser.parse(ArticleInput(path: path ?? "seeds/\(id).txt", data: Data(text.utf8),
                                            sidecarPath: sidecar.map { _ in "seeds/\(id).yml" }, sidecarData: sidecar.map { Data($0.utf8) })).0!
}

extension Timeline {
    /// Events told by an article whose source quote contains `fragment`.
    func events(from articlePrefix: String, quoting fragment: String) -> [Event] {
        events.filter { e in e.sources.contains { $0.article.hasPrefix(articlePrefix) && $0.quote.contains(fragment) } }
    }
}
