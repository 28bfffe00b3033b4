import Articles
import Foundation
import Timeline
@testable import Site

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func defaultTheme() throws -> Theme {
    try Theme.load(directory: repositoryRoot.appendingPathComponent("templates").path)
}

/// Builds a site from articles given as `[file name: text]`, fully in memory.
func buildSite(_ files: [String: String], baseURL: String? = nil) throws -> (SiteOutput, Timeline, [Diagnostic]) {
    var articles: [Article] = []
    var diagnostics: [Diagnostic] = []
    for name in files.keys.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".md") {
        let id = (name as NSString).deletingPathExtension
        let sidecar = files[id + ".yml"]
        let (article, problems) = ArticleParser.parse(ArticleInput(path: "seeds/" + name, data: Data(files[name]!.utf8),
                                                                   sidecarPath: sidecar.map { _ in "seeds/\(id).yml" }, sidecarData: sidecar.map { Data($0.utf8) }))
        diagnostics += problems
        if let article { articles.append(article) }
    }
    let timeline = TimelineBuilder().build(articles)
    let (output, renderDiagnostics) = SiteBuilder(theme: try defaultTheme(), config: SiteConfig(title: "Test timeline", baseURL: baseURL)).build(timeline)
    return (output, timeline, diagnostics + renderDiagnostics)
}

func seedFiles() throws -> [String: String] {
    let folder = repositoryRoot.appendingPathComponent("seeds")
    var files: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
        files[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
    return files
}

extension SiteOutput {
    func text(_ path: String) -> String { String(decoding: files[path] ?? Data(), as: UTF8.self) }
}
