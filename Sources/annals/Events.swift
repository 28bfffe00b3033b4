import ArgumentParser
import Articles
import Foundation
import Site

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the timeline's events without building the site.",
        discussion: """
        Examples:
          annals events --format table
          annals events --input seeds --format json > events.json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, table, markdown, csv, ics }

    @Option(help: "Configuration file.") var config: String = "annals.yml"
    @Option(help: "Folder of articles.") var input: String?
    @Option(help: "Output format: json, table, markdown, csv or ics.") var format: Format = .table

    func run() throws {
        let (settings, timeline, diagnostics) = Pipeline.load(configPath: config, input: input, today: Clock.today)
        switch format {
        case .json: FileHandle.standardOutput.write(EventsJSON.encode(timeline))
        case .table: Console.output(EventsText.table(timeline))
        case .markdown: Console.output(EventsText.markdown(timeline))
        case .csv: Console.output(EventsText.csv(timeline))
        case .ics: FileHandle.standardOutput.write(CalendarExport.encode(timeline, baseURL: settings.site.baseURL))
        }
        Console.report(diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
