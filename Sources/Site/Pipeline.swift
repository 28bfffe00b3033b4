import Articles
import Chronology
import Dispatch
import Foundation
import Timeline

/// The build as named steps: read articles (in parallel), make the timeline, render the site.
public enum Pipeline {
    /// Parses every article of a folder. Parsing runs on all cores; results keep the folder's order.
    /// With `today`, a given or stated publication date more than `futureLimitDays` after it is an error
    /// (a typo such as 2042 for 2024); the CLI passes the clock's day, the pipeline never reads it.
    public static func readArticles(input: String, today: Day? = nil, futureLimitDays: Int = 2) -> ([Article], [Diagnostic]) {
        let (inputs, loadDiagnostics) = ArticleLoader.inputs(in: input)
        let results = parseInParallel(inputs)
        var articles: [Article] = []
        var diagnostics = loadDiagnostics
        for (article, problems) in results {
            diagnostics += problems
            guard let article else { continue }
            if let today, let start = article.published?.start, article.published?.basis.kind != .inferred,
               start.serial > today.serial + futureLimitDays {
                diagnostics.append(.error(article.path, 1, 1, "publication date \(article.published!.value) is more than \(futureLimitDays) days after today (\(today.iso)); check it"))
                continue
            }
            articles.append(article)
        }
        return (articles, diagnostics.sorted())
    }

    static func parseInParallel(_ inputs: [ArticleInput]) -> [(Article?, [Diagnostic])] {
        ParallelMap.map(inputs, ArticleParser.parse)
    }

    /// Configuration, articles and timeline in one call, for the commands that do not render.
    public static func load(configPath: String, input: String?, today: Day?) -> (ProjectConfig, Timeline, [Diagnostic]) {
        var (config, diagnostics) = ProjectConfig.load(configPath, required: configPath != "annals.yml")
        if let input { config.input = input }
        let (articles, articleDiagnostics) = readArticles(input: config.input, today: today)
        let timeline = self.timeline(articles, config: config)
        return (config, timeline, diagnostics + articleDiagnostics + timeline.diagnostics)
    }

    public static func timeline(_ articles: [Article], config: ProjectConfig) -> Timeline {
        TimelineBuilder(gazetteer: config.gazetteer).build(articles)
    }

    /// Each article's date expressions and event candidates, on all cores.
    /// `keepingTimexes: false` drops each article's date expressions as soon as it is read (see
    /// `ArticleReading.droppingTimexes`).
    public static func readings(_ articles: [Article], config: ProjectConfig, keepingTimexes: Bool = true) -> [ArticleReading] {
        let builder = TimelineBuilder(gazetteer: config.gazetteer)
        if keepingTimexes { return ParallelMap.map(articles, builder.read) }
        return ParallelMap.map(articles) { builder.read($0).droppingTimexes() }
    }
}
