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
        let box = ResultBox(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            box.set(i, ArticleParser.parse(inputs[i]))
        }
        return box.values
    }

    public static func timeline(_ articles: [Article], config: ProjectConfig) -> Timeline {
        TimelineBuilder(gazetteer: config.gazetteer).build(articles)
    }
}

/// Slots filled from concurrent work; each index is written once, so a lock per write suffices.
final class ResultBox: @unchecked Sendable {
    private var slots: [(Article?, [Diagnostic])]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: (nil, []), count: count) }

    func set(_ index: Int, _ value: (Article?, [Diagnostic])) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [(Article?, [Diagnostic])] { slots }
}
