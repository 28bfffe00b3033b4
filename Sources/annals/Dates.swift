import ArgumentParser
import Articles
import Chronology
import Foundation
import Site

struct Dates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find and normalize the temporal expressions of files (TimeML TIMEX3 values).",
        discussion: """
        Examples:
          annals dates seeds/001_7d89e40b0e85fbef.txt
          annals dates --reference-date 2024-02-16 --format table article.txt
        Offsets are Unicode-scalar offsets into each file's text, end exclusive.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, table }

    @Argument(help: "Files to tag.") var files: [String]
    @Option(help: "Document creation time (ISO 8601 date or date-time); detected in the text when omitted.") var referenceDate: String?
    @Option(help: "Output format: json or table.") var format: Format = .json

    func validate() throws {
        if let referenceDate, DateValue(parsing: referenceDate) == nil {
            throw ValidationError("--reference-date: '\(referenceDate)' is not a valid ISO 8601 date or date-time")
        }
        if files.isEmpty { throw ValidationError("give at least one file") }
    }

    func run() throws {
        let given = referenceDate.flatMap { DateValue(parsing: $0, basis: Basis(.given, "--reference-date")) }
        var documents: [DatesReport.Document] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                diagnostics.append(.error(file, 1, 1, "cannot read the file"))
                continue
            }
            if let given {
                switch TextDecoder.decode(data, path: file) {
                case .success(let text): documents.append(DatesReport.document(path: file, text: text, reference: given))
                case .failure(let diagnostic): diagnostics.append(diagnostic)
                }
                continue
            }
            // No reference given: the article's own publication date, stated or inferred.
            let (article, problems) = ArticleParser.parse(ArticleInput(path: file, data: data))
            guard let article else {
                diagnostics += problems
                continue
            }
            documents.append(DatesReport.document(path: file, text: article.text, reference: article.published))
        }
        switch format {
        case .json: FileHandle.standardOutput.write(DatesReport.json(documents))
        case .table: Console.output(DatesReport.table(documents))
        }
        Console.report(diagnostics)
        if !diagnostics.isEmpty { throw ExitCode(1) }
    }
}
