import Articles
import Chronology
import Dispatch
import Foundation
import Timeline

/// The build as named steps: read articles (in parallel), make the timeline, render the site.
public enum Pipeline {
    /// Parses every article of a folder. Parsing runs on all cores; results keep the folder's order.
    public static func readArticles(input: String) -> ([Article], [Diagnostic]) {
        let (inputs, loadDiagnostics) = ArticleLoader.inputs(in: input)
        let results = parseInParallel(inputs)
        var articles: [Article] = []
        var diagnostics = loadDiagnostics
        for (article, problems) in results {
            if let article { articles.append(article) }
            diagnostics += problems
        }
        return (articles, diagnostics.sorted())
    }

    static func parseInParallel(_ inputs: [ArticleInput]) -> [(Article?, [Diagnostic])] {
        ParallelMap.map(inputs, ArticleParser.parse)
    }

    public static func timeline(_ articles: [Article], config: ProjectConfig) -> Timeline {
        TimelineBuilder(gazetteer: config.gazetteer).build(articles)
    }
}
