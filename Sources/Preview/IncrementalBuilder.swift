import Articles
import Dispatch
import Foundation
import Site
import Timeline

/// Rebuilds the site for the preview, reusing what did not change: an article whose bytes (and
/// sidecar) are the same is not parsed again; a template edit re-renders without re-parsing.
public final class IncrementalBuilder: @unchecked Sendable {
    public struct Result {
        public var output: SiteOutput?
        public var diagnostics: [Diagnostic]
        public var parsed: Int
        public var reused: Int
    }

    private var cache: [String: (key: Data, article: Article?, diagnostics: [Diagnostic])] = [:]
    public let configPath: String

    public init(configPath: String) {
        self.configPath = configPath
    }

    public func build(baseURL: String? = nil) -> Result {
        var (config, diagnostics) = ProjectConfig.load(configPath)
        if let baseURL { config.site = SiteConfig(title: config.site.title, baseURL: baseURL, language: config.site.language) }
        let (inputs, loadDiagnostics) = ArticleLoader.inputs(in: config.input)
        diagnostics += loadDiagnostics
        var articles: [Article] = []
        var parsed = 0, reused = 0
        var fresh: [String: (key: Data, article: Article?, diagnostics: [Diagnostic])] = [:]
        for input in inputs {
            let key = input.data + Data([0]) + (input.sidecarData ?? Data())
            if let hit = cache[input.path], hit.key == key {
                fresh[input.path] = hit
                reused += 1
            } else {
                let (article, problems) = ArticleParser.parse(input)
                fresh[input.path] = (key, article, problems)
                parsed += 1
            }
            let entry = fresh[input.path]!
            if let article = entry.article { articles.append(article) }
            diagnostics += entry.diagnostics
        }
        cache = fresh
        let timeline = Pipeline.timeline(articles, config: config)
        diagnostics += timeline.diagnostics
        do {
            let theme = try DefaultTheme.load(overrides: config.templates)
            let (output, renderDiagnostics) = SiteBuilder(theme: theme, config: config.site).build(timeline)
            diagnostics += renderDiagnostics
            let failed = diagnostics.contains { $0.severity == .error }
            return Result(output: failed ? nil : output, diagnostics: diagnostics.sorted(), parsed: parsed, reused: reused)
        } catch {
            return Result(output: nil, diagnostics: (diagnostics + error.diagnostics).sorted(), parsed: parsed, reused: reused)
        }
    }

    /// The folders and files to watch.
    public func watchedPaths() -> [String] {
        let (config, _) = ProjectConfig.load(configPath)
        return [config.input, config.templates, configPath]
    }
}
