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

    @Flag(help: "Print the time spent reading, tagging and writing, and the tagger's throughput.") var timings = false

    func run() throws {
        let given = referenceDate.flatMap { DateValue(parsing: $0, basis: Basis(.given, "--reference-date")) }
        var clock = StepClock()
        var inputs: [(path: String, text: String, reference: DateValue?)] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                diagnostics.append(.error(file, 1, 1, "cannot read the file"))
                continue
            }
            if let given {
                switch TextDecoder.decode(data, path: file) {
                case .success(let text): inputs.append((file, text, given))
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
            inputs.append((file, article.text, article.published))
        }
        let bytes = inputs.reduce(0) { $0 + $1.text.utf8.count }
        clock.lap(given == nil ? "read, clean and find publication dates" : "read")
        // Tagging is its own step so that `--timings` measures the tagger alone.
        let documents = inputs.map { DatesReport.document(path: $0.path, text: $0.text, reference: $0.reference) }
        clock.lap("tag")
        let tagSeconds = clock.laps.last!.seconds
        switch format {
        case .json: FileHandle.standardOutput.write(DatesReport.json(documents))
        case .table: Console.output(DatesReport.table(documents))
        }
        clock.lap("write \(format.rawValue)")
        Console.report(diagnostics)
        if timings {
            Console.report(clock)
            Console.error(String(format: "%8.1f MB/s tagging %.1f MB of text", Double(bytes) / 1e6 / max(tagSeconds, 1e-9),
                                 Double(bytes) / 1e6))
        }
        if !diagnostics.isEmpty { throw ExitCode(1) }
    }
}
