import Articles
import ArgumentParser
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse every article and report what was found and every problem; writes nothing."
    )

    @Option(help: "Folder of articles.")
    var input: String = "seeds"

    @Flag(help: "Also list each article's metadata and the lines removed as boilerplate.")
    var verbose = false

    func run() throws {
        let (inputs, loadDiagnostics) = ArticleLoader.inputs(in: input)
        var diagnostics = loadDiagnostics
        for articleInput in inputs {
            let (article, problems) = ArticleParser.parse(articleInput)
            diagnostics += problems
            guard verbose, let article else { continue }
            print("\(article.path)")
            print("  title:     \(article.title)")
            print("  source:    \(article.source ?? "-")")
            print("  authors:   \(article.authors.joined(separator: "; "))")
            print("  published: \(article.published.map { "\($0.value) [\($0.start!.iso)..\($0.end!.iso)] \($0.basis.kind.rawValue)" } ?? "-")")
            for removed in article.removed {
                let text = article.text.scalarSlice(removed.range)
                print("  removed (\(removed.reason)): \(text.prefix(70))")
            }
        }
        for diagnostic in diagnostics.sorted() {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
