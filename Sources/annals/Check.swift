import ArgumentParser
import Articles
import Foundation
import Site

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse every article and report what was found and every problem; writes nothing.",
        discussion: """
        Examples:
          annals check
          annals check --verbose     # metadata and the lines removed as boilerplate
        """
    )

    @Option(help: "Configuration file.") var config: String = "annals.yml"
    @Option(help: "Folder of articles.") var input: String?
    @Flag(help: "Also list each article's metadata and the lines removed as boilerplate.") var verbose = false

    func run() throws {
        // The timeline can correct an undated article's year from a dated one; show the final dates.
        let (_, timeline, diagnostics) = Pipeline.load(configPath: config, input: input, today: Clock.today)
        let articles = timeline.articles
        if verbose {
            for article in articles {
                var text = "\(article.path)\n  title:     \(article.title)\n  source:    \(article.source ?? "-")\n"
                text += "  authors:   \(article.authors.isEmpty ? "-" : article.authors.joined(separator: "; "))\n"
                text += "  published: \(article.published.map { "\($0.display) [\($0.value)] (\($0.basis.kind.rawValue))" } ?? "unknown")\n"
                for removed in article.removed {
                    text += "  removed \(removed.range.lowerBound)-\(removed.range.upperBound) (\(removed.reason)): \(article.text.scalarSlice(removed.range).prefix(70))\n"
                }
                Console.output(text)
            }
        }
        Console.report(diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }.count
        Console.output("\(articles.count) articles, \(errors) errors, \(diagnostics.count - errors) warnings\n")
        if errors > 0 { throw ExitCode(1) }
    }
}
